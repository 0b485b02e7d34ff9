// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.io;

import org.eclipse.osgi.util.NLS;

/** Something wrong in a transcript file: a line it cannot read, or the file as a whole. */
public final class TranscriptProblem {

    /** What is wrong. */
    public enum Kind {
        /** A line without {@code Name:} where one is needed (first line, or after a time). */
        NO_SPEAKER,
        /** A {@code [..]} time that is not {@code [hh:mm:ss]} or {@code [mm:ss]}: a warning, the line is kept without a time. */
        INVALID_TIME,
        /** A speaker line whose utterance has no text at all. */
        EMPTY_TEXT,
        /** A line longer than the parser's limit. */
        LINE_TOO_LONG,
        /** A header ({@code # Soort: ...}, {@code # Datum: ...}) with a value the parser does not understand. */
        INVALID_HEADER,
        /** Bytes that are not valid UTF-8 (or UTF-16 after a UTF-16 byte order mark). */
        NOT_TEXT_ENCODING,
        /** A NUL byte: a binary file, or UTF-16 without byte order mark. */
        BINARY,
        /** The file is larger than the parser's limit. */
        TOO_LARGE,
        /** The file holds no utterance. */
        NO_UTTERANCES,
        /** The file cannot be read. */
        UNREADABLE
    }

    private final Kind kind;
    private final int line;
    private final String detail;

    TranscriptProblem(Kind kind, int line, String detail) {
        this.kind = kind;
        this.line = line;
        this.detail = detail;
    }

    public Kind kind() {
        return kind;
    }

    /** The 1-based line number, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /**
     * True when the file can still be imported: the problem was repaired while reading (a malformed time: the line
     * is kept without a time). Every other kind is an error that stops the import.
     */
    public boolean isWarning() {
        return kind == Kind.INVALID_TIME;
    }

    /** The localised description without the line number. */
    public String detail() {
        return detail;
    }

    /** The localised message, e.g. {@code regel 7: geen spreker gevonden (verwacht 'Naam: tekst')}. */
    public String message() {
        return line > 0 ? NLS.bind(Messages.Problem_line, Integer.valueOf(line), detail) : detail;
    }

    @Override
    public String toString() {
        return message();
    }
}
