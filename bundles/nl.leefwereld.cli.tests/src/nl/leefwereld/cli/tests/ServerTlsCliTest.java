// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.store.Messages;
import nl.leefwereld.testsupport.CliRun;
import nl.leefwereld.testsupport.KeyTool;
import nl.leefwereld.testsupport.PostgresServer;

/**
 * {@code --server} over TLS as an organisation writes it: the test cluster with {@code ssl = on} and a certificate
 * for {@code localhost} from a CA made here, {@code sslmode=verify-full&sslrootcert=<CA file>} in the address. The
 * right CA works; another CA and another host name are refused with the store's message; a Derby team server's
 * address is refused with the reason.
 */
public class ServerTlsCliTest {

    @TempDir
    Path dir;

    @Test
    public void theCommandLineConnectsOverVerifiedTlsAndRefusesWhatItCannotVerify() throws Exception {
        PostgresServer server = PostgresServer.shared();
        String database = server.createDatabase();
        Path password = Files.writeString(dir.resolve("owner.pw"), PostgresServer.superuserPassword() + "\n");
        KeyTool.Authority ca = KeyTool.authority(dir, "test-ca");
        KeyTool.Authority other = KeyTool.authority(dir, "other-ca");
        KeyTool.ServerCertificate localhost = KeyTool.serverCertificate(ca, dir, "localhost", "localhost");
        try (PostgresServer.Tls tls = server.enableTls(localhost.certificate(), localhost.privateKey())) {
            String url = server.verifiedUrl("localhost", database, ca.certificate());
            CliRun list = run(url, password, "list");
            assertEquals(0, list.code(), list.err());

            String wrongCa = server.verifiedUrl("localhost", database, other.certificate());
            CliRun refused = run(wrongCa, password, "list");
            assertTrue(refused.code() != 0, refused.out());
            assertTrue(refused.err().contains(NLS.bind(Messages.Store_serverTlsUntrusted, wrongCa, "").strip()),
                    refused.err());

            String byAddress = server.verifiedUrl("127.0.0.1", database, ca.certificate());
            CliRun mismatch = run(byAddress, password, "list");
            assertTrue(mismatch.code() != 0, mismatch.out());
            assertTrue(mismatch.err().contains(NLS.bind(Messages.Store_serverTlsUntrusted, byAddress, "").strip()),
                    mismatch.err());
        }
        String derby = "jdbc:derby://server.example.nl:1527//srv/leefwereld/db";
        CliRun gone = run(derby, password, "list");
        assertTrue(gone.code() != 0, gone.out());
        assertTrue(gone.err().contains(NLS.bind(Messages.Store_derbyServerRemoved, derby)), gone.err());
    }

    private static CliRun run(String url, Path password, String command) {
        return CliRun.withArguments("--server", url, "--user", PostgresServer.SUPERUSER, "--password-file",
                password.toString(), command);
    }
}
