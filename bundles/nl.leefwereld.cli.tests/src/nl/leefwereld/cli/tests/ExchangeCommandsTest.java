// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.store.AuditAction;
import nl.leefwereld.testsupport.CliRun;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

/** {@code import} of files and folders with a summary, and the REFI-QDA export and import, through the command line. */
public class ExchangeCommandsTest {

    @TempDir
    Path dir;

    @Test
    public void aFolderAndAFifoGiveProgressLinesAndASummary() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("transcripten"));
        Files.writeString(folder.resolve("a.txt"), "Dhr. Jansen: Goedemorgen.\nMw. de Vries: Dag meneer.\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.srt"), "1\n00:00:01,000 --> 00:00:03,000\nKlantmanager: Welkom.\n\n"
                + "2\n00:09:025 --> 00:00:06,000\nKlant: Dank u.\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("c.vtt"), "geen webvtt\n", StandardCharsets.UTF_8);
        Path fifo = dir.resolve("pijp.srt");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(10, TimeUnit.SECONDS);
        CliRun r = CliRun.of(dir, "import", folder.toString(), fifo.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("[1/3]") && r.out().contains("[3/3]"), r.out());
        assertTrue(r.out().contains("00:09:025"), "the malformed time is a warning naming the line: " + r.out());
        assertTrue(r.out().matches("(?s).*(Klaar|Done): 2 .*"), r.out());
        assertTrue(r.err().contains("c.vtt") && r.err().contains("pijp.srt"), r.err());
    }

    @Test
    public void qdpxExportIsOwnerOnlyAuditedAndImportsBack() throws Exception {
        Path file = dir.resolve("gesprek.txt");
        Files.writeString(file, "Klantmanager: Wat kan ik voor u doen?\nMevrouw Bakker: Ik heb hulp nodig met de post.\n",
                StandardCharsets.UTF_8);
        assertEquals(0, CliRun.of(dir, "import", file.toString()).code());
        Path qdpx = dir.resolve("project.qdpx");
        CliRun export = CliRun.of(dir, "--format", "qdpx", "export", "all", "--out", qdpx.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("project.qdpx"), export.out());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(qdpx)));
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            assertTrue(store.auditEvents(null).stream().anyMatch(e -> e.action().equals(AuditAction.EXPORT.name())
                    && e.detail() != null && e.detail().contains("qdpx")));
        }
        Path other = dir.resolve("ander");
        CliRun imported = CliRun.of(other, "import", qdpx.toString());
        assertEquals(0, imported.code(), imported.err());
        CliRun list = CliRun.of(other, "list");
        assertTrue(list.out().contains("Mevrouw Bakker") || list.out().contains("gesprek"), list.out());
        assertEquals(1, CliRun.of(dir, "--format", "qdpx", "export", "bestaat-niet", "--out", dir.resolve("x.qdpx").toString()).code());
    }
}
