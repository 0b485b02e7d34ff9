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
import nl.leefwereld.store.Stores;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.RestoredDatabase;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.internal.LayoutBackups;
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
            for (String table : new String[] { "client", "client_attribute_set", "consent", "professional", "trajectory",
                    "conversation", "participant", "utterance", "annotation", "note", "extension_object" }) {
                assertEquals(1, postgres()
                        ? jdbc.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'leefwereld' AND table_name = ?", table)
                        : jdbc.count("SELECT COUNT(*) FROM sys.systables WHERE tablename = ?", table.toUpperCase()),
                        table);
            }
        }
    }

    /**
     * Migration 6 moves the rows of {@code client_attribute} (one per attribute) into {@code client_attribute_set}
     * (one per client) and drops the old table; the client reads back with the same attributes in the same order,
     * a method object among them keeping its place.
     */
    @Test
    void migrationSixMovesTheAttributesOfEveryClientIntoOneRow() throws Exception {
        Path db = temp.resolve("db");
        Client anna = Fixtures.richClient("Anna");
        Client bert = Fixtures.richClient("Bert");
        try (ConversationStore store = Stores.openEmbedded(db)) {
            store.saveClient(anna);
            store.saveClient(bert);
        }
        // back to the layout before migration 6, with the attributes as rows of their own
        try (Jdbc jdbc = new Jdbc(db)) {
            backToLayoutFive(jdbc, anna, bert);
        }
        try (ConversationStore store = Stores.openEmbedded(db); Jdbc jdbc = new Jdbc(db)) {
            assertEquals(0, jdbc.count("SELECT COUNT(*) FROM sys.systables WHERE tablename = 'CLIENT_ATTRIBUTE'"));
            assertEquals(2, jdbc.count("SELECT COUNT(*) FROM client_attribute_set"));
            Client annaAgain = store.loadClient(anna.getId());
            Client bertAgain = store.loadClient(bert.getId());
            assertEquals(anna.getAttributes().size() + 2, annaAgain.getAttributes().size());
            for (int i = 0; i < anna.getAttributes().size(); i++) {
                assertEquals(anna.getAttributes().get(i).getName(), annaAgain.getAttributes().get(i).getName());
                assertEquals(anna.getAttributes().get(i).getValue(), annaAgain.getAttributes().get(i).getValue());
            }
            int last = annaAgain.getAttributes().size() - 1;
            assertEquals("12:ab-", annaAgain.getAttributes().get(last - 1).getName());
            assertEquals("3:x:-", annaAgain.getAttributes().get(last - 1).getValue());
            assertEquals("leeg", annaAgain.getAttributes().get(last).getName());
            assertEquals(null, annaAgain.getAttributes().get(last).getValue());
            assertEquals(bert.getAttributes().size(), bertAgain.getAttributes().size());
            assertEquals(anna.getAttributes().size() + 2 + bert.getAttributes().size(),
                    jdbc.count("SELECT SUM(attribute_count) FROM client_attribute_set"));
        }
    }

    /**
     * A backup made before migration 6 restores (verified against its manifest) although opening it moved the
     * attribute rows: the manifest's counts of the tables the migration changed are not compared, the others are.
     */
    @Test
    void aBackupFromBeforeMigrationSixRestoresVerified() throws Exception {
        Path db = temp.resolve("db");
        Client anna = Fixtures.richClient("Anna");
        Client bert = Fixtures.richClient("Bert");
        Path copy;
        try (ConversationStore store = Stores.openEmbedded(db)) {
            store.saveClient(anna);
            store.saveClient(bert);
            // the copy a backup of that layout is (not audited: that layout has no audit chain to write to)
            try (Jdbc jdbc = new Jdbc(db)) {
                backToLayoutFive(jdbc, anna, bert);
                copy = LayoutBackups.backup(jdbc.connection(), temp.resolve("backups"), "db");
            }
        }
        try (RestoredDatabase restored = Stores.restoreVerified(copy, temp.resolve("restored"),
                StoreOptions.defaults())) {
            assertTrue(restored.report().problems().isEmpty(), restored.report().problems().toString());
            assertEquals(anna.getAttributes().size() + 2,
                    restored.store().loadClient(anna.getId()).getAttributes().size());
        }
    }

    private static void backToLayoutFive(Jdbc jdbc, Client anna, Client bert) throws Exception {
        jdbc.update("CREATE TABLE client_attribute (row_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"
                + ", client_id VARCHAR(128) NOT NULL REFERENCES client (id), seq INTEGER NOT NULL"
                + ", name VARCHAR(4000), attr_value VARCHAR(32672))");
        int rows = 0;
        for (Client client : new Client[] { anna, bert }) {
            for (int i = 0; i < client.getAttributes().size(); i++) {
                jdbc.update("INSERT INTO client_attribute (client_id, seq, name, attr_value) VALUES (?, ?, ?, ?)",
                        client.getId(), i, client.getAttributes().get(i).getName(),
                        client.getAttributes().get(i).getValue());
                rows++;
            }
        }
        // a value with the characters the encoding uses, and a null value
        jdbc.update("INSERT INTO client_attribute (client_id, seq, name, attr_value) VALUES (?, ?, ?, ?)",
                anna.getId(), 7, "12:ab-", "3:x:-");
        jdbc.update("INSERT INTO client_attribute (client_id, seq, name, attr_value) VALUES (?, ?, ?, NULL)",
                anna.getId(), 8, "leeg");
        assertTrue(rows > 0);
        jdbc.update("DELETE FROM client_attribute_set");
        jdbc.update("DROP TABLE client_attribute_set");
        // and before migration 7 (the audit chain), which a database of layout five has not seen either
        jdbc.update("DROP TRIGGER audit_event_no_update");
        for (String column : new String[] { "chain_pos", "detail_digest", "chain_mac", "chain_link" }) {
            jdbc.update("ALTER TABLE audit_event DROP COLUMN " + column);
        }
        jdbc.update("DROP TABLE audit_chain");
        jdbc.update("CREATE TRIGGER audit_event_no_update AFTER UPDATE ON audit_event REFERENCING OLD AS o NEW AS n"
                + " FOR EACH ROW WHEN (NOT (n.client_id LIKE 'sha256:%' AND (o.client_id IS NULL OR o.client_id NOT LIKE"
                + " 'sha256:%') AND (n.object_id IS NULL OR n.object_id LIKE 'sha256:%') AND (n.detail IS NULL OR"
                + " o.action = 'EXPORT') AND n.event_time = o.event_time AND n.user_name = o.user_name"
                + " AND n.action = o.action)) INSERT INTO audit_guard (audit_log_is_append_only) VALUES (NULL)");
        jdbc.update("DELETE FROM schema_version WHERE version >= 6");
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
