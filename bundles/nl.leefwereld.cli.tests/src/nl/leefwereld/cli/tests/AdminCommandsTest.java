// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.cli.CliCommandDescriptor;
import nl.leefwereld.core.cli.CliCommandRegistry;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.testsupport.CliRun;
import nl.leefwereld.testsupport.CliTestBase;

/** The administration commands (issue #9) in-process on a real Derby database: db, audit, backup, restore, retention. */
public class AdminCommandsTest extends CliTestBase {

    private static CliRun runOn(Path db, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        return CliRun.of(db.getParent(), all.toArray(String[]::new));
    }

    private Path secret(String name, String password) throws Exception {
        return Files.writeString(dir.resolve(name), password + "\n");
    }

    @Test
    public void theAdministrationCommandsAreContributed() {
        List<String> names = CliCommandRegistry.read(RegistryFactory.getRegistry(), null).stream()
                .map(CliCommandDescriptor::name).toList();
        assertTrue(names.containsAll(List.of("db", "audit", "backup", "restore", "retention")), names.toString());
        // #20: the Derby network server (any database on the host, every user its administrator) is gone
        assertFalse(names.contains("server"), names.toString());
    }

    @Test
    public void encryptChangePasswordAndTheAuditLogOfIt() throws Exception {
        if (System.getenv(StoreOptions.PASSWORD_ENVIRONMENT_VARIABLE) != null) {
            return; // the environment would supply a password to every command
        }
        assertEquals(0, run("demo").code());
        CliRun status = run("db", "status");
        assertEquals(0, status.code(), status.err());
        assertTrue(status.out().contains("NOT"), status.out());

        Path first = secret("wachtwoord.txt", "Kastanjeboom-in-Deventer");
        Path second = secret("nieuw.txt", "Lindeboom-in-Leeuwarden");
        CliRun encrypt = run("db", "encrypt", "--new-password-file", first.toString());
        assertEquals(0, encrypt.code(), encrypt.err());
        assertTrue(run("db", "status").out().contains("(AES)"));

        // commands that go through the ordinary store now need the password
        CliRun list = run("list", "--no-counts");
        assertEquals(2, list.code(), list.out());
        assertTrue(list.err().contains("LEEFWERELD_DB_PASSWORD"), list.err());

        CliRun audit = run("audit", "--password-file", first.toString());
        assertEquals(0, audit.code(), audit.err());
        assertTrue(audit.out().contains("ENCRYPT"), audit.out());
        assertTrue(audit.out().contains(System.getProperty("user.name")), audit.out());

        CliRun again = run("db", "encrypt", "--new-password-file", second.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already encrypted") || again.err().contains("al versleuteld"), again.err());

        CliRun wrong = run("db", "change-password", "--password-file", second.toString(), "--new-password-file",
                first.toString());
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("password is wrong") || wrong.err().contains("wachtwoord klopt niet"),
                wrong.err());

        CliRun change = run("db", "change-password", "--password-file", first.toString(), "--new-password-file",
                second.toString());
        assertEquals(0, change.code(), change.err());
        assertEquals(2, run("audit", "--password-file", first.toString()).code());
        CliRun csv = run("audit", "--csv", "--password-file", second.toString());
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("sequence,time,user,action,client,object,detail\r\n"), csv.out());
        assertTrue(csv.out().contains(",PASSWORD,"), csv.out());

        Path empty = Files.writeString(dir.resolve("leeg.txt"), "");
        CliRun bad = run("audit", "--password-file", empty.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains(empty.toString()), bad.err());
    }

    /** {@code audit key} and {@code audit verify} (#20): intact, then an event deleted with SQL is named. */
    @Test
    public void auditVerifyNamesTheFirstBrokenEventAndExitsNonZero() throws Exception {
        assertEquals(0, run("demo").code());
        Path key = dir.resolve("audit.key");
        CliRun written = run("audit", "key", "--out", key.toString());
        assertEquals(0, written.code(), written.err());
        assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(key));
        assertEquals(1, run("audit", "key", "--out", key.toString()).code(), "an existing key is not overwritten");
        assertEquals(0, run("show", firstConversationId()).code());

        CliRun intact = run("audit", "verify", "--key", key.toString());
        assertEquals(0, intact.code(), intact.out() + intact.err());
        assertTrue(intact.out().contains("intact"), intact.out());

        long removed;
        long next;
        try (java.sql.Connection c = derby(dir.resolve("db"))) {
            c.setAutoCommit(true);
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER audit_event_no_delete");
                try (java.sql.ResultSet rs = s.executeQuery("SELECT MIN(id) FROM audit_event WHERE action = 'CHANGE'")) {
                    rs.next();
                    removed = rs.getLong(1);
                }
                try (java.sql.ResultSet rs = s.executeQuery("SELECT MIN(id) FROM audit_event WHERE id > " + removed)) {
                    rs.next();
                    next = rs.getLong(1);
                }
                s.executeUpdate("DELETE FROM audit_event WHERE id = " + removed);
            }
        }
        shutdown(dir.resolve("db"));
        CliRun broken = run("audit", "verify");
        assertEquals(3, broken.code(), broken.out() + broken.err());
        assertTrue(broken.out().contains("BROKEN at event " + next + " ") || broken.out().contains("GEBROKEN bij gebeurtenis " + next + " "),
                broken.out());
        // every command that opens the database warns
        CliRun list = run("list", "--no-counts");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.err().contains("audit verify"), list.err());
    }

    private static java.sql.Driver derbyDriver() throws Exception {
        return (java.sql.Driver) Class.forName("org.apache.derby.iapi.jdbc.AutoloadedDriver", true,
                org.apache.derby.shared.api.DerbyModuleAPI.class.getClassLoader()).getDeclaredConstructor().newInstance();
    }

    private static java.sql.Connection derby(Path db) throws Exception {
        return derbyDriver().connect("jdbc:derby:" + db.toAbsolutePath(), new java.util.Properties());
    }

    private static void shutdown(Path db) throws Exception {
        try {
            derbyDriver().connect("jdbc:derby:" + db.toAbsolutePath() + ";shutdown=true", new java.util.Properties());
        } catch (java.sql.SQLException e) {
            assertEquals("08006", e.getSQLState(), e.getMessage());
        }
    }

    @Test
    public void auditShowsOpensPerClientAsJson() throws Exception {
        assertEquals(0, run("demo").code());
        String id = firstConversationId();
        assertEquals(0, run("show", id).code());
        CliRun json = run("--format", "json", "audit");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().trim().startsWith("[") && json.out().trim().endsWith("]"), json.out());
        assertTrue(json.out().contains("\"action\": \"OPEN\", \"client\": "), json.out());
        assertTrue(json.out().contains("\"object\": \"" + id + "\""), json.out());
        assertTrue(json.out().contains("\"action\": \"CHANGE\""), json.out());

        CliRun none = run("audit", "--client", "bestaat-niet");
        assertEquals(0, none.code(), none.err());
        assertFalse(none.out().contains("OPEN"), none.out());

        // handing the log on as data is itself recorded; looking at it as text is not
        CliRun after = run("audit", "--csv");
        assertTrue(after.out().contains(",EXPORT,,,audit log json"), after.out());
        assertFalse(after.out().contains("audit log text"), after.out());
        assertTrue(run("audit", "--csv").out().contains(",EXPORT,,,audit log csv"));
    }

    private String firstConversationId() {
        CliRun list = run("list", "--no-counts");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\n\\s+([0-9a-f]{8}-[0-9a-f-]{27})\\s").matcher(list.out());
        assertTrue(m.find(), list.out());
        return m.group(1);
    }

    @Test
    public void backupThenRestoreIntoAFreshFolderGivesTheSameListing() throws Exception {
        assertEquals(0, run("demo").code());
        CliRun before = run("list");
        Path backups = dir.resolve("back-ups");
        CliRun backup = run("backup", backups.toString());
        assertEquals(0, backup.code(), backup.err());
        assertTrue(Files.exists(backups.resolve("db").resolve("service.properties")), backup.out());

        Path target = dir.resolve("hersteld").resolve("db");
        CliRun restore = run("restore", backups.toString(), target.toString());
        assertEquals(0, restore.code(), restore.err());
        CliRun after = runOn(target, "list");
        assertEquals(0, after.code(), after.err());
        assertEquals(before.out().replace(dir.resolve("db").toString(), "DB"),
                after.out().replace(target.toString(), "DB"));

        CliRun occupied = run("restore", backups.toString(), target.toString());
        assertEquals(2, occupied.code());
        assertTrue(occupied.err().contains(target.toString()), occupied.err());
        CliRun usage = run("restore", backups.toString());
        assertEquals(1, usage.code());
    }

    @Test
    public void retentionListsThenAppliesOnlyWithApply() throws Exception {
        assertEquals(0, run("demo").code());
        CliRun none = run("retention");
        assertEquals(0, none.code(), none.err());
        assertTrue(none.out().contains("--set"), none.out());

        CliRun set = run("retention", "--set", "*=120", "--date", "2020-01-01");
        assertEquals(0, set.code(), set.err());
        assertTrue(set.out().contains("120"), set.out());

        CliRun due = run("retention", "--date", "2100-01-01");
        assertEquals(0, due.code(), due.err());
        assertTrue(due.out().contains("--apply"), due.out());
        assertTrue(run("list", "--no-counts").out().contains("Traject") || !run("list", "--no-counts").out().isBlank());
        String listed = run("list", "--no-counts").out();

        CliRun apply = run("retention", "--date", "2100-01-01", "--apply");
        assertEquals(0, apply.code(), apply.err());
        assertFalse(apply.out().contains("--apply"), apply.out());
        String after = run("list", "--no-counts").out();
        assertFalse(after.equals(listed), after);
        assertTrue(run("audit", "--csv").out().contains(",ERASE,"));

        CliRun bad = run("retention", "--set", "participatie=twee jaar");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("participatie=twee jaar"), bad.err());
        assertEquals(1, run("retention", "--date", "23-11-2026").code());
    }
}
