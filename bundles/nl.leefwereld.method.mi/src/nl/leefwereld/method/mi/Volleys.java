// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

/**
 * MITI volleys: a volley is an uninterrupted utterance of the professional, i.e. a run of consecutive utterances of
 * the same professional speaker that nobody else interrupts. Client utterances belong to no volley.
 */
public final class Volleys {

    private final Map<Utterance, Integer> index = new IdentityHashMap<>();
    private final List<List<Utterance>> volleys = new ArrayList<>();

    private Volleys() {
    }

    /** The volleys of the conversation as it is now. */
    public static Volleys of(Conversation conversation) {
        Volleys v = new Volleys();
        List<Utterance> current = null;
        Utterance previous = null;
        for (Utterance u : conversation.getUtterances()) {
            if (!isProfessional(u)) {
                current = null;
                previous = u;
                continue;
            }
            if (current == null || previous == null || previous.getSpeaker() != u.getSpeaker()) {
                current = new ArrayList<>();
                v.volleys.add(current);
            }
            current.add(u);
            v.index.put(u, Integer.valueOf(v.volleys.size() - 1));
            previous = u;
        }
        return v;
    }

    /** True when the speaker of the utterance has the role professional. */
    public static boolean isProfessional(Utterance u) {
        return u != null && u.getSpeaker() != null && u.getSpeaker().getRole() == ParticipantRole.PROFESSIONAL;
    }

    /** True when the speaker of the utterance is the client. */
    public static boolean isClient(Utterance u) {
        return u != null && u.getSpeaker() != null && u.getSpeaker().getRole() == ParticipantRole.CLIENT;
    }

    /** The index of the utterance's volley, or -1 for an utterance that is not the professional's. */
    public int volleyOf(Utterance u) {
        Integer i = index.get(u);
        return i == null ? -1 : i.intValue();
    }

    /** The utterances of the volley holding {@code u} (only {@code u} when it is not a professional's). */
    public List<Utterance> volley(Utterance u) {
        int i = volleyOf(u);
        return i < 0 ? List.of(u) : List.copyOf(volleys.get(i));
    }

    public int size() {
        return volleys.size();
    }
}
