// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

import java.time.Instant;

/**
 * One row of the audit log. {@code action} is the name of an {@link AuditAction} (a later version may write
 * others). After the erasure of a client, {@code clientId} and {@code objectId} of their events hold
 * {@code sha256:<hex>} of the original ids, and {@code detail} is empty.
 */
public record AuditEvent(long sequence, Instant time, String user, String action, String clientId, String objectId,
        String detail) {
}
