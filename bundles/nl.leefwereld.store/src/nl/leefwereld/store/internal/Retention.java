// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.leefwereld.store.RetentionItem;

/**
 * Retention periods per trajectory kind (table {@code retention_period}; kind {@code "*"} for all others) and
 * the trajectories past them. A trajectory's last activity is its latest conversation date, else its start date;
 * a trajectory with neither is never due (it is listed nowhere: nothing to count from).
 */
final class Retention {

    /** The kind that applies to kinds without their own period. */
    static final String ANY_KIND = "*"; //$NON-NLS-1$

    private Retention() {
    }

    static Map<String, Integer> periods(Connection c) throws SQLException {
        Map<String, Integer> periods = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT trajectory_kind, months FROM retention_period ORDER BY trajectory_kind"); //$NON-NLS-1$
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                periods.put(rs.getString(1), rs.getInt(2));
            }
        }
        return periods;
    }

    static void set(Connection c, String kind, int months) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM retention_period WHERE trajectory_kind = ?")) { //$NON-NLS-1$
            s.setString(1, kind);
            s.executeUpdate();
        }
        if (months > 0) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO retention_period (trajectory_kind, months) VALUES (?, ?)")) { //$NON-NLS-1$
                s.setString(1, kind);
                s.setInt(2, months);
                s.executeUpdate();
            }
        }
    }

    static List<RetentionItem> due(Connection c, Instant now) throws SQLException {
        Map<String, Integer> periods = periods(c);
        List<RetentionItem> due = new ArrayList<>();
        if (periods.isEmpty()) {
            return due;
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT t.client_id, t.id, t.kind, t.start_date, MAX(v.conversation_date), COUNT(v.id)" //$NON-NLS-1$
                        + " FROM trajectory t LEFT JOIN conversation v ON v.trajectory_id = t.id" //$NON-NLS-1$
                        + " GROUP BY t.client_id, t.id, t.kind, t.start_date ORDER BY t.client_id, t.id"); //$NON-NLS-1$
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String kind = rs.getString(3);
                Integer months = kind != null && periods.containsKey(kind) ? periods.get(kind) : periods.get(ANY_KIND);
                Timestamp start = rs.getTimestamp(4);
                Timestamp last = rs.getTimestamp(5);
                Timestamp activity = last != null ? last : start;
                if (months == null || activity == null) {
                    continue;
                }
                Instant lastActivity = activity.toInstant();
                Instant dueSince = lastActivity.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
                if (!dueSince.isAfter(now)) {
                    due.add(new RetentionItem(rs.getString(1), rs.getString(2), kind, months, lastActivity, dueSince,
                            rs.getInt(6)));
                }
            }
        }
        return due;
    }
}
