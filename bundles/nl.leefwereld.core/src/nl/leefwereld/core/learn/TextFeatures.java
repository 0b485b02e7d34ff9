// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Features from text, shared by the methods' learners: lower-cased word tokens (a question mark is a token of its
 * own), word uni- and bigrams and character n-grams, each under a prefix the caller gives (so the words of the
 * previous utterance are other features than the words of this one). Stateless.
 */
public final class TextFeatures {

    private TextFeatures() {
    }

    /** Lower-case words (letters, digits, apostrophes inside a word) and "?" tokens, in order. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String s = text.toLowerCase(Locale.ROOT);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char ch = s.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(s.charAt(i))
                        || (s.charAt(i) == '\'' || s.charAt(i) == '\u2019') && i + 1 < n
                                && Character.isLetter(s.charAt(i + 1)))) {
                    i++;
                }
                out.add(s.substring(start, i).replace('\u2019', '\''));
            } else {
                if (ch == '?') {
                    out.add("?"); //$NON-NLS-1$
                }
                i++;
            }
        }
        return out;
    }

    /** Adds {@code prefix + word} for every token and, with bigrams, {@code prefix + "_" + a + " " + b} per pair. */
    public static void wordNgrams(String prefix, List<String> tokens, boolean bigrams, Features out) {
        String bi = prefix + '_';
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            out.add(prefix, t, 0, t.length());
            if (bigrams) {
                out.add(bi, i == 0 ? "<s>" : tokens.get(i - 1), t); //$NON-NLS-1$
            }
        }
        if (bigrams && !tokens.isEmpty()) {
            out.add(bi, tokens.get(tokens.size() - 1), "</s>"); //$NON-NLS-1$
        }
    }

    /**
     * Adds character n-grams ({@code min..max} characters) of the words, each word padded with a space on both
     * sides, under {@code prefix}.
     */
    public static void charNgrams(String prefix, List<String> tokens, int min, int max, Features out) {
        StringBuilder b = new StringBuilder(32);
        for (String t : tokens) {
            b.setLength(0);
            b.append(' ').append(t).append(' ');
            int len = b.length();
            for (int n = min; n <= max; n++) {
                for (int i = 0; i + n <= len; i++) {
                    out.add(prefix, b, i, i + n);
                }
            }
        }
    }

    /** A coarse bucket of a count (0, 1, 2, 3-4, 5-8, 9-16, more), for length features. */
    public static String bucket(int count) {
        if (count <= 2) {
            return Integer.toString(count);
        }
        if (count <= 4) {
            return "3-4"; //$NON-NLS-1$
        }
        if (count <= 8) {
            return "5-8"; //$NON-NLS-1$
        }
        return count <= 16 ? "9-16" : "17+"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
