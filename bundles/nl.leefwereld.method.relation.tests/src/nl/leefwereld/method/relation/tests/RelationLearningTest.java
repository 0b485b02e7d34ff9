// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.coding.Annotations;
import nl.leefwereld.core.learn.Confusion;
import nl.leefwereld.core.learn.Evaluation;
import nl.leefwereld.core.learn.Learner;
import nl.leefwereld.core.learn.Learning;
import nl.leefwereld.core.learn.StoredModel;
import nl.leefwereld.method.relation.MarkerKind;
import nl.leefwereld.method.relation.RelationAssessor;
import nl.leefwereld.method.relation.RelationLearning;
import nl.leefwereld.method.relation.RelationMethod;
import nl.leefwereld.method.relation.cli.RelationCommand;
import nl.leefwereld.method.relation.model.RelationAssessment;
import nl.leefwereld.method.relation.model.RelationType;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.testsupport.TestCliContext;

/**
 * The trainable relation typing: {@code relation train}, {@code relation evaluate} and {@code relation model} on a
 * real Derby store with generated conversations, where the person's overrides of the derived type and the person's
 * marker codes (accepted suggestions included, rejected ones not) are the labels.
 */
public class RelationLearningTest {

    private static final String[] TOPICS = { "de huur", "de schulden", "mijn zoon", "de buren", "het werk",
            "de post", "de energierekening", "de school" };
    /** A problem in words the markers do not know ("drama"), coded problem+ by the person. */
    private static final String PROBLEM = "Het is echt een drama met %s.";
    /** An own share in words the markers do not know ("zelf oppakken"), coded share+. */
    private static final String SHARE = "Ik ga %s deze week zelf oppakken.";
    /** Nothing of the three questions. */
    private static final String[] NEUTRAL = { "Mijn zus woont ook in de buurt.", "We hebben een hond.",
            "Ik kwam met de bus vandaag." };

    /**
     * {@code n} conversations, a third of each type: klager ones hold problems, klant ones problems and own shares,
     * bezoeker ones neither. The person ("anna") codes the markers and overrides the derived type.
     */
    static List<Conversation> generated(int n, long seed) {
        Random random = new Random(seed);
        List<Conversation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RelationType type = RelationType.get(i % 3);
            StringBuilder t = new StringBuilder("# Professional: Consulent\n");
            List<String> codes = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                String topic = TOPICS[random.nextInt(TOPICS.length)];
                t.append("Consulent: Hoe gaat het met ").append(topic).append("?\n");
                codes.add(null);
                String line;
                String code;
                int pick = random.nextInt(3);
                if (type != RelationType.VISITOR && pick == 0) {
                    line = String.format(PROBLEM, topic);
                    code = RelationMethod.CODE_PROBLEM_YES;
                } else if (type == RelationType.CUSTOMER && pick == 1) {
                    line = String.format(SHARE, topic);
                    code = RelationMethod.CODE_SHARE_YES;
                } else {
                    line = NEUTRAL[random.nextInt(NEUTRAL.length)];
                    code = null;
                }
                t.append("Klant: ").append(line).append('\n');
                codes.add(code);
            }
            Client client = Fixtures.client("Client " + i);
            Trajectory trajectory = Fixtures.trajectory(client, "Traject " + i);
            Conversation c = Fixtures.conversation(trajectory, t.toString());
            c.setTitle("Gesprek " + i);
            List<Utterance> utterances = c.getUtterances();
            for (int k = 0; k < utterances.size(); k++) {
                if (codes.get(k) != null) {
                    Annotation a = Fixtures.annotation(Fixtures.id(), utterances.get(k), RelationMethod.METHOD_ID,
                            codes.get(k));
                    a.setCoder("anna");
                    a.setSpanEnd(utterances.get(k).getText().length());
                    c.getAnnotations().add(a);
                }
            }
            RelationAssessment a = RelationAssessor.assess(c, "anna", null);
            a.setOverridden(true);
            a.setOverrideType(type);
            a.setOverrideReason("zo zie ik het");
            c.getAssessments().add(a);
            out.add(c);
        }
        return out;
    }

    private static void save(ConversationStore store, List<Conversation> conversations) {
        for (Conversation c : conversations) {
            store.saveClient(c.getTrajectory().getClient());
            store.saveConversation(c);
        }
    }

    private static List<Conversation> all(ConversationStore store) {
        return store.listClients().stream().flatMap(c -> c.getTrajectories().stream())
                .flatMap(t -> t.getConversations().stream()).map(c -> store.loadConversation(c.getId())).toList();
    }

    @Test
    public void evaluateShowsRulesAndModelSideBySide(@TempDir Path dir) throws Exception {
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            List<Conversation> generated = generated(30, 1);
            save(store, generated);
            TestCliContext ctx = TestCliContext.of(store, dir, null);
            assertEquals(CliCommand.EXIT_OK, ctx.run(new RelationCommand(), "evaluate", "--folds", "5", "--coder", "anna"));
            String out = ctx.output();
            for (String label : List.of("bezoeker", "klager", "klant", "problem+", "share+", "none")) {
                assertTrue(out.lines().anyMatch(l -> l.trim().startsWith(label + " ")), label + " in\n" + out);
            }
            assertEquals(2, out.lines().filter(l -> l.trim().startsWith("macro-F1")).count(), out);

            Evaluation ev = Learning.evaluate(RelationLearning.LEARNER, all(store), "anna", 5, 1);
            System.out.println("relation evaluate on 30 generated conversations:\n" + out);
            Confusion typeRules = ev.rules().get(RelationLearning.TYPE);
            Confusion typeModel = ev.model().get(RelationLearning.TYPE);
            assertEquals(30, typeModel.total(), "every overridden conversation is a labelled example");
            assertEquals(0, typeRules.of("klager").tp(), "the markers do not know 'drama', so no klager is derived");
            assertTrue(typeModel.accuracy() > typeRules.accuracy(), typeModel.accuracy() + " vs " + typeRules.accuracy());
            Confusion markerRules = ev.rules().get(RelationLearning.MARKER);
            Confusion markerModel = ev.model().get(RelationLearning.MARKER);
            // bezoeker conversations hold no marker codes: only their type is labelled
            assertEquals(6 * generated.stream().filter(c -> !c.getAnnotations().isEmpty()).count(), markerModel.total(),
                    "every client utterance of a conversation with marker codes");
            assertTrue(markerModel.total() >= 6 * 15, "most klager and klant conversations hold codes");
            assertEquals(0, markerRules.of("problem+").tp());
            assertTrue(markerModel.of("problem+").f1() > 0.9, "the model learns 'drama': " + markerModel.of("problem+"));
            assertTrue(markerModel.of("share+").f1() > 0.9, markerModel.of("share+").toString());
            assertTrue(markerModel.kappa() > markerRules.kappa());

            // nobody's labels, too many folds, a bad number: clear messages, nothing stored
            assertThrows(CliUsageException.class, () -> ctx.run(new RelationCommand(), "evaluate", "--coder", "nobody"));
            assertThrows(CliUsageException.class, () -> ctx.run(new RelationCommand(), "evaluate", "--folds", "40"));
            assertThrows(CliUsageException.class, () -> ctx.run(new RelationCommand(), "evaluate", "--folds", "vijf"));
            assertTrue(store.organisationObjects(StoredModel.kind(RelationMethod.METHOD_ID)).isEmpty());
        }
    }

    @Test
    public void trainStoresTheModelWithItsCrossValidation(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        try (ConversationStore store = Stores.openEmbedded(db)) {
            List<Conversation> generated = generated(12, 2);
            long coded = generated.stream().filter(c -> !c.getAnnotations().isEmpty()).count();
            save(store, generated);
            TestCliContext ctx = TestCliContext.of(store, dir, null);
            assertEquals(CliCommand.EXIT_OK, ctx.run(new RelationCommand(), "model"));
            assertTrue(ctx.output().contains("No trained model") || ctx.output().contains("Nog geen"), ctx.output());
            assertEquals(CliCommand.EXIT_OK, ctx.run(new RelationCommand(), "train", "--coder", "anna"));
            assertTrue(ctx.output().contains("examples.type: 12")
                    && ctx.output().contains("examples.marker: " + 6 * coded), ctx.output());
        }
        try (ConversationStore store = Stores.openEmbedded(db)) {
            StoredModel latest = StoredModel.latest(store, RelationMethod.METHOD_ID);
            assertNotNull(latest);
            assertEquals("anna", latest.info().get("coder"));
            Evaluation kept = Evaluation.fromInfo(latest.info());
            assertNotNull(kept, "the training keeps its cross-validation");
            assertEquals(5, kept.folds());
            assertEquals(12, kept.model().get(RelationLearning.TYPE).total());
            Evaluation again = Learning.evaluate(RelationLearning.LEARNER, all(store), "anna", 5, 1);
            assertEquals(again.model().get(RelationLearning.MARKER).toText(),
                    kept.model().get(RelationLearning.MARKER).toText(), "the kept counts are the evaluation's");
            TestCliContext ctx = TestCliContext.of(store, dir, null);
            assertEquals(CliCommand.EXIT_OK, ctx.run(new RelationCommand(), "model"));
            String out = ctx.output();
            assertTrue(out.contains(latest.version()) && out.contains("anna"), out);
            assertEquals(2, out.lines().filter(l -> l.trim().startsWith("macro-F1")).count(), out);
        }
    }

    @Test
    public void overridesAndAcceptedSuggestionsAreLabelsRejectedOnesAreNot() {
        Conversation c = Fixtures.parse("# Professional: Consulent\n"
                + "Consulent: Wat brengt u hier?\n"
                + "Klant: Ik zit met schulden.\n"
                + "Consulent: Hoe gaat het thuis?\n"
                + "Klant: Het is echt een drama met de huur.\n");
        Learner l = RelationLearning.LEARNER;
        assertTrue(l.items(c, null, true).isEmpty(), "nothing labelled by a person: no items");

        // the analyzer's assessment, not stored by a person, is no label
        RelationAssessment proposed = RelationAssessor.assess(c, RelationMethod.ANALYZER_MARKERS, null);
        c.getAssessments().add(proposed);
        assertNull(RelationLearning.humanType(c, null));
        // a person's stored assessment is an accepted suggestion; the override wins over the derived type
        RelationAssessment mine = RelationAssessor.assess(c, "anna", null);
        c.getAssessments().add(mine);
        assertEquals(mine.getDerivedType(), RelationLearning.humanType(c, "anna"));
        mine.setOverridden(true);
        mine.setOverrideType(RelationType.COMPLAINANT);
        mine.setOverrideReason("ziet een probleem, de oplossing bij anderen");
        assertEquals(RelationType.COMPLAINANT, RelationLearning.humanType(c, "anna"));
        assertNull(RelationLearning.humanType(c, "bert"));
        List<Learner.Item> items = l.items(c, "anna", true);
        assertEquals(1, items.size(), "the type only: no marker codes yet");
        assertEquals("klager", items.get(0).example().label());

        // suggestions: an accepted one is a label, a rejected one is gone (the utterance counts as none)
        Utterance u1 = c.getUtterances().get(1);
        Utterance u3 = c.getUtterances().get(3);
        Annotation accepted = suggestion(c, u1, MarkerKind.PROBLEM_YES.codeId());
        Annotation rejected = suggestion(c, u3, MarkerKind.HELP_YES.codeId());
        Annotations.accept(accepted, "anna");
        Annotations.reject(rejected);
        items = l.items(c, "anna", true);
        assertEquals(3, items.size(), items.toString());
        assertEquals("problem+", items.get(1).example().label());
        assertEquals("problem+", items.get(1).rules(), "the markers find 'ik zit met schulden'");
        assertEquals(RelationLearning.NONE, items.get(2).example().label());
    }

    private static Annotation suggestion(Conversation c, Utterance u, String codeId) {
        Annotation a = Fixtures.annotation(Fixtures.id(), u, RelationMethod.METHOD_ID, codeId);
        a.setOrigin(AnnotationOrigin.SUGGESTED);
        a.setSpanEnd(u.getText().length());
        c.getAnnotations().add(a);
        return a;
    }
}
