// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.core.io.TranscriptProblem;
import nl.leefwereld.core.io.TranscriptProblem.Kind;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

public class TranscriptParserTest {

    private final TranscriptParser parser = new TranscriptParser();

    private static TranscriptProblem only(TranscriptParseResult r) {
        assertEquals(1, r.problems().size(), () -> "problems: " + r.problems());
        return r.problems().get(0);
    }

    private static Participant participant(Conversation c, String name) {
        return c.getParticipants().stream().filter(p -> p.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no participant " + name));
    }

    @Test
    public void readsSpeakersTextsAndTimes() {
        TranscriptParseResult r = parser.parse("""
                [00:01:05] Klantmanager: Welkom, goed dat u er bent.
                [01:10] Sanne: Dank u.
                [1:02:03.250] Klantmanager: Hoe is het voor u om hier te zijn?
                Sanne: Spannend.
                """);
        assertFalse(r.hasProblems(), () -> r.problems().toString());
        List<Utterance> u = r.conversation().getUtterances();
        assertEquals(4, u.size());
        assertEquals(Long.valueOf(65_000), u.get(0).getStartMillis());
        assertEquals(Long.valueOf(70_000), u.get(1).getStartMillis());
        assertEquals(Long.valueOf(3_723_250), u.get(2).getStartMillis());
        assertNull(u.get(3).getStartMillis());
        assertEquals("Welkom, goed dat u er bent.", u.get(0).getText());
        assertEquals("Klantmanager", u.get(0).getSpeaker().getName());
        assertEquals(2, r.conversation().getParticipants().size());
        assTrueSame(u.get(1).getSpeaker(), u.get(3).getSpeaker());
    }

    private static void assTrueSame(Object a, Object b) {
        assertTrue(a == b, "the same participant object is reused per name");
    }

    @Test
    public void continuationLinesAndBlankLines() {
        TranscriptParseResult r = parser.parse("""
                Klantmanager: Ik lees even mee.
                Ze vragen om een betalingsregeling.

                Er staat geen datum in.
                  Let op: dit is ingesprongen en dus geen nieuwe spreker.
                Sanne: O. [lacht]
                [zucht] en verder niets.
                """);
        assertFalse(r.hasProblems(), () -> r.problems().toString());
        List<Utterance> u = r.conversation().getUtterances();
        assertEquals(2, u.size());
        assertEquals("Ik lees even mee.\nZe vragen om een betalingsregeling.\nEr staat geen datum in.\n"
                + "Let op: dit is ingesprongen en dus geen nieuwe spreker.", u.get(0).getText());
        assertEquals("O. [lacht]\n[zucht] en verder niets.", u.get(1).getText());
    }

    @Test
    public void firstSpeakerIsProfessionalOthersClients() {
        Conversation c = parser.parse("Anna: Hallo.\nBert: Hoi.\nCees: Dag.\nAnna: Welkom.\n").conversation();
        assertEquals(ParticipantRole.PROFESSIONAL, participant(c, "Anna").getRole());
        assertEquals(ParticipantRole.CLIENT, participant(c, "Bert").getRole());
        assertEquals(ParticipantRole.CLIENT, participant(c, "Cees").getRole());
    }

    @Test
    public void headersSetRolesTitleKindAndDate() {
        TranscriptParseResult r = parser.parse("""
                # Titel: Klantenpanel onderhoud
                # Soort: klantenpanel
                # Datum: 2025-10-14 19:30
                # Taal: nl
                # Cliënt: Henk, Fatima
                # Moderator: Gespreksleider
                # Observator: Medewerker
                # Eigen sleutel: iets
                # gewoon commentaar zonder sleutel
                Henk: Ik begin wel.
                Gespreksleider: Graag.
                Fatima: En ik.
                Daan: Ik ook.
                """);
        assertFalse(r.hasProblems(), () -> r.problems().toString());
        Conversation c = r.conversation();
        assertEquals("Klantenpanel onderhoud", c.getTitle());
        assertEquals(ConversationKind.PANEL, c.getKind());
        assertEquals(LocalDateTime.of(2025, 10, 14, 19, 30),
                LocalDateTime.ofInstant(c.getDate().toInstant(), ZoneId.systemDefault()));
        assertEquals("nl", c.getLanguage());
        assertEquals(ParticipantRole.CLIENT, participant(c, "Henk").getRole());
        assertEquals(ParticipantRole.PROFESSIONAL, participant(c, "Gespreksleider").getRole());
        assertEquals(ParticipantRole.CLIENT, participant(c, "Daan").getRole(), "professional declared: others are clients");
        assertEquals(ParticipantRole.OBSERVER, participant(c, "Medewerker").getRole());
        assertEquals(5, c.getParticipants().size(), "silent declared observer is a participant too");
        assertEquals("Medewerker", c.getParticipants().get(4).getName(), "speakers first, silent participants last");
        assertEquals("iets", r.header("eigen sleutel"));
    }

    @Test
    public void declaredClientFirstMakesFirstUndeclaredSpeakerTheProfessional() {
        Conversation c = parser.parse("# Client: Kevin\nKevin: Ik moet van mijn moeder.\nConsulent: Welkom.\n").conversation();
        assertEquals(ParticipantRole.CLIENT, participant(c, "Kevin").getRole());
        assertEquals(ParticipantRole.PROFESSIONAL, participant(c, "Consulent").getRole());
    }

    @Test
    public void speakersWithTitlesInitialsAndTussenvoegselsAreRead() {
        TranscriptParseResult r = parser.parse("""
                Dhr. Jansen: Goedemorgen.
                Mw. de Boer: Goedemorgen, meneer Jansen.
                J. de Vries: Ik schuif even aan.
                Mevr. A.B. van der Heuvel-Smit: En ik ook.
                Dr. Th. ten Brink: Welkom allemaal.
                Dhr Pietersen: Zonder punt kan ook.
                """);
        assertFalse(r.hasProblems(), () -> r.problems().toString());
        assertEquals(List.of("Dhr. Jansen", "Mw. de Boer", "J. de Vries", "Mevr. A.B. van der Heuvel-Smit", "Dr. Th. ten Brink",
                "Dhr Pietersen"), r.conversation().getUtterances().stream().map(u -> u.getSpeaker().getName()).toList());
        assertEquals("Goedemorgen, meneer Jansen.", r.conversation().getUtterances().get(1).getText());
        assertEquals(3, r.lineOf(r.conversation().getUtterances().get(2)), "the line of an utterance, for the import preview");
    }

    @Test
    public void aSentenceWithADotOrAClockTimeIsNoSpeaker() {
        TranscriptParseResult r = parser.parse("""
                Dhr. Jansen: Wanneer komt u?
                Ja. Dus: morgen.
                We spreken om 10:30 af bij het loket.
                Deelnemer 1: 20 jaar woon ik hier.
                """);
        assertFalse(r.hasProblems(), () -> r.problems().toString());
        List<Utterance> u = r.conversation().getUtterances();
        assertEquals(2, u.size(), () -> u.stream().map(x -> x.getSpeaker().getName()).toList().toString());
        assertEquals("Wanneer komt u?\nJa. Dus: morgen.\nWe spreken om 10:30 af bij het loket.", u.get(0).getText());
        assertEquals("Deelnemer 1", u.get(1).getSpeaker().getName());
    }

    @Test
    public void aProblemMessageShowsSingleQuotes() {
        TranscriptProblem p = only(parser.parse("Dit is geen spreker want er is geen dubbele punt\n"));
        assertEquals(Kind.NO_SPEAKER, p.kind());
        assertFalse(p.message().contains("''"), p.message());
        assertTrue(p.message().contains("'"), p.message());
        assertFalse(parser.parse("").problems().get(0).message().contains("''"));
    }

    @Test
    public void lineWithoutSpeakerIsReportedWithItsLineNumber() {
        TranscriptParseResult r = parser.parse("dit is geen spreker\nAnna: Hallo.\n");
        TranscriptProblem p = only(r);
        assertEquals(Kind.NO_SPEAKER, p.kind());
        assertEquals(1, p.line());
        assertTrue(p.message().matches("(regel|line) 1: .*"), p.message());
        assertEquals(1, r.conversation().getUtterances().size(), "the readable line is still read");
    }

    @Test
    public void timedLineWithoutSpeakerIsReported() {
        TranscriptParseResult r = parser.parse("Anna: Hallo.\nBert: Hoi.\n\n\n\n\n[00:00:10] zonder spreker. Echt niet.\n");
        TranscriptProblem p = only(r);
        assertEquals(Kind.NO_SPEAKER, p.kind());
        assertEquals(7, p.line());
        assertTrue(p.message().startsWith("regel 7: ") || p.message().startsWith("line 7: "), p.message());
    }

    @Test
    public void invalidTimesAreReportedWithTheirText() {
        TranscriptParseResult r = parser.parse("Anna: Hallo.\nBert: Hoi.\n[99:xx] Anna: Nog iets.\n[00:61:00] Bert: Ja.\n[1:2] Anna: Nee.\n");
        assertEquals(3, r.problems().size(), () -> r.problems().toString());
        for (TranscriptProblem p : r.problems()) {
            assertEquals(Kind.INVALID_TIME, p.kind());
        }
        assertEquals(List.of(3, 4, 5), r.problems().stream().map(TranscriptProblem::line).toList());
        assertTrue(r.problems().get(0).message().contains("'[99:xx]'"), r.problems().get(0).message());
        assertEquals(5, r.conversation().getUtterances().size(), "the speaker and text are still read");
    }

    @Test
    public void emptyUtteranceIsReported() {
        TranscriptProblem p = only(parser.parse("Anna: Hallo.\nBert:\nAnna: Nou?\n"));
        assertEquals(Kind.EMPTY_TEXT, p.kind());
        assertEquals(2, p.line());
    }

    @Test
    public void badHeadersAreReported() {
        TranscriptParseResult r = parser.parse("# Soort: koffiepraatje\n# Datum: 14-10-2025\nAnna: Hallo.\n");
        assertEquals(2, r.problems().size());
        assertEquals(Kind.INVALID_HEADER, r.problems().get(0).kind());
        assertEquals(1, r.problems().get(0).line());
        assertEquals(2, r.problems().get(1).line());
        assertTrue(r.problems().get(0).message().contains("koffiepraatje"));
    }

    @Test
    public void tooLongLineIsReported() {
        TranscriptParser small = new TranscriptParser(TranscriptParser.DEFAULT_MAX_BYTES, 50);
        TranscriptParseResult r = small.parse("Anna: Hallo.\nBert: " + "x".repeat(60) + "\nAnna: Kort.\n");
        TranscriptProblem p = only(r);
        assertEquals(Kind.LINE_TOO_LONG, p.kind());
        assertEquals(2, p.line());
        assertTrue(p.message().contains("66") && p.message().contains("50"), p.message());
        assertEquals(100_000, TranscriptParser.DEFAULT_MAX_LINE_LENGTH);
    }

    @Test
    public void emptyFileHasNoUtterances() {
        TranscriptProblem p = only(parser.parse("# alleen commentaar\n\n"));
        assertEquals(Kind.NO_UTTERANCES, p.kind());
        assertEquals(0, p.line());
    }

    @Test
    public void invalidUtf8IsRejectedWithLineAndOffset() {
        byte[] bytes = concat("Anna: Hallo.\nBert: caf".getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xE9 },
                " au lait\n".getBytes(StandardCharsets.UTF_8));
        TranscriptProblem p = only(parser.parse(bytes));
        assertEquals(Kind.NOT_TEXT_ENCODING, p.kind());
        assertTrue(p.message().contains("22"), "names the byte offset: " + p.message());
        assertTrue(p.message().matches("(regel|line) 2: .*"), "names the line: " + p.message());
    }

    @Test
    public void truncatedUtf8SequenceAtEndIsRejected() {
        byte[] bytes = concat("Anna: Hallo ".getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xF0, (byte) 0x9F });
        assertEquals(Kind.NOT_TEXT_ENCODING, only(parser.parse(bytes)).kind());
    }

    @Test
    public void nulBytesMeanBinary() {
        byte[] bytes = concat("Anna: Hallo.\n".getBytes(StandardCharsets.UTF_8), new byte[] { 0, 1, 2 });
        TranscriptProblem p = only(parser.parse(bytes));
        assertEquals(Kind.BINARY, p.kind());
        assertTrue(p.message().contains("13"), p.message());
    }

    @Test
    public void utf16WithoutBomIsBinary() {
        assertEquals(Kind.BINARY, only(parser.parse("Anna: Hallo.\n".getBytes(StandardCharsets.UTF_16LE))).kind());
    }

    @Test
    public void utf8BomIsAccepted() {
        byte[] bytes = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
                "Anna: Één café 😀\n".getBytes(StandardCharsets.UTF_8));
        TranscriptParseResult r = parser.parse(bytes);
        assertFalse(r.hasProblems(), () -> r.problems().toString());
        assertEquals("Anna", r.conversation().getUtterances().get(0).getSpeaker().getName());
        assertEquals("Één café 😀", r.conversation().getUtterances().get(0).getText());
    }

    @Test
    public void utf16WithBomIsAccepted() {
        byte[] le = concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, "Anna: Één\nBert: Twee\n".getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, "Anna: Één\nBert: Twee\n".getBytes(StandardCharsets.UTF_16BE));
        for (byte[] bytes : new byte[][] { le, be }) {
            TranscriptParseResult r = parser.parse(bytes);
            assertFalse(r.hasProblems(), () -> r.problems().toString());
            assertEquals("Één", r.conversation().getUtterances().get(0).getText());
            assertEquals(2, r.conversation().getUtterances().size());
        }
    }

    @Test
    public void windowsAndOldMacLineEnds() {
        TranscriptParseResult r = parser.parse("Anna: Een\r\nBert: Twee\rAnna: Drie\r\n");
        assertFalse(r.hasProblems());
        assertEquals(3, r.conversation().getUtterances().size());
        assertEquals("Twee", r.conversation().getUtterances().get(1).getText());
    }

    @Test
    public void tooLargeFileIsRejected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("groot.txt");
        Files.writeString(file, "Anna: " + "x".repeat(500) + "\n");
        TranscriptProblem p = only(new TranscriptParser(100, 1000).parse(file));
        assertEquals(Kind.TOO_LARGE, p.kind());
        assertEquals(20L * 1024 * 1024, TranscriptParser.DEFAULT_MAX_BYTES);
    }

    @Test
    public void missingFileIsUnreadable(@TempDir Path dir) {
        TranscriptProblem p = only(parser.parse(dir.resolve("bestaat-niet.txt")));
        assertEquals(Kind.UNREADABLE, p.kind());
        assertTrue(p.message().contains("bestaat-niet.txt"));
    }

    @Test
    public void readsAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gesprek.txt");
        Files.writeString(file, "[00:00:01] Klantmanager: Welkom.\n[00:00:03] Sanne: Dank u.\n", StandardCharsets.UTF_8);
        TranscriptParseResult r = parser.parse(file);
        assertFalse(r.hasProblems());
        assertEquals(2, r.conversation().getUtterances().size());
    }

    @Test
    public void problemsAreSortedByLine() {
        TranscriptParseResult r = parser.parse("geen spreker\nAnna:\n[9:99] Bert: x\n# Soort: ???\n");
        assertEquals(List.of(1, 2, 3, 4), r.problems().stream().map(TranscriptProblem::line).sorted().toList());
        assertEquals(List.of(1, 2, 3, 4), r.problems().stream().map(TranscriptProblem::line).toList());
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
