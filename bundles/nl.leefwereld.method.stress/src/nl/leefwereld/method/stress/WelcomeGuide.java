// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;

/**
 * The welkomstgesprek (seed 001): welcome the client, ask how it is to be here, explain what happens today, ask what
 * the client needs or what is most urgent, only then the system questions, and close with a clear next step. This
 * check finds, in the professional's utterances, which steps the conversation has done and the utterance that did
 * each (the first one; for the closing step the last one in the second half of the conversation). Steps 2-4 are
 * recognised by meaning ({@link MeaningClasses}) as well as by the set phrases of {@link Patterns}.
 */
public final class WelcomeGuide {

    /** The opening line the guide proposes (seed 001). */
    public static String opening() {
        return Messages.Welcome_opening;
    }

    /** The steps, in their order. */
    public enum Step {
        WELCOME, ASK_EXPERIENCE, EXPLAIN_TODAY, ASK_NEED, SYSTEM_QUESTIONS, NEXT_STEP;

        public String label() {
            return switch (this) {
                case WELCOME -> Messages.Step_welcome;
                case ASK_EXPERIENCE -> Messages.Step_askExperience;
                case EXPLAIN_TODAY -> Messages.Step_explainToday;
                case ASK_NEED -> Messages.Step_askNeed;
                case SYSTEM_QUESTIONS -> Messages.Step_systemQuestions;
                case NEXT_STEP -> Messages.Step_nextStep;
            };
        }

        /** An example of what the professional can say, in the user's language. */
        public String example() {
            return switch (this) {
                case WELCOME -> Messages.Step_welcomeExample;
                case ASK_EXPERIENCE -> Messages.Step_askExperienceExample;
                case EXPLAIN_TODAY -> Messages.Step_explainTodayExample;
                case ASK_NEED -> Messages.Step_askNeedExample;
                case SYSTEM_QUESTIONS -> Messages.Step_systemQuestionsExample;
                case NEXT_STEP -> Messages.Step_nextStepExample;
            };
        }
    }

    /**
     * The state of one step.
     *
     * @param step      the step
     * @param utterance the utterance that did it, or {@code null} when not done
     * @param index     the utterance's position in the conversation, or -1
     * @param trigger   the words that satisfied it, or {@code null}
     * @param inOrder   {@code false} when an earlier step of the guide was done only after this one
     */
    public record StepCheck(Step step, Utterance utterance, int index, String trigger, boolean inOrder) {
        public boolean done() {
            return utterance != null;
        }
    }

    private WelcomeGuide() {
    }

    /** The six steps with what the conversation did of them. */
    public static List<StepCheck> check(Conversation conversation) {
        List<Utterance> utterances = conversation.getUtterances();
        int n = utterances.size();
        Utterance[] found = new Utterance[Step.values().length];
        String[] triggers = new String[found.length];
        int[] index = new int[found.length];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < n; i++) {
            Utterance u = utterances.get(i);
            if (!Patterns.isProfessional(u)) {
                continue;
            }
            String text = u.getText();
            first(Step.WELCOME, Patterns.find(Patterns.WELCOME, text), u, i, found, triggers, index);
            first(Step.ASK_EXPERIENCE, Patterns.experienceQuestion(text), u, i, found, triggers, index);
            first(Step.EXPLAIN_TODAY, Patterns.explainToday(text), u, i, found, triggers, index);
            first(Step.ASK_NEED, Patterns.needQuestion(text), u, i, found, triggers, index);
            first(Step.SYSTEM_QUESTIONS, Patterns.find(Patterns.SYSTEM, text), u, i, found, triggers, index);
            if (i >= n / 2) {
                String next = Patterns.find(Patterns.NEXT_STEP, text);
                if (next != null) { // the last one counts: the close
                    found[Step.NEXT_STEP.ordinal()] = u;
                    triggers[Step.NEXT_STEP.ordinal()] = next;
                    index[Step.NEXT_STEP.ordinal()] = i;
                }
            }
        }
        List<StepCheck> result = new ArrayList<>();
        for (Step step : Step.values()) {
            int k = step.ordinal();
            boolean inOrder = true;
            if (found[k] != null) {
                for (int j = 0; j < k; j++) {
                    if (found[j] != null && index[j] > index[k]) {
                        inOrder = false;
                    }
                }
            }
            result.add(new StepCheck(step, found[k], index[k], triggers[k], inOrder));
        }
        return result;
    }

    private static void first(Step step, String trigger, Utterance u, int i, Utterance[] found, String[] triggers, int[] index) {
        int k = step.ordinal();
        if (trigger != null && found[k] == null) {
            found[k] = u;
            triggers[k] = trigger;
            index[k] = i;
        }
    }

    /** Whether a text would satisfy a step (for the guide view's hints). */
    static boolean matches(Pattern p, String text) {
        return Patterns.find(p, text) != null;
    }
}
