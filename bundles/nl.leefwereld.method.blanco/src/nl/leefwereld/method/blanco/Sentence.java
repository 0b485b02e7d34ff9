// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco;

/**
 * A sentence of a longer text.
 *
 * @param text  the sentence, trimmed
 * @param start offset of its first character in the text
 * @param end   offset after its last character
 * @param line  1-based line of the text on which it starts
 */
public record Sentence(String text, int start, int end, int line) {
}
