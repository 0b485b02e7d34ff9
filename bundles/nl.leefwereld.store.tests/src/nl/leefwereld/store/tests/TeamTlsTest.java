// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.ServerKeyStore;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;
import nl.leefwereld.store.TeamServer;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.testsupport.KeyTool;

/**
 * Team mode over TLS: a real network server with a keytool-made key store, clients on loopback through a relay
 * that records what crosses the network. With TLS no utterance text and no password crosses in plain text;
 * without it (the control) they do.
 */
class TeamTlsTest {

    private static final String SECRET = "Mijn schuld bij de energiemaatschappij is 4817 euro.";

    @TempDir
    Path temp;

    @Test
    void keyStoreProblemsAreNamedBeforeTheServerStarts() throws Exception {
        char[] password = KeyTool.KEY_STORE_PASSWORD.toCharArray();
        Path missing = temp.resolve("nergens.p12");
        assertEquals(NLS.bind(Messages.Store_tlsKeyStoreMissing, missing),
                assertThrows(StoreException.class, () -> ServerKeyStore.load(missing, password)).getMessage());

        Path good = KeyTool.keyStore(temp, "server.p12");
        assertEquals(NLS.bind(Messages.Store_tlsWrongPassword, good), assertThrows(StoreException.class,
                () -> ServerKeyStore.load(good, "fout-wachtwoord".toCharArray())).getMessage());

        Path text = Files.writeString(temp.resolve("server.pem"), "-----BEGIN NONSENSE-----\n");
        String notAKeyStore = assertThrows(StoreException.class, () -> ServerKeyStore.load(text, password))
                .getMessage();
        assertTrue(notAKeyStore.startsWith(text + " is not a key store"), notAKeyStore);

        Path certificateOnly = KeyTool.trustStore(good, temp, "trust.p12");
        assertEquals(NLS.bind(Messages.Store_tlsKeyCount, certificateOnly, 0), assertThrows(StoreException.class,
                () -> ServerKeyStore.load(certificateOnly, password)).getMessage());

        Path expired = KeyTool.keyStore(temp, "expired.p12", "-startdate", "-3d", "-validity", "1");
        String notValid = assertThrows(StoreException.class, () -> ServerKeyStore.load(expired, password))
                .getMessage();
        assertTrue(notValid.startsWith("The certificate in the key store " + expired + " is not valid now"), notValid);

        ServerKeyStore loaded = ServerKeyStore.load(good, password);
        assertEquals("CN=localhost,O=Leefwereld test", loaded.subject());
        assertTrue(loaded.fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), loaded.fingerprint());
    }

    @Test
    void overTlsNoUtteranceOrPasswordCrossesTheNetworkInPlainText() throws Exception {
        ServerKeyStore keyStore = ServerKeyStore.load(KeyTool.keyStore(temp, "server.p12"),
                KeyTool.KEY_STORE_PASSWORD.toCharArray());
        int port = TeamSupport.freePort();
        try (TeamServer server = TeamServer.start(temp.resolve("tls"), StoreOptions.defaults(), "127.0.0.1", port,
                TeamSupport.users(), keyStore);
                TeamSupport.Relay relay = new TeamSupport.Relay(port)) {
            assertTrue(server.tls());
            assertTrue(server.url().endsWith(";ssl=basic"), server.url());
            String viaRelay = server.url().replace(":" + port + "/", ":" + relay.port() + "/");
            Conversation saved = saveAndReadBack(viaRelay);
            assertEquals(SECRET, saved.getUtterances().get(1).getText().substring("Niet zo goed. ".length()));
            assertTrue(relay.seen().length > 1000, "the conversation went through the relay");
            assertFalse(relay.saw("energiemaatschappij"), "an utterance crossed the network in plain text");
            assertFalse(relay.saw(TeamSupport.SANNE), "a password crossed the network in plain text");
            assertFalse(relay.saw("Yara Koster"), "a client's name crossed the network in plain text");
        }
    }

    @Test
    void withoutTlsTheSameTrafficIsReadable() throws Exception {
        int port = TeamSupport.freePort();
        try (TeamServer server = TeamServer.start(temp.resolve("plain"), StoreOptions.defaults(), "127.0.0.1", port,
                TeamSupport.users());
                TeamSupport.Relay relay = new TeamSupport.Relay(port)) {
            assertFalse(server.tls());
            saveAndReadBack(server.url().replace(":" + port + "/", ":" + relay.port() + "/"));
            assertTrue(relay.saw("energiemaatschappij"), "the relay records what a listener would see");
        }
    }

    @Test
    void aClientThatDoesNotMatchTheServerGetsToldWhatToChange() throws Exception {
        Path keyStoreFile = KeyTool.keyStore(temp, "server.p12");
        ServerKeyStore keyStore = ServerKeyStore.load(keyStoreFile, KeyTool.KEY_STORE_PASSWORD.toCharArray());
        int tlsPort = TeamSupport.freePort();
        try (TeamServer server = TeamServer.start(temp.resolve("tls"), StoreOptions.defaults(), "127.0.0.1", tlsPort,
                TeamSupport.users(), keyStore)) {
            String plain = server.url().replace(";ssl=basic", "");
            StoreException noTls = assertThrows(StoreException.class, () -> open(plain));
            assertTrue(noTls.getMessage().startsWith(NLS.bind(Messages.Store_tlsRequired, plain, "").strip()),
                    noTls.getMessage());

            String verified = server.url().replace(";ssl=basic", ";ssl=peerAuthentication");
            StoreException untrusted = assertThrows(StoreException.class, () -> open(verified));
            assertTrue(untrusted.getMessage().startsWith(NLS.bind(Messages.Store_tlsUntrusted, verified, "").strip()),
                    untrusted.getMessage());

            // what -Djavax.net.ssl.trustStore=<file with the server's certificate> does for the whole JVM
            SSLContext previous = SSLContext.getDefault();
            SSLContext.setDefault(trusting(KeyTool.trustStore(keyStoreFile, temp, "trust.p12")));
            try {
                assertEquals(SECRET, saveAndReadBack(verified).getUtterances().get(1).getText()
                        .substring("Niet zo goed. ".length()), "the verified connection works");
            } finally {
                SSLContext.setDefault(previous);
            }
        }
        int plainPort = TeamSupport.freePort();
        try (TeamServer server = TeamServer.start(temp.resolve("plain"), StoreOptions.defaults(), "127.0.0.1",
                plainPort, TeamSupport.users())) {
            String tls = server.url() + ";ssl=basic";
            StoreException notOffered = assertThrows(StoreException.class, () -> open(tls));
            assertTrue(notOffered.getMessage().startsWith(NLS.bind(Messages.Store_tlsNotOffered, tls, "").strip()),
                    notOffered.getMessage());
        }
    }

    private static void open(String url) {
        Stores.openRemote(url, "sanne", TeamSupport.SANNE.toCharArray()).close();
    }

    /** Saves a client and a conversation holding {@link #SECRET} as sanne, and reads it back as johan. */
    private static Conversation saveAndReadBack(String url) {
        Client client = Fixtures.richClient("Yara Koster");
        Conversation conversation = Talk.keukentafel(client, SECRET);
        try (ConversationStore sanne = Stores.openRemote(url, "sanne", TeamSupport.SANNE.toCharArray())) {
            sanne.saveClient(client);
            sanne.saveConversation(conversation);
        }
        try (ConversationStore johan = Stores.openRemote(url, "johan", TeamSupport.JOHAN.toCharArray())) {
            return johan.loadConversation(conversation.getId());
        }
    }

    private static SSLContext trusting(Path trustStore) throws Exception {
        KeyStore store = KeyStore.getInstance(trustStore.toFile(), KeyTool.KEY_STORE_PASSWORD.toCharArray());
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
