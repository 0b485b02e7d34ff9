// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.AuditCheck;
import nl.leefwereld.store.Messages;

/**
 * Walks the audit log in order and reports the first broken link of its chain ({@link AuditChain}): an event
 * outside the chain, a gap, an event out of place, a hash link or (with the privacy officer's key) a MAC or detail
 * digest that does not match, hashed ids without an erasure of that client, a time far before the event before,
 * and a head that does not match the last event (events removed at the end).
 */
final class AuditVerifier {

    /** How far an event may seem to go back in time (the local time jumps back an hour when summer time ends). */
    private static final Duration CLOCK_TOLERANCE = Duration.ofHours(2);

    private AuditVerifier() {
    }

    static AuditCheck verify(Connection c, Sql sql, AuditChain.Anchor anchor) throws SQLException {
        AuditChain.Head head = AuditChain.read(c, sql);
        if (head == null) {
            return new AuditCheck(false, 0, 0, null, null, Messages.Audit_noChain);
        }
        if (anchor != null && anchor.position() > head.length() + 1) {
            return new AuditCheck(false, 0, anchor.position(), null, null,
                    NLS.bind(Messages.Audit_keyBeyond, anchor.position(), head.length()));
        }
        Map<String, Long> erasures = new HashMap<>();
        boolean pseudonymised = anchor == null && sql.auditChainLinksPseudonymised();
        try (PreparedStatement s = c.prepareStatement(anchor == null ? sql.auditChainErasures() : sql.auditErasures());
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                erasures.put(rs.getString(1), rs.getLong(2));
            }
        }
        long keyedFrom = anchor == null ? 0 : anchor.position();
        long expected = 1;
        String previousMac = zero(); // the first event links to the chain's start
        String previousLink = zero();
        Timestamp previousTime = null;
        byte[] key = null;
        long checked = 0;
        Long lastId = null;
        Instant lastTime = null;
        try (PreparedStatement s = c.prepareStatement(anchor == null ? sql.auditChainLinks() : sql.auditChainRows());
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                checked++;
                long id = rs.getLong(1);
                Timestamp time = rs.getTimestamp(2);
                String user = rs.getString(3);
                String action = rs.getString(4);
                String client = rs.getString(5);
                String object = rs.getString(6);
                String detail = rs.getString(7);
                long position = rs.getLong(8);
                boolean chained = !rs.wasNull();
                String digest = rs.getString(9);
                String mac = rs.getString(10);
                String link = rs.getString(11);
                boolean anonymised = pseudonymised ? rs.getBoolean(12) : anonymised(action, client, object);
                Instant instant = time == null ? null : time.toInstant();
                String problem = null;
                if (!chained || mac == null || link == null || time == null) {
                    problem = Messages.Audit_notChained;
                } else if (position > expected) {
                    problem = NLS.bind(Messages.Audit_gap, expected, position - 1);
                } else if (position < expected) {
                    problem = NLS.bind(Messages.Audit_outOfPlace, position, expected);
                } else {
                    String fields = AuditChain.fields(position, time, user, action, client, object, digest);
                    if (!link.equals(AuditChain.link(previousLink, fields, mac))) {
                        problem = Messages.Audit_linkBroken;
                    } else if (anchor != null && position >= anchor.position()) {
                        key = position == anchor.position() ? anchor.key() : AuditChain.step(key);
                        if (!mac.equals(AuditChain.mac(key, previousMac, fields))) {
                            problem = Messages.Audit_macBroken;
                        } else if (!anonymised && !(detail == null ? digest == null
                                : digest != null && digest.equals(AuditChain.detailDigest(key, detail)))) {
                            problem = Messages.Audit_detailChanged;
                        }
                    }
                    if (problem == null && anonymised) {
                        Long erasedAt = erasures.get(client != null ? client : object);
                        if (erasedAt == null || erasedAt < position) {
                            problem = Messages.Audit_anonymisedWithoutErasure;
                        }
                    }
                    if (problem == null && previousTime != null
                            && time.toLocalDateTime().plus(CLOCK_TOLERANCE).isBefore(previousTime.toLocalDateTime())) {
                        problem = NLS.bind(Messages.Audit_backdated, time.toLocalDateTime(),
                                previousTime.toLocalDateTime());
                    }
                }
                if (problem != null) {
                    return new AuditCheck(false, checked, keyedFrom, id, instant, problem);
                }
                previousMac = mac;
                previousLink = link;
                previousTime = time;
                expected = position + 1;
                lastId = id;
                lastTime = instant;
            }
        }
        long length = expected - 1;
        if (head.length() > length) {
            return new AuditCheck(false, checked, keyedFrom, lastId, lastTime,
                    NLS.bind(Messages.Audit_endRemoved, head.length(), length));
        }
        if (head.length() < length || !head.mac().equals(previousMac) || !head.link().equals(previousLink)) {
            return new AuditCheck(false, checked, keyedFrom, lastId, lastTime, Messages.Audit_headChanged);
        }
        if (anchor != null) {
            byte[] next = anchor.position() == length + 1 ? anchor.key() : AuditChain.step(key);
            if (!Arrays.equals(next, head.key())) {
                return new AuditCheck(false, checked, keyedFrom, lastId, lastTime, Messages.Audit_headChanged);
            }
        }
        return new AuditCheck(true, checked, keyedFrom, null, null, null);
    }

    /** Whether the event's ids were replaced by hashes (the anonymisation of an erased client's events). */
    private static boolean anonymised(String action, String client, String object) {
        if (AuditAction.ERASE.name().equals(action)) {
            return false;
        }
        return isHash(client) || isHash(object);
    }

    private static boolean isHash(String id) {
        return id != null && id.startsWith(AuditLog.HASH_PREFIX);
    }

    private static String zero() {
        return "0".repeat(64); //$NON-NLS-1$
    }
}
