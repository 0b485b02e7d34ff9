// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search;

import java.util.List;

/**
 * One utterance, note or memo that matches a query.
 *
 * @param conversationId    the conversation (of a client note or memo: empty)
 * @param conversationTitle its title (of a client note or memo: the client's name)
 * @param clientId          its client
 * @param type              {@code utterance}, {@code note} (on a conversation), {@code client note},
 *                          {@code memo} (on a conversation) or {@code client memo}
 * @param utteranceNumber   1-based number of the utterance in the conversation (of a note: 0; of a memo: its
 *                          utterance's, or 0)
 * @param utteranceId       the utterance's id (of a note or memo: its own id)
 * @param speaker           the speaker's name (of a note or memo: its author)
 * @param role              the speaker's role ({@code client}, {@code professional}, ...), or empty
 * @param text              the whole text
 * @param matches           the matched words as [start, end) character ranges in {@code text}, in order
 */
public record SearchHit(String conversationId, String conversationTitle, String clientId, String type,
        int utteranceNumber, String utteranceId, String speaker, String role, String text, List<int[]> matches) {

    /** The type of a note on a client (in no conversation). */
    public static final String CLIENT_NOTE = "client note"; //$NON-NLS-1$

    /** The type of a memo on a client (in no conversation). */
    public static final String CLIENT_MEMO = "client memo"; //$NON-NLS-1$

    /** Whether this is a note on a client, not on a conversation. */
    public boolean isClientNote() {
        return CLIENT_NOTE.equals(type);
    }

    /** Whether this is a note or memo on a client (in no conversation: it opens the client, not a transcript). */
    public boolean isOnClient() {
        return CLIENT_NOTE.equals(type) || CLIENT_MEMO.equals(type);
    }

    /** The text with every match between the two marks, e.g. {@code [[}, {@code ]]}. */
    public String marked(String open, String close) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int[] m : matches) {
            b.append(text, at, m[0]).append(open).append(text, m[0], m[1]).append(close);
            at = m[1];
        }
        return b.append(text.substring(at)).toString();
    }

    /**
     * Keyword in context around the first match: {left, match, right}, the sides cut to about {@code width}
     * characters at a word boundary. Without a match: {text, "", ""}.
     */
    public String[] keywordInContext(int width) {
        if (matches.isEmpty()) {
            return new String[] { text, "", "" }; //$NON-NLS-1$ //$NON-NLS-2$
        }
        int[] m = matches.get(0);
        String left = text.substring(0, m[0]);
        String right = text.substring(m[1]);
        if (left.length() > width) {
            int cut = left.indexOf(' ', left.length() - width);
            left = "…" + left.substring(cut < 0 ? left.length() - width : cut + 1); //$NON-NLS-1$
        }
        if (right.length() > width) {
            int cut = right.lastIndexOf(' ', width);
            right = right.substring(0, cut <= 0 ? width : cut) + "…"; //$NON-NLS-1$
        }
        return new String[] { left, text.substring(m[0], m[1]), right };
    }
}
