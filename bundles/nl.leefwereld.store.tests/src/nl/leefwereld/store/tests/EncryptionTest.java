// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;

/** Encryption at rest: the bytes on disk, passwords, encrypting an existing database, changing the password. */
class EncryptionTest {

    private static final String SECRET = "Mijn schuld bij de Belastingdienst is opgelopen tot 14.380 euro";
    private static final char[] PASSWORD = "Zomer-in-Zwolle-2026".toCharArray();
    private static final char[] NEW_PASSWORD = "Herfst-in-Hengelo-2027".toCharArray();

    @TempDir
    Path temp;

    private static String save(Path db, char[] password) {
        Client client = Fixtures.richClient("Fatima El Amrani");
        Conversation conversation = Talk.keukentafel(client, SECRET);
        try (ConversationStore store = password == null ? Stores.openEmbedded(db)
                : Stores.openEmbedded(db, password)) {
            store.saveClient(client);
            store.saveConversation(conversation);
        } // close shuts the database down: everything is checkpointed into the files
        return conversation.getId();
    }

    private static String secretOf(ConversationStore store, String conversationId) {
        Conversation loaded = store.loadConversation(conversationId);
        assertNotNull(loaded);
        return loaded.getUtterances().get(1).getText();
    }

    @Test
    void unencryptedDatabaseShowsTheTextInItsFilesSoTheScanIsReal() throws Exception {
        Path db = temp.resolve("open");
        save(db, null);
        assertFalse(Stores.isEncrypted(db));
        List<Path> hits = DatabaseScan.findInFiles(db, SECRET);
        assertFalse(hits.isEmpty(), "the scan must find plain text in an unencrypted database");
        System.out.println("Unencrypted database: utterance text found in " + hits);
    }

    @Test
    void encryptedDatabaseHasNoUtteranceTextInAnyFile() throws Exception {
        Path db = temp.resolve("dicht");
        String id = save(db, PASSWORD);
        assertTrue(Stores.isEncrypted(db));
        assertTrue(DatabaseScan.totalBytes(db) > 100_000, "the folder holds the data");
        assertEquals(List.of(), DatabaseScan.findInFiles(db, SECRET));
        assertEquals(List.of(), DatabaseScan.findInFiles(db, "Fatima El Amrani"));
        assertEquals(List.of(), DatabaseScan.findInFiles(db, "enveloppen"));
        try (ConversationStore store = Stores.openEmbedded(db, PASSWORD)) {
            assertEquals("Niet zo goed. " + SECRET, secretOf(store, id));
        }
    }

    @Test
    void wrongOrMissingPasswordGivesAClearMessageAndOpensNothing() throws Exception {
        Path db = temp.resolve("dicht");
        save(db, PASSWORD);
        String name = db.toAbsolutePath().normalize().toString();
        StoreException wrong = assertThrows(StoreException.class,
                () -> Stores.openEmbedded(db, "Winter-in-Wassenaar".toCharArray()));
        assertEquals(NLS.bind(Messages.Store_wrongPassword, name), wrong.getMessage());
        if (System.getenv(StoreOptions.PASSWORD_ENVIRONMENT_VARIABLE) == null) {
            StoreException missing = assertThrows(StoreException.class, () -> Stores.openEmbedded(db));
            assertEquals(NLS.bind(Messages.Store_passwordNeeded, name, StoreOptions.PASSWORD_ENVIRONMENT_VARIABLE),
                    missing.getMessage());
        }
        try (ConversationStore store = Stores.openEmbedded(db, PASSWORD)) { // the failures left no lock behind
            assertEquals(1, store.countClients());
        }
    }

    @Test
    void aTooShortPasswordIsRefusedBeforeAnythingIsCreated() {
        Path db = temp.resolve("kort");
        StoreException e = assertThrows(StoreException.class, () -> Stores.openEmbedded(db, "kort".toCharArray()));
        assertEquals(NLS.bind(Messages.Store_passwordTooShort, StoreOptions.MIN_PASSWORD_LENGTH), e.getMessage());
        assertFalse(Files.exists(db.resolve("service.properties")));
    }

    @Test
    void anExistingUnencryptedDatabaseIsEncryptedOnRequest() throws Exception {
        Path db = temp.resolve("oud");
        String id = save(db, null);
        assertFalse(DatabaseScan.findInFiles(db, SECRET).isEmpty());

        Stores.encrypt(db, PASSWORD, "beheerder");
        assertTrue(Stores.isEncrypted(db));
        assertEquals(List.of(), DatabaseScan.findInFiles(db, SECRET));
        try (ConversationStore store = Stores.openEmbedded(db, PASSWORD)) {
            assertEquals("Niet zo goed. " + SECRET, secretOf(store, id));
            assertTrue(store.auditEvents(null).stream().anyMatch(
                    e -> e.action().equals(AuditAction.ENCRYPT.name()) && e.user().equals("beheerder")));
        }
        StoreException again = assertThrows(StoreException.class, () -> Stores.encrypt(db, NEW_PASSWORD, null));
        assertEquals(NLS.bind(Messages.Store_alreadyEncrypted, db.toAbsolutePath().normalize()), again.getMessage());
    }

    @Test
    void changingThePasswordReEncryptsAndOnlyTheNewPasswordOpens() throws Exception {
        Path db = temp.resolve("dicht");
        String id = save(db, PASSWORD);
        String name = db.toAbsolutePath().normalize().toString();

        StoreException wrongOld = assertThrows(StoreException.class,
                () -> Stores.changeBootPassword(db, NEW_PASSWORD, PASSWORD, null));
        assertEquals(NLS.bind(Messages.Store_wrongPassword, name), wrongOld.getMessage());

        Stores.changeBootPassword(db, PASSWORD, NEW_PASSWORD, "beheerder");
        assertEquals(List.of(), DatabaseScan.findInFiles(db, SECRET));
        StoreException old = assertThrows(StoreException.class, () -> Stores.openEmbedded(db, PASSWORD));
        assertEquals(NLS.bind(Messages.Store_wrongPassword, name), old.getMessage());
        try (ConversationStore store = Stores.openEmbedded(db, NEW_PASSWORD)) {
            assertEquals("Niet zo goed. " + SECRET, secretOf(store, id));
            assertTrue(store.auditEvents(null).stream().anyMatch(e -> e.action().equals(AuditAction.PASSWORD.name())));
        }
    }

    @Test
    void anUnencryptedDatabaseHasNoPasswordToChange() {
        Path db = temp.resolve("open");
        save(db, null);
        StoreException e = assertThrows(StoreException.class,
                () -> Stores.changeBootPassword(db, PASSWORD, NEW_PASSWORD, null));
        assertEquals(NLS.bind(Messages.Store_notEncrypted, db.toAbsolutePath().normalize()), e.getMessage());
    }
}
