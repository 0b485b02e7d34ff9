// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.exchange.DocxTranscripts;
import nl.leefwereld.core.exchange.FileImport;
import nl.leefwereld.core.exchange.SubtitleParser;
import nl.leefwereld.core.format.ConversationImporter;
import nl.leefwereld.core.format.FormatRegistry;
import nl.leefwereld.core.io.TranscriptImporter.Target;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

/** SRT, WebVTT and DOCX transcripts, their hostile variants, and the import of many files (real files, real Derby). */
public class ExchangeImportTest {

    @TempDir
    Path dir;

    private Path resource(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = ExchangeImportTest.class.getResourceAsStream("exchange/" + name)) {
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    @Test
    public void srtCuesOfOneSpeakerMergeAndABadTimeIsAWarning() throws IOException {
        ConversationImporter.Result r = new SubtitleParser().parse(resource("intake-werk-inkomen.srt"), SubtitleParser.Kind.SRT);
        assertFalse(r.hasProblems(), r.problems().toString());
        Conversation c = r.conversation();
        List<Utterance> us = c.getUtterances();
        assertEquals(5, us.size(), () -> us.stream().map(Utterance::getText).toList().toString());
        assertEquals("Klantmanager", us.get(0).getSpeaker().getName());
        assertEquals("Goedemorgen meneer Yilmaz, fijn dat u er bent. Gaat u zitten. Ik ben Sanne de Vries, uw klantmanager bij Werk en Inkomen.",
                us.get(0).getText());
        assertEquals(1200L, us.get(0).getStartMillis().longValue());
        assertEquals(9400L, us.get(0).getEndMillis().longValue());
        // cue 4 has no speaker: it continues Meneer Yilmaz
        assertTrue(us.get(1).getText().endsWith("een beetje zenuwachtig van."), us.get(1).getText());
        assertEquals(19300L, us.get(1).getEndMillis().longValue());
        // cue 5's time is malformed: kept without a start, the next cue of the same speaker gives it one
        assertTrue(us.get(2).getText().startsWith("Dat begrijp ik."));
        assertEquals(24500L, us.get(2).getStartMillis().longValue());
        assertEquals(2, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("intake-werk-inkomen.srt") && r.warnings().get(0).contains("20")
                && r.warnings().get(0).contains("00:09:025"), r.warnings().get(0));
        assertTrue(r.warnings().get(1).contains("Klantmanager") && r.warnings().get(1).contains("professional"),
                "the guessed roles are a warning: " + r.warnings());
        assertEquals(ParticipantRole.PROFESSIONAL, us.get(0).getSpeaker().getRole());
        assertEquals(ParticipantRole.CLIENT, us.get(1).getSpeaker().getRole());
    }

    @Test
    public void vttVoicesTagsAndPrefixes() throws IOException {
        ConversationImporter.Result r = new SubtitleParser().parse(resource("huisbezoek-wijkteam.vtt"), SubtitleParser.Kind.VTT);
        assertFalse(r.hasProblems(), r.problems().toString());
        List<Utterance> us = r.conversation().getUtterances();
        assertEquals(List.of("Wijkcoach Fatima", "Ria", "Wijkcoach Fatima", "Ria", "Wijkcoach Fatima", "Ria"),
                us.stream().map(u -> u.getSpeaker().getName()).toList());
        assertEquals("Ja hoor, kom verder. Let maar niet op de rommel. Ik ben er de laatste tijd gewoon niet aan toegekomen.",
                us.get(1).getText());
        assertEquals("Dat geeft niks. Hoe gaat het met je, echt?", us.get(2).getText());
        assertEquals(84100L, us.get(4).getStartMillis().longValue());
        assertEquals("Je zorgt voor haar en voor de kinderen & je werkt nog ook.", us.get(4).getText());
        assertEquals(ParticipantRole.PROFESSIONAL, us.get(0).getSpeaker().getRole(), "a wijkcoach is the professional by name");
        assertEquals(2, r.conversation().getParticipants().size());
    }

    @Test
    public void docxMadeWithPoiBoldSpeakersAndTimes() throws IOException {
        Path docx = dir.resolve("schuldhulp.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("Gespreksverslag schuldhulpverlening, eerste gesprek");
            bold(doc, "[00:00:05] Consulent Jan:", " Welkom. Wat brengt u hier?");
            bold(doc, "Mw. de Vries", " Ik krijg steeds meer aanmaningen. Ik durf de post niet meer open te maken.");
            doc.createParagraph().createRun().setText("(00:01:10) Consulent Jan: Dat klinkt zwaar. Hoeveel brieven liggen er?");
            doc.createParagraph().createRun().setText("[00:09:025] Mw. de Vries: Een hele stapel.");
            doc.write(out);
        }
        ConversationImporter.Result r = new DocxTranscripts().read(docx);
        assertFalse(r.hasProblems(), r.problems().toString());
        Conversation c = r.conversation();
        assertEquals("Gespreksverslag schuldhulpverlening, eerste gesprek", c.getTitle());
        List<Utterance> us = c.getUtterances();
        assertEquals(4, us.size());
        assertEquals("Consulent Jan", us.get(0).getSpeaker().getName());
        assertEquals(5000L, us.get(0).getStartMillis().longValue());
        assertEquals("Mw. de Vries", us.get(1).getSpeaker().getName());
        assertEquals("Ik krijg steeds meer aanmaningen. Ik durf de post niet meer open te maken.", us.get(1).getText());
        assertEquals(70000L, us.get(2).getStartMillis().longValue());
        assertNull(us.get(3).getStartMillis(), "the malformed time is dropped, the line kept");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("schuldhulp.docx") && w.contains("5") && w.contains("00:09:025")),
                r.warnings().toString());
        assertEquals(ParticipantRole.PROFESSIONAL, us.get(0).getSpeaker().getRole());
    }

    private static void bold(XWPFDocument doc, String speaker, String text) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun b = p.createRun();
        b.setBold(true);
        b.setText(speaker);
        p.createRun().setText(text);
    }

    @Test
    public void docxSavedByLibreOffice() throws IOException {
        ConversationImporter.Result r = new DocxTranscripts().read(resource("keukentafelgesprek-libreoffice.docx"));
        assertFalse(r.hasProblems(), r.problems().toString());
        List<Utterance> us = r.conversation().getUtterances();
        assertTrue(us.size() >= 6, () -> us.stream().map(Utterance::getText).toList().toString());
        assertEquals("Dhr. Jansen", us.get(0).getSpeaker().getName());
        assertEquals("Mw. de Vries", us.get(1).getSpeaker().getName());
        assertEquals(17000L, us.get(1).getStartMillis().longValue());
        assertEquals("Komt u binnen. Wilt u koffie?", us.get(1).getText());
        assertEquals("Keukentafelgesprek Wmo, gemeente Zaanstad", r.conversation().getTitle());
    }

    @Test
    public void hostileTextFilesAreRefusedNamingTheFile() throws IOException {
        Path latin1 = dir.resolve("latin1.srt");
        Files.write(latin1, "1\n00:00:01,000 --> 00:00:02,000\nCli\u00EBnt: Caf\u00E9\n".getBytes(StandardCharsets.ISO_8859_1));
        ConversationImporter.Result r = new SubtitleParser().parse(latin1, SubtitleParser.Kind.SRT);
        assertTrue(r.hasProblems());
        assertTrue(r.problems().get(0).contains("latin1.srt") && r.problems().get(0).contains("UTF-8"), r.problems().toString());

        Path utf16 = dir.resolve("utf16.vtt");
        Files.write(utf16, "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Anna>Hallo\n".getBytes(StandardCharsets.UTF_16LE));
        r = new SubtitleParser().parse(utf16, SubtitleParser.Kind.VTT);
        assertTrue(r.problems().get(0).contains("utf16.vtt") && r.problems().get(0).contains("UTF-16"), r.problems().toString());

        Path utf16bom = dir.resolve("utf16bom.vtt");
        Files.write(utf16bom, "\uFEFFWEBVTT\n\n00:01.000 --> 00:02.000\n<v Anna>Hallo\n".getBytes(StandardCharsets.UTF_16LE));
        assertFalse(new SubtitleParser().parse(utf16bom, SubtitleParser.Kind.VTT).hasProblems(), "UTF-16 with its mark is read");

        Path huge = dir.resolve("huge.srt");
        try (OutputStream out = Files.newOutputStream(huge)) {
            byte[] cue = "1\n00:00:01,000 --> 00:00:02,000\nAnna: blablabla blablabla blablabla blablabla\n\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= 21L * 1024 * 1024; written += cue.length) {
                out.write(cue);
            }
        }
        r = new SubtitleParser().parse(huge, SubtitleParser.Kind.SRT);
        assertTrue(r.problems().get(0).contains("huge.srt"), r.problems().toString());

        Path notVtt = dir.resolve("leeg.vtt");
        Files.writeString(notVtt, "Dit is geen ondertitelbestand.\n");
        assertTrue(new SubtitleParser().parse(notVtt, SubtitleParser.Kind.VTT).problems().get(0).contains("leeg.vtt"));
    }

    @Test
    public void hostileDocxAreRefusedNamingTheFile() throws IOException {
        Path good = dir.resolve("goed.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(good)) {
            doc.createParagraph().createRun().setText("Anna: Hallo.");
            doc.write(out);
        }
        // zip bomb: a part of zeros inflating 1000-fold
        Path bomb = rewrite(good, "bom.docx", (name, bytes) -> bytes, "word/media/zeros.bin", new byte[80 * 1024 * 1024]);
        assertRefused(bomb, "bom.docx");
        // zip slip
        Path slip = rewrite(good, "slip.docx", (name, bytes) -> bytes, "../../etc/evil.xml", "<x/>".getBytes(StandardCharsets.UTF_8));
        assertRefused(slip, "slip.docx");
        // XXE in the document part
        Path xxe = rewrite(good, "xxe.docx", (name, bytes) -> name.equals("word/document.xml")
                ? new String(bytes, StandardCharsets.UTF_8).replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                        .replace("Hallo.", "&x;").getBytes(StandardCharsets.UTF_8)
                : bytes, null, null);
        assertRefused(xxe, "xxe.docx");
        // not a zip at all
        Path text = dir.resolve("tekst.docx");
        Files.writeString(text, "Anna: Hallo.\n");
        assertRefused(text, "tekst.docx");
    }

    private static void assertRefused(Path file, String name) {
        ConversationImporter.Result r = new DocxTranscripts().read(file);
        assertTrue(r.hasProblems(), file.toString());
        assertTrue(r.problems().get(0).contains(name), r.problems().toString());
        assertTrue(r.conversation().getUtterances().isEmpty());
    }

    interface Edit {
        byte[] apply(String name, byte[] bytes);
    }

    private Path rewrite(Path from, String to, Edit edit, String extraName, byte[] extra) throws IOException {
        Path target = dir.resolve(to);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(edit.apply(e.getName(), in.readAllBytes()));
                out.closeEntry();
            }
            if (extraName != null) {
                out.putNextEntry(new ZipEntry(extraName));
                out.write(extra);
                out.closeEntry();
            }
        }
        return target;
    }

    @Test
    public void aFolderImportsEachFileInItsOwnTransaction() throws Exception {
        Path folder = dir.resolve("map");
        Files.createDirectories(folder.resolve("sub"));
        Files.copy(resource("intake-werk-inkomen.srt"), folder.resolve("a-intake.srt"));
        Files.copy(resource("huisbezoek-wijkteam.vtt"), folder.resolve("sub/b-huisbezoek.vtt"));
        Files.writeString(folder.resolve("c-gesprek.txt"), "Dhr. Jansen: Goedemiddag.\nMw. de Vries: Dag meneer Jansen.\n");
        Files.writeString(folder.resolve("d-kapot.txt"), "zomaar tekst zonder spreker\n");
        // a WebVTT file named .txt is read as WebVTT
        Files.copy(resource("huisbezoek-wijkteam.vtt"), folder.resolve("e-ondertitels.txt"));
        Files.writeString(folder.resolve("notities.md"), "niet importeren");
        Path fifo = dir.resolve("pijp.txt");
        boolean haveFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(10, TimeUnit.SECONDS)
                && Files.exists(fifo);
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            FileImport importer = new FileImport(store, new FormatRegistry(RegistryFactory.getRegistry()), Map.of());
            List<Path> files = importer.expand(haveFifo ? List.of(folder, fifo) : List.of(folder));
            assertEquals(haveFifo ? 6 : 5, files.size(), files.toString());
            int[] progress = new int[1];
            List<FileImport.Outcome> outcomes = importer.run(files, Target.none(), new FileImport.Listener() {
                @Override
                public void started(int index, int total, Path file) {
                    progress[0]++;
                }

                @Override
                public void finished(int index, int total, FileImport.Outcome outcome) {
                    // counted above
                }
            }, () -> false);
            assertEquals(files.size(), progress[0]);
            assertEquals(4, outcomes.stream().filter(FileImport.Outcome::imported).count(), outcomes.toString());
            FileImport.Outcome broken = outcomes.stream().filter(o -> o.file().endsWith("d-kapot.txt")).findFirst().orElseThrow();
            assertTrue(broken.errors().get(0).contains("d-kapot.txt"), broken.errors().toString());
            FileImport.Outcome vttAsTxt = outcomes.stream().filter(o -> o.file().endsWith("e-ondertitels.txt")).findFirst().orElseThrow();
            assertEquals("vtt", vttAsTxt.format());
            if (haveFifo) {
                FileImport.Outcome pipe = outcomes.get(outcomes.size() - 1);
                assertFalse(pipe.imported());
                assertTrue(pipe.errors().get(0).contains("pijp.txt"), pipe.errors().toString());
            }
            int stored = store.countUtterances().size();
            assertEquals(4, stored, "one conversation per imported file, the broken one stored nothing");
            // a cancelled run imports nothing further
            assertTrue(importer.run(files, Target.none(), null, () -> true).isEmpty());
        }
    }
}
