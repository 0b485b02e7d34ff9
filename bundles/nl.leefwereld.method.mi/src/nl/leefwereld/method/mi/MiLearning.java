// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.coding.Annotations;
import nl.leefwereld.core.learn.Evaluation;
import nl.leefwereld.core.learn.Example;
import nl.leefwereld.core.learn.Features;
import nl.leefwereld.core.learn.Learner;
import nl.leefwereld.core.learn.Learning;
import nl.leefwereld.core.learn.LinearModel;
import nl.leefwereld.core.learn.StoredModel;
import nl.leefwereld.core.learn.TextFeatures;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;

/**
 * The trainable MI suggestions: examples from the human MI codes in the store, one model for the professional's
 * behaviour and one for the client's language (core's {@link LinearModel}), cross-validation by conversation, and
 * suggestions from a trained model.
 * <p>
 * Labels: a question code (Q, OQ, CQ) is {@code Q}, a reflection (SR, CR) is {@code R} (the rules then say open or
 * closed, simple or complex), the other behaviour codes are their abbreviations, a professional's utterance
 * without a behaviour code is {@value #OTHER}; a client's utterance is CT, ST or NT (uncoded: NT).
 * <p>
 * Features: word uni- and bigrams, character 3- to 5-grams, the previous utterance's words (prefixed) and its
 * speaker's role, the speaker's role, the first and last words, length, how many content words the utterance
 * shares with the client's previous utterance, and the rules' own suggestion ({@link UtteranceClassifier}).
 */
public final class MiLearning {

    public static final String PROFESSIONAL = "professional"; //$NON-NLS-1$
    public static final String CLIENT = "client"; //$NON-NLS-1$
    public static final String OTHER = "other"; //$NON-NLS-1$
    public static final String QUESTION = "Q"; //$NON-NLS-1$
    public static final String REFLECTION = "R"; //$NON-NLS-1$
    /** A model's suggestion below this probability is not shown. */
    public static final double THRESHOLD = 0.5;

    private static final UtteranceClassifier RULES = new UtteranceClassifier();
    /** Measured on AnnoMI (5-fold by transcript): C 1 to 4 and class weights 0.5 to 1 are within 0.01 macro-F1. */
    static final LinearModel.Settings SETTINGS = new LinearModel.Settings(2.0, 2, 1.0);

    /** One utterance to learn from or to predict: its task, human label (null when unknown) and features. */
    public record Item(Utterance utterance, String task, String label, long[] features,
            List<UtteranceClassifier.Hit> rules) {
    }

    private MiLearning() {
    }

    /** The conversations with human MI codes (of the coder, or of anyone when coder is null). */
    public static List<Conversation> coded(List<Conversation> conversations, String coder) {
        return conversations.stream().filter(c -> !humanCodes(c, coder).isEmpty()).toList();
    }

    private static List<Annotation> humanCodes(Conversation c, String coder) {
        return coder == null
                ? Annotations.humanCodes(c).stream().filter(a -> MiMethod.METHOD_ID.equals(a.getMethodId())).toList()
                : Annotations.humanCodes(c, coder, MiMethod.METHOD_ID);
    }

    /** The coarse label of a set of codes of one utterance (reflection before question before the others). */
    static String label(Set<MiCode> codes, boolean professional) {
        if (!professional) {
            if (codes.contains(MiCode.CHANGE_TALK)) {
                return MiCode.CHANGE_TALK.abbreviation();
            }
            return codes.contains(MiCode.SUSTAIN_TALK) ? MiCode.SUSTAIN_TALK.abbreviation()
                    : MiCode.NEUTRAL.abbreviation();
        }
        for (MiCode c : codes) {
            if (c.family() == MiCode.Family.REFLECTION) {
                return REFLECTION;
            }
        }
        for (MiCode c : codes) {
            if (c.family() == MiCode.Family.QUESTION) {
                return QUESTION;
            }
        }
        for (MiCode c : MiCode.values()) {
            if (codes.contains(c) && c.isBehaviour()) {
                return c.abbreviation();
            }
        }
        return OTHER;
    }

    /** Items of every professional and client utterance of the conversation; labels from the coder's codes. */
    public static List<Item> items(Conversation c, String coder, boolean labelled) {
        Map<Utterance, Set<MiCode>> codes = new IdentityHashMap<>();
        if (labelled) {
            for (Annotation a : humanCodes(c, coder)) {
                MiCode code = MiCode.byGuid(a.getCodeId());
                if (code != null && a.getUtterance() != null) {
                    codes.computeIfAbsent(a.getUtterance(), k -> EnumSet.noneOf(MiCode.class)).add(code);
                }
            }
        }
        List<Item> out = new ArrayList<>();
        List<Utterance> all = c.getUtterances();
        List<List<String>> tokens = new ArrayList<>(all.size());
        for (Utterance u : all) {
            tokens.add(TextFeatures.tokens(u.getText()));
        }
        String previousClient = null;
        Set<String> previousClientWords = null;
        for (int k = 0; k < all.size(); k++) {
            Utterance u = all.get(k);
            boolean professional = Volleys.isProfessional(u);
            if (professional || Volleys.isClient(u)) {
                String label = labelled ? label(codes.getOrDefault(u, Set.of()), professional) : null;
                List<UtteranceClassifier.Hit> hits = professional ? RULES.professional(u.getText(), previousClient)
                        : nullable(RULES.client(u.getText()));
                Features f = new Features();
                features(f, tokens.get(k), professional, previousClientWords, hits);
                context(f, "p", k > 0 ? all.get(k - 1) : null, k > 0 ? tokens.get(k - 1) : null); //$NON-NLS-1$
                context(f, "n", k + 1 < all.size() ? all.get(k + 1) : null, //$NON-NLS-1$
                        k + 1 < all.size() ? tokens.get(k + 1) : null);
                out.add(new Item(u, professional ? PROFESSIONAL : CLIENT, label, f.toArray(), hits));
            }
            if (Volleys.isClient(u)) {
                previousClient = u.getText();
                previousClientWords = new HashSet<>(tokens.get(k));
            }
        }
        return out;
    }

    private static List<UtteranceClassifier.Hit> nullable(UtteranceClassifier.Hit h) {
        return h == null ? List.of() : List.of(h);
    }

    private static String role(Utterance u) {
        return Volleys.isProfessional(u) ? "T" : Volleys.isClient(u) ? "C" : "O"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * The features of one utterance itself (see the class comment); {@link #context} adds those of the utterances
     * before and after (a transcript is coded after the fact, and the answer to a reflection differs from the
     * answer to a question).
     */
    private static void features(Features f, List<String> tokens, boolean professional,
            Set<String> previousClientWords, List<UtteranceClassifier.Hit> hits) {
        f.add(professional ? "role:T" : "role:C"); //$NON-NLS-1$ //$NON-NLS-2$
        TextFeatures.wordNgrams("w:", tokens, true, f); //$NON-NLS-1$
        TextFeatures.charNgrams("c:", tokens, 3, 5, f); //$NON-NLS-1$
        f.add("len:", TextFeatures.bucket(tokens.size()), ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (!tokens.isEmpty()) {
            f.add("first:", tokens.get(0), ""); //$NON-NLS-1$ //$NON-NLS-2$
            f.add("last:", tokens.get(tokens.size() - 1), ""); //$NON-NLS-1$ //$NON-NLS-2$
            if (tokens.size() > 1) {
                f.add("first2:", tokens.get(0), tokens.get(1)); //$NON-NLS-1$
            }
        }
        if (professional && previousClientWords != null) {
            int shared = 0;
            for (String t : new HashSet<>(tokens)) {
                if (t.length() > 3 && previousClientWords.contains(t)) {
                    shared++;
                }
            }
            f.add("overlap:", TextFeatures.bucket(shared), ""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (hits.isEmpty()) {
            f.add("rule:none"); //$NON-NLS-1$
        }
        for (UtteranceClassifier.Hit h : hits) {
            f.add("rule:", h.code().abbreviation(), ""); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** The words, role, length and first and last word of the utterance before or after, under its own prefix. */
    private static void context(Features f, String prefix, Utterance u, List<String> tokens) {
        if (u == null) {
            f.add(prefix + "role:none"); //$NON-NLS-1$
            return;
        }
        f.add(prefix + "role:", role(u), ""); //$NON-NLS-1$ //$NON-NLS-2$
        TextFeatures.wordNgrams(prefix + ":", tokens, true, f); //$NON-NLS-1$
        f.add(prefix + "len:", TextFeatures.bucket(tokens.size()), ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (!tokens.isEmpty()) {
            f.add(prefix + "first:", tokens.get(0), ""); //$NON-NLS-1$ //$NON-NLS-2$
            f.add(prefix + "last:", tokens.get(tokens.size() - 1), ""); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** The MI learner for core's {@link Learning}: tasks professional and client. */
    public static final Learner LEARNER = new Learner() {
        @Override
        public String methodId() {
            return MiMethod.METHOD_ID;
        }

        @Override
        public Map<String, String> tasks() {
            Map<String, String> tasks = new LinkedHashMap<>();
            tasks.put(PROFESSIONAL, OTHER);
            tasks.put(CLIENT, MiCode.NEUTRAL.abbreviation());
            return tasks;
        }

        @Override
        public String taskLabel(String task) {
            return PROFESSIONAL.equals(task) ? Messages.Learning_taskProfessional : Messages.Learning_taskClient;
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
            if (humanCodes(c, coder).isEmpty()) {
                return List.of();
            }
            Map<Utterance, String> byRules = withRules ? rulesLabels(c) : Map.of();
            List<Learner.Item> out = new ArrayList<>();
            for (MiLearning.Item i : MiLearning.items(c, coder, true)) {
                out.add(new Learner.Item(i.task(), new Example(c.getId(), i.label(), i.features()),
                        byRules.get(i.utterance())));
            }
            return out;
        }
    };

    /** Trains both models on the coded conversations; the info names the date, coder and data. */
    public static StoredModel train(List<Conversation> conversations, String coder) {
        return Learning.train(LEARNER, conversations, coder);
    }

    /** The rules' coarse label per utterance of the conversation (as the suggestions analyzer gives them). */
    static Map<Utterance, String> rulesLabels(Conversation c) {
        Map<Utterance, Set<MiCode>> codes = new IdentityHashMap<>();
        for (AnnotationSuggestion s : new MiSuggestionAnalyzer().rules(c, null)) {
            MiCode code = MiCode.byGuid(s.codeId());
            if (code != null) {
                codes.computeIfAbsent(s.utterance(), k -> EnumSet.noneOf(MiCode.class)).add(code);
            }
        }
        Map<Utterance, String> out = new IdentityHashMap<>();
        codes.forEach((u, set) -> out.put(u, label(set, Volleys.isProfessional(u))));
        return out;
    }

    /**
     * Cross-validation by conversation ({@link Learning#evaluate}): per fold, models trained on the other folds
     * predict its utterances; the rules are scored on the same utterances.
     */
    public static Evaluation evaluate(List<Conversation> conversations, String coder, int folds, long seed) {
        return Learning.evaluate(LEARNER, conversations, coder, folds, seed);
    }

    /**
     * The model's suggestions for a conversation: one per utterance whose most probable label is a code with at
     * least {@link #THRESHOLD} probability; a question is refined to open or closed, a reflection to simple or
     * complex, by the rules (closed question and simple reflection when the rules have no opinion).
     */
    public static List<AnnotationSuggestion> suggest(StoredModel stored, Conversation c) {
        List<AnnotationSuggestion> out = new ArrayList<>();
        for (Item i : items(c, null, false)) {
            LinearModel m = stored.models().get(i.task());
            Utterance u = i.utterance();
            if (m != null) {
                LinearModel.Prediction p = m.predict(i.features());
                MiCode code = p.confidence() >= THRESHOLD ? code(p.label(), i.rules()) : null;
                if (code != null) {
                    String text = u.getText() == null ? "" : u.getText(); //$NON-NLS-1$
                    out.add(new AnnotationSuggestion(u, 0, text.length(), MiMethod.METHOD_ID, code.guid(),
                            NLS.bind(Messages.Learning_reason, new Object[] { code.abbreviation(),
                                    Long.valueOf(Math.round(p.confidence() * 100)), stored.version() }),
                            p.confidence()));
                }
            }
        }
        return out;
    }

    private static MiCode code(String label, List<UtteranceClassifier.Hit> rules) {
        if (QUESTION.equals(label) || REFLECTION.equals(label)) {
            MiCode.Family family = QUESTION.equals(label) ? MiCode.Family.QUESTION : MiCode.Family.REFLECTION;
            for (UtteranceClassifier.Hit h : rules) {
                if (h.code().family() == family) {
                    return h.code();
                }
            }
            return QUESTION.equals(label) ? MiCode.CLOSED_QUESTION : MiCode.SIMPLE_REFLECTION;
        }
        if (OTHER.equals(label) || MiCode.NEUTRAL.abbreviation().equals(label)) {
            return null;
        }
        return MiCode.byAbbreviation(label);
    }
}
