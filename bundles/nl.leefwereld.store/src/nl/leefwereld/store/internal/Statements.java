// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The prepared statements of one transaction, each prepared once and reused for every row (a bulk write of
 * thousands of objects prepares a statement once, not once per object). Closed at the end of the transaction.
 */
final class Statements implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Statements.class.getName());

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Statements(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** The statement for this SQL, prepared on first use. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement s = prepared.get(sql);
        if (s == null) {
            s = connection.prepareStatement(sql);
            prepared.put(sql, s);
        }
        return s;
    }

    /** Runs a one-id update with the cached statement. */
    int update(String sql, String id) throws SQLException {
        PreparedStatement s = get(sql);
        s.setString(1, id);
        return s.executeUpdate();
    }

    @Override
    public void close() {
        for (PreparedStatement s : prepared.values()) {
            try {
                s.close();
            } catch (SQLException e) {
                LOG.log(Level.DEBUG, "Closing a statement failed", e); //$NON-NLS-1$
            }
        }
        prepared.clear();
    }
}
