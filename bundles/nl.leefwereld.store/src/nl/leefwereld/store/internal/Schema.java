// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;

/**
 * The ordered list of migrations and the code that applies them. To change the schema, append a migration to
 * {@link #MIGRATIONS}; never edit one that has been released.
 */
public final class Schema {

    /** Longest id the tables accept. */
    public static final int ID_LENGTH = 128;

    private static final String ID = "VARCHAR(" + ID_LENGTH + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    private static final String NAME = "VARCHAR(4000)"; //$NON-NLS-1$
    private static final String LONG_TEXT = "VARCHAR(32672)"; //$NON-NLS-1$

    /** Migration 1: the first schema. Derby also creates a backing index for every foreign key. */
    private static final List<String> SCHEMA_1 = List.of(
            "CREATE TABLE professional (id " + ID + " NOT NULL PRIMARY KEY, name " + NAME + ", organisation " + NAME //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + ", job_function " + NAME + ")", //$NON-NLS-1$ //$NON-NLS-2$
            "CREATE TABLE client (id " + ID + " NOT NULL PRIMARY KEY, display_name " + NAME + ", pseudonym " + NAME //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + ", version INTEGER NOT NULL DEFAULT 0, updated_at TIMESTAMP)", //$NON-NLS-1$
            "CREATE TABLE client_attribute (row_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, client_id " + ID //$NON-NLS-1$
                    + " NOT NULL REFERENCES client (id), seq INTEGER NOT NULL, name " + NAME + ", attr_value " //$NON-NLS-1$ //$NON-NLS-2$
                    + LONG_TEXT + ")", //$NON-NLS-1$
            "CREATE INDEX client_attribute_client_seq ON client_attribute (client_id, seq)", //$NON-NLS-1$
            "CREATE TABLE consent (row_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, client_id " + ID //$NON-NLS-1$
                    + " NOT NULL REFERENCES client (id), seq INTEGER NOT NULL, purpose " + LONG_TEXT //$NON-NLS-1$
                    + ", given BOOLEAN NOT NULL, consent_date TIMESTAMP)", //$NON-NLS-1$
            "CREATE INDEX consent_client_seq ON consent (client_id, seq)", //$NON-NLS-1$
            "CREATE TABLE trajectory (id " + ID + " NOT NULL PRIMARY KEY, client_id " + ID //$NON-NLS-1$ //$NON-NLS-2$
                    + " NOT NULL REFERENCES client (id), seq INTEGER NOT NULL, title " + NAME + ", kind " + NAME //$NON-NLS-1$ //$NON-NLS-2$
                    + ", change_goal " + LONG_TEXT + ", start_date TIMESTAMP)", //$NON-NLS-1$ //$NON-NLS-2$
            "CREATE INDEX trajectory_client_seq ON trajectory (client_id, seq)", //$NON-NLS-1$
            "CREATE TABLE conversation (id " + ID + " NOT NULL PRIMARY KEY, trajectory_id " + ID //$NON-NLS-1$ //$NON-NLS-2$
                    + " NOT NULL REFERENCES trajectory (id), title " + NAME + ", conversation_date TIMESTAMP, kind VARCHAR(64)" //$NON-NLS-1$ //$NON-NLS-2$
                    + ", lang VARCHAR(64), version INTEGER NOT NULL DEFAULT 0, updated_at TIMESTAMP)", //$NON-NLS-1$
            "CREATE INDEX conversation_trajectory_date ON conversation (trajectory_id, conversation_date)", //$NON-NLS-1$
            "CREATE TABLE participant (conversation_id " + ID + " NOT NULL REFERENCES conversation (id), id " + ID //$NON-NLS-1$ //$NON-NLS-2$
                    + " NOT NULL, seq INTEGER NOT NULL, name " + NAME + ", participant_role VARCHAR(64), professional_id " + ID //$NON-NLS-1$ //$NON-NLS-2$
                    + " REFERENCES professional (id), PRIMARY KEY (conversation_id, id))", //$NON-NLS-1$
            "CREATE INDEX participant_conversation_seq ON participant (conversation_id, seq)", //$NON-NLS-1$
            "CREATE TABLE utterance (conversation_id " + ID + " NOT NULL REFERENCES conversation (id), id " + ID //$NON-NLS-1$ //$NON-NLS-2$
                    + " NOT NULL, seq INTEGER NOT NULL, speaker_id " + ID + ", utterance_text CLOB, start_millis BIGINT" //$NON-NLS-1$ //$NON-NLS-2$
                    + ", end_millis BIGINT, PRIMARY KEY (conversation_id, id)" //$NON-NLS-1$
                    + ", FOREIGN KEY (conversation_id, speaker_id) REFERENCES participant (conversation_id, id))", //$NON-NLS-1$
            "CREATE INDEX utterance_conversation_seq ON utterance (conversation_id, seq)", //$NON-NLS-1$
            "CREATE TABLE annotation (conversation_id " + ID + " NOT NULL REFERENCES conversation (id), id " + ID //$NON-NLS-1$ //$NON-NLS-2$
                    + " NOT NULL, seq INTEGER NOT NULL, utterance_id " + ID + ", span_start INTEGER, span_end INTEGER" //$NON-NLS-1$ //$NON-NLS-2$
                    + ", method_id " + NAME + ", code_id " + NAME + ", coder " + NAME + ", origin VARCHAR(64)" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + ", confidence DOUBLE, reason " + LONG_TEXT + ", note " + LONG_TEXT //$NON-NLS-1$ //$NON-NLS-2$
                    + ", PRIMARY KEY (conversation_id, id)" //$NON-NLS-1$
                    + ", FOREIGN KEY (conversation_id, utterance_id) REFERENCES utterance (conversation_id, id))", //$NON-NLS-1$
            "CREATE INDEX annotation_conversation_seq ON annotation (conversation_id, seq)", //$NON-NLS-1$
            "CREATE INDEX annotation_method_code ON annotation (method_id, code_id)", //$NON-NLS-1$
            "CREATE TABLE note (row_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id " + ID //$NON-NLS-1$
                    + ", client_id " + ID + " REFERENCES client (id), conversation_id " + ID //$NON-NLS-1$ //$NON-NLS-2$
                    + " REFERENCES conversation (id), seq INTEGER NOT NULL, note_text CLOB, author " + NAME //$NON-NLS-1$
                    + ", created TIMESTAMP)", //$NON-NLS-1$
            "CREATE INDEX note_client_seq ON note (client_id, seq)", //$NON-NLS-1$
            "CREATE INDEX note_conversation_seq ON note (conversation_id, seq)", //$NON-NLS-1$
            // Objects of method packages the store does not know, as XMI; references to other objects are ids.
            "CREATE TABLE extension_object (row_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY" //$NON-NLS-1$
                    + ", client_id " + ID + " REFERENCES client (id), conversation_id " + ID //$NON-NLS-1$ //$NON-NLS-2$
                    + " REFERENCES conversation (id), feature VARCHAR(255) NOT NULL, pos INTEGER NOT NULL, object_id " //$NON-NLS-1$
                    + ID + ", ns_uri " + NAME + ", class_name VARCHAR(255), xmi CLOB NOT NULL)", //$NON-NLS-1$ //$NON-NLS-2$
            "CREATE INDEX extension_object_client ON extension_object (client_id, feature, pos)", //$NON-NLS-1$
            "CREATE INDEX extension_object_conversation ON extension_object (conversation_id, feature, pos)"); //$NON-NLS-1$

    /**
     * Migration 2 (issue #9): the audit log, append-only through triggers (an UPDATE or DELETE makes the trigger
     * insert NULL into {@code audit_guard.audit_log_is_append_only}, which fails and undoes the statement; the one allowed update
     * replaces the ids of an erased client's events by {@code sha256:} hashes and empties the detail), and the
     * retention periods per trajectory kind.
     */
    private static final List<String> SCHEMA_2 = List.of(
            "CREATE TABLE audit_event (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, event_time TIMESTAMP NOT NULL" //$NON-NLS-1$
                    + ", user_name VARCHAR(255) NOT NULL, action VARCHAR(32) NOT NULL, client_id " + ID + ", object_id " //$NON-NLS-1$ //$NON-NLS-2$
                    + ID + ", detail " + NAME + ")", //$NON-NLS-1$ //$NON-NLS-2$
            "CREATE INDEX audit_event_client ON audit_event (client_id)", //$NON-NLS-1$
            "CREATE TABLE audit_guard (audit_log_is_append_only INTEGER NOT NULL)", //$NON-NLS-1$
            "CREATE TRIGGER audit_event_no_delete AFTER DELETE ON audit_event FOR EACH ROW" //$NON-NLS-1$
                    + " INSERT INTO audit_guard (audit_log_is_append_only) VALUES (NULL)", //$NON-NLS-1$
            "CREATE TRIGGER audit_event_no_update AFTER UPDATE ON audit_event REFERENCING OLD AS o NEW AS n FOR EACH ROW" //$NON-NLS-1$
                    + " WHEN (NOT (n.client_id LIKE 'sha256:%' AND (o.client_id IS NULL OR o.client_id NOT LIKE 'sha256:%')" //$NON-NLS-1$
                    + " AND (n.object_id IS NULL OR n.object_id LIKE 'sha256:%') AND n.detail IS NULL" //$NON-NLS-1$
                    + " AND n.event_time = o.event_time AND n.user_name = o.user_name AND n.action = o.action))" //$NON-NLS-1$
                    + " INSERT INTO audit_guard (audit_log_is_append_only) VALUES (NULL)", //$NON-NLS-1$
            "CREATE TABLE retention_period (trajectory_kind VARCHAR(255) NOT NULL PRIMARY KEY, months INTEGER NOT NULL)"); //$NON-NLS-1$

    /**
     * The anonymisation of an erased client's events may keep the detail of EXPORT events (what was exported where,
     * with the client's names taken out); every other detail must still become NULL.
     */
    private static final List<String> SCHEMA_3 = List.of(
            "DROP TRIGGER audit_event_no_update", //$NON-NLS-1$
            "CREATE TRIGGER audit_event_no_update AFTER UPDATE ON audit_event REFERENCING OLD AS o NEW AS n FOR EACH ROW" //$NON-NLS-1$
                    + " WHEN (NOT (n.client_id LIKE 'sha256:%' AND (o.client_id IS NULL OR o.client_id NOT LIKE 'sha256:%')" //$NON-NLS-1$
                    + " AND (n.object_id IS NULL OR n.object_id LIKE 'sha256:%')" //$NON-NLS-1$
                    + " AND (n.detail IS NULL OR o.action = 'EXPORT')" //$NON-NLS-1$
                    + " AND n.event_time = o.event_time AND n.user_name = o.user_name AND n.action = o.action))" //$NON-NLS-1$
                    + " INSERT INTO audit_guard (audit_log_is_append_only) VALUES (NULL)"); //$NON-NLS-1$

    /**
     * Migration 4 (issue #18): memos on a client, a conversation, an utterance, a span or a code (a row belongs to a
     * client or to a conversation, like a note), and the flag of a coded span whose text was deleted by an edit.
     * Plain portable types only.
     */
    private static final List<String> SCHEMA_4 = List.of(
            "CREATE TABLE memo (row_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id " + ID //$NON-NLS-1$
                    + ", client_id " + ID + " REFERENCES client (id), conversation_id " + ID //$NON-NLS-1$ //$NON-NLS-2$
                    + " REFERENCES conversation (id), seq INTEGER NOT NULL, utterance_id " + ID //$NON-NLS-1$
                    + ", span_start INTEGER, span_end INTEGER, method_id " + NAME + ", code_id " + NAME //$NON-NLS-1$ //$NON-NLS-2$
                    + ", title " + NAME + ", memo_text CLOB, author " + NAME //$NON-NLS-1$ //$NON-NLS-2$
                    + ", created TIMESTAMP, modified TIMESTAMP)", //$NON-NLS-1$
            "CREATE INDEX memo_client_seq ON memo (client_id, seq)", //$NON-NLS-1$
            "CREATE INDEX memo_conversation_seq ON memo (conversation_id, seq)", //$NON-NLS-1$
            "ALTER TABLE annotation ADD COLUMN span_detached INTEGER DEFAULT 0 NOT NULL"); //$NON-NLS-1$

    /**
     * Migration 5 (issue #19): codes of a method's codebook kept in the store, e.g. those of an imported REFI-QDA
     * project that no coding uses, so an export writes them again.
     */
    private static final List<String> SCHEMA_5 = List.of(
            "CREATE TABLE codebook_entry (row_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, method_id " + NAME //$NON-NLS-1$
                    + " NOT NULL, seq INTEGER NOT NULL, code_id " + NAME + " NOT NULL, name " + NAME + ", description " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + LONG_TEXT + ", colour VARCHAR(32))", //$NON-NLS-1$
            "CREATE INDEX codebook_entry_method_seq ON codebook_entry (method_id, seq)"); //$NON-NLS-1$

    /** Every migration, in order. Append new ones at the end. */
    public static final List<Migration> MIGRATIONS = List.of(
            new SqlMigration(1, "Initial schema: clients, trajectories, conversations, utterances, annotations", //$NON-NLS-1$
                    SCHEMA_1),
            new SqlMigration(2, "Audit log (append-only) and retention periods", SCHEMA_2), //$NON-NLS-1$
            new SqlMigration(3, "Erasure keeps what an export event says, without the client's data", SCHEMA_3), //$NON-NLS-1$
            new SqlMigration(4, "Memos; coded spans whose text was deleted", SCHEMA_4), //$NON-NLS-1$
            new SqlMigration(5, "Codebook entries kept in the store (codes of imported projects)", SCHEMA_5), //$NON-NLS-1$
            new AttributeSetMigration(),
            new AuditChainMigration());

    private Schema() {
    }

    /** The version this code writes. */
    public static int latestVersion() {
        return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
    }

    /** The version of the database, 0 when it has no schema yet. */
    public static int currentVersion(Connection connection) throws SQLException {
        return currentVersion(connection, Sql.DERBY);
    }

    /** The version of the database in this dialect, 0 when it has no schema yet. */
    public static int currentVersion(Connection connection, Sql sql) throws SQLException {
        if (!sql.versionTableExists(connection)) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT MAX(version) FROM schema_version")) { //$NON-NLS-1$
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Applies the migrations the database lacks, each in its own transaction. Connection must have autocommit
     * off. Returns the version before.
     */
    public static int migrate(Connection connection, MigrationFailure onFailure) throws SQLException {
        return migrate(connection, Sql.DERBY, onFailure);
    }

    /** {@link #migrate(Connection, MigrationFailure)} in this dialect (the DDL translated, see {@link Sql#ddl}). */
    public static int migrate(Connection connection, Sql sql, MigrationFailure onFailure) throws SQLException {
        if (!sql.versionTableExists(connection)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY" //$NON-NLS-1$
                        + ", description VARCHAR(1000), applied_at TIMESTAMP NOT NULL)"); //$NON-NLS-1$
            }
            connection.commit();
        }
        int before = currentVersion(connection, sql);
        for (Migration migration : MIGRATIONS) {
            if (migration.version() <= before) {
                continue;
            }
            try {
                migration.apply(connection, sql);
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) { //$NON-NLS-1$
                    insert.setInt(1, migration.version());
                    insert.setString(2, migration.description());
                    insert.setTimestamp(3, new Timestamp(System.currentTimeMillis()));
                    insert.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                onFailure.failed(migration, e);
            }
        }
        return before;
    }

    /** Called when a migration fails (after rollback); expected to throw. */
    @FunctionalInterface
    public interface MigrationFailure {
        void failed(Migration migration, Exception cause);
    }

    /**
     * Migration 6 (issue #22): a client's attributes in one row ({@code client_attribute_set}, encoded by
     * {@link ClientRows#encodeAttributes}) instead of one row per attribute, so an import of 30,000 clients with 20
     * attributes writes 30,000 rows, not 600,000. The rows of {@code client_attribute} move over (grouped per client,
     * in their order) and the table is dropped.
     */
    private static final class AttributeSetMigration implements Migration {
        @Override
        public int version() {
            return 6;
        }

        @Override
        public String description() {
            return "Client attributes in one row per client (client_attribute_set)"; //$NON-NLS-1$
        }

        @Override
        public java.util.Set<String> tablesChanged() {
            return java.util.Set.of("CLIENT_ATTRIBUTE", "CLIENT_ATTRIBUTE_SET"); //$NON-NLS-1$ //$NON-NLS-2$
        }

        @Override
        public void apply(Connection connection) throws SQLException {
            apply(connection, Sql.DERBY);
        }

        @Override
        public void apply(Connection connection, Sql dialect) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                for (String translated : dialect.ddl("CREATE TABLE client_attribute_set (client_id " + ID //$NON-NLS-1$
                        + " NOT NULL PRIMARY KEY REFERENCES client (id), attribute_count INTEGER NOT NULL" //$NON-NLS-1$
                        + ", attributes CLOB NOT NULL)")) { //$NON-NLS-1$
                    statement.execute(translated);
                }
            }
            try (Statement read = connection.createStatement();
                    ResultSet rs = read.executeQuery(
                            "SELECT client_id, seq, name, attr_value FROM client_attribute ORDER BY client_id, seq"); //$NON-NLS-1$
                    PreparedStatement insert = connection.prepareStatement(dialect.insertClientAttributes())) {
                String client = null;
                List<ClientRows.Attribute> attributes = new java.util.ArrayList<>();
                int batched = 0;
                while (true) {
                    boolean more = rs.next();
                    String id = more ? rs.getString(1) : null;
                    if (client != null && (!more || !client.equals(id))) {
                        ClientRows.bindAttributeSet(insert, client, attributes);
                        insert.addBatch();
                        attributes.clear();
                        if (++batched % 1000 == 0) {
                            insert.executeBatch();
                        }
                    }
                    if (!more) {
                        break;
                    }
                    client = id;
                    attributes.add(new ClientRows.Attribute(rs.getInt(2), rs.getString(3), rs.getString(4)));
                }
                insert.executeBatch();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE client_attribute"); //$NON-NLS-1$
            }
        }
    }

    private record SqlMigration(int version, String description, List<String> statements) implements Migration {
        @Override
        public void apply(Connection connection) throws SQLException {
            apply(connection, Sql.DERBY);
        }

        @Override
        public void apply(Connection connection, Sql dialect) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    for (String translated : dialect.ddl(sql)) {
                        statement.execute(translated);
                    }
                }
            }
        }
    }
}
