// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.text;

/**
 * A word of a text with its matching key.
 *
 * @param text  the word as written
 * @param lower the word in lower case, curly apostrophes made straight
 * @param stem  the matching key of {@link DutchStemmer}
 * @param start offset in the text
 * @param end   end offset (exclusive)
 */
public record Token(String text, String lower, String stem, int start, int end) {

    /** Whether this word is one of {@code words} (lower case). */
    public boolean is(String... words) {
        for (String w : words) {
            if (lower.equals(w)) {
                return true;
            }
        }
        return false;
    }
}
