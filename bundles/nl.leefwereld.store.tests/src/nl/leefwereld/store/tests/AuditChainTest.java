// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.AuditCheck;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.internal.Schema;
import nl.leefwereld.store.internal.Sql;
import nl.leefwereld.testsupport.Fixtures;

/**
 * The audit log's hash chain (issue #20) on a real Derby database: intact through ordinary use and a legitimate
 * erasure; each attack of the issue, done with plain JDBC, found at the next open and by {@code verifyAudit}, which
 * names the first broken event.
 */
class AuditChainTest extends StoreTestBase {


    /** A database with two clients, conversations, reads, an export and a deletion; returns the clients. */
    private List<Client> fill(Path db) {
        Client kees = Fixtures.richClient("Kees de Boer");
        Client noor = Fixtures.richClient("Noor Visser");
        try (ConversationStore store = open(db)) {
            for (Client client : List.of(kees, noor)) {
                store.saveClient(client);
                Conversation conversation = Talk.keukentafel(client, "De huur is al drie maanden niet betaald.");
                store.saveConversation(conversation);
                store.loadConversation(conversation.getId());
                store.audit(AuditAction.EXPORT, client.getId(), conversation.getId(), "json naar gesprek.json");
            }
            assertTrue(store.verifyAudit(null).intact(), String.valueOf(store.verifyAudit(null)));
        }
        return List.of(kees, noor);
    }

    private AuditCheck reopened(Path db) {
        try (ConversationStore store = open(db)) {
            AuditCheck atOpen = store.auditCheckAtOpen();
            assertNotNull(atOpen);
            assertEquals(atOpen, store.verifyAudit(null));
            return atOpen;
        }
    }

    private static long id(Jdbc jdbc, String where) throws Exception {
        try (Statement s = jdbc.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT MIN(id) FROM audit_event WHERE " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String sha256(String id) throws Exception {
        return "sha256:" + HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void ordinaryUseAndALegitimateErasureKeepTheChainWhole() throws Exception {
        Path db = temp.resolve("db");
        List<Client> clients = fill(db);
        String key;
        try (ConversationStore store = open(db)) {
            assertTrue(store.auditCheckAtOpen().intact());
            key = store.auditKey();
            store.audit(AuditAction.EXPORT, clients.get(0).getId(), null, "pdf naar kees-de-boer.pdf");
            store.eraseClient(clients.get(0).getId());
            store.applyRetention(java.time.Instant.now());
        }
        try (ConversationStore store = open(db)) {
            AuditCheck open = store.auditCheckAtOpen();
            assertTrue(open.intact(), open.toString());
            AuditCheck keyed = store.verifyAudit(key);
            assertTrue(keyed.intact(), keyed.toString());
            assertTrue(keyed.keyedFrom() > 1);
            assertEquals(store.auditEvents(null).size(), keyed.eventsChecked());
            // the erasure did rewrite the events: the client's id is nowhere in the log
            assertTrue(store.auditEvents(null).stream().noneMatch(e -> clients.get(0).getId().equals(e.clientId())));
            assertThrows(StoreException.class, () -> store.verifyAudit("not a key"));
        }
    }

    @Test
    void aGapIsFound() throws Exception {
        Path db = temp.resolve("db");
        fill(db);
        long removed;
        long next;
        try (ConversationStore store = open(db); Jdbc jdbc = jdbc(db)) {
            jdbc.connection().setAutoCommit(true);
            removed = id(jdbc, "action = 'OPEN'");
            next = id(jdbc, "id > " + removed);
            jdbc.update(dropTrigger("audit_event_no_delete", "audit_event"));
            jdbc.update("DELETE FROM audit_event WHERE id = ?", removed);
        }
        AuditCheck check = reopened(db);
        assertFalse(check.intact());
        assertEquals(Long.valueOf(next), check.brokenEventId());
        assertNotNull(check.brokenTime());
        assertTrue(check.problem().contains("missing"), check.problem());
    }

    @Test
    void hidingAClientBehindAHashWithoutErasureIsFound() throws Exception {
        Path db = temp.resolve("db");
        Client kees = fill(db).get(0);
        long first;
        try (ConversationStore store = open(db); Jdbc jdbc = jdbc(db)) {
            jdbc.connection().setAutoCommit(true);
            first = id(jdbc, "client_id = '" + kees.getId() + "'");
            // what the trigger lets through (it looks like an erasure's anonymisation)
            List<long[]> ids = new ArrayList<>();
            List<String> objects = new ArrayList<>();
            try (PreparedStatement s = jdbc.connection()
                    .prepareStatement("SELECT id, object_id FROM audit_event WHERE client_id = ?")) {
                s.setString(1, kees.getId());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(new long[] { rs.getLong(1) });
                        objects.add(rs.getString(2));
                    }
                }
            }
            for (int i = 0; i < ids.size(); i++) {
                jdbc.update("UPDATE audit_event SET client_id = ?, object_id = ?, detail = NULL WHERE id = ?",
                        sha256(kees.getId()), objects.get(i) == null ? null : sha256(objects.get(i)), ids.get(i)[0]);
            }
            assertEquals(0, jdbc.count("SELECT COUNT(*) FROM audit_event WHERE client_id = ?", kees.getId()));
        }
        AuditCheck check = reopened(db);
        assertFalse(check.intact());
        assertEquals(Long.valueOf(first), check.brokenEventId());
        assertEquals(Messages.Audit_anonymisedWithoutErasure, check.problem());
    }

    @Test
    void anEditedEventIsFound() throws Exception {
        Path db = temp.resolve("db");
        fill(db);
        long edited;
        try (ConversationStore store = open(db); Jdbc jdbc = jdbc(db)) {
            jdbc.connection().setAutoCommit(true);
            edited = id(jdbc, "action = 'EXPORT'");
            jdbc.update(dropTrigger("audit_event_no_update", "audit_event"));
            jdbc.update("UPDATE audit_event SET user_name = 'iemand anders' WHERE id = ?", edited);
        }
        AuditCheck check = reopened(db);
        assertFalse(check.intact());
        assertEquals(Long.valueOf(edited), check.brokenEventId());
        assertEquals(Messages.Audit_linkBroken, check.problem());
    }

    @Test
    void aForgedBackDatedInsertIsFound() throws Exception {
        Path db = temp.resolve("db");
        Client noor = fill(db).get(1);
        long forged;
        try (ConversationStore store = open(db); Jdbc jdbc = jdbc(db)) {
            jdbc.connection().setAutoCommit(true);
            // the forger copies the chain's values of the last event and moves the head along
            long length;
            String mac;
            String link;
            try (Statement s = jdbc.connection().createStatement();
                    ResultSet rs = s.executeQuery("SELECT chain_length, last_mac, last_link FROM audit_chain")) {
                rs.next();
                length = rs.getLong(1);
                mac = rs.getString(2);
                link = rs.getString(3);
            }
            jdbc.update("INSERT INTO audit_event (event_time, user_name, action, client_id, object_id, detail,"
                    + " chain_pos, chain_mac, chain_link) VALUES (?, 'j.bakker', 'OPEN', ?, NULL, NULL, ?, ?, ?)",
                    Timestamp.valueOf("2024-01-15 09:30:00"), noor.getId(), length + 1, mac, link);
            jdbc.update("UPDATE audit_chain SET chain_length = ?, last_mac = ?, last_link = ?", length + 1, mac, link);
            forged = id(jdbc, "user_name = 'j.bakker'");
        }
        AuditCheck check = reopened(db);
        assertFalse(check.intact());
        assertEquals(Long.valueOf(forged), check.brokenEventId());
        assertEquals(Timestamp.valueOf("2024-01-15 09:30:00").toInstant(), check.brokenTime());
        assertEquals(Messages.Audit_linkBroken, check.problem());
    }

    @Test
    void droppingTheTriggerAndDeletingEverythingIsFound() throws Exception {
        Path db = temp.resolve("db");
        fill(db);
        int events;
        try (ConversationStore store = open(db); Jdbc jdbc = jdbc(db)) {
            jdbc.connection().setAutoCommit(true);
            events = jdbc.count("SELECT COUNT(*) FROM audit_event");
            jdbc.update(dropTrigger("audit_event_no_delete", "audit_event"));
            jdbc.update("DELETE FROM audit_event");
        }
        AuditCheck check = reopened(db);
        assertFalse(check.intact());
        assertEquals(0, check.eventsChecked());
        assertNull(check.brokenEventId());
        assertEquals(NLS.bind(Messages.Audit_endRemoved, events, 0), check.problem());
        // the events at the end alone
        Path other = temp.resolve("other");
        fill(other);
        long last;
        try (ConversationStore store = open(other); Jdbc jdbc = jdbc(other)) {
            jdbc.connection().setAutoCommit(true);
            jdbc.update(dropTrigger("audit_event_no_delete", "audit_event"));
            int max = jdbc.count("SELECT MAX(id) FROM audit_event");
            jdbc.update("DELETE FROM audit_event WHERE id = ?", max);
            last = jdbc.count("SELECT MAX(id) FROM audit_event");
        }
        AuditCheck tail = reopened(other);
        assertFalse(tail.intact());
        assertEquals(Long.valueOf(last), tail.brokenEventId());
    }

    /**
     * A database from before the chain (schema 3) with events, one of them of a client erased then: migration 7
     * chains them, the chain holds, and a later erasure of an old client's events keeps it whole.
     */
    @Test
    void eventsWrittenBeforeTheChainAreChainedAtMigration() throws Exception {
        Path db = temp.resolve("db");
        try (Jdbc jdbc = creating(db)) {
            jdbc.connection().setAutoCommit(false);
            for (int i = 0; i < 3; i++) {
                Schema.MIGRATIONS.get(i).apply(jdbc.connection(), Sql.of(jdbc.connection()));
            }
            try (Statement s = jdbc.connection().createStatement()) {
                s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY"
                        + ", description VARCHAR(1000), applied_at TIMESTAMP NOT NULL)");
                s.execute("INSERT INTO schema_version VALUES (1, 'a', CURRENT_TIMESTAMP), (2, 'b', CURRENT_TIMESTAMP),"
                        + " (3, 'c', CURRENT_TIMESTAMP)");
            }
            try (PreparedStatement s = jdbc.connection().prepareStatement("INSERT INTO audit_event"
                    + " (event_time, user_name, action, client_id, object_id, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
                Object[][] rows = { { "2023-05-01 10:00:00", "a.jansen", "CHANGE", "c-1", "c-1", "client" },
                        { "2023-05-01 10:05:00", "a.jansen", "EXPORT", "c-1", null, "json naar dossier-jansen.json" },
                        { "2023-05-02 11:00:00", "a.jansen", "CHANGE", sha256("c-0"), null, null },
                        { "2023-05-02 11:00:00", "a.jansen", "ERASE", sha256("c-0"), null, "erasure: 1" } };
                for (Object[] row : rows) {
                    s.setTimestamp(1, Timestamp.valueOf((String) row[0]));
                    for (int i = 1; i < 6; i++) {
                        s.setString(i + 1, (String) row[i]);
                    }
                    s.executeUpdate();
                }
            }
            jdbc.connection().commit();
        }
        shutdown(db);
        Client client = Fixtures.richClient("Anna Jansen");
        client.setId("c-1");
        try (ConversationStore store = open(db)) {
            assertTrue(store.auditCheckAtOpen().intact(), store.auditCheckAtOpen().toString());
            store.saveClient(client);
            store.eraseClient("c-1");
        }
        try (ConversationStore store = open(db)) {
            AuditCheck check = store.auditCheckAtOpen();
            assertTrue(check.intact(), check.toString());
            List<String> details = new ArrayList<>();
            store.auditEvents(null).forEach(e -> details.add(String.valueOf(e.detail())));
            assertTrue(details.contains("json naar dossier-[erased].json"), details.toString());
        }
    }
}
