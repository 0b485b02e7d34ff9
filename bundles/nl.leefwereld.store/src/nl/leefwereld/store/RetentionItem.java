// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

import java.time.Instant;

/**
 * A trajectory whose retention period has passed: {@code lastActivity} is its last conversation date (or its start
 * date when it has no dated conversation), {@code dueSince} that plus the period for its kind.
 */
public record RetentionItem(String clientId, String trajectoryId, String trajectoryKind, int months,
        Instant lastActivity, Instant dueSince, int conversations) {
}
