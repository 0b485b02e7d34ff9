// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.method.mi.cli.MiCommand;
import nl.leefwereld.method.mi.csv.CsvMapping;
import nl.leefwereld.method.mi.csv.CsvTranscriptReader;
import nl.leefwereld.testsupport.TestCliContext;

/**
 * {@code mi import} and the CSV readers refuse a FIFO, /dev/zero and a huge sparse file (as the CSV or as the
 * mapping) with a message naming the file, without hanging and before the database is asked for (the context here
 * has none).
 */
public class MiHostileFileTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private void refused(String... args) {
        TestCliContext ctx = TestCliContext.of(null, dir, null);
        CliUsageException e = assertTimeoutPreemptively(LIMIT,
                () -> assertThrows(CliUsageException.class, () -> ctx.run(new MiCommand(), args)));
        String file = args[args.length - 1].startsWith("--") ? args[1] : args[args.length - 1];
        assertTrue(e.getMessage().contains(file), e.getMessage());
    }

    @Test
    public void refusesAFifoDevZeroAndAHugeFile() throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        Path huge = dir.resolve("huge.csv");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(6L * 1024 * 1024 * 1024);
        }
        Path csv = dir.resolve("ok.csv");
        Files.writeString(csv, "speaker,text\nA,hoi\n");
        for (Path bad : new Path[] { fifo, Path.of("/dev/zero"), huge }) {
            refused("import", bad.toString());
            TestCliContext ctx = TestCliContext.of(null, dir, null);
            CliUsageException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(CliUsageException.class,
                    () -> ctx.run(new MiCommand(), "import", csv.toString(), "--mapping", bad.toString())));
            assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
            assertTimeoutPreemptively(LIMIT, () -> {
                CsvTranscriptReader.Result r = new CsvTranscriptReader().read(bad, CsvMapping.defaults());
                assertTrue(r.problems().toString().contains(bad.toString()), r.problems().toString());
                assertTrue(assertThrows(Exception.class, () -> CsvMapping.read(bad)).getMessage().contains(bad.toString()));
            });
        }
    }
}
