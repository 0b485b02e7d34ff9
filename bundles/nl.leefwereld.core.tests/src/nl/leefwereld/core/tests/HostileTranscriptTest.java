// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.io.TranscriptImporter;
import nl.leefwereld.core.io.TranscriptImporter.Target;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.core.io.TranscriptProblem;
import nl.leefwereld.core.io.TranscriptProblem.Kind;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

/**
 * Broken and hostile transcript files imported into a real store: each gives a clear problem naming the line (or
 * the whole file), and the store stays exactly as it was.
 */
public class HostileTranscriptTest {

    private static final String GOOD = """
            # Titel: Huisbezoek
            Consulent: Hoe gaat het met de administratie?
            Cliënt: Het café op de hoek helpt me met de brieven, dat scheelt.
            """;

    @TempDir
    Path dir;
    private ConversationStore store;

    @BeforeEach
    public void open() throws Exception {
        store = Stores.openEmbedded(dir.resolve("db"));
        // one conversation that must survive every failed import
        assertTrue(new TranscriptImporter(store).importFile(write("goed.txt", GOOD.getBytes(StandardCharsets.UTF_8)),
                Target.none()).saved());
    }

    @AfterEach
    public void close() {
        store.close();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    /** Imports the file, asserts that nothing was saved, and returns the first problem. */
    private TranscriptProblem rejected(Path file) {
        int before = conversations();
        TranscriptImporter.Result r = new TranscriptImporter(store).importFile(file, Target.none());
        assertFalse(r.saved(), file + " should be rejected");
        assertTrue(r.parse().hasProblems());
        assertEquals(before, conversations(), "nothing stored");
        assertEquals(1, store.countClients());
        TranscriptProblem p = r.parse().problems().get(0);
        System.out.println(file.getFileName() + ": " + p.message());
        return p;
    }

    private int conversations() {
        return store.listClients().stream().flatMap(c -> c.getTrajectories().stream())
                .mapToInt(t -> t.getConversations().size()).sum();
    }

    @Test
    public void latin1WithInvalidUtf8IsRejectedAtItsLine() throws Exception {
        TranscriptProblem p = rejected(write("latin1.txt", GOOD.getBytes(Charset.forName("ISO-8859-1"))));
        assertEquals(Kind.NOT_TEXT_ENCODING, p.kind());
        assertTrue(p.message().contains("3") && p.message().contains("UTF-8"), "names line 3 and the encoding: " + p.message());
    }

    @Test
    public void windows1252QuotesAreRejected() throws Exception {
        byte[] bytes = "Consulent: Zei u \u201Cmorgen\u201D?\nCli\u00EBnt: Ja.\n".getBytes(Charset.forName("windows-1252"));
        TranscriptProblem p = rejected(write("cp1252.txt", bytes));
        assertEquals(Kind.NOT_TEXT_ENCODING, p.kind());
        assertTrue(p.message().contains("1"), p.message());
    }

    @Test
    public void utf16WithoutByteOrderMarkIsRejectedAsBinary() throws Exception {
        TranscriptProblem p = rejected(write("utf16.txt", GOOD.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(Kind.BINARY, p.kind());
        assertTrue(p.message().contains("UTF-16"), p.message());
    }

    @Test
    public void utf16WithByteOrderMarkIsImportedUnchanged() throws Exception {
        Path f = write("utf16bom.txt", GOOD.getBytes(StandardCharsets.UTF_16)); // Java writes a big-endian BOM
        TranscriptImporter.Result r = new TranscriptImporter(store).importFile(f, Target.none());
        assertTrue(r.saved(), r.parse().problems().toString());
        assertEquals("Het café op de hoek helpt me met de brieven, dat scheelt.",
                store.loadConversation(r.conversation().getId()).getUtterances().get(1).getText());
    }

    @Test
    public void binaryFilesAreRejected() throws Exception {
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 }, 0, png, 0, 9);
        TranscriptProblem p = rejected(write("foto.txt", png));
        assertEquals(Kind.BINARY, p.kind());
        byte[] noNul = new byte[4096];
        new Random(8).nextBytes(noNul);
        for (int i = 0; i < noNul.length; i++) {
            noNul[i] = noNul[i] == 0 ? (byte) 0xFF : noNul[i];
        }
        TranscriptProblem q = rejected(write("ruis.txt", noNul));
        assertEquals(Kind.NOT_TEXT_ENCODING, q.kind(), q.message());
    }

    @Test
    public void a100MegabyteFileIsRefusedBySizeBeforeReading() throws Exception {
        Path f = dir.resolve("groot.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024); // sparse: refusing it must not read it
        }
        long start = System.nanoTime();
        TranscriptProblem p = rejected(f);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Kind.TOO_LARGE, p.kind());
        assertTrue(p.message().contains("groot.txt") && p.message().contains("100 MB") && p.message().contains("20 MB"), p.message());
        assertTrue(millis < 3000, "refused by its size, not read: " + millis + " ms");
    }

    @Test
    public void aLineOfOneMegabyteIsReportedWithItsLineNumber() throws Exception {
        String text = "Consulent: Vertel.\nCliënt: " + "bla ".repeat(256 * 1024) + "\nConsulent: Dank u.\n";
        TranscriptProblem p = rejected(write("lang.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Kind.LINE_TOO_LONG, p.kind());
        assertEquals(2, p.line());
    }

    @Test
    public void manyLineEndsOrProblemsDoNotExhaustMemory() throws Exception {
        // 19 MB of bad lines: reading stops after a bounded number of problems
        String bad = "[99:99] X\n".repeat(1_900_000);
        long start = System.nanoTime();
        TranscriptImporter.Result r = new TranscriptImporter(store).importFile(write("fout.txt",
                bad.getBytes(StandardCharsets.US_ASCII)), Target.none());
        assertFalse(r.saved());
        assertTrue(r.parse().problems().size() <= TranscriptParser.MAX_PROBLEMS + 1, "" + r.parse().problems().size());
        assertEquals(Kind.TOO_LARGE, r.parse().problems().get(r.parse().problems().size() - 1).kind());
        // 19 MB of utterances: more than the utterance limit
        String many = "A: b\n".repeat(3_800_000);
        TranscriptImporter.Result m = new TranscriptImporter(store).importFile(write("veel.txt",
                many.getBytes(StandardCharsets.US_ASCII)), Target.none());
        assertFalse(m.saved());
        assertTrue(m.parse().problems().stream().anyMatch(p -> p.kind() == Kind.TOO_LARGE
                && p.line() == TranscriptParser.MAX_UTTERANCES + 1), m.parse().problems().toString());
        assertTrue((System.nanoTime() - start) / 1_000_000_000L < 30, "bounded time");
        assertEquals(1, conversations());
    }

    @Test
    public void overlongHeaderValuesAreReportedInsteadOfFailingInTheStore() throws Exception {
        String text = "# Titel: " + "Lang ".repeat(1000) + "\n# Taal: " + "nl".repeat(50) + "\nConsulent: Ja.\nCliënt: Nee.\n";
        TranscriptImporter.Result r = new TranscriptImporter(store).importFile(write("kop.txt",
                text.getBytes(StandardCharsets.UTF_8)), Target.none());
        assertFalse(r.saved());
        assertEquals(2, r.parse().problems().size(), r.parse().problems().toString());
        assertEquals(1, r.parse().problems().get(0).line());
        assertEquals(2, r.parse().problems().get(1).line());
        assertEquals(Kind.INVALID_HEADER, r.parse().problems().get(0).kind());
        assertEquals(1, conversations());
    }

    @Test
    public void aDeviceThatClaimsSizeZeroIsRefusedAsNoRegularFile() throws Exception {
        Path zero = Path.of("/dev/zero");
        if (!Files.exists(zero)) {
            return; // not a Unix-like system
        }
        assertEquals(0, Files.size(zero), "a device claims size 0");
        TranscriptProblem device = new TranscriptParser(1024 * 1024, 1000).parse(zero).problems().get(0);
        assertEquals(Kind.UNREADABLE, device.kind());
        assertTrue(device.message().contains("/dev/zero"), device.message());
        java.io.IOException key = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> nl.leefwereld.core.privacy.PseudonymKey.load(zero));
        assertTrue(key.getMessage().contains("/dev/zero"), key.getMessage());
        java.io.IOException names = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> nl.leefwereld.core.privacy.NameScrubber.readNameList(zero));
        assertTrue(names.getMessage().contains("/dev/zero"), names.getMessage());
    }
}
