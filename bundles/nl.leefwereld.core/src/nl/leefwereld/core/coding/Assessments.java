// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import nl.leefwereld.model.Assessment;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;

/**
 * A method's assessments of a conversation or a client, found by their type: the one rule every method uses to
 * read its own assessment back (the newest counts).
 */
public final class Assessments {

    private Assessments() {
    }

    /** The assessments of this type of the conversation, oldest first (undated ones first). */
    public static <T extends Assessment> List<T> all(Conversation owner, Class<T> type) {
        return all(owner.getAssessments(), type);
    }

    /** The assessments of this type of the client, oldest first (undated ones first). */
    public static <T extends Assessment> List<T> all(Client owner, Class<T> type) {
        return all(owner.getAssessments(), type);
    }

    /** The newest assessment of this type of the conversation, or {@code null}. */
    public static <T extends Assessment> T latest(Conversation owner, Class<T> type) {
        return last(all(owner, type));
    }

    /** The newest assessment of this type of the client, or {@code null}. */
    public static <T extends Assessment> T latest(Client owner, Class<T> type) {
        return last(all(owner, type));
    }

    private static <T extends Assessment> List<T> all(List<? extends Assessment> assessments, Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Assessment a : assessments) {
            if (type.isInstance(a)) {
                result.add(type.cast(a));
            }
        }
        // stable: assessments created at the same moment keep their stored order
        result.sort(Comparator.comparing(a -> a.getCreated() == null ? new Date(0) : a.getCreated()));
        return result;
    }

    private static <T> T last(List<T> list) {
        return list.isEmpty() ? null : list.get(list.size() - 1);
    }
}
