// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic tenants of a housing corporation with planted segments, to measure whether persona building finds
 * what is there: 5 segments (young starters, families, single parents with arrears, working couples, pensioners)
 * plus a small minority (older tenants of the first generation who do not speak Dutch, who look like the
 * pensioners in age and income), 20 attributes (12 categorical, 8 numeric). Each segment has its own most likely
 * value per categorical attribute and its own centre per numeric attribute; a {@link Shape} says how sizes, noise
 * and missing values vary. The same clients, shape and seed give the same population.
 */
public final class PopulationGenerator {

    /** How a population is drawn. */
    public enum Shape {
        /** Segments of about equal size, 70% of categorical values at the segment's own value. */
        BALANCED(new double[] { 1, 1, 1, 1, 1 }, 0.7, 0.1, false, 0.0),
        /** Sizes 38/24/16/12/10%. */
        UNBALANCED(new double[] { 38, 24, 16, 12, 10 }, 0.7, 0.1, false, 0.0),
        /** Segments overlap more: 60% at the own value, wider numeric spread. */
        OVERLAP(new double[] { 1, 1, 1, 1, 1 }, 0.6, 0.12, false, 0.0),
        /** Numeric values skewed to the right (exponential noise) instead of symmetric. */
        SKEWED(new double[] { 30, 25, 20, 15, 10 }, 0.7, 0.1, true, 0.0),
        /** 8% of the values missing. */
        MISSING(new double[] { 1, 1, 1, 1, 1 }, 0.7, 0.1, false, 0.08);

        final double[] weights;
        final double purity;
        final double spread;
        final boolean skewed;
        final double missing;

        Shape(double[] weights, double purity, double spread, boolean skewed, double missing) {
            this.weights = weights;
            this.purity = purity;
            this.spread = spread;
            this.skewed = skewed;
            this.missing = missing;
        }

        /** The shape named (case ignored), or null. */
        public static Shape of(String name) {
            for (Shape s : values()) {
                if (s.name().equalsIgnoreCase(name.strip())) {
                    return s;
                }
            }
            return null;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A generated population.
     *
     * @param attributes     the attribute names (header without the pseudonym column)
     * @param pseudonyms     the pseudonym of each client
     * @param values         [client][attribute] the value, empty when missing
     * @param segment        the planted segment of each client, {@link #MINORITY} for the minority
     * @param segmentNames   the name of each segment (index {@link #MINORITY}: the minority)
     */
    public record Population(List<String> attributes, String[] pseudonyms, String[][] values, int[] segment,
            List<String> segmentNames) {

        public int size() {
            return pseudonyms.length;
        }

        /** The rows (0-based) of the planted minority. */
        public int[] minorityRows() {
            return java.util.stream.IntStream.range(0, segment.length).filter(i -> segment[i] == MINORITY).toArray();
        }
    }

    /** Segment index of the planted minority. */
    public static final int MINORITY = 5;

    static final String[] CATEGORICAL = { "leeftijdsgroep", "huishouden", "wijk", "eigendom", "migratieachtergrond", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "inkomen", "bron van inkomen", "woningtype", "huurachterstand", "contactvoorkeur", "taal", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "lid bewonerscommissie" }; //$NON-NLS-1$
    static final String[][] CATEGORIES = {
            { "18-29", "30-44", "45-64", "65-79", "80+" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            { "alleenstaand", "stel", "gezin met kinderen", "eenoudergezin", "woongroep" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            { "Noord", "Oost", "Zuid", "West", "Centrum", "Haven" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "sociale huur", "middenhuur", "koop" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            { "geen", "eerste generatie", "tweede generatie" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            { "laag", "midden", "hoog" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            { "werk", "uitkering", "pensioen", "studie" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            { "appartement", "eengezinswoning", "seniorenwoning", "studio" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            { "ja", "nee" }, //$NON-NLS-1$ //$NON-NLS-2$
            { "telefoon", "e-mail", "balie", "app" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            { "nl", "en", "tr", "ar", "pl" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            { "ja", "nee" } }; //$NON-NLS-1$ //$NON-NLS-2$
    static final String[] NUMERIC = { "leeftijd", "huishoudgrootte", "jaren in woning", "huur", "reparatieverzoeken", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "klachten", "tevredenheid", "contactmomenten" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    static final double[][] NUMERIC_RANGE = { { 18, 95 }, { 1, 7 }, { 0, 50 }, { 400, 1200 }, { 0, 12 }, { 0, 6 },
            { 1, 10 }, { 0, 20 } };
    /** Numeric values kept to 1 decimal (the others are whole numbers). */
    static final boolean[] DECIMAL = { false, false, false, true, false, false, true, false };

    static final String[] SEGMENTS = { "jonge starters", "gezinnen", "eenoudergezinnen met huurachterstand", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "werkende stellen", "gepensioneerden", "oudere niet-Nederlandstalige huurders" }; //$NON-NLS-1$ //$NON-NLS-2$

    /**
     * [segment][categorical column] the segment's own value; for the minority the language alternates between
     * {@code tr} and {@code ar} (see {@link #MINORITY_LANGUAGES}).
     */
    static final int[][] MODES = {
            // Most tenants share most values (Dutch-speaking, social rent, no arrears, not on the committee, any
            // district: -1 draws uniformly); a segment differs in a few attributes only.
            // age, household, district, tenure, migration, income, source, dwelling, arrears, contact, lang, committee
            { 0, 0, -1, 0, 0, 1, 0, 3, 1, 3, 0, 1 }, // young starters
            { 1, 2, -1, 0, 0, 1, 0, 1, 1, 1, 0, 1 }, // families
            { 1, 3, -1, 0, 0, 0, 1, 0, 0, 0, 0, 1 }, // single parents with arrears
            { 2, 1, -1, 1, 0, 2, 0, 0, 1, 1, 0, 1 }, // working couples
            { 3, 0, -1, 0, 0, 0, 2, 2, 1, 0, 0, 1 }, // pensioners
            { 3, 1, -1, 0, 1, 0, 2, 2, 1, 2, 2, 1 }, // older non-Dutch-speaking tenants
    };
    static final int[] MINORITY_LANGUAGES = { 2, 3 };
    /** [segment][numeric column] centre on [0, 1] of the column's range. */
    static final double[][] CENTRES = {
            // age, size, years, rent, repairs, complaints, satisfaction, contacts
            { 0.10, 0.05, 0.08, 0.45, 0.25, 0.25, 0.60, 0.20 }, // young starters
            { 0.27, 0.45, 0.25, 0.60, 0.35, 0.25, 0.60, 0.25 }, // families
            { 0.25, 0.30, 0.20, 0.45, 0.35, 0.35, 0.45, 0.40 }, // single parents with arrears
            { 0.42, 0.17, 0.35, 0.70, 0.25, 0.20, 0.65, 0.20 }, // working couples
            { 0.68, 0.05, 0.60, 0.40, 0.30, 0.25, 0.65, 0.25 }, // pensioners
            { 0.70, 0.17, 0.50, 0.40, 0.40, 0.30, 0.45, 0.40 }, // older non-Dutch-speaking tenants
    };

    private PopulationGenerator() {
    }

    /**
     * @param clients       number of clients
     * @param minorityShare share of the minority (e.g. 0.02)
     * @param shape         sizes and noise
     * @param seed          the seed
     */
    public static Population generate(int clients, double minorityShare, Shape shape, long seed) {
        if (clients < 1) {
            throw new IllegalArgumentException("at least one client: " + clients); //$NON-NLS-1$
        }
        Random random = new Random(seed);
        double total = Arrays.stream(shape.weights).sum();
        double[] cumulative = new double[shape.weights.length];
        double sum = 0;
        for (int s = 0; s < shape.weights.length; s++) {
            sum += shape.weights[s] / total * (1 - minorityShare);
            cumulative[s] = sum;
        }
        List<String> attributes = new ArrayList<>();
        attributes.addAll(Arrays.asList(CATEGORICAL));
        attributes.addAll(Arrays.asList(NUMERIC));
        String[] pseudonyms = new String[clients];
        String[][] values = new String[clients][attributes.size()];
        int[] segment = new int[clients];
        int width = Math.max(5, Integer.toString(clients).length());
        for (int i = 0; i < clients; i++) {
            double u = random.nextDouble();
            int s = MINORITY;
            for (int t = 0; t < cumulative.length; t++) {
                if (u < cumulative[t]) {
                    s = t;
                    break;
                }
            }
            segment[i] = s;
            pseudonyms[i] = "H" + String.format("%0" + width + "d", Integer.valueOf(i + 1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (int l = 0; l < CATEGORICAL.length; l++) {
                int own = MODES[s][l];
                if (s == MINORITY && l == 10) {
                    own = MINORITY_LANGUAGES[random.nextInt(MINORITY_LANGUAGES.length)];
                }
                int v = own >= 0 && random.nextDouble() < shape.purity ? own : random.nextInt(CATEGORIES[l].length);
                values[i][l] = random.nextDouble() < shape.missing ? "" : CATEGORIES[l][v]; //$NON-NLS-1$
            }
            for (int j = 0; j < NUMERIC.length; j++) {
                double noise = shape.skewed ? (-Math.log(1 - random.nextDouble()) - 1) * shape.spread
                        : random.nextGaussian() * shape.spread;
                double x = Math.min(1, Math.max(0, CENTRES[s][j] + noise));
                double v = NUMERIC_RANGE[j][0] + x * (NUMERIC_RANGE[j][1] - NUMERIC_RANGE[j][0]);
                String text = DECIMAL[j] ? String.format(Locale.ROOT, "%.1f", Double.valueOf(v)) //$NON-NLS-1$
                        : Long.toString(Math.round(v));
                values[i][CATEGORICAL.length + j] = random.nextDouble() < shape.missing ? "" : text; //$NON-NLS-1$
            }
        }
        return new Population(List.copyOf(attributes), pseudonyms, values, segment, List.of(SEGMENTS));
    }

    /** The population as an import file for {@code persona import}: header, then one row per client. */
    public static void writeCsv(Population p, Appendable out) throws java.io.IOException {
        out.append(csv("pseudoniem")); //$NON-NLS-1$
        for (String a : p.attributes()) {
            out.append(',').append(csv(a));
        }
        out.append('\n');
        for (int i = 0; i < p.size(); i++) {
            out.append(csv(p.pseudonyms()[i]));
            for (String v : p.values()[i]) {
                out.append(',').append(csv(v));
            }
            out.append('\n');
        }
    }

    /** The planted segment of each client: {@code pseudoniem,segment}. */
    public static void writeSegments(Population p, Appendable out) throws java.io.IOException {
        out.append("pseudoniem,segment\n"); //$NON-NLS-1$
        for (int i = 0; i < p.size(); i++) {
            out.append(csv(p.pseudonyms()[i])).append(',').append(csv(p.segmentNames().get(p.segment()[i])))
                    .append('\n');
        }
    }

    private static String csv(String v) {
        return v.indexOf(',') >= 0 || v.indexOf('"') >= 0 ? '"' + v.replace("\"", "\"\"") + '"' : v; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
