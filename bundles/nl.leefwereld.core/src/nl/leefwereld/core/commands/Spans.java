// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.commands;

/**
 * The rule for coded spans (and span memos) when the text of their utterance is edited. The edit is seen as one
 * replaced region: what lies between the longest common prefix and the longest common suffix of the old and the new
 * text. A span before the region stays, a span after it shifts by the change in length, a span around it grows or
 * shrinks with it; a span that overlaps the region in part takes the region's new text in (a typo corrected in the
 * span's first word stays coded). A span whose text lies wholly in the region (deleted or replaced) is <b>kept</b>,
 * marked detached at the place its text was: never silently dropped. Text inserted exactly at a span's start or end
 * is not taken into the span.
 */
public final class Spans {

    /** A span after an edit; {@code detached} when the text under it was deleted. */
    public record Shifted(int start, int end, boolean detached) {
    }

    private Spans() {
    }

    /** Where the span [start, end) of {@code before} lies in {@code after}. */
    public static Shifted shift(String before, String after, int start, int end) {
        String oldText = before == null ? "" : before; //$NON-NLS-1$
        String newText = after == null ? "" : after; //$NON-NLS-1$
        int max = Math.min(oldText.length(), newText.length());
        int prefix = 0;
        while (prefix < max && oldText.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && oldText.charAt(oldText.length() - 1 - suffix) == newText
                .charAt(newText.length() - 1 - suffix)) {
            suffix++;
        }
        int oldEnd = oldText.length() - suffix;
        int newEnd = newText.length() - suffix;
        int delta = newText.length() - oldText.length();
        if (prefix == oldText.length() && prefix == newText.length()) {
            return new Shifted(start, end, false); // nothing changed
        }
        if (start >= prefix && end <= oldEnd && oldEnd > prefix) {
            return new Shifted(prefix, prefix, true); // all of the span's text was deleted or replaced
        }
        int s;
        if (start < prefix) {
            s = start;
        } else if (start >= oldEnd) {
            s = start + delta;
        } else {
            s = prefix; // the span's first characters were replaced: the new ones belong to it
        }
        int e;
        if (end <= prefix) {
            e = end;
        } else if (end >= oldEnd) {
            e = end + delta;
        } else {
            e = newEnd; // its last characters were replaced: the new ones belong to it
        }
        if (e <= s) {
            return new Shifted(prefix, prefix, true);
        }
        return new Shifted(s, e, false);
    }
}
