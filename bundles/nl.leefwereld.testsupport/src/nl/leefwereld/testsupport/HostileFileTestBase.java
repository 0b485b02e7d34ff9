// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A command that reads a file the user names refuses a FIFO, /dev/zero and a huge sparse file with a message
 * naming the file: no hang, no out-of-memory, and the database is not opened. A subclass names the command.
 */
public abstract class HostileFileTestBase extends CliTestBase {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    /** The command words before the file, e.g. {@code blanco check}. */
    protected abstract List<String> command();

    private void failsWithMessage(Path file) {
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("db").toString())); //$NON-NLS-1$
        all.addAll(command());
        all.add(file.toString());
        CliRun run = assertTimeoutPreemptively(LIMIT, () -> CliRun.withArguments(all.toArray(String[]::new)),
                "the command must not hang"); //$NON-NLS-1$
        assertNotEquals(0, run.code(), run.err());
        assertTrue(run.err().contains(file.toString()), run.err());
        assertFalse(Files.exists(dir.resolve("db")), "the database was not opened"); //$NON-NLS-1$
    }

    @Test
    public void refusesAFifoDevZeroAndAHugeFile() throws Exception {
        Path fifo = dir.resolve("pipe.txt"); //$NON-NLS-1$
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start(); //$NON-NLS-1$
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        failsWithMessage(fifo);
        failsWithMessage(Path.of("/dev/zero")); //$NON-NLS-1$
        Path huge = dir.resolve("huge.txt"); //$NON-NLS-1$
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) { //$NON-NLS-1$
            f.setLength(6L * 1024 * 1024 * 1024);
        }
        failsWithMessage(huge);
    }
}
