// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.method.relation.RelationMethod;
import nl.leefwereld.method.relation.RelationTypes;
import nl.leefwereld.method.relation.model.RelationAssessment;
import nl.leefwereld.method.relation.model.RelationType;
import nl.leefwereld.method.relation.model.TaskKind;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.CliRun;
import nl.leefwereld.testsupport.CliTestBase;

/** {@code analyze --method relation} and {@code relation ...} in-process on a real Derby database. */
public class RelationCliTest extends CliTestBase {

    private String clientId;
    private List<String> conversationIds;

    @BeforeEach
    void save() throws Exception {
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Client client = TrajectoryStoreTest.saveRicardo(store, false);
            clientId = client.getId();
            conversationIds = client.getTrajectories().get(0).getConversations().stream().map(Conversation::getId).toList();
        }
    }

    @Test
    public void analyzeRunsTheRelationAnalyzers() {
        CliRun r = run("analyze", "--method", "relation", conversationIds.get(0));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(RelationTypes.label(RelationType.VISITOR)), r.out());
        assertTrue(r.out().contains("Ik ben hier omdat ik moet"), r.out());

        CliRun all = run("--format", "json", "analyze", "--method", "relation", "all");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().contains(RelationMethod.ANALYZER_TRAJECTORY), all.out());
        assertTrue(all.out().contains(RelationMethod.CODE_SCALING_ANSWER), all.out());
    }

    @Test
    public void timelineInTextAndJson() {
        CliRun text = run("relation", "timeline", clientId);
        assertEquals(0, text.code(), text.err());
        String v = RelationTypes.label(RelationType.VISITOR);
        String k = RelationTypes.label(RelationType.COMPLAINANT);
        String c = RelationTypes.label(RelationType.CUSTOMER);
        int first = text.out().indexOf("2025-09-01");
        int second = text.out().indexOf("2025-09-15");
        int third = text.out().indexOf("2025-09-29");
        assertTrue(first > 0 && second > first && third > second, text.out());
        assertTrue(text.out().contains("(" + v + " -> " + k + ")"), text.out());
        assertTrue(text.out().contains("(" + k + " -> " + c + ")"), text.out());

        CliRun byPseudonym = run("relation", "timeline", "LW-TEST-RICARDO");
        assertEquals(0, byPseudonym.code(), byPseudonym.err());

        CliRun json = run("--format", "json", "relation", "timeline", clientId);
        assertEquals(0, json.code(), json.err());
        String compact = json.out().replaceAll("\\s+", "");
        assertTrue(compact.contains("\"type\":\"visitor\""), json.out());
        assertTrue(compact.contains("\"changes\":[{\"from\":\"visitor\",\"to\":\"complainant\""), json.out());
        assertTrue(compact.contains("\"scales\":[3]"), json.out());
        assertTrue(compact.contains("\"source\":\"suggested\""), json.out());
    }

    @Test
    public void overrideNeedsATypeAndAReasonAndIsStored() throws Exception {
        CliRun noReason = run("relation", "override", conversationIds.get(2), "--type", "klager");
        assertEquals(1, noReason.code());
        assertTrue(noReason.err().contains("--reason"), noReason.err());
        assertFalse(noReason.err().contains("Exception"), noReason.err());
        CliRun badType = run("relation", "override", conversationIds.get(2), "--type", "koper", "--reason", "x");
        assertEquals(1, badType.code());
        assertTrue(badType.err().contains("koper"), badType.err());
        CliRun unknown = run("relation", "timeline", "bestaat-niet");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("bestaat-niet"), unknown.err());

        CliRun ok = run("relation", "override", conversationIds.get(2), "--type", "klager", "--reason",
                "Hij wil de regeling vooral voor zijn vriendin.", "--assessor", "Mark");
        assertEquals(0, ok.code(), ok.err());
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            RelationAssessment a = Assessments.latest(store.loadConversation(conversationIds.get(2)), RelationAssessment.class);
            assertEquals(RelationType.CUSTOMER, a.getDerivedType());
            assertEquals(RelationType.COMPLAINANT, a.getOverrideType());
            assertEquals("Mark", a.getAssessor());
        }
        CliRun show = run("relation", "show", conversationIds.get(2));
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("Hij wil de regeling vooral voor zijn vriendin."), show.out());
        assertTrue(show.out().contains("Ik wil graag een betalingsregeling"), "evidence: " + show.out());
    }

    @Test
    public void feedbackIsRecordedAndATaskThatAsksTooMuchIsFlagged() throws Exception {
        CliRun badKind = run("relation", "feedback", conversationIds.get(0), "--task-kind", "huiswerk");
        assertEquals(1, badKind.code());
        assertTrue(badKind.err().contains("huiswerk"), badKind.err());
        CliRun nothing = run("relation", "feedback", conversationIds.get(0));
        assertEquals(1, nothing.code());
        assertTrue(nothing.err().contains("--compliment"), nothing.err());

        CliRun ok = run("relation", "feedback", conversationIds.get(0), "--compliment", "Fijn dat je toch gekomen bent.",
                "--bridge", "Omdat je wilt dat je vriendin tevreden is,", "--task", "Zoek deze week een werkplek.",
                "--task-kind", "actie");
        assertEquals(0, ok.code(), ok.err());
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            RelationAssessment a = Assessments.latest(store.loadConversation(conversationIds.get(0)), RelationAssessment.class);
            assertEquals("Omdat je wilt dat je vriendin tevreden is,", a.getFeedback().getBridge());
            assertEquals(TaskKind.ACTION, a.getFeedback().getTaskKind());
            assertEquals(RelationType.VISITOR, RelationTypes.effective(a));
        }
        // an action task for a visitor asks more than fits
        String tooMuch = NLS.bind(nl.leefwereld.method.relation.Messages.Fit_feedbackTask, RelationTypes.label(TaskKind.ACTION),
                RelationTypes.label(RelationType.VISITOR));
        assertTrue(ok.out().contains(tooMuch), ok.out());

        CliRun clear = run("--format", "json", "relation", "feedback", conversationIds.get(0), "--task", "", "--task-kind",
                "geen");
        assertEquals(0, clear.code(), clear.err());
        String compact = clear.out().replaceAll("\\s+", "");
        assertTrue(compact.contains("\"feedback\":{\"compliment\":\"Fijndatjetochgekomenbent.\""), clear.out());
        assertTrue(compact.contains("\"task\":null,\"taskKind\":\"none\""), clear.out());
        assertFalse(clear.out().contains(tooMuch), "no task, nothing that asks too much: " + clear.out());
    }
}
