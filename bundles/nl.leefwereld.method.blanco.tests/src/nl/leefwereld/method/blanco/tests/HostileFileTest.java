// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.cli.CliMain;

/**
 * {@code leefwereld blanco check} refuses a FIFO, /dev/zero and a huge sparse file with a message naming the file: no hang, no
 * out-of-memory, and the database is not opened.
 */
public class HostileFileTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private String[] failsWithMessage(Path file) {
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("db").toString())); //$NON-NLS-1$ //$NON-NLS-2$
        all.addAll(List.of("blanco", "check"));
        all.add(file.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = assertTimeoutPreemptively(LIMIT, () -> {
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                return Integer.valueOf(CliMain.run(all.toArray(String[]::new), o, e));
            }
        }, "the command must not hang").intValue(); //$NON-NLS-1$
        String message = err.toString(StandardCharsets.UTF_8);
        assertNotEquals(0, code, message);
        assertTrue(message.contains(file.toString()), message);
        assertFalse(Files.exists(dir.resolve("db")), "the database was not opened"); //$NON-NLS-1$
        return new String[] { message };
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
