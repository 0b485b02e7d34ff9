// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash chain of the audit log (issue #20). Every event has a place in the chain ({@code chain_pos}, 1, 2, …
 * without gaps) and two chained values:
 * <ul>
 * <li>{@code chain_mac}: HMAC-SHA256, with the key of its place, of the previous event's MAC and the event's fields;
 * <li>{@code chain_link}: SHA-256 of the previous event's link, the fields and the MAC (no key: anyone opening the
 * database can check it).
 * </ul>
 * The key moves forward with every event ({@code K(n+1) = SHA-256(step, K(n))}, one way); the database keeps only
 * the key of the next event ({@code audit_chain}), so whoever reads it can extend the chain (as the application does)
 * but cannot compute the keys of the events before: a row changed, removed or inserted before that point is found by
 * {@code audit verify --key} with a key the privacy officer took earlier ({@link #anchor}). The fields are taken in
 * their pseudonymised form (ids as {@code sha256:} hashes, the detail as its keyed digest), so the anonymisation of
 * an erased client's events keeps the chain whole; an anonymised event without a later ERASE event of that client is
 * a broken link. One row in {@code audit_chain} holds the head; writers lock it first, so events are chained in the
 * order they commit, also with many connections (PostgreSQL).
 */
final class AuditChain {

    /** How an anchor (the key a privacy officer keeps) starts. */
    static final String ANCHOR_PREFIX = "leefwereld-audit-key-1:"; //$NON-NLS-1$

    private static final String ZERO = "0".repeat(64); //$NON-NLS-1$
    private static final byte[] STEP = "leefwereld audit key step".getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
    private static final byte[] DETAIL = "detail\n".getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
    private static final HexFormat HEX = HexFormat.of();

    /** The head of the chain: the number of events chained, the next event's key, the last MAC and link. */
    record Head(long length, byte[] key, String mac, String link) {
    }

    /** The chain values of one event. */
    record Values(long position, String detailDigest, String mac, String link) {
    }

    private AuditChain() {
    }

    /** A head for an empty chain with a fresh random key. */
    static Head start() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new Head(0, key, ZERO, ZERO);
    }

    /** Locks the head row (until the transaction ends) and reads it. */
    static Head lock(Connection c, Sql sql) throws SQLException {
        update(c, sql.lockAuditChain());
        return read(c, sql);
    }

    /** Reads the head without locking; null when the database has no chain (yet). */
    static Head read(Connection c, Sql sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql.auditChainHead()); ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            return new Head(rs.getLong(1), HEX.parseHex(rs.getString(2)), rs.getString(3), rs.getString(4));
        }
    }

    static void store(Connection c, Sql sql, Head head) throws SQLException {
        update(c, sql.updateAuditChain(), Long.valueOf(head.length()), HEX.formatHex(head.key()),
                head.mac(), head.link());
    }

    static void insertHead(Connection c, Sql sql, Head head) throws SQLException {
        update(c, sql.insertAuditChain(), Long.valueOf(head.length()), HEX.formatHex(head.key()),
                head.mac(), head.link());
    }

    /** The values of the event after {@code head}; {@link #next} gives the head after it. */
    static Values values(Head head, Timestamp time, String user, String action, String clientId, String objectId,
            String detail) {
        long position = head.length() + 1;
        String digest = detail == null ? null : detailDigest(head.key(), detail);
        String fields = fields(position, time, user, action, clientId, objectId, digest);
        String mac = mac(head.key(), head.mac(), fields);
        return new Values(position, digest, mac, link(head.link(), fields, mac));
    }

    static Head next(Head head, Values values) {
        return new Head(values.position(), step(head.key()), values.mac(), values.link());
    }

    /** The key of the event after the one whose key is given. */
    static byte[] step(byte[] key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
            digest.update(STEP);
            return digest.digest(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String detailDigest(byte[] key, String detail) {
        return hmac(key, DETAIL, detail.getBytes(StandardCharsets.UTF_8));
    }

    static String mac(byte[] key, String previousMac, String fields) {
        return hmac(key, previousMac.getBytes(StandardCharsets.UTF_8),
                ("\n" + fields).getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
    }

    static String link(String previousLink, String fields, String mac) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
            return HEX.formatHex(digest.digest(
                    (previousLink + '\n' + fields + '\n' + mac).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The fields an event's MAC and link cover, unambiguously (each as length:value): its place, time (as the
     * database keeps it, a local date and time), user, action, ids in pseudonymised form and the detail's digest.
     */
    static String fields(long position, Timestamp time, String user, String action, String clientId,
            String objectId, String detailDigest) {
        LocalDateTime local = time.toLocalDateTime();
        StringBuilder b = new StringBuilder();
        for (String field : new String[] { Long.toString(position), local.toString(), user, action,
                pseudonymised(clientId), pseudonymised(objectId), detailDigest }) {
            if (field == null) {
                b.append("-;"); //$NON-NLS-1$
            } else {
                b.append(field.length()).append(':').append(field).append(';');
            }
        }
        return b.toString();
    }

    /** An id as it is after erasure: its {@code sha256:} hash (a hash stays as it is). */
    static String pseudonymised(String id) {
        return id == null || id.startsWith(AuditLog.HASH_PREFIX) ? id : AuditLog.hash(id);
    }

    /** The anchor text for the event at {@code position} with {@code key}. */
    static String anchor(long position, byte[] key) {
        return ANCHOR_PREFIX + position + ':' + HEX.formatHex(key);
    }

    /** An anchor read back: the first event it checks and that event's key; null when the text is not an anchor. */
    record Anchor(long position, byte[] key) {
        static Anchor parse(String text) {
            if (text == null) {
                return null;
            }
            String t = text.strip();
            if (!t.startsWith(ANCHOR_PREFIX)) {
                return null;
            }
            String[] parts = t.substring(ANCHOR_PREFIX.length()).split(":"); //$NON-NLS-1$
            try {
                if (parts.length != 2 || parts[1].length() != 64) {
                    return null;
                }
                long position = Long.parseLong(parts[0]);
                return position < 1 ? null : new Anchor(position, HEX.parseHex(parts[1]));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    static void update(Connection c, String statement, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private static String hmac(byte[] key, byte[] first, byte[] second) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256"); //$NON-NLS-1$
            mac.init(new SecretKeySpec(key, "HmacSHA256")); //$NON-NLS-1$
            mac.update(first);
            return HEX.formatHex(mac.doFinal(second));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
