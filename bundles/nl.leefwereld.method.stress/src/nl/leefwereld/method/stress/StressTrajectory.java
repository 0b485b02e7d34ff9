// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.method.stress.model.ScarcityDomain;
import nl.leefwereld.method.stress.model.StressAssessment;
import nl.leefwereld.method.stress.model.StressSignal;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;

/**
 * A client's stress over time: per conversation (ordered by date) the latest {@link StressAssessment}: the client's
 * own score 0-10, the professional's observed signals and the scarcity domains that weigh.
 */
public final class StressTrajectory {

    /**
     * One conversation's stress.
     *
     * @param clientScore the client's own score 0-10, or {@code null} when not asked
     */
    public record Point(String conversationId, String title, Date date, String trajectoryTitle, Integer clientScore,
            List<StressSignal> signals, List<ScarcityDomain> domains, String observation) {

        /** The number of observed signals. */
        public int signalCount() {
            return signals.size();
        }
    }

    private StressTrajectory() {
    }

    /**
     * The points of a client, loading each conversation from the store; {@code null} when the client is unknown.
     *
     * @param replace conversations to use instead of the stored version (e.g. the one open in an editor), by id;
     *                may be empty
     */
    public static List<Point> of(ConversationStore store, String clientId, Map<String, Conversation> replace) {
        Client client = store.loadClient(clientId);
        if (client == null) {
            return null;
        }
        List<Conversation> conversations = new ArrayList<>();
        for (Trajectory t : client.getTrajectories()) {
            for (Conversation header : t.getConversations()) {
                Conversation c = replace.get(header.getId());
                if (c == null) {
                    c = store.loadConversation(header.getId());
                }
                if (c != null) {
                    conversations.add(c);
                }
            }
        }
        return of(conversations);
    }

    /** The points of some conversations: those with a stress assessment, ordered by date (undated last). */
    public static List<Point> of(List<Conversation> conversations) {
        List<Point> points = new ArrayList<>();
        for (Conversation c : conversations) {
            StressAssessment a = Assessments.latest(c, StressAssessment.class);
            if (a == null) {
                continue;
            }
            Date date = c.getDate() != null ? c.getDate() : a.getCreated();
            points.add(new Point(c.getId(), c.getTitle(), date, c.getTrajectory() == null ? null : c.getTrajectory().getTitle(),
                    a.getClientScore(), List.copyOf(a.getSignals()), List.copyOf(a.getDomains()), a.getObservation()));
        }
        points.sort(Comparator.comparing(Point::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return points;
    }

    /** How often each domain weighs over the points, in domain order (for the chart's legend and the CLI). */
    public static Map<ScarcityDomain, Long> domainCounts(List<Point> points) {
        Map<ScarcityDomain, Long> counts = new java.util.EnumMap<>(ScarcityDomain.class);
        for (Point p : points) {
            for (ScarcityDomain d : p.domains()) {
                counts.merge(d, 1L, Long::sum);
            }
        }
        return counts;
    }

    /** The labels of enum values in the user's language, joined. */
    static <T> String join(List<T> values, Function<T, String> label) {
        return String.join(", ", values.stream().map(label).toList()); //$NON-NLS-1$
    }

    /** A signal's label in the user's language. */
    public static String label(StressSignal s) {
        return switch (s) {
            case TIRED -> Messages.Signal_tired;
            case RESTLESS -> Messages.Signal_restless;
            case FORGETFUL -> Messages.Signal_forgetful;
            case ANGRY -> Messages.Signal_angry;
            case WITHDRAWN -> Messages.Signal_withdrawn;
            case TENSE -> Messages.Signal_tense;
            case SAD -> Messages.Signal_sad;
            case CONFUSED -> Messages.Signal_confused;
            case OVERWHELMED -> Messages.Signal_overwhelmed;
            case SLEEPLESS -> Messages.Signal_sleepless;
        };
    }

    /** A domain's label in the user's language. */
    public static String label(ScarcityDomain d) {
        return switch (d) {
            case MONEY -> Messages.Domain_money;
            case HOUSING -> Messages.Domain_housing;
            case HEALTH -> Messages.Domain_health;
            case RELATIONS -> Messages.Domain_relations;
            case TIME -> Messages.Domain_time;
        };
    }
}
