// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.AuditEvent;

/**
 * The table {@code audit_event}: append-only (Derby triggers refuse UPDATE and DELETE, except the anonymisation
 * of an erased client's events, see {@link Schema}) and chained ({@link AuditChain}, checked by
 * {@link AuditVerifier}). Every method runs in the caller's transaction.
 */
final class AuditLog {

    /** Prefix of anonymised ids. */
    static final String HASH_PREFIX = "sha256:"; //$NON-NLS-1$

    private static final int DETAIL_LENGTH = 4000;
    private static final int ID_LENGTH = Schema.ID_LENGTH;

    private AuditLog() {
    }

    static void record(Connection c, Sql sql, String user, AuditAction action, String clientId, String objectId,
            String detail) throws SQLException {
        recordAll(c, sql, user, action, List.of(new Entry(clientId, objectId, detail)));
    }

    /** One event of {@link #recordAll}. */
    record Entry(String clientId, String objectId, String detail) {
    }

    /**
     * Records events of one action with one batched statement (a bulk write audits each object it stored), each
     * chained to the one before ({@link AuditChain}): the chain's head is locked, extended and stored in the
     * caller's transaction. {@code sql} is the dialect of the connection's database (the caller knows it; looking
     * it up in the connection's metadata cost a round trip per event).
     */
    static void recordAll(Connection c, Sql sql, String user, AuditAction action, List<Entry> entries)
            throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        Timestamp now = new Timestamp(System.currentTimeMillis());
        String who = cut(user, 255);
        AuditChain.Head head = AuditChain.lock(c, sql);
        try (PreparedStatement s = c.prepareStatement(sql.insertAuditEvent())) {
            for (Entry entry : entries) {
                String client = cut(entry.clientId(), ID_LENGTH);
                String object = cut(entry.objectId(), ID_LENGTH);
                String detail = cut(entry.detail(), DETAIL_LENGTH);
                AuditChain.Values values = AuditChain.values(head, now, who, action.name(), client, object, detail);
                s.setTimestamp(1, now);
                s.setString(2, who);
                s.setString(3, action.name());
                s.setString(4, client);
                s.setString(5, object);
                s.setString(6, detail);
                s.setLong(7, values.position());
                s.setString(8, values.detailDigest());
                s.setString(9, values.mac());
                s.setString(10, values.link());
                s.addBatch();
                head = AuditChain.next(head, values);
            }
            s.executeBatch();
        }
        AuditChain.store(c, sql, head);
    }

    /** Events, oldest first: all, or of one client (also under the hash of its id, after erasure). */
    static List<AuditEvent> events(Connection c, String clientId) throws SQLException {
        List<AuditEvent> events = new ArrayList<>();
        String sql = "SELECT id, event_time, user_name, action, client_id, object_id, detail FROM audit_event" //$NON-NLS-1$
                + (clientId == null ? "" : " WHERE client_id = ? OR client_id = ? OR (client_id IS NULL AND object_id = ?)") //$NON-NLS-1$ //$NON-NLS-2$
                + " ORDER BY id"; //$NON-NLS-1$
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (clientId != null) {
                s.setString(1, clientId);
                s.setString(2, hash(clientId));
                s.setString(3, hash(clientId));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    events.add(new AuditEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return events;
    }

    /** What replaces the erased client's names and ids in the details of export events. */
    static final String ERASED = "[erased]"; //$NON-NLS-1$

    /**
     * Anonymises the events of an erased client: its id and the ids of its objects become hashes. Details (which
     * may name the client) are emptied, except those of EXPORT events: what was exported where stays an audit
     * fact, with the client's names and ids replaced by {@value #ERASED}. The only update the triggers allow.
     */
    static void anonymise(Connection c, String clientId, Set<String> objectIds, List<String> names)
            throws SQLException {
        List<String> ids = new ArrayList<>(objectIds);
        ids.add(clientId);
        List<Long> rows = new ArrayList<>();
        List<String> clients = new ArrayList<>();
        List<String> objects = new ArrayList<>();
        List<String> details = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, client_id, object_id, action, detail FROM audit_event WHERE client_id IS NULL OR client_id NOT LIKE 'sha256:%'")) { //$NON-NLS-1$
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String client = rs.getString(2);
                    String object = rs.getString(3);
                    if (clientId.equals(client) || clientId.equals(object)
                            || (object != null && objectIds.contains(object))) {
                        rows.add(rs.getLong(1));
                        clients.add(client);
                        objects.add(object);
                        details.add(AuditAction.EXPORT.name().equals(rs.getString(4))
                                ? scrub(rs.getString(5), names, ids) : null);
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE audit_event SET client_id = ?, object_id = ?, detail = ? WHERE id = ?")) { //$NON-NLS-1$
            for (int i = 0; i < rows.size(); i++) {
                // an event without a client keeps none (its hash is in the chain's fields as they were written)
                s.setString(1, clients.get(i) == null ? null : hash(clientId));
                s.setString(2, objects.get(i) == null ? null : hash(objects.get(i)));
                s.setString(3, details.get(i));
                s.setLong(4, rows.get(i));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * The detail without the client's names and ids: each id and name, and each word of three or more letters of
     * a name (so that {@code gesprek-anna-veenstra.json} loses both names), case-insensitively.
     */
    static String scrub(String detail, List<String> names, List<String> ids) {
        if (detail == null) {
            return null;
        }
        List<String> needles = new ArrayList<>(ids);
        for (String identifier : names) {
            if (identifier == null || identifier.isBlank()) {
                continue;
            }
            needles.add(identifier);
            for (String word : identifier.split("[^\\p{L}\\p{N}]+")) { //$NON-NLS-1$
                if (word.length() >= 3) {
                    needles.add(word);
                }
            }
        }
        needles.sort((x, y) -> y.length() - x.length()); // whole names before their parts
        String result = detail;
        for (String needle : needles) {
            result = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(needle),
                    java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(result)
                    .replaceAll(ERASED);
        }
        return result;
    }

    /** {@code sha256:<hex>} of an id: lets an administrator check a known id without the log keeping it. */
    static String hash(String id) {
        if (id == null) {
            return null;
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
            return HASH_PREFIX + HexFormat.of().formatHex(digest.digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
