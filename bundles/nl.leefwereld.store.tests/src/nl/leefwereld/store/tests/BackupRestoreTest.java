// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;

/** Online backup and restore into a fresh folder, compared client by client and conversation by conversation. */
class BackupRestoreTest {

    @TempDir
    Path temp;

    private static List<String> conversationIds(List<Client> clients) {
        List<String> ids = new ArrayList<>();
        for (Client client : clients) {
            for (Trajectory trajectory : client.getTrajectories()) {
                trajectory.getConversations().forEach(c -> ids.add(c.getId()));
            }
        }
        return ids;
    }

    private static void fill(ConversationStore store) {
        String[][] people = { { "Daan Smit", "Ik wil weer gaan sporten, maar de contributie is te hoog." },
                { "Eva Mulder", "Mijn moeder woont nu bij ons en dat is zwaar." },
                { "Sem Bos", "Vorige week heb ik eindelijk de brief van het UWV geopend." } };
        for (String[] person : people) {
            Client client = Fixtures.richClient(person[0]);
            store.saveClient(client);
            store.saveConversation(Talk.keukentafel(client, person[1]));
            store.saveConversation(Talk.of(client, "Wat is er veranderd sinds de vorige keer?", person[1]));
        }
    }

    private static void assertSameContent(ConversationStore expected, ConversationStore actual) {
        List<Client> a = expected.listClients();
        List<Client> b = actual.listClients();
        assertEquals(a.size(), b.size());
        assertTrue(EcoreUtil.equals(new ArrayList<>(a), new ArrayList<>(b)), "clients differ");
        List<String> ids = conversationIds(a);
        assertEquals(ids, conversationIds(b));
        assertFalse(ids.isEmpty());
        for (String id : ids) {
            Conversation x = expected.loadConversation(id);
            Conversation y = actual.loadConversation(id);
            assertEquals(x.getUtterances().size(), y.getUtterances().size());
            assertTrue(EcoreUtil.equals(EcoreUtil.getRootContainer(x), EcoreUtil.getRootContainer(y)),
                    "conversation " + id + " differs");
        }
    }

    @Test
    void onlineBackupRestoresIntoAFreshFolderWithEverything() throws Exception {
        Path db = temp.resolve("database");
        Path backups = temp.resolve("backups");
        try (ConversationStore store = Stores.openEmbedded(db)) {
            fill(store);
            Path copy = store.backup(backups);
            assertEquals(backups.toAbsolutePath().normalize().resolve("database"), copy);
            assertTrue(Files.exists(copy.resolve("service.properties")));
            // the store stays usable; a change after the backup is not in it
            Client late = Fixtures.richClient("Na de back-up");
            store.saveClient(late);

            Path restored = temp.resolve("hersteld");
            try (ConversationStore back = Stores.restore(backups, restored, StoreOptions.defaults())) {
                assertNull(back.loadClient(late.getId()));
                assertEquals(3, back.countClients());
                assertTrue(back.auditEvents(null).stream().anyMatch(e -> e.action().equals(AuditAction.BACKUP.name())));
                assertEquals(AuditAction.RESTORE.name(),
                        back.auditEvents(null).get(back.auditEvents(null).size() - 1).action());
                store.deleteClient(late.getId());
                assertSameContent(store, back);
            }
            StoreException notEmpty = assertThrows(StoreException.class,
                    () -> Stores.restore(copy, restored, StoreOptions.defaults()));
            assertEquals(NLS.bind(Messages.Store_restoreTargetNotEmpty, restored.toAbsolutePath().normalize()),
                    notEmpty.getMessage());
        }
        StoreException noBackup = assertThrows(StoreException.class,
                () -> Stores.restore(temp.resolve("niets"), temp.resolve("x"), StoreOptions.defaults()));
        assertEquals(NLS.bind(Messages.Store_noBackup, temp.resolve("niets").toAbsolutePath().normalize()),
                noBackup.getMessage());
    }

    @Test
    void anEncryptedBackupStaysEncryptedAndNeedsThePassword() throws Exception {
        char[] password = "Back-up-van-de-wijkteams".toCharArray();
        Path db = temp.resolve("database");
        Path copy;
        try (ConversationStore store = Stores.openEmbedded(db, password)) {
            fill(store);
            copy = store.backup(temp.resolve("backups"));
        }
        assertTrue(Stores.isEncrypted(copy));
        assertEquals(List.of(), DatabaseScan.findInFiles(copy, "contributie is te hoog"));
        Path restored = temp.resolve("hersteld");
        StoreException wrong = assertThrows(StoreException.class, () -> Stores.restore(copy, restored,
                StoreOptions.defaults().withBootPassword("een-ander-wachtwoord".toCharArray())));
        assertTrue(wrong.getMessage().contains(Messages.Store_wrongPassword.substring(0, 10)), wrong.getMessage());
        deleteTree(restored);
        try (ConversationStore store = Stores.openEmbedded(db, password);
                ConversationStore back = Stores.restore(copy, restored,
                        StoreOptions.defaults().withBootPassword(password))) {
            assertSameContent(store, back);
        }
        assertTrue(Stores.isEncrypted(restored));
    }

    private static void deleteTree(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
