// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.method.relation.model.RelationAssessment;
import nl.leefwereld.method.relation.model.RelationType;
import nl.leefwereld.method.relation.model.SolutionTool;
import nl.leefwereld.method.relation.model.ToolKind;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;

/**
 * The relation type per conversation over a trajectory. A conversation with a stored {@link RelationAssessment}
 * counts with its effective type (the professional's override when set); one without counts with the type the
 * markers suggest, marked as such.
 */
public final class Timeline {

    /** Where the type of a conversation comes from. */
    public enum Source {
        /** A stored assessment, derived type. */
        ASSESSED,
        /** A stored assessment, overridden by the professional. */
        OVERRIDDEN,
        /** No stored assessment: what the markers suggest. */
        SUGGESTED
    }

    /**
     * One conversation on the timeline.
     *
     * @param assessment the stored assessment or, for {@link Source#SUGGESTED}, a proposed one (not in the conversation)
     * @param scales     the client's answers to scaling questions in this conversation, in order
     */
    public record Entry(String conversationId, String title, Date date, RelationType type, Source source,
            RelationAssessment assessment, List<Integer> scales) {

        /** The last scaling answer, or {@code null}. */
        public Integer lastScale() {
            return scales.isEmpty() ? null : scales.get(scales.size() - 1);
        }
    }

    /** A move from one type to another between two consecutive conversations. */
    public record Change(Entry from, Entry to) {
    }

    /** The timeline of one trajectory, conversations by date. */
    public record Line(String trajectoryId, String title, List<Entry> entries) {

        public List<Change> changes() {
            List<Change> result = new ArrayList<>();
            for (int i = 1; i < entries.size(); i++) {
                if (entries.get(i).type() != entries.get(i - 1).type()) {
                    result.add(new Change(entries.get(i - 1), entries.get(i)));
                }
            }
            return result;
        }
    }

    private Timeline() {
    }

    /** The entry for one fully loaded conversation. */
    public static Entry entry(Conversation c) {
        RelationAssessment stored = Assessments.latest(c, RelationAssessment.class);
        RelationAssessment a = stored != null ? stored : RelationAssessor.assess(c, RelationMethod.ANALYZER_MARKERS, null);
        Source source = stored == null ? Source.SUGGESTED
                : stored.isOverridden() && stored.getOverrideType() != null ? Source.OVERRIDDEN : Source.ASSESSED;
        List<Integer> scales = new ArrayList<>();
        for (SolutionTool t : a.getTools()) {
            if (t.getKind() == ToolKind.SCALING_QUESTION && t.getScale() != null) {
                scales.add(t.getScale());
            }
        }
        if (stored != null && scales.isEmpty()) {
            // an assessment made by hand may hold no tools: take the scaling answers from the words
            for (SolutionTool t : RelationAssessor.assess(c, RelationMethod.ANALYZER_MARKERS, null).getTools()) {
                if (t.getKind() == ToolKind.SCALING_QUESTION && t.getScale() != null) {
                    scales.add(t.getScale());
                }
            }
        }
        return new Entry(c.getId(), c.getTitle(), c.getDate(), RelationTypes.effective(a), source, a, List.copyOf(scales));
    }

    /** The timelines of all trajectories of a client, loading each conversation from the store. */
    public static List<Line> of(ConversationStore store, Client client, IProgressMonitor monitor) {
        int total = client.getTrajectories().stream().mapToInt(t -> t.getConversations().size()).sum();
        SubMonitor sub = SubMonitor.convert(monitor, total);
        List<Line> lines = new ArrayList<>();
        for (Trajectory t : client.getTrajectories()) {
            List<Conversation> loaded = new ArrayList<>();
            for (Conversation header : t.getConversations()) {
                if (sub.isCanceled()) {
                    throw new OperationCanceledException();
                }
                Conversation c = store.loadConversation(header.getId());
                if (c != null) {
                    loaded.add(c);
                }
                sub.worked(1);
            }
            lines.add(line(t.getId(), t.getTitle(), loaded));
        }
        return lines;
    }

    /** The timelines of loaded conversations, grouped by trajectory (conversations without one form one line). */
    public static List<Line> of(List<Conversation> conversations) {
        Map<String, List<Conversation>> byTrajectory = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (Conversation c : conversations) {
            Trajectory t = c.getTrajectory();
            String id = t == null ? "" : t.getId(); //$NON-NLS-1$
            byTrajectory.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
            titles.putIfAbsent(id, t == null ? null : t.getTitle());
        }
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<String, List<Conversation>> e : byTrajectory.entrySet()) {
            lines.add(line(e.getKey().isEmpty() ? null : e.getKey(), titles.get(e.getKey()), e.getValue()));
        }
        return lines;
    }

    private static Line line(String trajectoryId, String title, List<Conversation> conversations) {
        List<Entry> entries = new ArrayList<>();
        for (Conversation c : conversations) {
            entries.add(entry(c));
        }
        // stable sort: conversations without a date keep their place after the dated ones before them
        entries.sort(Comparator.comparing(Entry::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Line(trajectoryId, title, List.copyOf(entries));
    }
}
