// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Client;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.testsupport.KeyTool;
import nl.leefwereld.testsupport.PostgresServer;

/**
 * A real TLS handshake with the organisation database: the test cluster with {@code ssl = on} and a certificate for
 * {@code localhost} signed by a CA made in the test, reached through the product's own connect path
 * ({@link Stores#openRemote}, as {@code --server} and the workbench use it) with {@code sslmode=verify-full}. The
 * right CA gets an encrypted connection (the server says so, and a relay between client and server sees no client
 * data); a CA that did not sign the certificate, an address by another name than the certificate's, and a
 * certificate for another host are refused with the product's message.
 */
class TlsPostgresTest extends StoreTestBase {

    private static final String NAME = "Yara Koster-Energiemaatschappij";

    @Override
    boolean postgres() {
        return true;
    }

    @Test
    void verifyFullWithTheRightCaConnectsEncryptedAndNoClientDataCrossesInPlainText() throws Exception {
        PostgresServer server = PostgresServer.shared();
        KeyTool.Authority ca = KeyTool.authority(temp, "test-ca");
        KeyTool.ServerCertificate localhost = KeyTool.serverCertificate(ca, temp, "localhost", "localhost");
        String database = database(temp.resolve("db"));
        try (PostgresServer.Tls tls = server.enableTls(localhost.certificate(), localhost.privateKey())) {
            String url = server.verifiedUrl("localhost", database, ca.certificate());
            try (ConversationStore store = open(url)) {
                store.saveClient(Fixtures.richClient("Sanne de Vries"));
                List<Boolean> encrypted = leefwereldConnections(database);
                assertFalse(encrypted.isEmpty(), "the store's connection is in pg_stat_activity");
                assertTrue(encrypted.stream().allMatch(Boolean::booleanValue),
                        "every connection of the store is encrypted (pg_stat_ssl): " + encrypted);
            }

            // the same through a relay that records what crosses the network
            try (Relay relay = new Relay(server.port())) {
                String viaRelay = url.replace(":" + server.port() + "/", ":" + relay.port() + "/");
                Client client = Fixtures.richClient(NAME);
                try (ConversationStore store = open(viaRelay)) {
                    store.saveClient(client);
                    assertEquals(NAME, store.loadClient(client.getId()).getDisplayName());
                }
                assertTrue(relay.seen().length > 1000, "the session went through the relay");
                assertFalse(relay.saw(NAME), "a client's name crossed the network in plain text");
                assertFalse(relay.saw(PostgresServer.SUPERUSER), "the user name crossed in plain text");
            }
            // the control: without TLS the relay does read the name, so its silence above means something
            try (Relay relay = new Relay(server.port())) {
                String plain = "postgresql://localhost:" + relay.port() + "/" + database + "?sslmode=disable";
                try (ConversationStore store = open(plain)) {
                    assertEquals(NAME, store.listClients().stream().filter(c -> NAME.equals(c.getDisplayName()))
                            .findFirst().orElseThrow().getDisplayName());
                }
                assertTrue(relay.saw(NAME), "the relay records what a listener on the network would see");
            }
        }
    }

    @Test
    void aCaThatDidNotSignTheCertificateIsRefused() throws Exception {
        PostgresServer server = PostgresServer.shared();
        KeyTool.Authority ca = KeyTool.authority(temp, "test-ca");
        KeyTool.Authority other = KeyTool.authority(temp, "other-ca");
        KeyTool.ServerCertificate localhost = KeyTool.serverCertificate(ca, temp, "localhost", "localhost");
        String database = database(temp.resolve("db"));
        try (PostgresServer.Tls tls = server.enableTls(localhost.certificate(), localhost.privateKey())) {
            String wrongCa = server.verifiedUrl("localhost", database, other.certificate());
            StoreException refused = assertThrows(StoreException.class, () -> open(wrongCa).close());
            assertUntrusted(wrongCa, refused);
            // the right CA on the same server: the refusal was the certificate check, nothing else
            open(server.verifiedUrl("localhost", database, ca.certificate())).close();
        }
    }

    @Test
    void anAddressByAnotherNameThanTheCertificateNamesIsRefused() throws Exception {
        PostgresServer server = PostgresServer.shared();
        KeyTool.Authority ca = KeyTool.authority(temp, "test-ca");
        KeyTool.ServerCertificate localhost = KeyTool.serverCertificate(ca, temp, "localhost", "localhost");
        KeyTool.ServerCertificate elsewhere = KeyTool.serverCertificate(ca, temp, "elders", "db.elders.example");
        String database = database(temp.resolve("db"));
        try (PostgresServer.Tls tls = server.enableTls(localhost.certificate(), localhost.privateKey())) {
            // the same server, but addressed by its IP address, which the certificate does not name
            String byAddress = server.verifiedUrl("127.0.0.1", database, ca.certificate());
            assertUntrusted(byAddress, assertThrows(StoreException.class, () -> open(byAddress).close()));
            // sslmode=require encrypts without checking the name: the same address connects
            open("postgresql://127.0.0.1:" + server.port() + "/" + database + "?sslmode=require").close();
        }
        try (PostgresServer.Tls tls = server.enableTls(elsewhere.certificate(), elsewhere.privateKey())) {
            // a certificate from the trusted CA, but for another host
            String url = server.verifiedUrl("localhost", database, ca.certificate());
            assertUntrusted(url, assertThrows(StoreException.class, () -> open(url).close()));
        }
    }

    @Test
    void aDerbyTeamServerAddressIsRefusedWithTheReason() {
        String derby = "jdbc:derby://server.example.nl:1527//srv/leefwereld/db;ssl=basic";
        StoreException e = assertThrows(StoreException.class,
                () -> Stores.openRemote(derby, "sanne", "Sanne-wachtwoord-1".toCharArray()));
        assertEquals(NLS.bind(Messages.Store_derbyServerRemoved, derby), e.getMessage());
        StoreException other = assertThrows(StoreException.class,
                () -> Stores.openRemote("http://server/db", "sanne", "x".toCharArray()));
        assertEquals(NLS.bind(Messages.Store_notAServerUrl, "http://server/db"), other.getMessage());
    }

    @Test
    void aServerThatIsNotRunningIsNamedAsUnreachable() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String url = "postgresql://127.0.0.1:" + port + "/leefwereld?sslmode=disable";
        StoreException e = assertThrows(StoreException.class, () -> open(url).close());
        assertTrue(e.getMessage().startsWith(NLS.bind(Messages.Store_serverUnreachable, url, "").strip()),
                e.getMessage());
    }

    private static ConversationStore open(String url) {
        return Stores.openRemote(url, PostgresServer.SUPERUSER, PostgresServer.superuserPassword().toCharArray());
    }

    private static void assertUntrusted(String url, StoreException e) {
        assertTrue(e.getMessage().startsWith(NLS.bind(Messages.Store_serverTlsUntrusted, url, "").strip()),
                e.getMessage());
    }

    /** Whether each connection of the product (application name Leefwereld) to this database is encrypted. */
    private static List<Boolean> leefwereldConnections(String database) throws Exception {
        List<Boolean> result = new ArrayList<>();
        try (Connection c = PostgresServer.shared().connectAsSuperuser(database);
                PreparedStatement s = c.prepareStatement("SELECT s.ssl FROM pg_stat_activity a JOIN pg_stat_ssl s"
                        + " ON s.pid = a.pid WHERE a.datname = ? AND a.application_name = 'Leefwereld'")) {
            s.setString(1, database);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getBoolean(1));
                }
            }
        }
        return result;
    }
}
