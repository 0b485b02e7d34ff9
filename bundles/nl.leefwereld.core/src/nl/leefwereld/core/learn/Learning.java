// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.learn;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.model.Conversation;

/**
 * Training and evaluating any method's suggestions ({@link Learner}): the one home of the protocol every method
 * shares — examples from the human labels in the store, one {@link LinearModel} per task, cross-validation by
 * conversation with the rules scored on the same items, evaluation on a held-out set, and the facts kept with a
 * stored model (date, coder, conversations, examples and labels per task, and the cross-validation).
 */
public final class Learning {

    /** Info keys of a stored model. */
    public static final String METHOD = "method"; //$NON-NLS-1$
    public static final String CODER = "coder"; //$NON-NLS-1$
    public static final String CONVERSATIONS = "conversations"; //$NON-NLS-1$
    public static final String EXAMPLES = "examples."; //$NON-NLS-1$
    public static final String LABELS = "labels."; //$NON-NLS-1$
    /** The coder value of a model trained on every human coder's labels. */
    public static final String ANY_CODER = "*"; //$NON-NLS-1$

    private Learning() {
    }

    /** The labelled items per conversation (only conversations with labels), in the conversations' order. */
    private static Map<Conversation, List<Learner.Item>> items(Learner learner, List<Conversation> conversations,
            String coder, boolean withRules) {
        Map<Conversation, List<Learner.Item>> out = new LinkedHashMap<>();
        for (Conversation c : conversations) {
            List<Learner.Item> items = learner.items(c, coder, withRules);
            if (!items.isEmpty()) {
                out.put(c, items);
            }
        }
        return out;
    }

    private static Map<String, List<Example>> byTask(Learner learner, Iterable<List<Learner.Item>> items) {
        Map<String, List<Example>> byTask = new LinkedHashMap<>();
        learner.tasks().keySet().forEach(t -> byTask.put(t, new ArrayList<>()));
        for (List<Learner.Item> list : items) {
            for (Learner.Item i : list) {
                byTask.computeIfAbsent(i.task(), k -> new ArrayList<>()).add(i.example());
            }
        }
        return byTask;
    }

    /** Trains one model per task with at least two labels; the info names the date, coder and data. */
    public static StoredModel train(Learner learner, List<Conversation> conversations, String coder) {
        Map<Conversation, List<Learner.Item>> items = items(learner, conversations, coder, false);
        Map<String, LinearModel> models = new LinkedHashMap<>();
        Map<String, String> info = new LinkedHashMap<>();
        info.put(StoredModel.VERSION, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        info.put(METHOD, learner.methodId());
        info.put(CODER, coder == null ? ANY_CODER : coder);
        info.put(CONVERSATIONS, Integer.toString(items.size()));
        for (Map.Entry<String, List<Example>> e : byTask(learner, items.values()).entrySet()) {
            if (e.getValue().stream().map(Example::label).distinct().count() < 2) {
                continue;
            }
            models.put(e.getKey(), LinearModel.train(e.getValue(), learner.settings()));
            info.put(EXAMPLES + e.getKey(), Integer.toString(e.getValue().size()));
            Map<String, Integer> counts = new TreeMap<>();
            e.getValue().forEach(x -> counts.merge(x.label(), Integer.valueOf(1), Integer::sum));
            info.put(LABELS + e.getKey(), counts.toString());
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException(NLS.bind(Messages.Learning_nothingToTrain,
                    Integer.valueOf(items.size()), learner.methodId()));
        }
        return new StoredModel(info, models);
    }

    /**
     * Trains on all labelled conversations and keeps with the model a cross-validation ({@code folds}, by
     * conversation) of the same protocol, so the quality view can show it; with fewer labelled conversations than
     * folds the model is stored without one.
     */
    public static StoredModel trainAndEvaluate(Learner learner, List<Conversation> conversations, String coder,
            int folds, long seed) {
        StoredModel model = train(learner, conversations, coder);
        int labelled = Integer.parseInt(model.info().get(CONVERSATIONS));
        if (labelled >= folds) {
            evaluate(learner, conversations, coder, folds, seed).toInfo(model.info());
        }
        return model;
    }

    /**
     * Cross-validation by conversation: per fold, models trained on the other folds predict its items; the rules
     * are scored on the same items.
     */
    public static Evaluation evaluate(Learner learner, List<Conversation> conversations, String coder, int folds,
            long seed) {
        Map<Conversation, List<Learner.Item>> items = items(learner, conversations, coder, true);
        if (items.size() < folds) {
            throw new IllegalArgumentException(NLS.bind(Messages.Learning_tooFewConversations,
                    new Object[] { Integer.valueOf(items.size()), Integer.valueOf(folds), learner.methodId() }));
        }
        Map<String, Confusion> rules = confusions(learner);
        Map<String, Confusion> model = confusions(learner);
        scoreRules(learner, items.values(), rules);
        Map<String, List<Example>> all = byTask(learner, items.values());
        List<Example> everything = new ArrayList<>();
        all.values().forEach(everything::addAll);
        Map<String, Integer> foldOf = Folds.assign(everything, folds, seed);
        for (int k = 0; k < folds; k++) {
            int fold = k;
            for (Map.Entry<String, List<Example>> e : all.entrySet()) {
                List<Example> train = e.getValue().stream().filter(x -> foldOf.get(x.group()).intValue() != fold)
                        .toList();
                List<Example> test = e.getValue().stream().filter(x -> foldOf.get(x.group()).intValue() == fold)
                        .toList();
                if (test.isEmpty()) {
                    continue;
                }
                LinearModel m = train.stream().map(Example::label).distinct().count() < 2 ? null
                        : LinearModel.train(train, learner.settings());
                predict(learner, e.getKey(), m, test, model.computeIfAbsent(e.getKey(), t -> new Confusion()));
            }
        }
        return new Evaluation(rules, model, items.size(), folds);
    }

    /**
     * A trained model and the rules on conversations the model was not trained on (a held-out set); folds 0.
     */
    public static Evaluation heldOut(Learner learner, StoredModel stored, List<Conversation> conversations,
            String coder) {
        Map<Conversation, List<Learner.Item>> items = items(learner, conversations, coder, true);
        Map<String, Confusion> rules = confusions(learner);
        Map<String, Confusion> model = confusions(learner);
        scoreRules(learner, items.values(), rules);
        for (Map.Entry<String, List<Example>> e : byTask(learner, items.values()).entrySet()) {
            predict(learner, e.getKey(), stored.models().get(e.getKey()), e.getValue(),
                    model.computeIfAbsent(e.getKey(), t -> new Confusion()));
        }
        return new Evaluation(rules, model, items.size(), 0);
    }

    private static Map<String, Confusion> confusions(Learner learner) {
        Map<String, Confusion> out = new LinkedHashMap<>();
        learner.tasks().keySet().forEach(t -> out.put(t, new Confusion()));
        return out;
    }

    private static void scoreRules(Learner learner, Iterable<List<Learner.Item>> items, Map<String, Confusion> rules) {
        for (List<Learner.Item> list : items) {
            for (Learner.Item i : list) {
                String none = learner.tasks().get(i.task());
                String r = i.rules();
                rules.computeIfAbsent(i.task(), t -> new Confusion()).add(i.example().label(), r == null ? none : r,
                        r != null && !r.equals(none));
            }
        }
    }

    private static void predict(Learner learner, String task, LinearModel m, List<Example> test, Confusion into) {
        String none = learner.tasks().get(task);
        for (Example x : test) {
            if (m == null) {
                into.add(x.label(), none, false);
                continue;
            }
            LinearModel.Prediction p = m.predict(x.features());
            into.add(x.label(), p.label(), p.confidence() >= learner.threshold() && !p.label().equals(none));
        }
    }
}
