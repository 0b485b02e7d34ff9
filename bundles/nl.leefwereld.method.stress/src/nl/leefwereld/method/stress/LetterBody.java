// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress;

import java.util.regex.Pattern;

/**
 * The body of a letter: the text between the salutation ("Geachte mevrouw Jansen,", "Beste meneer El Amrani,") and
 * the closing ("Met vriendelijke groet", "Hoogachtend"). Without a salutation, leading lines that are letterhead,
 * address, date, reference or subject lines (short lines without a full stop, postcodes, "Betreft:", "Ons
 * kenmerk:", "Postbus", "Deventer, 4 november 2025") are left out. A text that is no letter is its own body.
 */
final class LetterBody {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern SALUTATION = Pattern.compile(
            "^\\s*(?:geachte|beste|lieve|hallo|dag|hoi|beste|aan)\\b[^\\n.!?]{0,80}[,:]?\\s*$", FLAGS); //$NON-NLS-1$
    private static final Pattern CLOSING = Pattern.compile(
            "^\\s*(?:met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hoogachtend|met hartelijke groet(?:en)?|hartelijke groet(?:en)?|groet(?:en)?|namens)\\b.*$", //$NON-NLS-1$
            FLAGS);
    private static final Pattern HEADER_LINE = Pattern.compile(
            "^\\s*(?:betreft|onderwerp|ons kenmerk|uw kenmerk|kenmerk|datum|aan|postbus|telefoon|e-mail|bijlage(?:n)?|referentie)\\b.*$" //$NON-NLS-1$
                    + "|^.*\\b\\d{4}\\s?[A-Z]{2}\\b.*$|^\\s*[\\p{L} .'-]{2,40},\\s*\\d{1,2} \\p{L}+ \\d{4}\\s*$|^[^.!?]{0,45}$", //$NON-NLS-1$
            Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private LetterBody() {
    }

    /** The start and end offsets of the body of {@code text}. */
    static int[] of(String text) {
        String[] lines = text.split("\n", -1); //$NON-NLS-1$
        int[] starts = new int[lines.length + 1];
        for (int i = 0, at = 0; i < lines.length; i++) {
            starts[i] = at;
            at += lines[i].length() + 1;
        }
        starts[lines.length] = text.length() + 1;
        int first = -1;
        for (int i = 0; i < lines.length; i++) {
            if (SALUTATION.matcher(lines[i]).matches()) {
                first = i + 1;
                break;
            }
        }
        if (first < 0) {
            first = 0;
            while (first < lines.length && (lines[first].isBlank() || HEADER_LINE.matcher(lines[first]).matches())) {
                first++;
            }
            if (first == lines.length) {
                first = 0; // all short lines: a list or a note, not a letter
            }
        }
        int last = lines.length;
        for (int i = first; i < lines.length; i++) {
            if (CLOSING.matcher(lines[i]).matches()) {
                last = i;
                break;
            }
        }
        int start = Math.min(starts[first], text.length());
        int end = Math.min(starts[last] - 1, text.length());
        return new int[] { start, Math.max(start, end) };
    }
}
