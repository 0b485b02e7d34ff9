// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.AuditEvent;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.CliRun;

/**
 * Issue #17 on the command line, in-process on real Derby databases: encrypted by default, {@code erase},
 * {@code db check}, verified {@code restore}, and the small messages (item 7).
 */
public class PrivacyStoreCommandsTest {

    private static final String TRANSCRIPT = """
            # Titel: Gesprek over de brieven
            [00:00:04] Klantmanager: Welkom, goed dat u er bent.
            [00:00:12] Anna: Ik slaap slecht van de brieven.
            """;

    @TempDir
    Path dir;

    private Path transcript(String text) throws Exception {
        return Files.writeString(dir.resolve("gesprek-" + UUID.randomUUID() + ".txt"), text);
    }

    @Test
    public void aNewDatabaseIsNeverCreatedPlainWithoutBeingAskedTo() throws Exception {
        CliRun refused = CliRun.encryptedByDefault(dir, "import", transcript(TRANSCRIPT).toString());
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().contains("LEEFWERELD_DB_PASSWORD") && refused.err().contains("--unencrypted"),
                refused.err());
        assertFalse(Stores.exists(dir.resolve("db")), "no plain database was created");

        // a password file gives a new, encrypted database
        Path password = Files.writeString(dir.resolve("wachtwoord"), "geheim-wachtwoord\n");
        CliRun check = CliRun.encryptedByDefault(dir, "db", "check", "--password-file", password.toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(Stores.isEncrypted(dir.resolve("db")), "created encrypted");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("db"))));

        // the same file before the command serves every command, here an import into the encrypted database
        CliRun imported = CliRun.encryptedByDefault(dir, "--password-file", password.toString(), "import",
                transcript(TRANSCRIPT).toString());
        assertEquals(0, imported.code(), imported.err());
        CliRun wrong = CliRun.encryptedByDefault(dir, "--password-file",
                Files.writeString(dir.resolve("fout"), "ander-wachtwoord\n").toString(), "list");
        assertNotEquals(0, wrong.code(), "a wrong password is refused: " + wrong.out());
    }

    @Test
    public void aPlainDatabaseWarnsOnEveryOpen() throws Exception {
        CliRun created = CliRun.of(dir, "import", transcript(TRANSCRIPT).toString());
        assertEquals(0, created.code(), created.err());
        assertTrue(created.err().contains("--unencrypted"), "creating plain says so: " + created.err());
        for (int i = 0; i < 2; i++) {
            CliRun list = CliRun.encryptedByDefault(dir, "list");
            assertEquals(0, list.code(), list.err());
            assertTrue(list.err().contains("NOT encrypted") || list.err().contains("NIET versleuteld"), list.err());
            assertTrue(list.err().contains("db encrypt"), list.err());
        }
    }

    @Test
    public void eraseNeedsConfirmationErasesAndReportsOnBackups() throws Exception {
        CliRun imported = CliRun.of(dir, "--format", "json", "import", transcript(TRANSCRIPT).toString());
        assertEquals(0, imported.code(), imported.err());
        String clientId = imported.out().replaceAll("(?s).*\"clientId\":\\s*\"([^\"]+)\".*", "$1");

        CliRun unconfirmed = CliRun.of(dir, "erase", clientId);
        assertEquals(1, unconfirmed.code(), unconfirmed.err());
        assertTrue(unconfirmed.err().contains("--yes"), unconfirmed.err());

        CliRun erased = CliRun.of(dir, "erase", clientId, "--yes");
        assertEquals(0, erased.code(), erased.err());
        assertTrue(erased.out().contains(clientId), erased.out());
        assertTrue(erased.out().contains("IN PLAIN TEXT") || erased.out().contains("ONVERSLEUTELD"),
                "says what older backups of a plain database hold: " + erased.out());
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            assertEquals(0, store.countClients());
            List<AuditEvent> events = store.auditEvents(clientId);
            assertEquals("ERASE", events.get(events.size() - 1).action());
        }
        CliRun again = CliRun.of(dir, "erase", clientId, "--yes");
        assertEquals(1, again.code());
        assertTrue(again.err().contains(clientId), again.err());
    }

    @Test
    public void dbCheckAndAVerifiedRestoreThatRefusesADamagedBackup() throws Exception {
        assertEquals(0, CliRun.of(dir, "import", transcript(TRANSCRIPT).toString()).code());
        CliRun check = CliRun.of(dir, "db", "check");
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("utterance: 2") || check.out().contains("utterance: 2 "), check.out());

        Path backups = dir.resolve("backups");
        CliRun backup = CliRun.of(dir, "backup", backups.toString());
        assertEquals(0, backup.code(), backup.err());
        CliRun restored = CliRun.of(dir, "restore", backups.toString(), dir.resolve("terug").toString());
        assertEquals(0, restored.code(), restored.err());
        assertTrue(restored.out().contains("SHA-256"), restored.out());

        Path copy = backups.resolve("db");
        Path damaged;
        try (java.util.stream.Stream<Path> files = Files.list(copy.resolve("seg0"))) {
            damaged = files.max(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(damaged);
        bytes[bytes.length / 3] ^= 0x10;
        Files.write(damaged, bytes);
        Path target = dir.resolve("terug-kapot");
        CliRun refused = CliRun.of(dir, "restore", backups.toString(), target.toString());
        assertEquals(2, refused.code(), refused.out());
        assertTrue(refused.err().startsWith("leefwereld restore:"), "not the default database path: " + refused.err());
        assertFalse(refused.err().contains(dir.resolve("db") + ":"), refused.err());
        assertTrue(refused.err().contains(copy.toString()), refused.err());
        assertFalse(Files.exists(target), "nothing left behind");
    }

    @Test
    public void smallMessagesSayWhatIsMeant() throws Exception {
        // a too-long title: the field and the limit, exit 1, not "cannot be opened"
        CliRun tooLong = CliRun.of(dir, "import", transcript(TRANSCRIPT).toString(), "--title", "t".repeat(4100));
        assertEquals(1, tooLong.code(), tooLong.err());
        assertTrue(tooLong.err().contains("title") && tooLong.err().contains("4000"), tooLong.err());
        assertFalse(tooLong.err().contains("cannot be opened") || tooLong.err().contains("kan niet worden geopend"),
                tooLong.err());

        // a client without a name: no "null"
        Client nameless = ModelFactory.eINSTANCE.createClient();
        nameless.setId("client-zonder-naam");
        Trajectory trajectory = ModelFactory.eINSTANCE.createTrajectory();
        trajectory.setId("traject-zonder-naam");
        trajectory.setTitle("Traject");
        nameless.getTrajectories().add(trajectory);
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            store.saveClient(nameless);
        }
        CliRun imported = CliRun.of(dir, "import", transcript(TRANSCRIPT).toString(), "--client", nameless.getId());
        assertEquals(0, imported.code(), imported.err());
        assertFalse(imported.out().contains("null"), imported.out());
        assertTrue(imported.out().contains("client-zonder-naam"), imported.out());

        // no Soort: header: an unknown kind, not a welcome conversation
        CliRun list = CliRun.of(dir, "list");
        assertNotNull(list.out());
        assertFalse(list.out().contains("welcome conversation") || list.out().contains("welkomstgesprek"), list.out());
        assertTrue(list.out().contains("kind unknown") || list.out().contains("soort onbekend"), list.out());
    }
}
