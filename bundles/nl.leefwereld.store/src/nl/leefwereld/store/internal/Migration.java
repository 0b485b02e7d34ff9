// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** One step of the schema's history. Applied once, in its own transaction, recorded in {@code schema_version}. */
public interface Migration {

    /** 1, 2, 3, … without gaps. */
    int version();

    String description();

    void apply(Connection connection) throws SQLException;

    /** Applies the migration in this dialect; a migration of SQL statements has them translated ({@link Sql#ddl}). */
    default void apply(Connection connection, Sql sql) throws SQLException {
        apply(connection);
    }

    /**
     * The tables (upper case) whose rows this migration adds, moves or removes, beyond its own row in
     * {@code schema_version}: a restore of a backup made before it cannot compare their rows with the backup's
     * manifest, and leaves them out of that comparison (Derby's table check still covers them).
     */
    default java.util.Set<String> tablesChanged() {
        return java.util.Set.of();
    }
}
