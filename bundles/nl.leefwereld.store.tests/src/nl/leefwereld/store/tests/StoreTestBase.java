// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;
import nl.leefwereld.store.internal.PostgresSql;
import nl.leefwereld.testsupport.PostgresServer;

/**
 * The engine a store test runs against. A test names its database by a folder under {@link #temp}; on Derby that is
 * the embedded database's folder, on PostgreSQL (the {@code …PostgresTest} subclasses, {@link #postgres()} true) a
 * fresh database of the test cluster ({@link PostgresServer}) stands for it, the store connecting as the cluster's
 * administrator (who owns and migrates the schema). Same tests, same assertions, both engines.
 */
abstract class StoreTestBase {

    @TempDir
    Path temp;

    /** The PostgreSQL database standing for each folder this test used. */
    private final Map<Path, String> databases = new HashMap<>();

    /** Whether this run is against PostgreSQL. */
    boolean postgres() {
        return false;
    }

    /** The store of this folder, as {@link Stores#openEmbedded(Path)} opens it (password from the environment). */
    ConversationStore open(Path db) {
        return postgres() ? open(db, StoreOptions.defaults()) : Stores.openEmbedded(db);
    }

    ConversationStore open(Path db, StoreOptions options) {
        if (!postgres()) {
            return Stores.openEmbedded(db, options);
        }
        return Stores.openServer(url(db), PostgresServer.SUPERUSER, PostgresServer.superuserPassword().toCharArray(),
                options);
    }

    /** The PostgreSQL address standing for this folder (a new database on first use). */
    String url(Path db) {
        return PostgresServer.shared().url(database(db));
    }

    String database(Path db) {
        return databases.computeIfAbsent(db.toAbsolutePath().normalize(), d -> PostgresServer.shared().createDatabase());
    }

    /** What {@link ConversationStore#location()} says for this folder. */
    String location(Path db) {
        if (!postgres()) {
            return db.toAbsolutePath().normalize().toString();
        }
        return url(db);
    }

    /** The user the audit log names when the options name none. */
    String defaultAuditUser() {
        return postgres() ? PostgresServer.SUPERUSER : System.getProperty("user.name");
    }

    /** Direct SQL on the store's tables (autocommit on), to check what the store wrote. */
    Jdbc jdbc(Path db) throws Exception {
        if (!postgres()) {
            return new Jdbc(db);
        }
        Connection c = PostgresServer.shared().connectAsSuperuser(database(db));
        try (Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + PostgresSql.SCHEMA);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return new Jdbc(c);
    }

    /**
     * A database without schema for this folder, as an older version of the program starts it (Derby: created
     * here; PostgreSQL: the application's schema created empty); the connection's autocommit is on.
     */
    Jdbc creating(Path db) throws Exception {
        if (!postgres()) {
            return Jdbc.creating(db);
        }
        Jdbc jdbc = jdbc(db);
        jdbc.update("CREATE SCHEMA IF NOT EXISTS " + PostgresSql.SCHEMA);
        return jdbc;
    }

    /** Lets go of a database {@link #creating} made (Derby shuts it down; a server database stays). */
    void shutdown(Path db) throws Exception {
        if (!postgres()) {
            Jdbc.shutdown(db);
        }
    }

    /** The statement dropping one of Derby's triggers (or its translation) on a table. */
    String dropTrigger(String name, String table) {
        return postgres() ? "DROP TRIGGER " + name + " ON " + table : "DROP TRIGGER " + name;
    }
}
