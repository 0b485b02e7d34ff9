// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.method.relation.RelationAssessor;
import nl.leefwereld.method.relation.RelationMethod;
import nl.leefwereld.method.relation.RelationTypes;
import nl.leefwereld.method.relation.Timeline;
import nl.leefwereld.method.relation.TrajectoryAnalyzer;
import nl.leefwereld.method.relation.model.Question;
import nl.leefwereld.method.relation.model.QuestionAnswer;
import nl.leefwereld.method.relation.model.RelationAssessment;
import nl.leefwereld.method.relation.model.RelationType;
import nl.leefwereld.method.relation.model.SolutionTool;
import nl.leefwereld.method.relation.model.ToolKind;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

/** A trajectory that moves bezoeker -> klager -> klant over three conversations, stored in a real Derby database. */
public class TrajectoryStoreTest {

    @TempDir
    Path dir;

    /** Saves Ricardo's three conversations; the first two with a stored assessment, the third without. */
    static Client saveRicardo(ConversationStore store, boolean assessThird) {
        Trajectory t = Transcripts.trajectory("Ricardo");
        store.saveClient(t.getClient());
        String[] transcripts = { Transcripts.RICARDO_1_BEZOEKER, Transcripts.RICARDO_2_KLAGER, Transcripts.RICARDO_3_KLANT };
        for (int i = 0; i < transcripts.length; i++) {
            Conversation c = Transcripts.parse(transcripts[i]);
            t.getConversations().add(c);
            if (i < 2 || assessThird) {
                c.getAssessments().add(RelationAssessor.assess(c, "consulent", new NullProgressMonitor()));
            }
            store.saveConversation(c);
        }
        return t.getClient();
    }

    @Test
    public void assessmentsSurviveTheStoreWithTheirEvidenceAndOverride() throws Exception {
        String conversationId;
        String clientId;
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Client client = saveRicardo(store, true);
            clientId = client.getId();
            conversationId = client.getTrajectories().get(0).getConversations().get(1).getId();
            // the professional overrides the second conversation: klager -> bezoeker, with a reason
            Conversation c = store.loadConversation(conversationId);
            RelationAssessment a = Assessments.latest(c, RelationAssessment.class);
            assertNotNull(a, "the assessment was stored");
            assertEquals(RelationType.COMPLAINANT, a.getDerivedType());
            a.setOverridden(true);
            a.setOverrideType(RelationType.VISITOR);
            a.setOverrideReason("Hij vraagt om hulp voor zijn vriendin, niet voor zichzelf.");
            store.saveConversation(c);
        }
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation c = store.loadConversation(conversationId);
            RelationAssessment a = Assessments.latest(c, RelationAssessment.class);
            assertEquals(RelationType.COMPLAINANT, a.getDerivedType());
            assertEquals(RelationType.VISITOR, RelationTypes.effective(a));
            assertEquals("Hij vraagt om hulp voor zijn vriendin, niet voor zichzelf.", a.getOverrideReason());
            assertEquals(RelationMethod.METHOD_ID, a.getMethodId());
            QuestionAnswer problem = RelationTypes.questionAnswer(a, Question.PROBLEM);
            assertEquals(1, problem.getEvidence().size());
            // the evidence points at the utterance object of the loaded conversation, not a copy
            assertSame(c.getUtterances().get(1), problem.getEvidence().get(0));
            SolutionTool scaling = a.getTools().stream().filter(t -> t.getKind() == ToolKind.SCALING_QUESTION)
                    .findFirst().orElseThrow();
            assertSame(c.getUtterances().get(2), scaling.getUtterance());
            assertSame(c.getUtterances().get(3), scaling.getClientAnswer());
            assertEquals(Integer.valueOf(3), scaling.getScale());

            List<Timeline.Line> lines = Timeline.of(store, store.loadClient(clientId), new NullProgressMonitor());
            assertEquals(1, lines.size());
            List<Timeline.Entry> entries = lines.get(0).entries();
            assertEquals(List.of(RelationType.VISITOR, RelationType.VISITOR, RelationType.CUSTOMER),
                    entries.stream().map(Timeline.Entry::type).toList());
            assertEquals(Timeline.Source.OVERRIDDEN, entries.get(1).source());
            assertEquals(1, lines.get(0).changes().size());
        }
    }

    @Test
    public void theTimelineShowsTheMoveFromVisitorToCustomer() throws Exception {
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Client client = saveRicardo(store, false);
            List<Timeline.Line> lines = Timeline.of(store, store.loadClient(client.getId()), new NullProgressMonitor());
            Timeline.Line line = lines.get(0);
            assertEquals("Geldzaken Ricardo", line.title());
            assertEquals(List.of(RelationType.VISITOR, RelationType.COMPLAINANT, RelationType.CUSTOMER),
                    line.entries().stream().map(Timeline.Entry::type).toList());
            assertEquals(List.of(Timeline.Source.ASSESSED, Timeline.Source.ASSESSED, Timeline.Source.SUGGESTED),
                    line.entries().stream().map(Timeline.Entry::source).toList());
            assertEquals(List.of(List.of(), List.of(3), List.of(6)),
                    line.entries().stream().map(Timeline.Entry::scales).toList(), "scaling answers over time");
            assertEquals(2, line.changes().size());

            // the trajectory analyzer over the loaded conversations (each in its own header copy of the trajectory)
            List<Conversation> loaded = line.entries().stream().map(e -> store.loadConversation(e.conversationId())).toList();
            AnalysisResult r = new TrajectoryAnalyzer().analyzeAll(loaded, new NullProgressMonitor());
            assertEquals(3, r.findings().size(), r.findings().toString());
            Finding summary = r.findings().get(0);
            assertTrue(summary.message().contains(RelationTypes.label(RelationType.VISITOR) + " \u2192 "
                    + RelationTypes.label(RelationType.COMPLAINANT) + " \u2192 " + RelationTypes.label(RelationType.CUSTOMER)),
                    summary.message());
            assertEquals(loaded.get(2).getId(), r.findings().get(2).conversationId());
        }
    }
}
