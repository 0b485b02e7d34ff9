// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.leefwereld.cli.commands.privacy.Messages;
import nl.leefwereld.core.privacy.PseudonymKey;
import nl.leefwereld.testsupport.CliRun;
import nl.leefwereld.testsupport.CliTestBase;

/** {@code key} and {@code pseudo-export} in-process on a real Derby database, and hostile imports through the CLI. */
public class PrivacyCommandsTest extends CliTestBase {

    private static final String TRANSCRIPT = """
            # Titel: Keukentafelgesprek bij Joyce Pinas
            # Soort: keukentafelgesprek
            # Gespreksleider: Marloes
            # Client: Joyce Pinas
            Marloes: Dag Joyce, wie woont er allemaal hier in Hoograven?
            Joyce Pinas: Ik en mijn dochter Kiki. Mijn moeder woont in Paramaribo.
            Marloes: En wie helpt u als het even niet gaat?
            Joyce Pinas: Buurvrouw Ans, en soms mevrouw Pinas van de kerk. Dat is mijn tante.
            """;
    private static final List<String> REAL = List.of("Joyce", "Pinas", "Marloes", "Hoograven", "Kiki", "Paramaribo", "Ans");

    private String importTranscript() throws Exception {
        Path file = dir.resolve("keukentafel.txt");
        Files.writeString(file, TRANSCRIPT, StandardCharsets.UTF_8);
        CliRun imported = run("import", file.toString());
        assertEquals(0, imported.code(), imported.err());
        Matcher m = Pattern.compile("([0-9a-f]{8}-[0-9a-f-]{27})").matcher(imported.out());
        assertTrue(m.find(), imported.out());
        return m.group(1);
    }

    private static void assertNoRealName(String text) {
        for (String name : REAL) {
            assertFalse(Pattern.compile("(?<!\\p{L})" + name + "(?!\\p{L})", Pattern.CASE_INSENSITIVE).matcher(text).find(),
                    name + " leaked:\n" + text);
        }
    }

    @Test
    public void keyNewCreatesAKeyOnceAndShowGivesItsFingerprint() throws Exception {
        Path key = dir.resolve("geheim").resolve("project.key");
        CliRun created = run("key", "new", key.toString());
        assertEquals(0, created.code(), created.err());
        String fingerprint = PseudonymKey.load(key).fingerprint();
        assertTrue(created.out().contains(fingerprint), created.out());
        String before = Files.readString(key);
        CliRun again = run("key", "new", key.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("project.key"), again.err());
        assertEquals(before, Files.readString(key), "never overwritten");
        CliRun show = run("key", "show", key.toString());
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains(fingerprint));
        assertEquals(1, run("key", "kwijt", key.toString()).code());
    }

    @Test
    public void pseudoExportReplacesNamesAndIsStableUnderOneKey() throws Exception {
        String id = importTranscript();
        Path key = dir.resolve("project.key");
        assertEquals(0, run("key", "new", key.toString()).code());
        Path names = dir.resolve("namen.txt");
        Files.writeString(names, "# plaatsen en namen die de heuristiek niet vindt\nHoograven\nAns\n", StandardCharsets.UTF_8);
        Path out1 = dir.resolve("export1.json");
        Path out2 = dir.resolve("export2.json");
        CliRun first = run("pseudo-export", "--key", key.toString(), "--names", names.toString(), "all", out1.toString());
        assertEquals(0, first.code(), first.err());
        System.out.println(first.out());
        assertTrue(first.out().contains("Paramaribo") && first.out().contains("Kiki"), "the report shows what was guessed: " + first.out());
        String export = Files.readString(out1, StandardCharsets.UTF_8);
        assertNoRealName(export);
        assertFalse(export.contains(id), "no original conversation id");
        String keyText = Base64.getEncoder().encodeToString(PseudonymKey.load(key).bytes());
        assertFalse(export.contains(keyText), "the key is never in the export");

        Path report = dir.resolve("rapport.txt");
        CliRun second = run("pseudo-export", "--key", key.toString(), "--names", names.toString(), "--report",
                report.toString(), id, out2.toString());
        assertEquals(0, second.code(), second.err());
        assertNoRealName(second.out());
        assertTrue(Files.readString(report).contains("Paramaribo"), "the report goes to its own file");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(report)),
                "the report holds real names: owner-only");
        assertEquals(export, Files.readString(out2, StandardCharsets.UTF_8), "the same key gives the same export");

        Path otherKey = dir.resolve("ander.key");
        assertEquals(0, run("key", "new", otherKey.toString()).code());
        Path out3 = dir.resolve("export3.json");
        assertEquals(0, run("pseudo-export", "--key", otherKey.toString(), "all", out3.toString()).code());
        assertFalse(Files.readString(out3).equals(export), "another key gives other pseudonyms");

        String audit = run("audit", "--csv").out();
        assertTrue(audit.contains("," + id + ",pseudonymised " + out1.toAbsolutePath().normalize() + " key "),
                "the pseudonymised export is audited per conversation, with the real id: " + audit);
        assertTrue(audit.contains("," + id + ",pseudonymised " + out2.toAbsolutePath().normalize() + " key "), audit);
    }

    @Test
    public void pseudoExportRefusesAMissingKeyAndOverwritingTheKey() throws Exception {
        String id = importTranscript();
        Path key = dir.resolve("project.key");
        CliRun missing = run("pseudo-export", "--key", key.toString(), id, dir.resolve("uit.json").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("project.key") && missing.err().contains("key new"), missing.err());
        assertFalse(Files.exists(dir.resolve("uit.json")));
        assertEquals(1, run("pseudo-export", id, dir.resolve("uit.json").toString()).code(), "--key is required");

        assertEquals(0, run("key", "new", key.toString()).code());
        String before = Files.readString(key);
        CliRun onKey = run("pseudo-export", "--key", key.toString(), id, key.toString());
        assertEquals(1, onKey.code());
        assertEquals(before, Files.readString(key), "the key file is untouched");
        CliRun unknown = run("pseudo-export", "--key", key.toString(), "bestaat-niet", dir.resolve("uit.json").toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("bestaat-niet"), unknown.err());
        Path badNames = dir.resolve("namen.txt");
        Files.write(badNames, "Zo\u00EB\n".getBytes(Charset.forName("ISO-8859-1")));
        CliRun bad = run("pseudo-export", "--key", key.toString(), "--names", badNames.toString(), id, dir.resolve("uit.json").toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("namen.txt"), bad.err());
        assertFalse(Files.exists(dir.resolve("uit.json")), "no partial export");
    }

    @Test
    public void hostileImportsThroughTheCommandLineStoreNothing() throws Exception {
        importTranscript();
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, TRANSCRIPT.replace("Joyce Pinas: Ik", "Joyce Pinas: Caf\u00E9, ik").getBytes(Charset.forName("ISO-8859-1")));
        CliRun r = run("import", latin1.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("latin1.txt") && r.err().matches("(?s).*(regel|line) 6.*"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
        Path big = dir.resolve("groot.txt");
        try (var raf = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024);
        }
        CliRun b = run("import", big.toString());
        assertEquals(1, b.code());
        assertTrue(b.err().contains("groot.txt") && b.err().contains("100"), b.err());
        CliRun list = run("list");
        assertEquals(1, Pattern.compile("\\[\\d{2}:|Keukentafelgesprek bij").matcher(list.out()).results().count(), list.out());

        Path sql = dir.resolve("sql.txt");
        Files.writeString(sql, "Klantmanager: Wat stond er?\nO'Brien: '; DROP TABLE client; -- en 100% _zeker_\n", StandardCharsets.UTF_8);
        CliRun s = run("import", "--title", "'; DROP TABLE conversation; --", sql.toString());
        assertEquals(0, s.code(), s.err());
        Matcher m = Pattern.compile("([0-9a-f]{8}-[0-9a-f-]{27})").matcher(s.out());
        assertTrue(m.find());
        CliRun show = run("show", m.group(1));
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("O'Brien: '; DROP TABLE client; -- en 100% _zeker_"), show.out());
        assertTrue(run("list").out().contains("'; DROP TABLE conversation; --"));
    }

    @Test
    public void helpListsThePrivacyCommandsAndMessagesAreComplete() throws Exception {
        CliRun help = run("help");
        assertTrue(help.out().contains("pseudo-export") && help.out().contains("key"), help.out());
        Properties en = new Properties();
        Properties nl = new Properties();
        try (InputStream a = Messages.class.getResourceAsStream("messages.properties");
                InputStream b = Messages.class.getResourceAsStream("messages_nl.properties")) {
            en.load(a);
            nl.load(b);
        }
        assertEquals(en.keySet(), nl.keySet());
        for (var f : Messages.class.getDeclaredFields()) {
            if (f.getType() == String.class && java.lang.reflect.Modifier.isPublic(f.getModifiers())) {
                assertTrue(en.containsKey(f.getName()), f.getName());
            }
        }
    }
}
