// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.format.ConversationImporter;
import nl.leefwereld.core.io.TranscriptImporter;
import nl.leefwereld.method.mi.MiCode;
import nl.leefwereld.method.mi.MiScores;
import nl.leefwereld.method.mi.Score;
import nl.leefwereld.method.mi.csv.CsvImportException;
import nl.leefwereld.method.mi.csv.CsvMapping;
import nl.leefwereld.method.mi.csv.CsvTranscriptReader;
import nl.leefwereld.method.mi.csv.MiCsvImport;
import nl.leefwereld.method.mi.csv.MiCsvImporter;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.CliRun;

/** Import of expert-coded CSV transcripts in the shape of AnnoMI, mapped by a mapping file; strict and atomic. */
public class MiCsvImportTest {

    static final String HEADER = "transcript_id,utterance_id,interlocutor,timestamp,utterance_text,"
            + "main_therapist_behaviour,reflection_subtype,question_subtype,client_talk_type\n";

    static final String ANNOMI = HEADER
            + "7,0,therapist,00:00:05,\"Hi Anna, what brings you here today?\",question,n/a,open,n/a\n"
            + "7,1,client,00:00:09,My doctor says I need to stop smoking.,n/a,n/a,n/a,neutral\n"
            + "7,2,therapist,00:00:14,Your doctor wants you to stop.,reflection,simple,n/a,n/a\n"
            + "7,3,client,00:00:18,\"I've smoked for twenty years.\nI don't see the point.\",n/a,n/a,n/a,sustain\n"
            + "7,4,therapist,00:00:25,It seems pointless after so long.,reflection,complex,n/a,n/a\n"
            + "7,5,client,00:00:31,But my grandson asked me to quit. I want to be there for him.,n/a,n/a,n/a,change\n"
            + "7,6,therapist,00:00:37,Do you want to try the patches?,question,n/a,closed,n/a\n"
            + "7,7,client,00:00:40,Yes I could try them.,n/a,n/a,n/a,change\n"
            + "8,0,therapist,0:03,How are things at work?,question,n/a,open,n/a\n"
            + "8,2,therapist,0:12,Research shows that breaks help.,therapist_input,n/a,n/a,n/a\n"
            + "8,1,client,0:08,Busy. I can't take breaks.,n/a,n/a,n/a,sustain\n";

    static final String MAPPING = """
            # AnnoMI (Wu et al. 2022) columns
            transcript = transcript_id
            order = utterance_id
            speaker = interlocutor
            time = timestamp
            text = utterance_text
            codes = main_therapist_behaviour, reflection_subtype, question_subtype, client_talk_type
            role.professional = therapist
            code.main_therapist_behaviour.reflection =
            code.main_therapist_behaviour.question =
            code.main_therapist_behaviour.other =
            code.main_therapist_behaviour.therapist_input = GI
            code.reflection_subtype.simple = SR
            code.reflection_subtype.complex = CR
            code.question_subtype.open = OQ
            code.question_subtype.closed = CQ
            code.client_talk_type.change = CT
            code.client_talk_type.sustain = ST
            code.client_talk_type.neutral = NT
            coder = annomi
            language = en
            """;

    static Path write(Path dir, String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static int conversations(ConversationStore store) {
        int n = 0;
        for (Client c : store.listClients()) {
            for (Trajectory t : c.getTrajectories()) {
                n += t.getConversations().size();
            }
        }
        return n;
    }

    @Test
    public void anAnnoMiFileBecomesCodedConversationsThatCanBeScored(@TempDir Path dir) throws Exception {
        Path csv = write(dir, "annomi.csv", ANNOMI);
        Path mapping = write(dir, "annomi.mapping.properties", MAPPING);
        CsvTranscriptReader.Result r = new CsvTranscriptReader().read(csv, CsvMapping.read(mapping));
        assertFalse(r.hasProblems(), r.problems().toString());
        assertEquals(2, r.conversations().size());
        Conversation first = r.conversations().get(0);
        assertEquals("annomi.csv \u2013 7", first.getTitle());
        assertEquals("en", first.getLanguage());
        assertEquals(8, first.getUtterances().size());
        assertEquals("I've smoked for twenty years.\nI don't see the point.", first.getUtterances().get(3).getText());
        assertEquals(Long.valueOf(25_000), first.getUtterances().get(4).getStartMillis());
        assertEquals(ParticipantRole.PROFESSIONAL, first.getUtterances().get(0).getSpeaker().getRole());
        assertEquals(ParticipantRole.CLIENT, first.getUtterances().get(1).getSpeaker().getRole());
        assertEquals(8, first.getAnnotations().size(), "one code per row, none on n/a");

        MiScores s = MiScores.compute(first);
        assertEquals("annomi", s.coder());
        assertEquals(2, s.count(MiCode.QUESTION));
        assertEquals(1, s.count(MiCode.SIMPLE_REFLECTION));
        assertEquals(1, s.count(MiCode.COMPLEX_REFLECTION));
        assertEquals(0.5, s.value(Score.PERCENT_COMPLEX_REFLECTIONS).value(), 1e-9);
        assertEquals(1.0, s.value(Score.REFLECTION_TO_QUESTION).value(), 1e-9);
        assertEquals(2 / 3.0, s.value(Score.PERCENT_CHANGE_TALK).value(), 1e-9);

        Conversation second = r.conversations().get(1);
        assertEquals(List.of("How are things at work?", "Busy. I can't take breaks.", "Research shows that breaks help."),
                second.getUtterances().stream().map(u -> u.getText()).toList(), "sorted by the order column");
        assertEquals(Long.valueOf(12_000), second.getUtterances().get(2).getStartMillis());

        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            CsvTranscriptReader.Result saved = new MiCsvImport(store).importFile(csv, null, TranscriptImporter.Target.none());
            assertFalse(saved.hasProblems());
            assertEquals(2, conversations(store));
            Conversation loaded = store.loadConversation(saved.conversations().get(0).getId());
            assertEquals(8, loaded.getAnnotations().size());
            assertEquals(0.5, MiScores.compute(loaded).value(Score.PERCENT_COMPLEX_REFLECTIONS).value(), 1e-9);
        }
    }

    @Test
    public void aMalformedTimestampIsAWarningNamingTheLineAndTheUtteranceIsKeptWithoutATime(@TempDir Path dir)
            throws Exception {
        write(dir, "mapping.properties", MAPPING);
        // AnnoMI itself has a timestamp like "00:09:025"; "twelve" is not a time either
        String csv = ANNOMI.replace("7,2,therapist,00:00:14,", "7,2,therapist,00:09:025,").replace("0:12", "twelve");
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            CsvTranscriptReader.Result r = new MiCsvImport(store).importFile(write(dir, "t.csv", csv), null,
                    TranscriptImporter.Target.none());
            assertFalse(r.hasProblems(), r.problems().toString());
            assertEquals(2, r.warnings().size(), r.warnings().toString());
            String w = r.warnings().get(0);
            assertTrue(w.contains("t.csv") && w.contains(" 4:") && w.contains("00:09:025"), w);
            assertTrue(r.warnings().get(1).contains(" 12:") && r.warnings().get(1).contains("twelve"), r.warnings().toString());
            assertEquals(2, conversations(store), "the import is not refused for a bad time");
            Conversation loaded = store.loadConversation(r.conversations().get(0).getId());
            assertEquals(8, loaded.getUtterances().size());
            assertEquals("Your doctor wants you to stop.", loaded.getUtterances().get(2).getText());
            assertEquals(null, loaded.getUtterances().get(2).getStartMillis(), "kept without a time");
            assertEquals(Long.valueOf(9_000), loaded.getUtterances().get(1).getStartMillis(), "the other times stay");
            assertEquals(1, loaded.getAnnotations().stream().filter(a -> a.getUtterance() == loaded.getUtterances().get(2))
                    .count(), "its code is kept too");
        }
        // well-formed times give no warning
        assertTrue(new CsvTranscriptReader().read(write(dir, "ok.csv", ANNOMI), CsvMapping.read(dir.resolve("mapping.properties")))
                .warnings().isEmpty());
    }

    @Test
    public void errorsNameFileAndLineAndNothingIsStored(@TempDir Path dir) throws Exception {
        write(dir, "mapping.properties", MAPPING);
        String badCode = ANNOMI.replace("7,4,therapist,00:00:25,It seems pointless after so long.,reflection,complex",
                "7,4,therapist,00:00:25,It seems pointless after so long.,reflection,complexish");
        String wrongSpeaker = ANNOMI.replace("Yes I could try them.,n/a,n/a,n/a,change",
                "Yes I could try them.,n/a,simple,n/a,change");
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            MiCsvImport importer = new MiCsvImport(store);
            CsvTranscriptReader.Result r = importer.importFile(write(dir, "a.csv", badCode), null, null);
            assertEquals(1, r.problems().size(), r.problems().toString());
            String p = r.problems().get(0);
            // the quoted text of line 5 spans two lines: the row with the bad code starts on line 7
            assertTrue(p.contains("a.csv") && p.contains(" 7:") && p.contains("complexish")
                    && p.contains("reflection_subtype"), p);

            r = importer.importFile(write(dir, "c.csv", wrongSpeaker), null, null);
            assertTrue(r.problems().get(0).contains(" 10:") && r.problems().get(0).contains("SR"), r.problems().toString());

            byte[] latin1 = ANNOMI.replace("Busy.", "Druk, ik ben \u00E9cht moe.").getBytes(StandardCharsets.ISO_8859_1);
            Path d = dir.resolve("d.csv");
            Files.write(d, latin1);
            r = importer.importFile(d, null, null);
            assertTrue(r.problems().get(0).contains("UTF-8") && r.problems().get(0).contains(" 13:"), r.problems().toString());

            r = importer.importFile(write(dir, "e.csv", ANNOMI.replace("utterance_text", "text_of_utterance")), null, null);
            assertTrue(r.problems().get(0).contains("utterance_text") && r.problems().get(0).contains("text_of_utterance"),
                    r.problems().toString());

            r = importer.importFile(write(dir, "f.csv", HEADER + "7,0,therapist,00:00:05,\"never closed,question,n/a,open,n/a\n"),
                    null, null);
            assertFalse(r.problems().isEmpty());
            assertTrue(r.problems().get(0).contains("f.csv"), r.problems().toString());

            assertEquals(0, conversations(store), "nothing stored on error");
            assertEquals(0, store.countClients());
        }
        Path badMapping = write(dir, "bad.properties", "speaker = interlocutor\ntext = utterance_text\ncode.x.y = ZZ\nfoo = bar\n");
        CsvImportException e = assertThrows(CsvImportException.class, () -> CsvMapping.read(badMapping));
        assertTrue(e.getMessage().contains("ZZ") && e.getMessage().contains("foo"), e.getMessage());
    }

    @Test
    public void theImporterExtensionKeepsItsWarningsAndLeefwereldImportShowsThem(@TempDir Path dir) throws Exception {
        Path csv = write(dir, "laat.csv", "speaker,role,time,text,codes\n"
                + "Klantmanager,professional,00:00:03,Hoe gaat het met je?,OQ\n"
                + "Sanne,client,00:09:025,Ik wil weer aan het werk.,CT\n"
                + "Klantmanager,professional,00:00:12,Je wilt weer aan het werk.,SR;AF\n");
        ConversationImporter.Result r = new MiCsvImporter().read(csv);
        assertFalse(r.hasProblems(), r.problems().toString());
        assertEquals(3, r.conversation().getUtterances().size(), "the line is kept");
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("laat.csv") && r.warnings().get(0).contains("00:09:025"), r.warnings().toString());

        // through the importers extension, as leefwereld import (and the import wizard) use it
        CliRun run = CliRun.of(dir, "import", csv.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        // one file: the warning on the error stream, the conversation on the output
        String warningLine = run.err().lines().filter(l -> l.contains("00:09:025")).findFirst().orElse("");
        assertTrue(warningLine.contains("laat.csv"), run.err());
        assertTrue(run.out().contains("3"), run.out());
        // several files: the warning under the file's line, and counted in the summary
        Path other = write(dir, "ander.csv", "speaker,role,time,text,codes\n"
                + "Klantmanager,professional,00:00:03,Hoe was de week?,OQ\n");
        CliRun many = CliRun.of(java.nio.file.Files.createDirectories(dir.resolve("tweede")), "import", csv.toString(),
                other.toString());
        assertEquals(0, many.code(), many.out() + many.err());
        List<String> lines = many.out().lines().toList();
        int fileLine = 0;
        while (fileLine < lines.size() && !lines.get(fileLine).contains("laat.csv")) {
            fileLine++;
        }
        assertTrue(fileLine + 1 < lines.size() && lines.get(fileLine + 1).contains("00:09:025"), many.out());
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            assertEquals(List.of(3), List.copyOf(store.countUtterances().values()), "the line with the bad time is kept");
        }
    }

    @Test
    public void theImporterExtensionReadsOneTranscriptWithTheMappingBesideIt(@TempDir Path dir) throws Exception {
        Path one = write(dir, "gesprek.csv", "speaker,role,time,text,codes\n"
                + "Klantmanager,professional,00:00:03,Hoe gaat het met je?,OQ\n"
                + "Sanne,client,00:00:07,Ik wil weer aan het werk.,CT\n"
                + "Klantmanager,professional,00:00:12,Je wilt weer aan het werk.,SR;AF\n");
        ConversationImporter.Result r = new MiCsvImporter().read(one);
        assertFalse(r.hasProblems(), r.problems().toString());
        assertEquals(3, r.conversation().getUtterances().size());
        assertEquals(4, r.conversation().getAnnotations().size());
        assertEquals("import", r.conversation().getAnnotations().get(0).getCoder());

        Path two = write(dir, "annomi.csv", ANNOMI);
        write(dir, "annomi.mapping.properties", MAPPING);
        r = new MiCsvImporter().read(two);
        assertTrue(r.hasProblems());
        assertTrue(r.problems().get(0).contains("mi import"), r.problems().toString());
    }
}
