// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.text;

import java.util.List;

/**
 * A clause of a sentence: the words between clause boundaries (punctuation, conjunctions).
 *
 * @param start  offset of the first word in the text
 * @param end    end offset of the last word
 * @param tokens its words; the opener, when there is one, is the first
 * @param opener the conjunction that opens it in lower case ("maar", "dat", "omdat", ...), or "" when it starts the
 *               sentence or follows punctuation without a conjunction
 * @param afterColon whether a colon comes right before it
 */
public record Clause(int start, int end, List<Token> tokens, String opener, boolean afterColon) {

    /** Whether a negation (niet, geen, nooit, niets, ...) occurs in it. */
    public boolean negated() {
        return tokens.stream().anyMatch(t -> DutchText.isNegation(t.lower()));
    }

    /** Whether the subject is the speaker: "ik", "we" or "wij" occurs as a word (not "mij", "me": objects). */
    public boolean firstPerson() {
        return tokens.stream().anyMatch(t -> t.is("ik", "we", "wij")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Whether "ik" occurs in it: the speaker talks about herself. */
    public boolean firstPersonSingular() {
        return tokens.stream().anyMatch(t -> t.is("ik")); //$NON-NLS-1$
    }

    /** The index of the first word with the given matching key, or -1. */
    public int indexOfStem(String stem) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).stem().equals(stem)) {
                return i;
            }
        }
        return -1;
    }

    /** The clause's text in {@code sentence} (the text the offsets refer to). */
    public String text(String sentence) {
        return sentence.substring(start, end);
    }
}
