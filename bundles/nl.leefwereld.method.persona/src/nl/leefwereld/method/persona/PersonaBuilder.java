// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import nl.leefwereld.method.persona.PersonaReport.MinorityGroup;
import nl.leefwereld.method.persona.PersonaReport.Persona;
import nl.leefwereld.method.persona.PersonaReport.PersonaQuote;
import nl.leefwereld.method.persona.PersonaReport.Trait;
import nl.leefwereld.method.persona.cluster.Clustering;
import nl.leefwereld.method.persona.cluster.KSelection;
import nl.leefwereld.method.persona.cluster.LatentClassSelection;
import nl.leefwereld.method.persona.cluster.Minorities;
import nl.leefwereld.method.persona.cluster.MixedData;
import nl.leefwereld.method.persona.cluster.Profiles;

/**
 * Builds personas from a {@link PersonaInput}: k-prototypes clustering (k chosen by silhouette, or given), then
 * for each cluster its distinguishing values with their figures and quotes of the clients closest to its centre,
 * and the groups too small for a persona of their own. No persona without its evidence.
 */
public final class PersonaBuilder {

    /**
     * @param k                   number of personas; 0 chooses it between 2 and {@code maxK} (by BIC for the latent
     *                            class model, by silhouette for k-prototypes)
     * @param seed                seed of the clustering and the silhouette sample
     * @param maxK                largest k tried
     * @param minPersonaShare     a cluster below this share of the clients is a small group, not a persona
     * @param silhouetteSample    rows in the silhouette sample
     * @param quotesPerPersona    quotes per persona
     * @param minGroupCount       smallest group named as a minority
     * @param maxMinorityShare    values held by more than this share are not minorities
     * @param model               the clustering model
     * @param minHiddenShare      least share of all clients for a group a persona absorbs to be named
     * @param criterion           how the latent class model chooses k (ICL by default, BIC as before)
     */
    public record Settings(int k, long seed, int maxK, double minPersonaShare, int silhouetteSample,
            int quotesPerPersona, int minGroupCount, double maxMinorityShare, Model model, double minHiddenShare,
            LatentClassSelection.Criterion criterion) {

        /** The settings with k chosen by the ICL (latent class model). */
        public Settings(int k, long seed, int maxK, double minPersonaShare, int silhouetteSample,
                int quotesPerPersona, int minGroupCount, double maxMinorityShare, Model model, double minHiddenShare) {
            this(k, seed, maxK, minPersonaShare, silhouetteSample, quotesPerPersona, minGroupCount, maxMinorityShare,
                    model, minHiddenShare, LatentClassSelection.Criterion.ICL);
        }

        /** The settings with the default model (latent classes) and hidden groups of at least 1%. */
        public Settings(int k, long seed, int maxK, double minPersonaShare, int silhouetteSample,
                int quotesPerPersona, int minGroupCount, double maxMinorityShare) {
            this(k, seed, maxK, minPersonaShare, silhouetteSample, quotesPerPersona, minGroupCount, maxMinorityShare,
                    Model.LCA, 0.01);
        }

        public static Settings defaults() {
            return new Settings(0, 42, 8, 0.05, 2000, 3, 3, 0.15);
        }

        public Settings withK(int newK) {
            return new Settings(newK, seed, maxK, minPersonaShare, silhouetteSample, quotesPerPersona, minGroupCount,
                    maxMinorityShare, model, minHiddenShare, criterion);
        }

        public Settings withSeed(long newSeed) {
            return new Settings(k, newSeed, maxK, minPersonaShare, silhouetteSample, quotesPerPersona, minGroupCount,
                    maxMinorityShare, model, minHiddenShare, criterion);
        }

        public Settings withCriterion(LatentClassSelection.Criterion newCriterion) {
            return new Settings(k, seed, maxK, minPersonaShare, silhouetteSample, quotesPerPersona, minGroupCount,
                    maxMinorityShare, model, minHiddenShare, newCriterion);
        }

        public Settings withMaxK(int newMaxK) {
            return new Settings(k, seed, newMaxK, minPersonaShare, silhouetteSample, quotesPerPersona, minGroupCount,
                    maxMinorityShare, model, minHiddenShare, criterion);
        }

        public Settings withMinPersonaShare(double share) {
            return new Settings(k, seed, maxK, share, silhouetteSample, quotesPerPersona, minGroupCount,
                    maxMinorityShare, model, minHiddenShare, criterion);
        }

        public Settings withModel(Model newModel) {
            return new Settings(k, seed, maxK, minPersonaShare, silhouetteSample, quotesPerPersona, minGroupCount,
                    maxMinorityShare, newModel, minHiddenShare, criterion);
        }
    }

    /** How clients are clustered into personas. */
    public enum Model {
        /** Latent class model (finite mixture, EM), k by BIC. */
        LCA,
        /** k-prototypes (Huang 1998), k by silhouette. */
        KPROTOTYPES;

        /** The model named {@code lca} or {@code kprototypes} (case ignored), or null. */
        public static Model of(String name) {
            String t = name.strip().replace("-", "").toUpperCase(java.util.Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
            for (Model m : values()) {
                if (m.name().equals(t)) {
                    return m;
                }
            }
            return null;
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Least difference in share (percentage points / 100) for a value to distinguish a persona. */
    static final double MIN_DIFFERENCE = 0.10;
    /** Least lift for a value to distinguish a persona. */
    static final double MIN_LIFT = 1.25;
    /** Least difference of a mean, in standard deviations. */
    static final double MIN_EFFECT = 0.5;
    /** Most traits per persona. */
    static final int MAX_TRAITS = 8;
    /** Fewest words in a quote. */
    static final int MIN_QUOTE_WORDS = 5;

    private PersonaBuilder() {
    }

    /**
     * @param weights post-stratification weights per member (see {@link RepresentativenessReport#weights()}), or
     *                {@code null}
     * @param representativeness attached to the report, or {@code null}
     */
    public static PersonaReport build(PersonaInput input, Settings settings, double[] weights,
            RepresentativenessReport representativeness, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, 10);
        long start = System.nanoTime();
        MixedData data = input.table();
        int n = data.rows();
        if (n < 2) {
            throw new IllegalArgumentException(Messages.bind(Messages.Persona_tooFewClients, Integer.valueOf(n)));
        }
        if (data.numericColumns() + data.categoricalColumns() == 0) {
            throw new IllegalArgumentException(Messages.Persona_noAttributes);
        }
        boolean auto = settings.k() <= 0;
        int kMin = auto ? 2 : settings.k();
        int kMax = auto ? settings.maxK() : settings.k();
        if (!auto && settings.k() > n) {
            throw new IllegalArgumentException(
                    Messages.bind(Messages.Persona_kTooLarge, Integer.valueOf(settings.k()), Integer.valueOf(n)));
        }
        KSelection.Result selection;
        double[] icls = null;
        try {
            if (settings.model() == Model.KPROTOTYPES) {
                selection = KSelection.select(data, kMin, kMax, new KSelection.Options(settings.seed(), 4, 100,
                        settings.silhouetteSample(), 6000, Double.NaN), sub::isCanceled);
            } else {
                LatentClassSelection.Options options = LatentClassSelection.Options.defaults(settings.seed());
                LatentClassSelection.Selection chosen = LatentClassSelection.select(data, kMin, kMax,
                        new LatentClassSelection.Options(options.seed(), options.starts(), options.maxIterations(),
                                settings.silhouetteSample(), options.selectionSample(), settings.criterion()),
                        sub::isCanceled);
                selection = chosen.result();
                icls = settings.criterion() == LatentClassSelection.Criterion.ICL ? chosen.icls() : null;
            }
        } catch (java.util.concurrent.CancellationException e) {
            throw new OperationCanceledException();
        }
        sub.worked(8);
        Clustering clustering = selection.best();
        int k = clustering.k();

        // Largest cluster first; ties by lowest first row, so the numbering is stable.
        Integer[] order = new Integer[k];
        int[] firstRow = new int[k];
        java.util.Arrays.fill(firstRow, Integer.MAX_VALUE);
        for (int i = n - 1; i >= 0; i--) {
            firstRow[clustering.assignment()[i]] = i;
        }
        for (int c = 0; c < k; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer c) -> -clustering.sizes()[c])
                .thenComparingInt(c -> firstRow[c]));
        int[] numberOf = new int[k];
        for (int i = 0; i < k; i++) {
            numberOf[order[i]] = i + 1;
        }

        Profiles profiles = new Profiles(data, clustering.assignment(), k);
        int minimumSize = Math.max(3, (int) Math.ceil(settings.minPersonaShare() * n));
        double totalWeight = 0;
        if (weights != null) {
            for (double w : weights) {
                totalWeight += w;
            }
        }
        List<Persona> personas = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int c = order[i];
            List<Trait> traits = traits(profiles, data, c);
            List<String> members = new ArrayList<>();
            double weight = 0;
            for (int r = 0; r < n; r++) {
                if (clustering.assignment()[r] == c) {
                    members.add(input.members().get(r).key());
                    if (weights != null) {
                        weight += weights[r];
                    }
                }
            }
            int size = clustering.sizes()[c];
            String title = traits.isEmpty() ? Messages.Persona_noDistinction
                    : traits.stream().limit(2).map(PersonaBuilder::shortText).collect(Collectors.joining(", ")); //$NON-NLS-1$
            personas.add(new Persona(i + 1, title, size, (double) size / n,
                    weights == null || totalWeight <= 0 ? Double.NaN : weight / totalWeight, size < minimumSize,
                    traits, quotes(input, clustering, c, traits, settings.quotesPerPersona()), members));
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
        }
        Minorities.Result minorities = Minorities.check(profiles, data, minimumSize, settings.maxMinorityShare(),
                settings.minGroupCount());
        // values a named group holds are not listed again one by one; a value a persona lists as distinguishing
        // (over-represented, but not its most frequent value nor held by half of it) is listed with that persona
        Set<Long> represented = new HashSet<>();
        java.util.Map<Long, List<String>> distinguishing = new java.util.HashMap<>();
        for (int i = 0; i < k; i++) {
            int c = order[i];
            if (clustering.sizes()[c] >= minimumSize) {
                for (Profiles.ValueShare v : profiles.overRepresented(c, MIN_DIFFERENCE, MIN_LIFT)) {
                    distinguishing.computeIfAbsent(valueKey(v.column(), v.code()), x -> new ArrayList<>())
                            .add(Messages.bind(Messages.Minority_spreadItem, Integer.valueOf(i + 1),
                                    Format.percent(v.shareIn())));
                }
            }
        }
        List<MinorityGroup> groups = new ArrayList<>();
        for (Minorities.SmallCluster s : minorities.smallClusters()) {
            Persona p = personas.get(numberOf[s.cluster()] - 1);
            List<Profiles.ValueShare> values = profiles.overRepresented(s.cluster(), Minorities.GROUP_MIN_DIFFERENCE,
                    Minorities.GROUP_MIN_LIFT);
            values.forEach(v -> represented.add(valueKey(v.column(), v.code())));
            String named = values.isEmpty() ? p.title() : valuesText(data, values);
            groups.add(new MinorityGroup(null, null, s.size(), (double) s.size() / n,
                    Messages.bind(Messages.Minority_smallCluster, new Object[] { Integer.valueOf(p.number()),
                            Integer.valueOf(s.size()), Integer.valueOf(minimumSize), named }),
                    p.number(), valueLabels(data, values), p.members(), 0));
        }
        if (settings.minHiddenShare() > 0) {
            int minCount = Math.max(settings.minGroupCount(), (int) Math.ceil(settings.minHiddenShare() * n));
            List<Minorities.HiddenGroup> hidden;
            try {
                hidden = Minorities.hidden(data, clustering.assignment(), k, minimumSize, minCount, settings.seed(),
                        sub::isCanceled);
            } catch (java.util.concurrent.CancellationException e) {
                throw new OperationCanceledException();
            }
            for (Minorities.HiddenGroup h : hidden) {
                h.values().forEach(v -> represented.add(valueKey(v.column(), v.code())));
                int persona = numberOf[h.cluster()];
                List<String> members = new ArrayList<>();
                for (int r : h.rows()) {
                    members.add(input.members().get(r).key());
                }
                groups.add(new MinorityGroup(null, null, h.rows().length, (double) h.rows().length / n,
                        Messages.bind(Messages.Minority_hiddenGroup, new Object[] { Integer.valueOf(h.rows().length),
                                Format.percent1((double) h.rows().length / n), Integer.valueOf(persona),
                                valuesText(data, h.values()) }),
                        0, valueLabels(data, h.values()), members, persona));
            }
        }
        for (Minorities.UnrepresentedGroup g : minorities.groups()) {
            if (represented.contains(valueKey(g.column(), g.code()))) {
                continue;
            }
            StringBuilder spread = new StringBuilder();
            for (int i = 0; i < k; i++) {
                int count = g.spread()[order[i]];
                if (count > 0) {
                    if (spread.length() > 0) {
                        spread.append(", "); //$NON-NLS-1$
                    }
                    spread.append(Messages.bind(Messages.Minority_spreadItem, Integer.valueOf(i + 1),
                            Integer.valueOf(count)));
                }
            }
            String attribute = data.categoricalName(g.column());
            String value = data.categoryLabel(g.column(), g.code());
            List<String> over = distinguishing.get(valueKey(g.column(), g.code()));
            groups.add(new MinorityGroup(attribute, value, g.count(), g.share(),
                    over == null
                            ? Messages.bind(Messages.Minority_group, new Object[] { attribute, value,
                                    Integer.valueOf(g.count()), Format.percent1(g.share()), spread })
                            : Messages.bind(Messages.Minority_groupDistinguishing, new Object[] { attribute, value,
                                    Integer.valueOf(g.count()), Format.percent1(g.share()), spread,
                                    String.join(", ", over) }), //$NON-NLS-1$
                    0, List.of(attribute + " = " + value), List.of(), 0)); //$NON-NLS-1$
        }
        sub.worked(2);
        List<String> numeric = new ArrayList<>();
        for (int j = 0; j < data.numericColumns(); j++) {
            numeric.add(data.numericName(j));
        }
        List<String> categorical = new ArrayList<>();
        for (int j = 0; j < data.categoricalColumns(); j++) {
            categorical.add(data.categoricalName(j));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new PersonaReport(n, k, auto, settings.seed(), selection.ks(), selection.silhouettes(),
                clustering.silhouette(), selection.gamma(), selection.sampleSize(), numeric, categorical, personas,
                minimumSize, groups, millis, representativeness, settings.model().label(), selection.bics(), icls);
    }

    private static long valueKey(int column, int code) {
        return ((long) column << 32) | code;
    }

    private static List<String> valueLabels(MixedData data, List<Profiles.ValueShare> values) {
        return values.stream().map(v -> data.categoricalName(v.column()) + " = " //$NON-NLS-1$
                + data.categoryLabel(v.column(), v.code())).toList();
    }

    /** The values of a group together, most telling (highest lift) first, each with its share in and outside it. */
    private static String valuesText(MixedData data, List<Profiles.ValueShare> values) {
        return values.stream().sorted(Comparator.comparingDouble(Profiles.ValueShare::lift).reversed()).limit(MAX_TRAITS)
                .map(v -> Messages.bind(Messages.Minority_value, new Object[] { data.categoricalName(v.column()),
                        data.categoryLabel(v.column(), v.code()), Format.percent(v.shareIn()),
                        Format.percent(v.shareAll()) }))
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
    }

    private static String shortText(Trait t) {
        if (t.numeric()) {
            return Messages.bind(t.effect() > 0 ? Messages.Trait_high : Messages.Trait_low, t.attribute());
        }
        return t.attribute() + " = " + t.value(); //$NON-NLS-1$
    }

    private static List<Trait> traits(Profiles profiles, MixedData data, int c) {
        List<Trait> traits = new ArrayList<>();
        for (Profiles.ValueShare s : profiles.overRepresented(c, MIN_DIFFERENCE, MIN_LIFT)) {
            // "thema: X = nee" says little: a theme distinguishes by being present
            if (s.column() >= 0 && PersonaInput.THEME_NO.equals(data.categoryLabel(s.column(), s.code()))
                    && data.categoricalName(s.column()).startsWith(Messages.Persona_themePrefix)) {
                continue;
            }
            traits.add(new Trait(data.categoricalName(s.column()), data.categoryLabel(s.column(), s.code()),
                    s.countIn(), s.knownIn(), s.shareIn(), s.shareAll(), s.lift(), Double.NaN, Double.NaN,
                    Double.NaN));
        }
        for (Profiles.NumericDifference d : profiles.numericDifferences(c, MIN_EFFECT)) {
            traits.add(new Trait(data.numericName(d.column()), null, d.knownIn(), d.knownIn(), Double.NaN, Double.NaN,
                    Double.NaN, d.meanIn(), d.meanAll(), d.effect()));
        }
        return traits.size() > MAX_TRAITS ? new ArrayList<>(traits.subList(0, MAX_TRAITS)) : traits;
    }

    /**
     * Quotes from the clients closest to the persona's centre, one per client: an utterance coded with a theme that
     * distinguishes the persona when there is one, else the client's longest utterance of at least
     * {@value #MIN_QUOTE_WORDS} words.
     */
    private static List<PersonaQuote> quotes(PersonaInput input, Clustering clustering, int c, List<Trait> traits,
            int max) {
        Set<String> themes = traits.stream().filter(t -> PersonaInput.THEME_YES.equals(t.value())
                && t.attribute().startsWith(Messages.Persona_themePrefix))
                .map(t -> t.attribute().substring(Messages.Persona_themePrefix.length()).strip())
                .collect(Collectors.toSet());
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < clustering.assignment().length; r++) {
            if (clustering.assignment()[r] == c && !input.members().get(r).utterances().isEmpty()) {
                rows.add(r);
            }
        }
        rows.sort(Comparator.comparingDouble((Integer r) -> clustering.distanceToPrototype()[r])
                .thenComparingInt(r -> r));
        List<PersonaQuote> quotes = new ArrayList<>();
        for (int r : rows) {
            if (quotes.size() >= max) {
                break;
            }
            PersonaInput.Quote best = null;
            String theme = null;
            for (PersonaInput.Quote q : input.members().get(r).utterances()) {
                if (words(q.text()) < MIN_QUOTE_WORDS) {
                    continue;
                }
                String matched = q.themes().stream().filter(themes::contains).sorted().findFirst().orElse(null);
                if (matched != null && theme == null) {
                    best = q;
                    theme = matched;
                } else if (theme == null && (best == null || q.text().length() > best.text().length())) {
                    best = q;
                }
            }
            if (best != null) {
                quotes.add(new PersonaQuote(best.clientKey(), best.conversationId(), best.utteranceId(), best.text(),
                        theme != null ? Messages.bind(Messages.Quote_reasonTheme, theme) : Messages.Quote_reasonCentre));
            }
        }
        return quotes;
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length; //$NON-NLS-1$
    }
}
