// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco;

/**
 * A word or phrase that makes a sentence a judgment.
 *
 * @param kind  what kind of judgment language
 * @param text  the words as they appear in the sentence
 * @param start offset in the sentence
 * @param end   offset after the words
 * @param clause the clause the words stand in (the writer's own words, not a reported clause)
 */
public record Cue(CueKind kind, String text, int start, int end, String clause) {
}
