// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leefwereld.testsupport.CliRun;
import nl.leefwereld.testsupport.CliTestBase;

/** The real command line, in process: {@code stress letter|trajectory|welcome} and {@code analyze --method stress}. */
public class StressCommandTest extends CliTestBase {

    private Path letter(String resource) throws Exception {
        Path file = dir.resolve(resource);
        Files.writeString(file, Conversations.resource(resource), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    public void evaluatePrintsPhraseFiguresFromTheHeldOutSet() throws Exception {
        Path file = dir.resolve("zinnen.tsv");
        Files.writeString(file, Conversations.resource("heldout/zinnen.tsv"), StandardCharsets.UTF_8);
        CliRun r = run("stress", "evaluate", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("65 "), r.out());
        assertTrue(r.out().contains("F1 0.9"), r.out());
        CliRun json = run("--format", "json", "stress", "evaluate", file.toString());
        assertTrue(json.out().contains("\"phrases\": 65"), json.out());
        Files.writeString(file, "SANCTION\tBoete.\nDREIGING\tBoete.\n", StandardCharsets.UTF_8);
        CliRun bad = run("stress", "evaluate", file.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("zinnen.tsv") && bad.err().contains("2"), bad.err());
    }

    @Test
    public void letterPrintsEachFlagWithLineReasonAlternativeAndTheFigures() throws Exception {
        Path file = letter("brief-maatregel.txt");
        CliRun r = run("stress", "letter", file.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith(file.toString()), lines[0]);
        assertTrue(r.out().lines().anyMatch(l -> l.matches("(line|regel) 4: .*maatregel.*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("(line|regel) 13: .*binnen 5 werkdagen.*")), r.out());
        assertTrue(r.out().contains("de wet voor de bijstandsuitkering"), "alternative of Participatiewet: " + r.out());
        assertTrue(r.out().contains("Flesch-Douma"), r.out());

        CliRun json = run("--format", "json", "stress", "letter", file.toString());
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().startsWith("{"), json.out());
        assertTrue(json.out().contains("\"kind\":\"sanction\"") || json.out().contains("\"kind\": \"sanction\""), json.out());
        assertTrue(json.out().contains("\"fleschDouma\""), json.out());
        assertTrue(json.out().contains("\"line\":4") || json.out().contains("\"line\": 4"), json.out());

        CliRun plain = run("--format", "json", "stress", "letter", letter("brief-eenvoudig.txt").toString());
        assertEquals(0, plain.code());
        assertTrue(flesch(plain.out()) > flesch(json.out()) + 20, flesch(json.out()) + " -> " + flesch(plain.out()));
    }

    private static double flesch(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"fleschDouma\"\\s*:\\s*(-?[0-9.]+)").matcher(json);
        assertTrue(m.find(), json);
        return Double.parseDouble(m.group(1));
    }

    @Test
    public void aLetterInAnotherEncodingOrBinaryGetsAClearMessage() throws Exception {
        Path latin1 = dir.resolve("brief-latin1.txt");
        Files.write(latin1, "Geachte heer,\n\nU bent verplicht uw cli\u00EBntnummer te noemen.\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun r = run("stress", "letter", latin1.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("brief-latin1.txt") && r.err().contains("UTF-8") && r.err().contains(" 3"), r.err());
        assertTrue(r.err().contains("0xEB"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());

        Path pdf = dir.resolve("brief.pdf");
        Files.write(pdf, new byte[] { '%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 0, 1, 2, (byte) 0xFF, 0 });
        CliRun b = run("stress", "letter", pdf.toString());
        assertEquals(1, b.code());
        assertTrue(b.err().contains("brief.pdf") && (b.err().contains("binar") || b.err().contains("binair")), b.err());

        CliRun missing = run("stress", "letter", dir.resolve("weg.txt").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("weg.txt"), missing.err());

        Path huge = dir.resolve("groot.txt");
        Files.write(huge, "Wij verzoeken u dringend binnen 5 werkdagen te reageren.\n".repeat(60_000).getBytes(StandardCharsets.UTF_8));
        CliRun big = run("stress", "letter", huge.toString());
        assertEquals(1, big.code());
        assertTrue(big.err().contains("groot.txt") && big.err().contains("KB"), big.err());
        assertEquals("", big.out());

        Path utf16 = dir.resolve("brief-utf16.txt");
        Files.write(utf16, "Geachte heer,".getBytes(StandardCharsets.UTF_16));
        CliRun u16 = run("stress", "letter", utf16.toString());
        assertEquals(1, u16.code());
        assertTrue(u16.err().contains("UTF-16"), u16.err());

        CliRun usage = run("stress", "brieven");
        assertEquals(1, usage.code());
        assertFalse(usage.err().isBlank());
    }

    @Test
    public void trajectoryPrintsTheStressOverTime() {
        StressData data = new StressData();
        data.saveTo(dir.resolve("db"));
        CliRun r = run("stress", "trajectory", data.client.getId());
        assertEquals(0, r.code(), r.err());
        List<String> dated = r.out().lines().filter(l -> l.matches("\\d{4}-\\d{2}-\\d{2} .*")).toList();
        assertEquals(3, dated.size(), r.out());
        assertTrue(dated.get(0).startsWith("2025-09-08") && dated.get(0).contains("8/10"), dated.get(0));
        assertTrue(dated.get(1).startsWith("2025-09-22") && dated.get(1).contains("6/10"), dated.get(1));
        assertTrue(dated.get(2).startsWith("2025-10-06") && dated.get(2).contains("3/10"), dated.get(2));

        CliRun json = run("--format", "json", "stress", "trajectory", data.client.getId());
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().replace(" ", "").contains("\"clientScore\":8"), json.out());
        assertTrue(json.out().contains("\"money\""), json.out());

        CliRun unknown = run("stress", "trajectory", "bestaat-niet");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("bestaat-niet"), unknown.err());
    }

    @Test
    public void welcomeAndAnalyzeRunTheChecksOnAStoredConversation() {
        StressData data = new StressData();
        data.saveTo(dir.resolve("db"));
        CliRun r = run("stress", "welcome", data.welcome.getId());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Hoe is het voor u om hier te zijn?"), r.out());
        assertEquals(6, r.out().lines().filter(l -> l.matches("\\d\\. \\[.*")).count(), r.out());

        CliRun analyze = run("analyze", "--method", "stress", data.welcome.getId());
        assertEquals(0, analyze.code(), analyze.err());
        assertTrue(analyze.out().contains("Hoe is het voor u om"), analyze.out());
    }
}
