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
 * of an erased client's events, see {@link Schema}). Every method runs in the caller's transaction.
 */
final class AuditLog {

    /** Prefix of anonymised ids. */
    static final String HASH_PREFIX = "sha256:"; //$NON-NLS-1$

    private static final int DETAIL_LENGTH = 4000;
    private static final int ID_LENGTH = Schema.ID_LENGTH;

    private AuditLog() {
    }

    static void record(Connection c, String user, AuditAction action, String clientId, String objectId,
            String detail) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO audit_event (event_time, user_name, action, client_id, object_id, detail) VALUES (?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            s.setTimestamp(1, new Timestamp(System.currentTimeMillis()));
            s.setString(2, cut(user, 255));
            s.setString(3, action.name());
            s.setString(4, cut(clientId, ID_LENGTH));
            s.setString(5, cut(objectId, ID_LENGTH));
            s.setString(6, cut(detail, DETAIL_LENGTH));
            s.executeUpdate();
        }
    }

    /** Events, oldest first: all, or of one client (also under the hash of its id, after erasure). */
    static List<AuditEvent> events(Connection c, String clientId) throws SQLException {
        List<AuditEvent> events = new ArrayList<>();
        String sql = "SELECT id, event_time, user_name, action, client_id, object_id, detail FROM audit_event" //$NON-NLS-1$
                + (clientId == null ? "" : " WHERE client_id = ? OR client_id = ?") + " ORDER BY id"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (clientId != null) {
                s.setString(1, clientId);
                s.setString(2, hash(clientId));
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

    /**
     * Anonymises the events of an erased client: its id and the ids of its objects become hashes, details
     * (which may name the client) are emptied. The only update the triggers allow.
     */
    static void anonymise(Connection c, String clientId, Set<String> objectIds) throws SQLException {
        List<long[]> rows = new ArrayList<>();
        List<String> objects = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, client_id, object_id FROM audit_event WHERE client_id IS NULL OR client_id NOT LIKE 'sha256:%'")) { //$NON-NLS-1$
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String client = rs.getString(2);
                    String object = rs.getString(3);
                    if (clientId.equals(client) || clientId.equals(object)
                            || (object != null && objectIds.contains(object))) {
                        rows.add(new long[] { rs.getLong(1) });
                        objects.add(object);
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE audit_event SET client_id = ?, object_id = ?, detail = NULL WHERE id = ?")) { //$NON-NLS-1$
            for (int i = 0; i < rows.size(); i++) {
                s.setString(1, hash(clientId));
                s.setString(2, objects.get(i) == null ? null : hash(objects.get(i)));
                s.setLong(3, rows.get(i)[0]);
                s.addBatch();
            }
            s.executeBatch();
        }
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
