// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.learn;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rules and trained model side by side, per task: cross-validation by conversation ({@code folds} &gt; 1) or a
 * held-out set ({@code folds} 0). Kept with a stored model ({@link #toInfo}, {@link #fromInfo}) so the quality of
 * the model in use can be shown without training again.
 */
public record Evaluation(Map<String, Confusion> rules, Map<String, Confusion> model, int conversations, int folds) {

    private static final String PREFIX = "cv."; //$NON-NLS-1$

    /** Writes the evaluation into a model's info ({@code cv.*} keys). */
    public void toInfo(Map<String, String> info) {
        info.put(PREFIX + "conversations", Integer.toString(conversations)); //$NON-NLS-1$
        info.put(PREFIX + "folds", Integer.toString(folds)); //$NON-NLS-1$
        rules.forEach((task, c) -> info.put(PREFIX + "rules." + task, c.toText())); //$NON-NLS-1$
        model.forEach((task, c) -> info.put(PREFIX + "model." + task, c.toText())); //$NON-NLS-1$
    }

    /** The evaluation kept in a model's info, or null when the training stored none. */
    public static Evaluation fromInfo(Map<String, String> info) {
        String folds = info.get(PREFIX + "folds"); //$NON-NLS-1$
        if (folds == null) {
            return null;
        }
        Map<String, Confusion> rules = new LinkedHashMap<>();
        Map<String, Confusion> model = new LinkedHashMap<>();
        info.forEach((k, v) -> {
            if (k.startsWith(PREFIX + "rules.")) { //$NON-NLS-1$
                rules.put(k.substring((PREFIX + "rules.").length()), Confusion.fromText(v)); //$NON-NLS-1$
            } else if (k.startsWith(PREFIX + "model.")) { //$NON-NLS-1$
                model.put(k.substring((PREFIX + "model.").length()), Confusion.fromText(v)); //$NON-NLS-1$
            }
        });
        try {
            return new Evaluation(rules, model, Integer.parseInt(info.getOrDefault(PREFIX + "conversations", "0")), //$NON-NLS-1$ //$NON-NLS-2$
                    Integer.parseInt(folds));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
