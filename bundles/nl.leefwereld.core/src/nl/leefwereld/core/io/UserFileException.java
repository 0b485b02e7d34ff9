// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A user's file that {@link UserFiles} refuses to read; the message is localised and names the file (and the line,
 * for an encoding problem).
 */
public class UserFileException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why the file was refused. */
    public enum Problem {
        /** The file does not exist. */
        MISSING,
        /** A directory, FIFO, device or socket: only regular files are read. */
        NOT_REGULAR,
        /** Larger than the limit for its kind (checked before reading). */
        TOO_LARGE,
        /** Not UTF-8 text, or it holds NUL bytes. */
        ENCODING,
        /** Any other read error. */
        UNREADABLE
    }

    private final transient Path file;
    private final Problem problem;
    private final int line;

    public UserFileException(Path file, Problem problem, int line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.problem = problem;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public Problem problem() {
        return problem;
    }

    /** The 1-based line of an encoding problem, 0 otherwise. */
    public int line() {
        return line;
    }
}
