// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.method;

import java.util.List;
import java.util.Objects;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;

/**
 * An observation of an analyzer about a conversation, e.g. "few reflections in the first ten minutes".
 *
 * @param severity       how much attention it needs
 * @param message        what was found, one line, in the user's language
 * @param reason         why the analyzer says so (the rule or the evidence), in the user's language
 * @param conversationId the conversation it is about ({@code null} for a finding over many conversations)
 * @param utteranceIds   the utterances it points at, in order (may be empty)
 */
public record Finding(Severity severity, String message, String reason, String conversationId, List<String> utteranceIds) {

    /** How much attention a finding needs. */
    public enum Severity {
        /** Worth knowing. */
        INFO,
        /** Worth a look by the professional. */
        WARNING,
        /** Something the method says should not happen. */
        PROBLEM
    }

    public Finding {
        Objects.requireNonNull(severity, "severity"); //$NON-NLS-1$
        Objects.requireNonNull(message, "message"); //$NON-NLS-1$
        reason = reason == null ? "" : reason; //$NON-NLS-1$
        utteranceIds = utteranceIds == null ? List.of() : List.copyOf(utteranceIds);
    }

    /** A finding about some utterances of one conversation (the conversation is taken from the first). */
    public static Finding about(Severity severity, String message, String reason, Utterance... utterances) {
        String conversationId = null;
        if (utterances.length > 0 && utterances[0].eContainer() instanceof Conversation c) {
            conversationId = c.getId();
        }
        return new Finding(severity, message, reason, conversationId,
                java.util.Arrays.stream(utterances).map(Utterance::getId).toList());
    }
}
