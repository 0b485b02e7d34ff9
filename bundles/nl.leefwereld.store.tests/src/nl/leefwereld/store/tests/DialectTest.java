// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Client;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.internal.PostgresSql;
import nl.leefwereld.store.internal.Sql;
import nl.leefwereld.testsupport.Fixtures;

/**
 * A migration written once in the portable SQL of {@link nl.leefwereld.store.internal.Schema} (VARCHAR, INTEGER,
 * BIGINT, TIMESTAMP, CLOB, DOUBLE, BOOLEAN, identity columns, a Derby row trigger, renames) runs unchanged on the
 * engine, through the dialect's translation.
 */
class DialectTest extends StoreTestBase {

    /** What a helper adding a migration would write (Derby's SQL). */
    static final List<String> FUTURE_MIGRATION = List.of(
            "CREATE TABLE supervision_note (row_id BIGINT GENERATED ALWAYS AS IDENTITY (START WITH 1, INCREMENT BY 1) PRIMARY KEY"
                    + ", client_id VARCHAR(128) NOT NULL REFERENCES client (id), seq INTEGER NOT NULL, written TIMESTAMP"
                    + ", body CLOB, score DOUBLE, done BOOLEAN NOT NULL, words BIGINT)",
            "CREATE INDEX supervision_note_client ON supervision_note (client_id, seq)",
            "ALTER TABLE supervision_note ADD COLUMN remark CLOB",
            "RENAME COLUMN supervision_note.words TO word_count", // before the trigger: Derby's depends on every column
            "CREATE TABLE supervision_guard (supervision_is_final INTEGER NOT NULL)",
            "CREATE TRIGGER supervision_no_update AFTER UPDATE ON supervision_note REFERENCING OLD AS o NEW AS n FOR EACH ROW"
                    + " WHEN (n.done <> o.done AND o.body LIKE 'final:%') INSERT INTO supervision_guard (supervision_is_final) VALUES (NULL)");

    private Sql dialect() {
        return postgres() ? PostgresSql.POSTGRES : Sql.DERBY;
    }

    @Test
    void aMigrationInPortableSqlRunsAndItsTriggerGuards() throws Exception {
        Path db = temp.resolve("db");
        Client client = Fixtures.richClient("Dialect");
        try (ConversationStore store = open(db)) {
            store.saveClient(client);
        }
        try (Jdbc jdbc = jdbc(db)) {
            jdbc.connection().setAutoCommit(true);
            try (Statement s = jdbc.connection().createStatement()) {
                for (String statement : FUTURE_MIGRATION) {
                    for (String translated : dialect().ddl(statement)) {
                        s.execute(translated);
                    }
                }
            }
            Timestamp written = Timestamp.valueOf("2026-03-01 09:30:00");
            String body = "final: ".repeat(2000); // longer than any VARCHAR Derby has
            try (PreparedStatement s = jdbc.connection().prepareStatement(
                    "INSERT INTO supervision_note (client_id, seq, written, body, score, done, word_count, remark) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, client.getId());
                s.setInt(2, 0);
                s.setTimestamp(3, written);
                s.setString(4, body);
                s.setDouble(5, 0.75);
                s.setBoolean(6, false);
                s.setLong(7, 12_345_678_901L);
                s.setNull(8, dialect().nullType(java.sql.Types.CLOB));
                s.executeUpdate();
            }
            try (Statement s = jdbc.connection().createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT row_id, written, body, score, done, word_count, remark FROM supervision_note")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getLong(1));
                assertEquals(written, rs.getTimestamp(2));
                assertEquals(body, rs.getString(3));
                assertEquals(0.75, rs.getDouble(4));
                assertFalse(rs.getBoolean(5));
                assertEquals(12_345_678_901L, rs.getLong(6));
                assertEquals(null, rs.getString(7));
            }
            // the trigger: changing 'done' of a final note is refused, other updates pass
            jdbc.update("UPDATE supervision_note SET score = 0.5");
            SQLException refused = assertThrows(SQLException.class,
                    () -> jdbc.update("UPDATE supervision_note SET done = TRUE"));
            assertTrue(refused.getMessage().toUpperCase().contains("SUPERVISION_IS_FINAL"), refused.getMessage());
            assertEquals(0, jdbc.count("SELECT COUNT(*) FROM supervision_note WHERE done = TRUE"));
            // and dropping it (Derby's DROP TRIGGER has no table) lets the update through
            try (Statement s = jdbc.connection().createStatement()) {
                for (String translated : dialect().ddl("DROP TRIGGER supervision_no_update")) {
                    s.execute(translated);
                }
            }
            jdbc.update("UPDATE supervision_note SET done = TRUE");
            assertEquals(1, jdbc.count("SELECT COUNT(*) FROM supervision_note WHERE done = TRUE"));
        }
    }

    @Test
    void typesAreTranslatedOutsideQuotesOnly() {
        assertEquals(List.of("CREATE TABLE t (a TEXT, b DOUBLE PRECISION, c BYTEA, d TEXT, e VARCHAR(10), f DOUBLE PRECISION, g TEXT DEFAULT 'CLOB DOUBLE')"),
                PostgresSql.POSTGRES.ddl("CREATE TABLE t (a CLOB, b DOUBLE, c BLOB(2M), d LONG VARCHAR, e VARCHAR(10), f DOUBLE PRECISION, g CLOB DEFAULT 'CLOB DOUBLE')"));
        assertEquals(List.of("ALTER TABLE a RENAME TO b"), PostgresSql.POSTGRES.ddl("RENAME TABLE a TO b"));
        assertEquals(List.of("CREATE TABLE t (a CLOB)"), Sql.DERBY.ddl("CREATE TABLE t (a CLOB)"));
    }
}
