// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.StoreException;

/**
 * Deleting: conversations, trajectories, and the erasure of a client (everything it owns, its audit events
 * anonymised), then the removal of the deleted rows from disk (compressed tables, dropped log files).
 */
final class Erasure {

    /** The file of Derby's transaction log that erasure must see gone: the current one when it starts. */
    private static final Pattern LOG_FILE = Pattern.compile("log(\\d+)\\.dat"); //$NON-NLS-1$

    /** How often erasure writes filler to the log before giving up on switching to a new log file. */
    private static final int MAX_LOG_FILLS = 64;

    /** Tables with rows per conversation, in the order they are deleted. */
    private static final List<String> CONVERSATION_TABLES = List.of("memo", "annotation", "utterance", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "participant", "note", "extension_object"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** Tables with rows per client, in the order they are deleted (after the client's conversations). */
    private static final List<String> CLIENT_TABLES = List.of("trajectory", "client_attribute_set", "consent", "note", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "memo", "extension_object"); //$NON-NLS-1$ //$NON-NLS-2$

    private final Sql sql;
    private final Transactions tx;

    Erasure(Sql sql, Transactions tx) {
        this.sql = sql;
        this.tx = tx;
    }

    /** Deletes one conversation and its content. */
    void deleteConversation(Connection c, String conversationId) throws SQLException {
        for (String table : CONVERSATION_TABLES) {
            Rows.executeUpdate(c, sql.deleteOfConversation(table), conversationId);
        }
        Rows.executeUpdate(c, sql.deleteConversation(), conversationId);
    }

    /** Deletes one trajectory with its conversations. */
    void deleteTrajectory(Connection c, String trajectoryId) throws SQLException {
        deleteConversationsWhere(c, sql.conversationsOfTrajectory(), trajectoryId);
        Rows.executeUpdate(c, sql.deleteTrajectory(), trajectoryId);
    }

    /**
     * Right to erasure: deletes the client and everything about them, anonymises their audit events and records
     * the erasure (under the hash of the id). Returns the number of trajectories and conversations erased, or -1
     * when the client did not exist.
     */
    int erase(Connection c, String clientId, String reason) throws SQLException {
        if (!Rows.exists(c, sql.clientExists(), clientId)) {
            return -1;
        }
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql.clientNames())) {
            s.setString(1, clientId);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    names.add(rs.getString(1));
                    names.add(rs.getString(2));
                }
            }
        }
        Set<String> objectIds = new HashSet<>();
        for (String query : List.of(sql.trajectoriesOfClient(), sql.conversationsOfClient())) {
            try (PreparedStatement s = c.prepareStatement(query)) {
                s.setString(1, clientId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        objectIds.add(rs.getString(1));
                    }
                }
            }
        }
        deleteConversationsWhere(c, sql.conversationsOfClient(), clientId);
        for (String table : CLIENT_TABLES) {
            Rows.executeUpdate(c, sql.deleteOfClient(table), clientId);
        }
        Rows.executeUpdate(c, sql.deleteClient(), clientId);
        AuditLog.anonymise(c, clientId, objectIds, names);
        AuditLog.record(c, sql, tx.options().userName(), AuditAction.ERASE, AuditLog.hash(clientId), null,
                reason + ": " + objectIds.size() + " trajectories/conversations"); //$NON-NLS-1$ //$NON-NLS-2$
        return objectIds.size();
    }

    /** Deletes the conversations (with their content) whose ids the query selects; the query takes one id. */
    private void deleteConversationsWhere(Connection c, String idQuery, String id) throws SQLException {
        for (String table : CONVERSATION_TABLES) {
            Rows.executeUpdate(c, sql.deleteOfConversations(table, idQuery), id);
        }
        Rows.executeUpdate(c, sql.deleteConversations(idQuery), id);
    }

    /**
     * Makes deleted rows go from disk: every application table is compressed (Derby rewrites it into new files
     * and removes the old ones, which still held the deleted rows), then a checkpoint lets Derby drop the log
     * files that recorded them. Returns the tables compressed. Manages its own transactions.
     */
    List<String> removeResidue() {
        if (!sql.compressesTables()) {
            return List.of(); // a server database: its own vacuum and WAL recycling (see docs/architecture.md)
        }
        synchronized (tx) {
            Connection c = tx.connection();
            List<String> tables = new ArrayList<>();
            try {
                try (PreparedStatement s = c.prepareStatement(sql.applicationTables());
                        ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                c.commit();
                for (String table : tables) {
                    try (PreparedStatement s = c.prepareStatement(sql.compressTable())) {
                        s.setString(1, table);
                        s.execute();
                    }
                    c.commit();
                }
                dropOldLogFiles(c);
            } catch (SQLException | IOException e) {
                tx.rollback(c);
                throw new StoreException(
                        NLS.bind(Messages.Store_residueFailed, tx.location(), Transactions.describe(e)), e);
            }
            return tables;
        }
    }

    /**
     * Forces checkpoints until Derby has switched to a new log file and deleted the ones that held the erased rows.
     * A checkpoint switches log files only when the current one is longer than Derby's log switch interval, so a
     * harmless database property is written (and removed again) until it is. Remote databases: one checkpoint.
     */
    private void dropOldLogFiles(Connection c) throws SQLException, IOException {
        Path folder = tx.folder();
        long current = folder == null ? -1 : highestLogFile(folder.resolve("log")); //$NON-NLS-1$
        String filler = "0".repeat(30 * 1024); //$NON-NLS-1$
        for (int i = 0; i <= MAX_LOG_FILLS; i++) {
            try (PreparedStatement s = c.prepareStatement(sql.checkpoint())) {
                s.execute();
            }
            c.commit();
            if (current < 0 || lowestLogFile(folder.resolve("log")) > current) { //$NON-NLS-1$
                break;
            }
            try (PreparedStatement s = c.prepareStatement(sql.setLogFiller())) {
                s.setString(1, i == MAX_LOG_FILLS ? null : filler + i);
                s.execute();
            }
            c.commit();
        }
        try (PreparedStatement s = c.prepareStatement(sql.clearLogFiller())) {
            s.execute();
        }
        c.commit();
    }

    private static long highestLogFile(Path logFolder) throws IOException {
        return logFileNumbers(logFolder).max().orElse(-1);
    }

    private static long lowestLogFile(Path logFolder) throws IOException {
        return logFileNumbers(logFolder).min().orElse(Long.MAX_VALUE);
    }

    private static LongStream logFileNumbers(Path logFolder) throws IOException {
        if (!Files.isDirectory(logFolder)) {
            return LongStream.empty();
        }
        try (Stream<Path> files = Files.list(logFolder)) {
            long[] numbers = files.map(p -> LOG_FILE.matcher(p.getFileName().toString())).filter(m -> m.matches())
                    .mapToLong(m -> Long.parseLong(m.group(1))).toArray();
            return Arrays.stream(numbers);
        }
    }
}
