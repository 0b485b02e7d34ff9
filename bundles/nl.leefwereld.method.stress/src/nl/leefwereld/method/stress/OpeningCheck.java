// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress;

import java.util.ArrayList;
import java.util.List;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;

/**
 * Did the professional connect with the client (a question about the client's experience, or empathy) before asking
 * system questions (BSN, inkomen, formulieren, legitimatie, bankafschriften, gegevens that are often already known)?
 * Small talk ("Kon u het een beetje vinden?") does not count as connecting (seed 001).
 */
public final class OpeningCheck {

    /** The outcome. */
    public enum Verdict {
        /** Connection came before any system question. */
        CONNECTED_FIRST,
        /** A system question came before any connection. */
        SYSTEM_FIRST,
        /** Connection, and no system questions at all. */
        NO_SYSTEM_QUESTIONS,
        /** Neither connection nor system questions. */
        NEITHER;

        public String label() {
            return switch (this) {
                case CONNECTED_FIRST -> Messages.Opening_connectedFirst;
                case SYSTEM_FIRST -> Messages.Opening_systemFirst;
                case NO_SYSTEM_QUESTIONS -> Messages.Opening_noSystemQuestions;
                case NEITHER -> Messages.Opening_neither;
            };
        }
    }

    /** An utterance with the words that made it count. */
    public record Hit(Utterance utterance, int index, String trigger) {
    }

    /**
     * @param verdict        the outcome
     * @param connections    the professional's connecting utterances (experience questions, empathy), in order
     * @param systemQuestions the professional's utterances with system questions, in order
     * @param smallTalk      small talk of the professional that does not count as connecting
     */
    public record Result(Verdict verdict, List<Hit> connections, List<Hit> systemQuestions, List<Hit> smallTalk) {
        public Hit firstConnection() {
            return connections.isEmpty() ? null : connections.get(0);
        }

        public Hit firstSystemQuestion() {
            return systemQuestions.isEmpty() ? null : systemQuestions.get(0);
        }

        /** System questions asked before the first connection. */
        public List<Hit> systemQuestionsBeforeConnection() {
            int limit = connections.isEmpty() ? Integer.MAX_VALUE : connections.get(0).index();
            return systemQuestions.stream().filter(h -> h.index() < limit).toList();
        }
    }

    private OpeningCheck() {
    }

    public static Result check(Conversation conversation) {
        List<Hit> connections = new ArrayList<>();
        List<Hit> system = new ArrayList<>();
        List<Hit> smallTalk = new ArrayList<>();
        List<Utterance> utterances = conversation.getUtterances();
        for (int i = 0; i < utterances.size(); i++) {
            Utterance u = utterances.get(i);
            if (!Patterns.isProfessional(u)) {
                continue;
            }
            String connect = Patterns.experienceQuestion(u.getText());
            if (connect == null) {
                connect = Patterns.find(Patterns.EMPATHY, u.getText());
            }
            if (connect != null) {
                connections.add(new Hit(u, i, connect));
            }
            String sys = Patterns.find(Patterns.SYSTEM, u.getText());
            if (sys != null) {
                system.add(new Hit(u, i, sys));
            }
            String small = Patterns.find(Patterns.SMALL_TALK, u.getText());
            if (small != null) {
                smallTalk.add(new Hit(u, i, small));
            }
        }
        Verdict verdict;
        if (system.isEmpty()) {
            verdict = connections.isEmpty() ? Verdict.NEITHER : Verdict.NO_SYSTEM_QUESTIONS;
        } else if (connections.isEmpty() || system.get(0).index() < connections.get(0).index()) {
            verdict = Verdict.SYSTEM_FIRST;
        } else {
            verdict = Verdict.CONNECTED_FIRST;
        }
        return new Result(verdict, List.copyOf(connections), List.copyOf(system), List.copyOf(smallTalk));
    }
}
