// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.store.IntegrityReport;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;

/**
 * The store in an organisation's PostgreSQL database: the same row classes and statements as the Derby store
 * (dialect {@link PostgresSql}, tables in schema {@value PostgresSql#SCHEMA}); what depends on Derby's files
 * differs: erasure leaves vacuuming to the server, a backup is the server's (pg_dump, the organisation's own
 * backups), and the integrity check counts rows per table.
 */
public final class PostgresConversationStore extends DerbyConversationStore {

    private PostgresConversationStore(Transactions tx) {
        super(tx);
    }

    /**
     * Connects as {@code user}, uses the application's schema and migrates it when it is behind and the user may
     * (the schema's owner: {@code admin init}); a user who may not gets a message naming the administrator's
     * command. The audit log names {@code user} unless the options name someone.
     */
    public static PostgresConversationStore open(String url, String user, char[] password, StoreOptions options) {
        PostgresEngine.Address address = PostgresEngine.parse(url);
        Connection connection = PostgresEngine.connect(address, user, password);
        String name = address.toString();
        PostgresConversationStore store = new PostgresConversationStore(
                new Transactions(null, name, null, connection, PostgresEngine.withAuditUser(options, user), PostgresSql.POSTGRES));
        try {
            if (!PostgresEngine.schemaExists(connection)) {
                PostgresEngine.createSchema(connection);
            }
            PostgresEngine.useApplicationSchema(connection);
            int version = Schema.currentVersion(connection, PostgresSql.POSTGRES);
            if (version > Schema.latestVersion()) {
                throw new StoreException(
                        NLS.bind(Messages.Store_newerSchema, new Object[] { name, version, Schema.latestVersion() }));
            }
            if (version < Schema.latestVersion() && !PostgresEngine.mayCreate(connection)) {
                throw new StoreException(NLS.bind(Messages.Store_serverSchemaBehind,
                        new Object[] { name, user, version, Schema.latestVersion() }));
            }
            connection.setAutoCommit(false);
            if (version < Schema.latestVersion()) {
                Schema.migrate(connection, PostgresSql.POSTGRES, (migration, cause) -> {
                    throw new StoreException(NLS.bind(Messages.Store_migrationFailed,
                            new Object[] { name, migration.version(), DerbyEngine.describe(cause) }), cause);
                });
            }
            // tamper evidence (#20), as in the embedded store: checked when first asked (auditCheckAtOpen, #22)
            return store;
        } catch (SQLException e) {
            store.close();
            if ("42501".equals(e.getSQLState())) { //$NON-NLS-1$ insufficient privilege (no schema, no CREATE)
                throw new StoreException(NLS.bind(Messages.Store_serverSchemaBehind,
                        new Object[] { name, user, 0, Schema.latestVersion() }), e);
            }
            throw new StoreException(NLS.bind(Messages.Store_cannotOpen, name, DerbyEngine.describe(e)), e);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    @Override
    public Path backup(Path backupFolder) {
        throw new StoreException(NLS.bind(Messages.Store_serverBackup, location()));
    }

    @Override
    public IntegrityReport checkIntegrity() {
        return transactions().read(PostgresConversationStore::countRows);
    }

    /** Rows per application table (upper case, as Derby names them), every table readable. */
    private static IntegrityReport countRows(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(PostgresSql.POSTGRES.applicationTables());
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> rows = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String table : tables) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                rs.next();
                rows.put(table.toUpperCase(java.util.Locale.ROOT), rs.getLong(1));
            }
        }
        return new IntegrityReport(tables.size(), rows, false, 0, problems);
    }
}
