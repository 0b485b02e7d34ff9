// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.testsupport.CliRun;

/**
 * The CLI refuses FIFOs, devices and huge files with a message naming the file, without hanging, without running
 * out of memory and without opening (and locking) the database; {@code pseudo-check} shows what the pseudonymiser
 * replaces and writes its report owner-only.
 */
public class HostileFilesAndPseudoCheckTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String TRANSCRIPT = "# Titel: Intake\n# Soort: intake\nKlantmanager: Goedemorgen.\nCliënt: Dag.\n"; //$NON-NLS-1$

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return assertTimeoutPreemptively(LIMIT, () -> CliRun.of(dir, args), "the command must not hang"); //$NON-NLS-1$
    }

    private Path fifo() throws Exception {
        Path fifo = dir.resolve("pipe.txt"); //$NON-NLS-1$
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start(); //$NON-NLS-1$
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        return fifo;
    }

    @Test
    public void importOfAFifoFailsWithAMessageAndLeavesTheDatabaseUnopened() throws Exception {
        Path fifo = fifo();
        CliRun r = run("import", fifo.toString()); //$NON-NLS-1$
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains(fifo.toString()), r.err());
        assertFalse(Files.exists(dir.resolve("db")), "the database was not even opened"); //$NON-NLS-1$
        Path good = dir.resolve("intake.txt"); //$NON-NLS-1$
        Files.writeString(good, TRANSCRIPT, StandardCharsets.UTF_8);
        CliRun ok = run("import", good.toString()); //$NON-NLS-1$
        assertEquals(0, ok.code(), ok.err());
    }

    @Test
    public void importOfDevZeroAndOfAHugeSparseFileFailsWithAMessage() throws Exception {
        CliRun zero = run("import", "/dev/zero"); //$NON-NLS-1$ //$NON-NLS-2$
        assertNotEquals(0, zero.code());
        assertTrue(zero.err().contains("/dev/zero"), zero.err()); //$NON-NLS-1$
        Path huge = dir.resolve("huge.txt"); //$NON-NLS-1$
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) { //$NON-NLS-1$
            f.setLength(6L * 1024 * 1024 * 1024);
        }
        CliRun big = run("import", huge.toString()); //$NON-NLS-1$
        assertNotEquals(0, big.code());
        assertTrue(big.err().contains("huge.txt"), big.err()); //$NON-NLS-1$
        assertFalse(Files.exists(dir.resolve("db"))); //$NON-NLS-1$
    }

    @Test
    public void keyAndNameListThatAreFifosAreRefused() throws Exception {
        Path fifo = fifo();
        Path text = dir.resolve("notitie.txt"); //$NON-NLS-1$
        Files.writeString(text, "Hoi.\n", StandardCharsets.UTF_8); //$NON-NLS-1$
        CliRun key = run("pseudo-check", "--key", fifo.toString(), text.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertNotEquals(0, key.code());
        assertTrue(key.err().contains(fifo.toString()), key.err());
        CliRun names = run("pseudo-check", "--names", fifo.toString(), text.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertNotEquals(0, names.code());
        assertTrue(names.err().contains(fifo.toString()), names.err());
        CliRun self = run("pseudo-check", fifo.toString()); //$NON-NLS-1$
        assertNotEquals(0, self.code());
        assertTrue(self.err().contains(fifo.toString()), self.err());
    }

    @Test
    public void pseudoCheckReplacesEveryKindOfIdentifierAndWritesTheReportOwnerOnly() throws Exception {
        Path text = dir.resolve("gesprek.txt"); //$NON-NLS-1$
        Files.writeString(text, """
                Goedemorgen meneer El Amrani. Samira kon niet mee.
                Uw BSN is 1112.22.333 en uw nummer 06-41236587, of +31 20 555 0134.
                De uitkering gaat naar NL91 ABNA 0417 1643 00. Mail naar nora.elamrani@hotmail.com.
                U woont op 3531 GD, geboren 14-02-1979, de auto is 54-XKL-2. Mijn ex, Ronald Brouwer, belt.
                Brouwer had een bos bloemen in januari.
                """, StandardCharsets.UTF_8);
        Path report = dir.resolve("rapport").resolve("vervangen.txt"); //$NON-NLS-1$ //$NON-NLS-2$
        CliRun r = run("pseudo-check", "--known", "Youssef El Amrani; Karin Smit", "--report", report.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                text.toString());
        assertEquals(0, r.code(), r.err());
        for (String leak : new String[] { "Amrani", "Samira", "1112.22.333", "41236587", "555 0134", "0417 1643", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "hotmail", "3531 GD", "14-02-1979", "54-XKL-2", "Ronald", "Brouwer" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            assertFalse(r.out().contains(leak), leak + " leaked:\n" + r.out()); //$NON-NLS-1$
        }
        assertTrue(r.out().contains("een bos bloemen in januari"), r.out()); //$NON-NLS-1$
        for (String kind : new String[] { "[bsn-", "[telefoon-", "[iban-", "[email-", "[postcode-", "[datum-", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "[kenteken-", "[persoon-" }) { //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(r.out().contains(kind), kind + "\n" + r.out()); //$NON-NLS-1$
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(report))); //$NON-NLS-1$
        String listed = Files.readString(report);
        assertTrue(listed.contains("1112.22.333") && listed.contains("Samira"), listed); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(Files.exists(dir.resolve("db")), "pseudo-check does not open the database"); //$NON-NLS-1$
        CliRun help = run("help"); //$NON-NLS-1$
        assertTrue(help.out().contains("pseudo-check"), help.out()); //$NON-NLS-1$
    }
}
