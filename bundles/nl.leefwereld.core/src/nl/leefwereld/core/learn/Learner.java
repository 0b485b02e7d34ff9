// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.learn;

import java.util.List;
import java.util.Map;

import nl.leefwereld.model.Conversation;

/**
 * What a method tells {@link Learning} so its suggestions can be trained and evaluated the same way as every other
 * method's: its tasks (each a {@link LinearModel} of its own, e.g. the professional's behaviour and the client's
 * language), and the labelled items of a conversation with what the method's rules say about each.
 */
public interface Learner {

    /**
     * One labelled item: its task, the example (group = the conversation, label = the human's) and the rules' label
     * ({@code null}: the rules suggest nothing, which counts as the task's "nothing" label, not shown).
     */
    record Item(String task, Example example, String rules) {
    }

    /** The method whose models these are ({@link StoredModel#kind(String)}). */
    String methodId();

    /** The tasks in their order, each with its label for "nothing to suggest" (never shown as a suggestion). */
    Map<String, String> tasks();

    /** The task's name for people (a table's title), in the user's language. */
    String taskLabel(String task);

    LinearModel.Settings settings();

    /** A model's prediction below this probability is not shown. */
    double threshold();

    /**
     * The labelled items of the conversation by the coder ({@code null}: any human coder); empty when the
     * conversation has nothing labelled by them. {@code withRules}: fill {@link Item#rules()} (only evaluations need
     * it).
     */
    List<Item> items(Conversation conversation, String coder, boolean withRules);
}
