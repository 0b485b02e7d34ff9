// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.derby.shared.api.DerbyModuleAPI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.model.Client;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.AuditCheck;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;

/**
 * A colleague with SQL access who knows the chain's algorithm and reads the key in the database: he can make the
 * hash links whole again, so the check at open passes, but he cannot compute the MACs of events written before he
 * read the key, so the privacy officer's key (taken earlier) finds the change. What he appends with the key he read
 * is his own event, and a back-dated one is found by its time.
 */
public class AuditChainForgeryTest {

    @TempDir
    Path temp;

    private String officerKey;
    private long edited;

    private Path filled() {
        Path db = temp.resolve("db");
        Client client = Fixtures.richClient("Kees de Boer");
        try (ConversationStore store = Stores.openEmbedded(db)) {
            officerKey = store.auditKey(); // the privacy officer takes the key first
            store.saveClient(client);
            for (int i = 0; i < 3; i++) {
                store.audit(AuditAction.EXPORT, client.getId(), null, "pdf naar verslag-" + i + ".pdf");
            }
        }
        return db;
    }

    private static Connection connect(Path db) throws Exception {
        Class<?> driverClass = Class.forName("org.apache.derby.iapi.jdbc.AutoloadedDriver", true,
                DerbyModuleAPI.class.getClassLoader());
        Driver driver = (Driver) driverClass.getDeclaredConstructor().newInstance();
        Connection c = driver.connect("jdbc:derby:" + db.toAbsolutePath().normalize(), new Properties());
        c.setAutoCommit(true);
        return c;
    }

    private record Row(long id, Timestamp time, String user, String action, String client, String object,
            long position, String digest, String mac) {
    }

    private static List<Row> rows(Connection c) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, event_time, user_name, action, client_id, object_id, chain_pos, detail_digest, chain_mac"
                        + " FROM audit_event ORDER BY id")) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getTimestamp(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9)));
            }
        }
        return rows;
    }

    @Test
    void reLinkingAnEditedEventFoolsTheOpenCheckButNotTheOfficersKey() throws Exception {
        Path db = filled();
        try (ConversationStore store = Stores.openEmbedded(db); Connection c = connect(db)) {
            c.createStatement().execute("DROP TRIGGER audit_event_no_update");
            List<Row> rows = rows(c);
            String link = "0".repeat(64);
            for (Row row : rows) {
                String user = row.action().equals("EXPORT") && edited == 0 ? "iemand anders" : row.user();
                if (!user.equals(row.user())) {
                    edited = row.id();
                }
                link = AuditChain.link(link, AuditChain.fields(row.position(), row.time(), user, row.action(),
                        row.client(), row.object(), row.digest()), row.mac());
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE audit_event SET user_name = ?, chain_link = ? WHERE id = ?")) {
                    s.setString(1, user);
                    s.setString(2, link);
                    s.setLong(3, row.id());
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE audit_chain SET last_link = ?")) {
                s.setString(1, link);
                s.executeUpdate();
            }
        }
        try (ConversationStore store = Stores.openEmbedded(db)) {
            assertTrue(store.auditCheckAtOpen().intact(), "the links alone cannot tell");
            AuditCheck keyed = store.verifyAudit(officerKey);
            assertFalse(keyed.intact());
            assertEquals(Long.valueOf(edited), keyed.brokenEventId());
            assertEquals(Messages.Audit_macBroken, keyed.problem());
        }
    }

    @Test
    void aBackDatedEventAppendedWithTheKeyInTheDatabaseIsFoundByItsTime() throws Exception {
        Path db = filled();
        long forged;
        try (ConversationStore store = Stores.openEmbedded(db); Connection c = connect(db)) {
            AuditChain.Head head = AuditChain.read(c, Sql.DERBY);
            Timestamp then = Timestamp.valueOf("2024-01-15 09:30:00");
            AuditChain.Values values = AuditChain.values(head, then, "j.bakker", "OPEN", "iemand", null, null);
            try (PreparedStatement s = c.prepareStatement(Sql.DERBY.insertAuditEvent())) {
                s.setTimestamp(1, then);
                s.setString(2, "j.bakker");
                s.setString(3, "OPEN");
                s.setString(4, "iemand");
                s.setString(5, null);
                s.setString(6, null);
                s.setLong(7, values.position());
                s.setString(8, values.detailDigest());
                s.setString(9, values.mac());
                s.setString(10, values.link());
                s.executeUpdate();
            }
            AuditChain.store(c, Sql.DERBY, AuditChain.next(head, values));
            forged = rows(c).get(rows(c).size() - 1).id();
        }
        try (ConversationStore store = Stores.openEmbedded(db)) {
            for (AuditCheck check : List.of(store.auditCheckAtOpen(), store.verifyAudit(officerKey))) {
                assertFalse(check.intact());
                assertEquals(Long.valueOf(forged), check.brokenEventId());
                assertTrue(check.problem().contains("2024-01-15T09:30"), check.problem());
            }
        }
    }
}
