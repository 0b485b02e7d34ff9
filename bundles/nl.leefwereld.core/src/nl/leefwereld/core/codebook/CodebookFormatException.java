// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.codebook;

import java.io.IOException;

/**
 * A codebook file that cannot be read: bad XML, a forbidden DOCTYPE, or content that is not a REFI-QDA codebook.
 * The message (localised) names the file and, when known, the line and column.
 */
public class CodebookFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;

    public CodebookFormatException(String message, String source, int line, int column, Throwable cause) {
        super(message, cause);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** The file name (or other source description) given to the reader. */
    public String source() {
        return source;
    }

    /** The line of the problem (1-based), or -1 when unknown. */
    public int line() {
        return line;
    }

    /** The column of the problem (1-based), or -1 when unknown. */
    public int column() {
        return column;
    }
}
