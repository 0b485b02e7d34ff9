// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.learn.Confusion;
import nl.leefwereld.core.learn.StoredModel;
import nl.leefwereld.core.learn.TrainedModels;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.method.mi.MiCode;
import nl.leefwereld.method.mi.MiLearning;
import nl.leefwereld.method.mi.MiMethod;
import nl.leefwereld.method.mi.MiSuggestionAnalyzer;
import nl.leefwereld.method.mi.cli.MiCommand;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.OrganisationObject;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.testsupport.TestCliContext;

/**
 * The trainable MI suggestions: {@code mi train} and {@code mi evaluate} on a real Derby store with generated
 * coded conversations, the stored model's versions, and what a trained model suggests.
 */
public class MiLearningTest {

    private static final String[] TOPICS = { "werk", "de schulden", "de huur", "je moeder", "het sporten",
            "de opleiding", "het geld", "de kinderen", "de buren", "het roken" };

    /** Professional lines with their code; "prachtig" affirms, a word the rules do not know. */
    private static final String[][] PROFESSIONAL = { { "Hoe kijk je aan tegen %s?", "OQ" },
            { "Het klinkt alsof %s je veel zorgen geeft.", "CR" },
            { "Prachtig hoe je %s hebt aangepakt.", "AF" },
            { "De regel is dat de gemeente %s vergoedt binnen zes weken.", "GI" },
            { "Even kijken, ik pak mijn agenda erbij.", null } };
    private static final String[][] CLIENT = { { "Ik wil echt iets doen aan %s.", "CT" },
            { "Ik heb geen zin om over %s te praten.", "ST" }, { "Mijn zus woont ook in de buurt van %s.", "NT" } };

    /** {@code n} conversations of 30 utterances, coded by "anna" (a few left uncoded as other or neutral). */
    static List<Conversation> coded(int n, long seed) {
        Random random = new Random(seed);
        List<Conversation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder t = new StringBuilder("# Professional: Consulent\n");
            List<String> codes = new ArrayList<>();
            for (int k = 0; k < 15; k++) {
                String[] p = PROFESSIONAL[random.nextInt(PROFESSIONAL.length)];
                String[] c = CLIENT[random.nextInt(CLIENT.length)];
                String topic = TOPICS[random.nextInt(TOPICS.length)];
                t.append("Consulent: ").append(String.format(p[0], topic)).append('\n');
                t.append("Klant: ").append(String.format(c[0], topic)).append('\n');
                codes.add(p[1]);
                codes.add(c[1]);
            }
            Client client = Fixtures.client("Client " + i);
            Trajectory trajectory = Fixtures.trajectory(client, "Traject " + i);
            Conversation conversation = Fixtures.conversation(trajectory, t.toString());
            conversation.setTitle("Gesprek " + i);
            List<Utterance> utterances = conversation.getUtterances();
            for (int k = 0; k < utterances.size(); k++) {
                if (codes.get(k) != null) {
                    Annotation a = Fixtures.annotation(Fixtures.id(), utterances.get(k), MiMethod.METHOD_ID,
                            MiCode.byAbbreviation(codes.get(k)).guid());
                    a.setCoder("anna");
                    a.setSpanEnd(utterances.get(k).getText().length());
                    conversation.getAnnotations().add(a);
                }
            }
            out.add(conversation);
        }
        return out;
    }

    private static void save(ConversationStore store, List<Conversation> conversations) {
        for (Conversation c : conversations) {
            store.saveClient(c.getTrajectory().getClient());
            store.saveConversation(c);
        }
    }

    @Test
    public void evaluateShowsRulesAndModelSideBySide(@TempDir Path dir) throws Exception {
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            save(store, coded(10, 1));
            TestCliContext ctx = TestCliContext.of(store, dir, null);
            assertEquals(CliCommand.EXIT_OK, ctx.run(new MiCommand(), "evaluate", "--folds", "5"));
            String out = ctx.output();
            assertTrue(out.contains("10") && out.contains("5"), out);
            for (String label : List.of("AF", "GI", "Q", "R", "other", "CT", "ST", "NT")) {
                assertTrue(out.lines().anyMatch(l -> l.trim().startsWith(label + " ")), label + " in\n" + out);
            }
            assertEquals(2, out.lines().filter(l -> l.trim().startsWith("macro-F1")).count(), out);

            nl.leefwereld.core.learn.Evaluation ev = MiLearning.evaluate(store.listClients().stream()
                    .flatMap(c -> c.getTrajectories().stream()).flatMap(t -> t.getConversations().stream())
                    .map(c -> store.loadConversation(c.getId())).toList(), "anna", 5, 1);
            Confusion rules = ev.rules().get(MiLearning.PROFESSIONAL);
            Confusion model = ev.model().get(MiLearning.PROFESSIONAL);
            assertEquals(150, model.total());
            assertTrue(model.macroF1() > 0.95, "the model learns the generated codes: " + model.macroF1());
            assertTrue(model.of("AF").f1() > 0.95, "affirmations with a word the rules do not know");
            assertEquals(0, rules.of("AF").tp(), "the rules do not know 'prachtig'");
            assertTrue(model.kappa() > rules.kappa(), model.kappa() + " vs " + rules.kappa());
            assertTrue(ev.model().get(MiLearning.CLIENT).macroF1() > 0.95);

            // too few conversations for the folds, a bad number: clear messages, nothing stored
            assertThrows(CliUsageException.class, () -> ctx.run(new MiCommand(), "evaluate", "--folds", "20"));
            assertThrows(CliUsageException.class, () -> ctx.run(new MiCommand(), "evaluate", "--folds", "vijf"));
            assertThrows(CliUsageException.class, () -> ctx.run(new MiCommand(), "evaluate", "--folds", "1"));
            assertTrue(store.organisationObjects(StoredModel.kind(MiMethod.METHOD_ID)).isEmpty());
        }
    }

    @Test
    public void trainStoresVersionedModelsThatSuggest(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        try (ConversationStore store = Stores.openEmbedded(db)) {
            save(store, coded(6, 2));
            TestCliContext ctx = TestCliContext.of(store, dir, null);
            assertThrows(CliUsageException.class, () -> ctx.run(new MiCommand(), "train", "--coder", "nobody"));
            assertEquals(CliCommand.EXIT_OK, ctx.run(new MiCommand(), "train", "--coder", "anna"));
            assertTrue(ctx.output().contains("examples.professional: 90"), ctx.output());
            Thread.sleep(5);
            assertEquals(CliCommand.EXIT_OK, ctx.run(new MiCommand(), "train"));
        }
        try (ConversationStore store = Stores.openEmbedded(db)) {
            List<OrganisationObject> versions = store.organisationObjects(StoredModel.kind(MiMethod.METHOD_ID));
            assertEquals(2, versions.size(), "each training is a version of its own");
            assertNotEquals(versions.get(0).id(), versions.get(1).id());
            StoredModel latest = StoredModel.latest(store, MiMethod.METHOD_ID);
            assertNotNull(latest);
            assertEquals(versions.get(1).id(), latest.version());
            Map<String, String> info = latest.info();
            assertEquals("*", info.get("coder"));
            assertEquals("6", info.get("conversations"));
            assertTrue(info.get("labels.professional").contains("AF=") && info.get("labels.client").contains("CT="),
                    info.toString());
            assertTrue(store.auditEvents(null).stream().anyMatch(e -> latest.version().equals(e.objectId())),
                    "storing a model is audited");

            Conversation fresh = Fixtures.parse("# Professional: Consulent\n"
                    + "Consulent: Prachtig hoe je de administratie hebt aangepakt.\n"
                    + "Klant: Ik wil echt iets doen aan de administratie.\n"
                    + "Consulent: Even kijken, ik pak mijn agenda erbij.\n");
            List<AnnotationSuggestion> s = MiLearning.suggest(latest, fresh);
            assertTrue(s.stream().anyMatch(x -> x.utterance() == fresh.getUtterances().get(0)
                    && x.codeId().equals(MiCode.AFFIRM.guid()) && x.confidence() >= MiLearning.THRESHOLD), s.toString());
            assertTrue(s.stream().anyMatch(x -> x.utterance() == fresh.getUtterances().get(1)
                    && x.codeId().equals(MiCode.CHANGE_TALK.guid())), s.toString());
            assertTrue(s.stream().noneMatch(x -> x.utterance() == fresh.getUtterances().get(2)),
                    "other gets no suggestion: " + s);
            assertTrue(s.get(0).reason().contains(latest.version()), s.get(0).reason());

            // the analyzer suggests with the organisation's model once the store is in use, with the rules without
            assertTrue(new MiSuggestionAnalyzer().suggest(fresh, null).stream()
                    .noneMatch(x -> x.codeId().equals(MiCode.AFFIRM.guid())), "the rules do not know 'prachtig'");
            TrainedModels.use(store);
            try {
                List<AnnotationSuggestion> analyzed = new MiSuggestionAnalyzer().suggest(fresh, null);
                assertTrue(analyzed.stream().anyMatch(x -> x.utterance() == fresh.getUtterances().get(0)
                        && x.codeId().equals(MiCode.AFFIRM.guid())), analyzed.toString());
            } finally {
                TrainedModels.use(null);
            }

            // the stored text survives a round trip; a damaged text is refused with a message
            assertEquals(latest.toText(), StoredModel.fromText(latest.toText()).toText());
            assertThrows(IllegalArgumentException.class, () -> StoredModel.fromText("nonsense"));
            String damaged = latest.toText().replaceFirst("\n--- professional\n.{20}", "\n--- professional\nAAAAAAAAAAAAAAAAAAAA");
            assertThrows(IllegalArgumentException.class, () -> StoredModel.fromText(damaged));
        }
    }

    @Test
    public void kappaAndMacroF1FromCounts() {
        Confusion c = new Confusion();
        // 20 items: human A predicted A 8, A->B 2, B->B 6, B->A 4
        for (int i = 0; i < 8; i++) {
            c.add("A", "A", true);
        }
        for (int i = 0; i < 2; i++) {
            c.add("A", "B", true);
        }
        for (int i = 0; i < 6; i++) {
            c.add("B", "B", false);
        }
        for (int i = 0; i < 4; i++) {
            c.add("B", "A", true);
        }
        assertEquals(0.7, c.accuracy(), 1e-9);
        // pe = (10/20)(12/20) + (10/20)(8/20) = 0.5; kappa = (0.7 - 0.5) / 0.5
        assertEquals(0.4, c.kappa(), 1e-9);
        assertEquals(8 / 12.0, c.of("A").precision(), 1e-9);
        assertEquals(0.8, c.of("A").recall(), 1e-9);
        assertEquals((c.of("A").f1() + c.of("B").f1()) / 2, c.macroF1(), 1e-9);
        assertEquals(0.7, c.coverage(), 1e-9);
    }
}
