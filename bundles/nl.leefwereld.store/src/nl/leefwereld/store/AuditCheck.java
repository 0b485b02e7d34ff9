// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

import java.time.Instant;

/**
 * The result of checking the audit log's hash chain ({@link ConversationStore#verifyAudit(String)}).
 *
 * @param intact        whether every event is in its place and unchanged
 * @param eventsChecked the events read
 * @param keyedFrom     the first place in the chain whose MAC was checked with the privacy officer's key, or 0 when
 *                      no key was given (then only the hash links, the places and the erasures are checked)
 * @param brokenEventId the id of the first event found broken (the event after a gap, the last event when events
 *                      at the end were removed), or null (intact, or no event left)
 * @param brokenTime    that event's time, or null
 * @param problem       what is wrong with it, in the user's language, or null when intact
 */
public record AuditCheck(boolean intact, long eventsChecked, long keyedFrom, Long brokenEventId, Instant brokenTime,
        String problem) {
}
