// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search;

/**
 * A coded utterance with its context.
 *
 * @param conversationId    the conversation
 * @param conversationTitle its title
 * @param clientId          its client
 * @param utteranceNumber   1-based number of the utterance in the conversation
 * @param utteranceId       the utterance's id
 * @param speaker           the speaker's name
 * @param role              the speaker's role
 * @param before            the utterance before (empty for the first)
 * @param text              the coded utterance
 * @param after             the utterance after (empty for the last)
 * @param methodId          the method of the code
 * @param codeId            the code
 * @param coder             who coded it
 * @param origin            {@code human} or {@code accepted} (an accepted suggestion)
 */
public record CodedSegment(String conversationId, String conversationTitle, String clientId, int utteranceNumber,
        String utteranceId, String speaker, String role, String before, String text, String after, String methodId,
        String codeId, String coder, String origin) {

    /** Origin of a code a person set. */
    public static final String HUMAN = "human"; //$NON-NLS-1$
    /** Origin of a suggestion a person accepted. */
    public static final String ACCEPTED = "accepted"; //$NON-NLS-1$
}
