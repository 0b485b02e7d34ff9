// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.io;

/**
 * A header line {@code # Key: value} of a transcript.
 *
 * @param key   the key as written
 * @param value the value, trimmed
 * @param line  the 1-based line number
 */
public record TranscriptHeader(String key, String value, int line) {

    /** The key in lower case without diacritics, e.g. {@code Cliënt} gives {@code client}. */
    public String normalizedKey() {
        return TranscriptParser.normalizeKey(key);
    }
}
