// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.leefwereld.core.coding.Annotations;
import nl.leefwereld.method.mi.model.MiAssessment;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;

/**
 * The MITI 4.2.1 summary scores of one conversation as coded by one coder (human codes only: manual or accepted,
 * never open suggestions). Counting follows the volley rules even when the codes break them (e.g. imported data):
 * per volley one question at most, one reflection at most and complex wins over simple; per client utterance one
 * language code. Global ratings come from the coder's {@link MiAssessment} (or the newest one).
 */
public final class MiScores {

    /** A score with its value (NaN when it cannot be computed) and level. */
    public record Value(Score score, double value, Level level) {
        public String formatted() {
            return score.format(value);
        }
    }

    private final String coder;
    private final Map<MiCode, Integer> counts;
    private final MiAssessment ratings;
    private final Map<Score, Value> values;
    private final Map<MiCode, List<Utterance>> examples;

    private MiScores(String coder, Map<MiCode, Integer> counts, MiAssessment ratings, Map<Score, Value> values,
            Map<MiCode, List<Utterance>> examples) {
        this.coder = coder;
        this.counts = counts;
        this.ratings = ratings;
        this.values = values;
        this.examples = examples;
    }

    /** Scores of the default coder ({@link #defaultCoder(Conversation)}). */
    public static MiScores compute(Conversation c) {
        return compute(c, defaultCoder(c));
    }

    /**
     * Scores of one coder's codes.
     *
     * @param coder the coder; {@code null} counts the human MI codes of all coders (useful for imported data)
     */
    public static MiScores compute(Conversation c, String coder) {
        List<Annotation> codes = coder == null
                ? Annotations.humanCodes(c).stream().filter(a -> MiMethod.METHOD_ID.equals(a.getMethodId())).toList()
                : Annotations.humanCodes(c, coder, MiMethod.METHOD_ID);
        Volleys volleys = Volleys.of(c);
        // per volley (or client utterance): which codes, once each
        Map<Object, Set<MiCode>> perUnit = new LinkedHashMap<>();
        Map<Object, Utterance> firstUtterance = new HashMap<>();
        Map<Utterance, Map<MiCode, Utterance>> clientCodes = new IdentityHashMap<>();
        Map<MiCode, List<Utterance>> examples = new EnumMap<>(MiCode.class);
        for (Annotation a : codes) {
            MiCode code = MiCode.byGuid(a.getCodeId());
            Utterance u = a.getUtterance();
            if (code == null || u == null) {
                continue;
            }
            Object unit;
            if (code.family() == MiCode.Family.CLIENT) {
                clientCodes.computeIfAbsent(u, k -> new EnumMap<>(MiCode.class)).clear();
                clientCodes.get(u).put(code, u);
                continue;
            }
            int v = volleys.volleyOf(u);
            unit = v >= 0 ? Integer.valueOf(v) : u;
            perUnit.computeIfAbsent(unit, k -> java.util.EnumSet.noneOf(MiCode.class)).add(code);
            firstUtterance.putIfAbsent(unit, u);
            examples.computeIfAbsent(code, k -> new ArrayList<>());
            if (!examples.get(code).contains(u)) {
                examples.get(code).add(u);
            }
        }
        Map<MiCode, Integer> counts = new EnumMap<>(MiCode.class);
        for (MiCode code : MiCode.values()) {
            counts.put(code, Integer.valueOf(0));
        }
        for (Set<MiCode> unit : perUnit.values()) {
            boolean question = false;
            for (MiCode code : unit) {
                switch (code.family()) {
                case QUESTION -> question = true;
                case REFLECTION -> {
                    // counted below
                }
                default -> inc(counts, code);
                }
            }
            if (question) {
                inc(counts, MiCode.QUESTION);
            }
            if (unit.contains(MiCode.COMPLEX_REFLECTION)) {
                inc(counts, MiCode.COMPLEX_REFLECTION);
            } else if (unit.contains(MiCode.SIMPLE_REFLECTION)) {
                inc(counts, MiCode.SIMPLE_REFLECTION);
            }
        }
        for (Map<MiCode, Utterance> m : clientCodes.values()) {
            for (Map.Entry<MiCode, Utterance> e : m.entrySet()) {
                inc(counts, e.getKey());
                examples.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
            }
        }
        MiAssessment ratings = MiRatings.find(c, coder);
        if (ratings == null) {
            ratings = MiRatings.find(c, null);
        }
        Map<Score, Value> values = new EnumMap<>(Score.class);
        int cct = MiRatings.Rating.CULTIVATING_CHANGE_TALK.of(ratings);
        int sst = MiRatings.Rating.SOFTENING_SUSTAIN_TALK.of(ratings);
        int partnership = MiRatings.Rating.PARTNERSHIP.of(ratings);
        int empathy = MiRatings.Rating.EMPATHY.of(ratings);
        put(values, Score.TECHNICAL, cct > 0 && sst > 0 ? (cct + sst) / 2.0 : Double.NaN);
        put(values, Score.RELATIONAL, partnership > 0 && empathy > 0 ? (partnership + empathy) / 2.0 : Double.NaN);
        int sr = counts.get(MiCode.SIMPLE_REFLECTION).intValue();
        int cr = counts.get(MiCode.COMPLEX_REFLECTION).intValue();
        int q = counts.get(MiCode.QUESTION).intValue();
        put(values, Score.PERCENT_COMPLEX_REFLECTIONS, sr + cr > 0 ? cr / (double) (sr + cr) : Double.NaN);
        put(values, Score.REFLECTION_TO_QUESTION,
                q > 0 ? (sr + cr) / (double) q : sr + cr > 0 ? Double.POSITIVE_INFINITY : Double.NaN);
        boolean anyBehaviour = !perUnit.isEmpty();
        put(values, Score.MI_ADHERENT, anyBehaviour ? counts.get(MiCode.AFFIRM).intValue()
                + counts.get(MiCode.SEEKING_COLLABORATION).intValue()
                + counts.get(MiCode.EMPHASIZING_AUTONOMY).intValue() : Double.NaN);
        put(values, Score.MI_NON_ADHERENT, anyBehaviour
                ? counts.get(MiCode.PERSUADE).intValue() + counts.get(MiCode.CONFRONT).intValue() : Double.NaN);
        int ct = counts.get(MiCode.CHANGE_TALK).intValue();
        int st = counts.get(MiCode.SUSTAIN_TALK).intValue();
        put(values, Score.PERCENT_CHANGE_TALK, ct + st > 0 ? ct / (double) (ct + st) : Double.NaN);
        return new MiScores(coder, counts, ratings, values, examples);
    }

    private static void inc(Map<MiCode, Integer> counts, MiCode code) {
        counts.merge(code, Integer.valueOf(1), Integer::sum);
    }

    private static void put(Map<Score, Value> values, Score s, double v) {
        values.put(s, new Value(s, v, s.level(v)));
    }

    /**
     * The coder whose codes are scored by default: the assessor of the newest MI assessment when that person coded
     * anything, otherwise the coder with the most MI codes; {@code null} when nobody coded (then all codes count).
     */
    public static String defaultCoder(Conversation c) {
        MiAssessment newest = MiRatings.find(c, null);
        Map<String, Integer> perCoder = new HashMap<>();
        for (Annotation a : Annotations.humanCodes(c)) {
            if (MiMethod.METHOD_ID.equals(a.getMethodId()) && a.getCoder() != null) {
                perCoder.merge(a.getCoder(), Integer.valueOf(1), Integer::sum);
            }
        }
        if (newest != null && perCoder.containsKey(newest.getAssessor())) {
            return newest.getAssessor();
        }
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(perCoder).entrySet()) {
            if (e.getValue().intValue() > most) {
                most = e.getValue().intValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /** The coder scored ({@code null} = all coders). */
    public String coder() {
        return coder;
    }

    /** How often a code counts (volley rules applied; Q includes open and closed questions). */
    public int count(MiCode code) {
        return counts.get(code).intValue();
    }

    /** The global ratings used, or {@code null}. */
    public MiAssessment ratings() {
        return ratings;
    }

    public Value value(Score s) {
        return values.get(s);
    }

    /** All scores in order. */
    public List<Value> values() {
        return List.copyOf(values.values());
    }

    /** The utterances coded with the code, in coding order (questions under their own refined code). */
    public List<Utterance> examples(MiCode code) {
        return examples.getOrDefault(code, List.of());
    }

    /** True when nothing is coded and nothing is rated. */
    public boolean isEmpty() {
        return counts.values().stream().allMatch(i -> i.intValue() == 0) && ratings == null;
    }
}
