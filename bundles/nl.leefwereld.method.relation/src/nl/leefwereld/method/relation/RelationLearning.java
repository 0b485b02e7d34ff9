// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.leefwereld.core.coding.Annotations;
import nl.leefwereld.core.learn.Example;
import nl.leefwereld.core.learn.Features;
import nl.leefwereld.core.learn.Learner;
import nl.leefwereld.core.learn.LinearModel;
import nl.leefwereld.core.learn.TextFeatures;
import nl.leefwereld.method.relation.ConversationScan.Found;
import nl.leefwereld.method.relation.model.Question;
import nl.leefwereld.method.relation.model.RelationAssessment;
import nl.leefwereld.method.relation.model.RelationType;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

/**
 * The trainable relation typing, for core's {@link nl.leefwereld.core.learn.Learning} (the same protocol as MI's):
 * two tasks.
 * <ul>
 * <li>{@value #TYPE}, one example per conversation: the type a person gave it — the override of a stored
 * assessment when the person overrode the derived type, otherwise the derived type of an assessment a person
 * stored (an accepted suggestion). Assessments the analyzer proposed without being stored do not count. The rules'
 * label is the type the markers derive ({@link RelationAssessor}).</li>
 * <li>{@value #MARKER}, one example per client utterance of a conversation with human relation codes: the marker of
 * the three questions the person coded on it (problem, help request, own share, yes or no), or {@value #NONE}. A
 * suggestion the person accepted is such a code; one the person rejected is removed, so the utterance counts as
 * {@value #NONE}. The rules' label is the first marker {@link Markers} finds.</li>
 * </ul>
 * Features: word uni- and bigrams and character 3- to 5-grams of the client's words, the words of the utterance
 * before (the professional's question), and the rules' markers and derived answers and type.
 */
public final class RelationLearning {

    public static final String TYPE = "type"; //$NON-NLS-1$
    public static final String MARKER = "marker"; //$NON-NLS-1$
    public static final String NONE = "none"; //$NON-NLS-1$
    /** A model's suggestion below this probability is not shown. */
    public static final double THRESHOLD = 0.5;
    static final LinearModel.Settings SETTINGS = new LinearModel.Settings(2.0, 1, 1.0);

    private RelationLearning() {
    }

    /** The label of a type: its Dutch name, as {@link RelationTypes#parse(String)} reads it. */
    public static String label(RelationType type) {
        return switch (type) {
            case VISITOR -> "bezoeker"; //$NON-NLS-1$
            case COMPLAINANT -> "klager"; //$NON-NLS-1$
            case CUSTOMER -> "klant"; //$NON-NLS-1$
        };
    }

    /** The label of a client marker kind ({@code problem+}, {@code help-}, ...), or null for other kinds. */
    public static String label(MarkerKind kind) {
        if (kind.question() == null) {
            return null;
        }
        String q = switch (kind.question()) {
            case PROBLEM -> "problem"; //$NON-NLS-1$
            case HELP_REQUEST -> "help"; //$NON-NLS-1$
            case SHARE_IN_SOLUTION -> "share"; //$NON-NLS-1$
        };
        return q + (kind.answer() == nl.leefwereld.method.relation.model.Answer.YES ? "+" : "-"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The type a person gave the conversation (override, or a stored assessment's derived type), or null. */
    public static RelationType humanType(Conversation c, String coder) {
        RelationAssessment latest = latestHuman(c, coder);
        if (latest == null) {
            return null;
        }
        RelationType t = RelationTypes.effective(latest);
        return t != null ? t : RelationTypes.derive(latest);
    }

    /**
     * How far the type the markers derive agrees with the persons' overrides: over the conversations whose latest
     * assessment by a person (of the coder, or anyone when null) overrides the derived type, how many overrides
     * there are and in how many the markers' type ({@link RelationAssessor}, the rules) is the person's.
     */
    public record OverrideAgreement(int overrides, int agreeing) {
        public double share() {
            return overrides == 0 ? Double.NaN : agreeing / (double) overrides;
        }
    }

    public static OverrideAgreement overrideAgreement(List<Conversation> conversations, String coder) {
        int overrides = 0;
        int agreeing = 0;
        for (Conversation c : conversations) {
            RelationAssessment latest = latestHuman(c, coder);
            if (latest == null || !latest.isOverridden() || latest.getOverrideType() == null) {
                continue;
            }
            overrides++;
            RelationAssessment rules = RelationAssessor.assess(c, ConversationScan.scan(c, null),
                    RelationMethod.ANALYZER_MARKERS);
            if (rules.getDerivedType() == latest.getOverrideType()) {
                agreeing++;
            }
        }
        return new OverrideAgreement(overrides, agreeing);
    }

    private static RelationAssessment latestHuman(Conversation c, String coder) {
        RelationAssessment latest = null;
        for (Object o : c.getAssessments()) {
            if (o instanceof RelationAssessment a && a.getAssessor() != null
                    && !RelationMethod.ANALYZER_MARKERS.equals(a.getAssessor())
                    && (coder == null || coder.equals(a.getAssessor()))
                    && (latest == null || a.getCreated() != null && latest.getCreated() != null
                            && !a.getCreated().before(latest.getCreated()))) {
                latest = a;
            }
        }
        return latest;
    }

    public static final Learner LEARNER = new Learner() {
        @Override
        public String methodId() {
            return RelationMethod.METHOD_ID;
        }

        @Override
        public Map<String, String> tasks() {
            Map<String, String> tasks = new LinkedHashMap<>();
            tasks.put(TYPE, NONE);
            tasks.put(MARKER, NONE);
            return tasks;
        }

        @Override
        public String taskLabel(String task) {
            return TYPE.equals(task) ? Messages.Learning_taskType : Messages.Learning_taskMarker;
        }

        @Override
        public LinearModel.Settings settings() {
            return SETTINGS;
        }

        @Override
        public double threshold() {
            return THRESHOLD;
        }

        @Override
        public List<Learner.Item> items(Conversation c, String coder, boolean withRules) {
            return RelationLearning.items(c, coder, true);
        }
    };

    /**
     * The items of a conversation: labelled (only what a person labelled; empty when nothing) or, for suggesting,
     * every client utterance and the conversation's type with a null label.
     */
    public static List<Learner.Item> items(Conversation c, String coder, boolean labelled) {
        List<Learner.Item> out = new ArrayList<>();
        List<Found> found = ConversationScan.scan(c, null);
        RelationType human = labelled ? humanType(c, coder) : null;
        RelationAssessment rules = RelationAssessor.assess(c, found, RelationMethod.ANALYZER_MARKERS);
        if (!labelled || human != null) {
            Features f = new Features();
            Map<MarkerKind, Integer> counts = new EnumMap<>(MarkerKind.class);
            for (Found x : found) {
                counts.merge(x.kind(), Integer.valueOf(1), Integer::sum);
                f.add("m:", x.kind().name(), ""); //$NON-NLS-1$ //$NON-NLS-2$
            }
            counts.forEach((k, n) -> f.add("mc:" + k.name(), TextFeatures.bucket(n.intValue()), "")); //$NON-NLS-1$ //$NON-NLS-2$
            for (Question q : Question.VALUES) {
                f.add("a:" + q.getLiteral(), String.valueOf(RelationTypes.answer(rules, q)), ""); //$NON-NLS-1$ //$NON-NLS-2$
            }
            f.add("rule:", label(rules.getDerivedType()), ""); //$NON-NLS-1$ //$NON-NLS-2$
            for (Utterance u : c.getUtterances()) {
                List<String> tokens = TextFeatures.tokens(u.getText());
                if (ConversationScan.role(u) == ParticipantRole.CLIENT) {
                    TextFeatures.wordNgrams("cw:", tokens, true, f); //$NON-NLS-1$
                } else {
                    TextFeatures.wordNgrams("pw:", tokens, false, f); //$NON-NLS-1$
                }
            }
            out.add(new Learner.Item(TYPE, new Example(c.getId(), human == null ? null : label(human), f.toArray()),
                    label(rules.getDerivedType())));
        }
        Map<Utterance, String> codes = new IdentityHashMap<>();
        boolean coded = false;
        if (labelled) {
            List<Annotation> human2 = coder == null
                    ? Annotations.humanCodes(c).stream()
                            .filter(a -> RelationMethod.METHOD_ID.equals(a.getMethodId())).toList()
                    : Annotations.humanCodes(c, coder, RelationMethod.METHOD_ID);
            coded = !human2.isEmpty();
            Map<Utterance, MarkerKind> first = new IdentityHashMap<>();
            for (Annotation a : human2) {
                MarkerKind k = MarkerKind.ofCode(a.getCodeId());
                if (k != null && k.question() != null && a.getUtterance() != null) {
                    first.merge(a.getUtterance(), k, (x, y) -> x.ordinal() <= y.ordinal() ? x : y);
                }
            }
            first.forEach((u, k) -> codes.put(u, label(k)));
        }
        if (labelled && !coded) {
            return out;
        }
        Map<Utterance, String> byRules = new IdentityHashMap<>();
        for (Found x : found) {
            String l = label(x.kind());
            if (l != null) {
                byRules.putIfAbsent(x.utterance(), l);
            }
        }
        List<Utterance> all = c.getUtterances();
        for (int k = 0; k < all.size(); k++) {
            Utterance u = all.get(k);
            if (ConversationScan.role(u) != ParticipantRole.CLIENT) {
                continue;
            }
            out.add(new Learner.Item(MARKER,
                    new Example(c.getId(), labelled ? codes.getOrDefault(u, NONE) : null, markerFeatures(all, k)),
                    byRules.get(u)));
        }
        return out;
    }

    /**
     * The features of the client utterance {@code k} for the {@value #MARKER} task: word uni- and bigrams,
     * character 3- to 5-grams, the words of the utterance before and the markers the rules find in it.
     */
    static long[] markerFeatures(List<Utterance> all, int k) {
        Utterance u = all.get(k);
        Features f = new Features();
        List<String> tokens = TextFeatures.tokens(u.getText());
        TextFeatures.wordNgrams("w:", tokens, true, f); //$NON-NLS-1$
        TextFeatures.charNgrams("c:", tokens, 3, 5, f); //$NON-NLS-1$
        if (k > 0) {
            TextFeatures.wordNgrams("p:", TextFeatures.tokens(all.get(k - 1).getText()), false, f); //$NON-NLS-1$
        }
        Set<String> hits = new HashSet<>();
        for (Markers.Hit h : Markers.find(u.getText(), true)) {
            hits.add(h.kind().name());
        }
        if (hits.isEmpty()) {
            f.add("rule:none"); //$NON-NLS-1$
        }
        hits.forEach(h -> f.add("rule:", h, "")); //$NON-NLS-1$ //$NON-NLS-2$
        return f.toArray();
    }

    /** The client marker kind of a {@value #MARKER} label ({@code problem+}, ...), or null ({@value #NONE}). */
    public static MarkerKind kindOf(String label) {
        for (MarkerKind k : MarkerKind.values()) {
            if (label != null && label.equals(label(k))) {
                return k;
            }
        }
        return null;
    }
}
