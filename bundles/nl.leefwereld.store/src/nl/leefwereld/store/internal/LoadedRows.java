// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.util.List;
import java.util.Map;

/**
 * The rows a loaded (or saved) conversation was read from or written as, kept on the copy with its
 * {@link LoadedVersion}. A save whose version check holds knows the database still has exactly these rows,
 * so it writes only the rows that differ (one edited utterance: one UPDATE), not the whole conversation.
 *
 * @param conversationId the conversation these rows belong to
 * @param participants participant id to its other columns ({@link ConversationRows#participantValues})
 * @param utterances utterance id to its other columns
 * @param annotations annotation id to its other columns
 * @param notes the note rows in order
 * @param memos the memo rows in order ({@link MemoRows#values})
 * @param professionals professional id to its columns
 * @param extensions whether the database holds extension rows of this conversation
 */
record LoadedRows(String conversationId, Map<String, Object[]> participants, Map<String, Object[]> utterances,
        Map<String, Object[]> annotations, List<Object[]> notes, List<Object[]> memos, Map<String, Object[]> professionals,
        boolean extensions) {
}
