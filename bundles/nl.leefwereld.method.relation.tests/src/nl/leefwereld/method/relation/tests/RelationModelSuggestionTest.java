// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.learn.TrainedModels;
import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.method.relation.MarkerKind;
import nl.leefwereld.method.relation.RelationAnalyzer;
import nl.leefwereld.method.relation.RelationLearning;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.CliRun;
import nl.leefwereld.testsupport.CliTestBase;
import nl.leefwereld.testsupport.Fixtures;

/**
 * Once {@code relation train} stored a model, the marker suggestions of {@code analyze --method relation} (and the
 * workbench's analyzer) come from it, with its probability as confidence; without one, from the rules. And
 * {@code relation evaluate} reports how often the markers' type is the one the persons overrode to. Real Derby.
 */
public class RelationModelSuggestionTest extends CliTestBase {

    /** Words the rules do not know ("drama", "zelf oppakken"), but the person coded in the training conversations. */
    private static final String FRESH = "# Professional: Consulent\n"
            + "Consulent: Hoe gaat het met de energierekening?\n"
            + "Klant: Het is echt een drama met de energierekening.\n"
            + "Consulent: En de post?\n"
            + "Klant: Ik ga de post deze week zelf oppakken.\n"
            + "Consulent: Hoe kwam u hier?\n"
            + "Klant: Ik kwam met de bus vandaag.\n";

    @AfterEach
    void noModel() {
        TrainedModels.use(null); // the command line leaves its (closed) store behind; the next test starts clean
    }

    private String saveFresh() {
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            for (Conversation c : RelationLearningTest.generated(30, 3)) {
                store.saveClient(c.getTrajectory().getClient());
                store.saveConversation(c);
            }
            Client client = Fixtures.client("Nieuw");
            Trajectory trajectory = Fixtures.trajectory(client, "Nieuw traject");
            Conversation fresh = Fixtures.conversation(trajectory, FRESH);
            fresh.setTitle("Nieuw gesprek");
            store.saveClient(client);
            store.saveConversation(fresh);
            return fresh.getId();
        }
    }

    private static List<AnnotationSuggestion> markers(AnalysisResult r, MarkerKind kind) {
        return r.suggestions().stream().filter(s -> s.codeId().equals(kind.codeId())).toList();
    }

    @Test
    public void theTrainedModelSuggestsTheMarkersWithItsConfidence() {
        String id = saveFresh();
        CliRun before = run("analyze", "--method", "relation", id);
        assertEquals(0, before.code(), before.err());
        assertTrue(!before.out().contains("drama") && !before.out().contains("zelf oppakken"),
                "the rules know neither:\n" + before.out());

        CliRun train = run("relation", "train", "--coder", "anna");
        assertEquals(0, train.code(), train.err());

        CliRun after = run("analyze", "--method", "relation", id);
        assertEquals(0, after.code(), after.err());
        assertTrue(after.out().contains("drama") && after.out().contains("zelf oppakken"), after.out());
        assertTrue(after.out().contains("trained model") || after.out().contains("getraind model"), after.out());
        System.out.println("analyze --method relation with the trained model:\n" + after.out());

        // the same through the analyzer the workbench runs, with the model's probability as confidence
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation fresh = store.loadConversation(id);
            TrainedModels.use(store);
            AnalysisResult r = new RelationAnalyzer().analyze(fresh, new NullProgressMonitor());
            List<AnnotationSuggestion> problem = markers(r, MarkerKind.PROBLEM_YES);
            assertEquals(1, problem.size(), r.suggestions().toString());
            assertEquals(fresh.getUtterances().get(1), problem.get(0).utterance());
            double confidence = problem.get(0).confidence();
            assertTrue(confidence >= RelationLearning.THRESHOLD && confidence < 1.0, String.valueOf(confidence));
            assertTrue(problem.get(0).reason().contains(Math.round(confidence * 100) + "%"), problem.get(0).reason());
            List<AnnotationSuggestion> share = markers(r, MarkerKind.SHARE_YES);
            assertEquals(1, share.size(), r.suggestions().toString());
            assertEquals(fresh.getUtterances().get(3), share.get(0).utterance());
            assertTrue(markers(r, MarkerKind.PROBLEM_NO).isEmpty() && markers(r, MarkerKind.HELP_YES).isEmpty(),
                    "nothing on the bus: " + r.suggestions());

            // without a model: the rules again
            TrainedModels.use(null);
            AnalysisResult rules = new RelationAnalyzer().analyze(fresh, new NullProgressMonitor());
            assertTrue(markers(rules, MarkerKind.PROBLEM_YES).isEmpty() && markers(rules, MarkerKind.SHARE_YES).isEmpty(),
                    rules.suggestions().toString());
        }
    }

    @Test
    public void evaluateReportsHowOftenTheDerivedTypeAgreesWithTheOverrides() {
        saveFresh();
        CliRun ev = run("relation", "evaluate", "--coder", "anna");
        assertEquals(0, ev.code(), ev.err());
        // every generated conversation is overridden to its type; the markers know neither "drama" nor "zelf
        // oppakken", so they derive bezoeker everywhere: right for the 10 bezoeker conversations only
        assertTrue(ev.out().lines().anyMatch(l -> (l.startsWith("Overrides") || l.startsWith("Overschrijvingen"))
                && l.contains(" 10 ") && l.contains(" 30 ") && l.contains("(33%)")), ev.out());
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            List<Conversation> all = store.listClients().stream().flatMap(c -> c.getTrajectories().stream())
                    .flatMap(t -> t.getConversations().stream()).map(c -> store.loadConversation(c.getId())).toList();
            assertEquals(new RelationLearning.OverrideAgreement(30, 10), RelationLearning.overrideAgreement(all, "anna"));
            assertEquals(new RelationLearning.OverrideAgreement(0, 0), RelationLearning.overrideAgreement(all, "bert"));
        }
        CliRun nobody = run("relation", "evaluate");
        assertEquals(0, nobody.code(), nobody.err());
    }
}
