// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.testsupport.CliRun;
import nl.leefwereld.testsupport.PostgresServer;

/**
 * {@code admin init}, {@code admin user add|caseload|remove} and professionals working by address on a real
 * PostgreSQL: each sees their own team's clients only.
 */
public class OrganisationCliTest {

    @TempDir
    Path dir;

    private Path secret(String name, String password) throws Exception {
        return Files.writeString(dir.resolve(name), password + "\n");
    }

    @Test
    public void anAdministratorSetsUpTheDatabaseAndProfessionalsWorkByAddress() throws Exception {
        PostgresServer server = PostgresServer.shared();
        String url = server.url(server.createDatabase());
        String owner = PostgresServer.SUPERUSER;
        Path ownerPassword = secret("owner.pw", PostgresServer.superuserPassword());
        Path westPassword = secret("west.pw", "west-wachtwoord-1");
        Path oostPassword = secret("oost.pw", "oost-wachtwoord-2");

        CliRun init = CliRun.withArguments("--server", url, "--user", owner, "admin", "init", "--password-file",
                ownerPassword.toString());
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains(url), init.out());
        CliRun add = CliRun.withArguments("--server", url, "--user", owner, "admin", "user", "add", "w.west", "--role",
                "professional", "--team", "wijk-west", "--new-password-file", westPassword.toString(), "--password-file",
                ownerPassword.toString());
        assertEquals(0, add.code(), add.err());
        assertEquals(0, CliRun.withArguments("--server", url, "--user", owner, "admin", "user", "add", "o.oost", "--role",
                "professional", "--team", "wijk-oost", "--new-password-file", oostPassword.toString(), "--password-file",
                ownerPassword.toString()).code());
        CliRun badRole = CliRun.withArguments("--server", url, "--user", owner, "admin", "user", "add", "x.y", "--role",
                "baas", "--new-password-file", oostPassword.toString(), "--password-file", ownerPassword.toString());
        assertEquals(1, badRole.code());
        assertTrue(badRole.err().contains("baas"), badRole.err());
        CliRun noServer = CliRun.withArguments("admin", "init");
        assertEquals(1, noServer.code());

        // West imports a conversation by address; it is hers, Oost does not see it
        Path talk = dir.resolve("gesprek.txt");
        Files.writeString(talk, "Klantmanager: Welkom.\nSanne: Ik heb een brief van de gemeente gekregen.\n",
                StandardCharsets.UTF_8);
        CliRun imported = CliRun.withArguments("--server", url, "--user", "w.west", "--password-file",
                westPassword.toString(), "import", talk.toString());
        assertEquals(0, imported.code(), imported.err());
        Matcher m = Pattern.compile("([0-9a-f]{8}-[0-9a-f-]{27})").matcher(imported.out());
        assertTrue(m.find(), imported.out());
        String conversation = m.group(1);
        CliRun westList = CliRun.withArguments("--server", url, "--user", "w.west", "--password-file",
                westPassword.toString(), "list");
        assertEquals(0, westList.code(), westList.err());
        assertTrue(westList.out().contains(conversation), westList.out());
        CliRun oostList = CliRun.withArguments("--server", url, "--user", "o.oost", "--password-file",
                oostPassword.toString(), "list");
        assertEquals(0, oostList.code(), oostList.err());
        assertFalse(oostList.out().contains(conversation), oostList.out());
        CliRun oostShow = CliRun.withArguments("--server", url, "--user", "o.oost", "--password-file",
                oostPassword.toString(), "show", conversation);
        assertTrue(oostShow.code() != 0 && !oostShow.out().contains("brief van de gemeente"), oostShow.out());

        // the caseload of West (the client the import created) goes to team Oost as well
        CliRun caseload = CliRun.withArguments("--server", url, "--user", owner, "admin", "user", "caseload", "w.west",
                "--password-file", ownerPassword.toString());
        assertEquals(0, caseload.code(), caseload.err());
        Matcher client = Pattern.compile("^  (\\S+)$", Pattern.MULTILINE).matcher(caseload.out());
        assertTrue(client.find(), caseload.out());
        assertEquals(0, CliRun.withArguments("--server", url, "--user", owner, "admin", "user", "caseload", "wijk-oost",
                "--add", client.group(1), "--password-file", ownerPassword.toString()).code());
        CliRun shared = CliRun.withArguments("--server", url, "--user", "o.oost", "--password-file",
                oostPassword.toString(), "show", conversation);
        assertEquals(0, shared.code(), shared.err());
        assertTrue(shared.out().contains("brief van de gemeente"), shared.out());

        // removed: Oost can no longer log in
        assertEquals(0, CliRun.withArguments("--server", url, "--user", owner, "admin", "user", "remove", "o.oost",
                "--password-file", ownerPassword.toString()).code());
        CliRun gone = CliRun.withArguments("--server", url, "--user", "o.oost", "--password-file",
                oostPassword.toString(), "list");
        assertTrue(gone.code() != 0, gone.out());
        assertTrue(gone.err().contains("o.oost"), gone.err());
    }
}
