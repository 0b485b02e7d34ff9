// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * A client set or panel compared with a {@link PopulationTable}: per attribute and category the share in the set
 * against the share in the population, marked as under- or over-represented (or absent), a chi-square test per
 * attribute, warnings to read before personas are built on the set, and post-stratification weights (raking over
 * all attributes of the table) per client.
 *
 * @param set        what was compared (e.g. all clients, the panel)
 * @param clients    clients in the set
 * @param population the population table's source (file name)
 * @param attributes one check per attribute of the table
 * @param skewed     whether the set differs from the population (a category under-represented or absent, and the
 *                   chi-square test significant at 5% or a category absent)
 * @param warnings   lines to show before personas are built
 * @param weights    post-stratification weight per client of the set, in its order (mean 1)
 */
public record RepresentativenessReport(String set, int clients, String population, List<AttributeCheck> attributes,
        boolean skewed, List<String> warnings, double[] weights) {

    /** Under, fine, over or not there at all. */
    public enum Status {
        UNDER, OK, OVER, ABSENT;

        public String label() {
            return switch (this) {
                case UNDER -> Messages.Status_under;
                case OK -> Messages.Status_ok;
                case OVER -> Messages.Status_over;
                case ABSENT -> Messages.Status_absent;
            };
        }
    }

    /**
     * @param attribute  the attribute as named in the population table
     * @param found      whether any client has the attribute
     * @param known      clients whose value falls in a category of the table
     * @param missing    clients without a value
     * @param unmatched  clients with a value in no category of the table
     * @param pValue     chi-square goodness of fit, NaN when it cannot be computed
     * @param categories the categories
     */
    public record AttributeCheck(String attribute, boolean found, int known, int missing, int unmatched, double pValue,
            List<CategoryCheck> categories) {
    }

    /**
     * @param category        name in the table
     * @param count           clients in it
     * @param share           share of the set (of the clients with a matched value)
     * @param populationShare share of the population
     * @param status          under, ok, over, absent
     * @param weight          post-stratification weight of this category alone (population / set share), NaN
     *                        when absent
     */
    public record CategoryCheck(String category, int count, double share, double populationShare, Status status,
            double weight) {

        public double ratio() {
            return populationShare == 0 ? Double.NaN : share / populationShare;
        }
    }

    /** A share this much below (ratio) and at least {@value #MIN_POINTS} lower is under-represented. */
    public static final double UNDER_RATIO = 0.75;
    /** A share this much above (ratio) and at least {@value #MIN_POINTS} higher is over-represented. */
    public static final double OVER_RATIO = 1.33;
    /** Least difference in share (fraction) to mark a category. */
    public static final double MIN_POINTS = 0.03;

    /** Compares the members of {@code input} with the population. */
    public static RepresentativenessReport check(PersonaInput input, String setName, PopulationTable population) {
        List<PersonaInput.Member> members = input.members();
        int n = members.size();
        List<AttributeCheck> checks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean skewed = false;
        int[][] categoryOf = new int[population.attributes().size()][n];
        List<List<PopulationTable.Category>> tables = new ArrayList<>();
        int a = 0;
        for (Map.Entry<String, List<PopulationTable.Category>> e : population.attributes().entrySet()) {
            String attribute = e.getKey();
            List<PopulationTable.Category> categories = e.getValue();
            tables.add(categories);
            int[] counts = new int[categories.size()];
            int missing = 0;
            int unmatched = 0;
            boolean found = false;
            for (int i = 0; i < n; i++) {
                String value = valueOf(members.get(i), attribute);
                categoryOf[a][i] = -1;
                if (value == null) {
                    missing++;
                    continue;
                }
                found = true;
                int match = -1;
                for (int c = 0; c < categories.size() && match < 0; c++) {
                    if (categories.get(c).matches(value)) {
                        match = c;
                    }
                }
                if (match < 0) {
                    unmatched++;
                } else {
                    counts[match]++;
                    categoryOf[a][i] = match;
                }
            }
            int known = n - missing - unmatched;
            List<CategoryCheck> rows = new ArrayList<>();
            boolean marked = false;
            boolean absent = false;
            for (int c = 0; c < categories.size(); c++) {
                PopulationTable.Category cat = categories.get(c);
                double share = known == 0 ? 0 : (double) counts[c] / known;
                Status status = Status.OK;
                if (known > 0 && counts[c] == 0 && cat.share() >= 0.02) {
                    status = Status.ABSENT;
                    absent = true;
                } else if (known > 0 && share < cat.share() * UNDER_RATIO && cat.share() - share >= MIN_POINTS) {
                    status = Status.UNDER;
                } else if (known > 0 && share > cat.share() * OVER_RATIO && share - cat.share() >= MIN_POINTS) {
                    status = Status.OVER;
                }
                marked |= status == Status.UNDER || status == Status.ABSENT;
                rows.add(new CategoryCheck(cat.name(), counts[c], share, cat.share(), status,
                        counts[c] == 0 ? Double.NaN : cat.share() / share));
            }
            double p = chiSquare(categories, counts, known);
            if (!found) {
                warnings.add(Messages.bind(Messages.Representativeness_attributeMissing, attribute));
            } else if (marked && (absent || p < 0.05)) {
                skewed = true;
                for (CategoryCheck r : rows) {
                    if (r.status() == Status.UNDER || r.status() == Status.ABSENT) {
                        warnings.add(Messages.bind(Messages.Representativeness_under, new Object[] { attribute,
                                r.category(), Format.percent(r.share()), Integer.valueOf(r.count()),
                                Format.percent(r.populationShare()) }));
                    }
                }
            }
            if (unmatched > 0) {
                warnings.add(Messages.bind(Messages.Representativeness_unmatched, attribute, Integer.valueOf(unmatched)));
            }
            checks.add(new AttributeCheck(attribute, found, known, missing, unmatched, p, List.copyOf(rows)));
            a++;
        }
        if (skewed) {
            warnings.add(0, Messages.bind(Messages.Representativeness_skewed, setName));
        }
        double[] weights = rake(categoryOf, tables, n);
        return new RepresentativenessReport(setName, n, population.source(), List.copyOf(checks), skewed,
                List.copyOf(warnings), weights);
    }

    private static String valueOf(PersonaInput.Member m, String attribute) {
        String v = m.attributes().get(attribute);
        if (v != null) {
            return v;
        }
        for (Map.Entry<String, String> e : m.attributes().entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(attribute.toLowerCase(Locale.ROOT))) {
                return e.getValue();
            }
        }
        return null;
    }

    private static double chiSquare(List<PopulationTable.Category> categories, int[] counts, int known) {
        List<Double> expected = new ArrayList<>();
        List<Long> observed = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            if (categories.get(c).share() > 0) {
                expected.add(categories.get(c).share() * known);
                observed.add((long) counts[c]);
            }
        }
        if (known == 0 || expected.size() < 2) {
            return Double.NaN;
        }
        try {
            return new ChiSquareTest().chiSquareTest(expected.stream().mapToDouble(Double::doubleValue).toArray(),
                    observed.stream().mapToLong(Long::longValue).toArray());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * Raking (iterative proportional fitting): weights such that the weighted share of every category of every
     * attribute matches the population, as far as the set allows (an absent category cannot be weighted up). Clients
     * without a matched value for an attribute are left out of that attribute's step. Scaled to mean 1.
     */
    static double[] rake(int[][] categoryOf, List<List<PopulationTable.Category>> tables, int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        for (int iteration = 0; iteration < 1000; iteration++) {
            double change = 0;
            for (int a = 0; a < tables.size(); a++) {
                List<PopulationTable.Category> categories = tables.get(a);
                double[] totals = new double[categories.size()];
                double total = 0;
                for (int i = 0; i < n; i++) {
                    int c = categoryOf[a][i];
                    if (c >= 0) {
                        totals[c] += w[i];
                        total += w[i];
                    }
                }
                double present = 0;
                for (int c = 0; c < categories.size(); c++) {
                    if (totals[c] > 0) {
                        present += categories.get(c).share();
                    }
                }
                if (total == 0 || present == 0) {
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    int c = categoryOf[a][i];
                    if (c >= 0) {
                        double factor = categories.get(c).share() / present * total / totals[c];
                        change = Math.max(change, Math.abs(factor - 1));
                        w[i] *= factor;
                    }
                }
            }
            if (change < 1e-6) {
                break;
            }
        }
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        if (sum > 0) {
            for (int i = 0; i < n; i++) {
                w[i] = w[i] * n / sum;
            }
        }
        return w;
    }
}
