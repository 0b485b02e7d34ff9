// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.internal.Schema;
import nl.leefwereld.testsupport.Fixtures;

class SchemaTest extends StoreTestBase {


    @Test
    void migrationsAreNumberedInOrder() {
        // numbers are reserved per change, so a branch may lack one that another adds; they only ever increase
        for (int i = 0; i < Schema.MIGRATIONS.size(); i++) {
            assertTrue(Schema.MIGRATIONS.get(i).version() > (i == 0 ? 0 : Schema.MIGRATIONS.get(i - 1).version()));
            assertFalse(Schema.MIGRATIONS.get(i).description().isBlank());
        }
    }

    @Test
    void firstOpenCreatesTheFolderAndSchemaAndReopeningAppliesNothingTwice() throws Exception {
        Path db = temp.resolve("workspace").resolve("database");
        Client client = Fixtures.richClient("Blijft bestaan");
        try (ConversationStore store = open(db)) {
            store.saveClient(client);
            assertEquals(location(db), store.location());
        }
        assertTrue(postgres() || Files.isDirectory(db));
        // derby.log does not land in the working directory
        assertFalse(Files.exists(Path.of("derby.log").toAbsolutePath()) && Files.size(Path.of("derby.log")) > 0
                && Files.getLastModifiedTime(Path.of("derby.log")).toMillis() > System.currentTimeMillis() - 60_000,
                "derby.log written into the working directory");
        for (int i = 0; i < 3; i++) {
            try (ConversationStore store = open(db)) {
                assertEquals(1, store.countClients());
            }
        }
        try (ConversationStore store = open(db); Jdbc jdbc = jdbc(db)) {
            assertEquals(Schema.MIGRATIONS.size(), jdbc.count("SELECT COUNT(*) FROM schema_version"));
            assertEquals(Schema.latestVersion(), jdbc.count("SELECT MAX(version) FROM schema_version"));
            for (String table : new String[] { "client", "client_attribute", "consent", "professional", "trajectory",
                    "conversation", "participant", "utterance", "annotation", "note", "extension_object" }) {
                assertEquals(1, postgres()
                        ? jdbc.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'leefwereld' AND table_name = ?", table)
                        : jdbc.count("SELECT COUNT(*) FROM sys.systables WHERE tablename = ?", table.toUpperCase()),
                        table);
            }
        }
    }

    @Test
    void versionColumnsCountSaves() throws Exception {
        Path db = temp.resolve("db");
        Client client = Fixtures.richClient("Versie");
        Conversation conversation = Fixtures.richConversation(client, 3);
        try (ConversationStore store = open(db); Jdbc jdbc = jdbc(db)) {
            store.saveClient(client);
            store.saveClient(client);
            store.saveConversation(conversation);
            assertEquals(2, jdbc.count("SELECT version FROM client WHERE id = ?", client.getId()));
            assertEquals(1, jdbc.count("SELECT version FROM conversation WHERE id = ?", conversation.getId()));
            store.saveConversation(conversation);
            store.saveConversation(conversation);
            assertEquals(3, jdbc.count("SELECT version FROM conversation WHERE id = ?", conversation.getId()));
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedClearly() throws Exception {
        Path db = temp.resolve("db");
        try (ConversationStore store = open(db); Jdbc jdbc = jdbc(db)) {
            jdbc.update("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, CURRENT_TIMESTAMP)",
                    Schema.latestVersion() + 1, "from the future");
        }
        String name = location(db);
        StoreException e = assertThrows(StoreException.class, () -> open(db));
        assertEquals(NLS.bind(Messages.Store_newerSchema,
                new Object[] { name, Schema.latestVersion() + 1, Schema.latestVersion() }), e.getMessage());
    }
}
