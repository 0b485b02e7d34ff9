// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.codebook.QdcCodebooks;
import nl.leefwereld.core.codebook.QdpxProjects;
import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.core.io.UserFileException;
import nl.leefwereld.core.io.UserFiles;
import nl.leefwereld.core.privacy.NameScrubber;
import nl.leefwereld.core.privacy.PseudonymKey;

/** {@link UserFiles} and the readers that use it, on real FIFOs, /dev/zero, a huge sparse file and bad UTF-8. */
public class UserFilesTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    static Path fifo(Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start(); //$NON-NLS-1$
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        return fifo;
    }

    static Path sparse(Path dir, long size) throws Exception {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) { //$NON-NLS-1$
            f.setLength(size);
        }
        return file;
    }

    @Test
    void refusesAFifoWithoutBlocking() throws Exception {
        Path fifo = fifo(dir);
        UserFileException e = assertTimeoutPreemptively(LIMIT,
                () -> assertThrows(UserFileException.class, () -> UserFiles.readText(fifo, UserFiles.Kind.TEXT)));
        assertEquals(UserFileException.Problem.NOT_REGULAR, e.problem());
        assertTrue(e.getMessage().contains(fifo.toString()), e.getMessage());
    }

    @Test
    void refusesDevZeroAndADirectory() {
        Path zero = Path.of("/dev/zero"); //$NON-NLS-1$
        UserFileException e = assertTimeoutPreemptively(LIMIT,
                () -> assertThrows(UserFileException.class, () -> UserFiles.readBytes(zero, UserFiles.Kind.TEXT)));
        assertEquals(UserFileException.Problem.NOT_REGULAR, e.problem());
        assertTrue(e.getMessage().contains("/dev/zero"), e.getMessage()); //$NON-NLS-1$
        UserFileException folder = assertThrows(UserFileException.class, () -> UserFiles.readText(dir, UserFiles.Kind.TEXT));
        assertEquals(UserFileException.Problem.NOT_REGULAR, folder.problem());
        assertEquals(UserFileException.Problem.MISSING,
                assertThrows(UserFileException.class, () -> UserFiles.check(dir.resolve("nee.txt"), UserFiles.Kind.TEXT)).problem()); //$NON-NLS-1$
    }

    @Test
    void checksTheSizeOfAHugeSparseFileBeforeReading() throws Exception {
        Path huge = sparse(dir, 8L * 1024 * 1024 * 1024);
        UserFileException e = assertTimeoutPreemptively(LIMIT,
                () -> assertThrows(UserFileException.class, () -> UserFiles.readText(huge, UserFiles.Kind.TEXT)));
        assertEquals(UserFileException.Problem.TOO_LARGE, e.problem());
        assertTrue(e.getMessage().contains("huge.txt") && e.getMessage().contains("8192 MB"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void theLimitOfAKindCanBeConfigured() throws Exception {
        Path file = dir.resolve("lijst.txt"); //$NON-NLS-1$
        Files.writeString(file, "a".repeat(2000), StandardCharsets.UTF_8); //$NON-NLS-1$
        String before = System.getProperty("leefwereld.maxBytes.list"); //$NON-NLS-1$
        System.setProperty("leefwereld.maxBytes.list", "1000"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            assertEquals(1000, UserFiles.Kind.LIST.limit());
            assertThrows(UserFileException.class, () -> UserFiles.readText(file, UserFiles.Kind.LIST));
        } finally {
            if (before == null) {
                System.clearProperty("leefwereld.maxBytes.list"); //$NON-NLS-1$
            } else {
                System.setProperty("leefwereld.maxBytes.list", before); //$NON-NLS-1$
            }
        }
        assertEquals(2000, UserFiles.readText(file, UserFiles.Kind.LIST).length());
    }

    @Test
    void namesTheLineThatIsNotUtf8() throws Exception {
        Path file = dir.resolve("latin1.txt"); //$NON-NLS-1$
        Files.write(file, "eerste regel\ntweede\ncaf\u00e9 op regel drie\n".getBytes(StandardCharsets.ISO_8859_1)); //$NON-NLS-1$
        UserFileException e = assertThrows(UserFileException.class, () -> UserFiles.readText(file, UserFiles.Kind.TEXT));
        assertEquals(UserFileException.Problem.ENCODING, e.problem());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("latin1.txt") && e.getMessage().contains("3"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        Path bom = dir.resolve("bom.txt"); //$NON-NLS-1$
        Files.write(bom, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'o', 'i' });
        assertEquals("hoi", UserFiles.readText(bom, UserFiles.Kind.TEXT)); //$NON-NLS-1$
    }

    @Test
    void everyCoreReaderRefusesAFifoAndDevZeroWithoutHanging() throws Exception {
        Path fifo = fifo(dir);
        Path zero = Path.of("/dev/zero"); //$NON-NLS-1$
        for (Path bad : new Path[] { fifo, zero }) {
            assertTimeoutPreemptively(LIMIT, () -> {
                TranscriptParseResult r = new TranscriptParser().parse(bad);
                assertTrue(r.problems().get(0).message().contains(bad.toString()), r.problems().toString());
                assertTrue(assertThrows(Exception.class, () -> new QdcCodebooks().read(bad)).getMessage().contains(bad.toString()));
                assertTrue(assertThrows(Exception.class, () -> new QdpxProjects().read(bad)).getMessage().contains(bad.toString()));
                assertTrue(assertThrows(Exception.class, () -> PseudonymKey.load(bad)).getMessage().contains(bad.toString()));
                assertTrue(assertThrows(Exception.class, () -> NameScrubber.readNameList(bad)).getMessage().contains(bad.toString()));
            });
        }
    }
}
