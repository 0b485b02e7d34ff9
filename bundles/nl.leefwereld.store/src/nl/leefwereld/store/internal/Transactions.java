// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;

/**
 * The transaction façade of the store: one connection, calls serialised, every {@link #read} and {@link #write}
 * one transaction (autocommit off, rollback on any failure, Derby's failures explained). The row classes get a
 * {@link Connection} only inside a {@link Work}; they never commit themselves.
 */
final class Transactions {

    private static final System.Logger LOG = System.getLogger(Transactions.class.getName());

    /** Work inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** The database folder (embedded), or null (remote). */
    private final Path folder;
    /** The folder or the URL, for messages. */
    private final String location;
    private final String url;
    private final Driver driver;
    private final StoreOptions options;
    /** The dialect of the database behind the connection (never looked up from its metadata per call). */
    private final Sql sql;
    private Connection connection;
    /** The connection's prepared statements, reused across transactions; closed with the connection. */
    private StatementCache statements;

    Transactions(Path folder, String url, Driver driver, Connection connection, StoreOptions options, Sql sql) {
        this.folder = folder;
        this.location = folder != null ? folder.toString() : url;
        this.url = url;
        this.driver = driver;
        this.connection = connection;
        this.options = options;
        this.sql = sql;
        this.statements = new StatementCache(connection);
    }

    /** The dialect of this database. */
    Sql sql() {
        return sql;
    }

    /** The statement cache of the connection (for tests). */
    synchronized StatementCache statements() {
        return statements;
    }

    /** The database folder of an embedded database, null for a remote one. */
    Path folder() {
        return folder;
    }

    String location() {
        return location;
    }

    String url() {
        return url;
    }

    StoreOptions options() {
        return options;
    }

    /** The open connection (for work that manages its own commits, such as a backup); fails when closed. */
    Connection connection() {
        if (connection == null) {
            throw new StoreException(NLS.bind(Messages.Store_closed, location));
        }
        return connection;
    }

    /** The connection as the work sees it: its prepared statements come from (and go back to) the cache. */
    private Connection workConnection() {
        connection();
        return statements.connection();
    }

    synchronized <T> T read(Work<T> work) {
        Connection c = workConnection();
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException e) {
            rollback(c);
            throw new StoreException(NLS.bind(Messages.Store_readFailed, location, describe(e)), e);
        } catch (RuntimeException e) {
            rollback(c);
            throw e;
        }
    }

    /** Runs the work and commits; on failure rolls back and throws a {@link StoreException} with {@code failure}. */
    synchronized void write(Work<?> work, Function<String, String> failure) {
        Connection c = workConnection();
        try {
            work.run(c);
            c.commit();
        } catch (StoreException e) {
            rollback(c);
            throw e;
        } catch (SQLException | RuntimeException e) {
            rollback(c);
            throw new StoreException(failure.apply(explainWrite(e)), e);
        }
    }

    /** How often {@link #writeRetrying} tries. */
    private static final int ATTEMPTS = 5;

    /**
     * As {@link #write}, but when another connection inserted the same key first (SQL state 23505, the standard
     * unique violation, in Derby and PostgreSQL alike), rolls back and runs the work again: work that inserts a row
     * when an update found none (clients, trajectories) then updates the row the other one inserted. This is what
     * keeps parallel imports from creating the client "Geïmporteerd" twice (#20).
     */
    void writeRetrying(Work<?> work, Function<String, String> failure) {
        for (int attempt = 1;; attempt++) {
            try {
                write(work, failure);
                return;
            } catch (StoreException e) {
                if (attempt >= ATTEMPTS || !DerbyEngine.hasState(e, DerbyEngine.SQLSTATE_DUPLICATE)) {
                    throw e;
                }
                LOG.log(Level.DEBUG, "Retrying after a concurrent insert of the same key in " + location); //$NON-NLS-1$
            }
        }
    }

    void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Rollback failed in " + location, e); //$NON-NLS-1$
        }
    }

    /** Records an event in the audit log, as the store's user, in the caller's transaction. */
    void audit(Connection c, AuditAction action, String clientId, String objectId, String detail)
            throws SQLException {
        AuditLog.record(c, sql, options.userName(), action, clientId, objectId, detail);
    }

    /** Whether the store is still open (not closed). */
    synchronized boolean isOpen() {
        return connection != null;
    }

    synchronized void close() {
        if (connection == null) {
            return;
        }
        statements.close();
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Closing the connection to " + location + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        connection = null;
        if (folder != null) { // a remote database stays up: the server owns it
            DerbyEngine.shutdown(driver, url, location);
        }
    }

    static String describe(Throwable e) {
        return DerbyEngine.describe(e);
    }

    /** Explains a failed write: the kinds we can name, then Derby's own message. */
    static String explainWrite(Exception e) {
        String details = describe(e);
        if (details.toUpperCase(java.util.Locale.ROOT).contains("AUDIT_LOG_IS_APPEND_ONLY")) { //$NON-NLS-1$
            return Messages.Store_auditAppendOnly;
        }
        if (DerbyEngine.hasState(e, DerbyEngine.SQLSTATE_TOO_LONG)) {
            return NLS.bind(Messages.Store_valueTooLong, details);
        }
        if (DerbyEngine.hasState(e, DerbyEngine.SQLSTATE_FOREIGN_KEY)) {
            return NLS.bind(Messages.Store_danglingReference, details);
        }
        if (DerbyEngine.hasState(e, DerbyEngine.SQLSTATE_DUPLICATE)) {
            return NLS.bind(Messages.Store_duplicateId, details);
        }
        return details;
    }
}
