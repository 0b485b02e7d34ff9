// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.core.learn.Confusion;
import nl.leefwereld.core.learn.Evaluation;
import nl.leefwereld.core.learn.Learning;
import nl.leefwereld.core.learn.ModelQuality;
import nl.leefwereld.core.learn.StoredModel;
import nl.leefwereld.method.mi.MiCode;
import nl.leefwereld.method.mi.MiLearning;
import nl.leefwereld.method.mi.MiMethod;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;

/**
 * The trained MI model on the Dutch labelled sets: trained (in a real Derby store) on {@code labelled-utterances.txt}
 * and {@code labelled-learning.txt}, measured with the rules side by side on {@code labelled-learning-heldout.txt},
 * which was written before any training and is never trained or tuned on. The figures are printed.
 */
public class MiDutchSetLearningTest {

    private static final String CODER = "anna";
    private static final Set<String> PROFESSIONAL_CODES = Set.of("OQ", "CQ", "SR", "CR", "AF", "Seek", "Emph",
            "Persuade", "GI");

    /** The conversations of a labelled file, with the codes as annotations of {@value #CODER}. */
    static List<Conversation> read(String resource) throws IOException {
        String all;
        try (InputStream in = MiDutchSetLearningTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is on the class path");
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Conversation> out = new ArrayList<>();
        int n = 0;
        for (String block : all.split("(?m)^---\\s*$")) {
            StringBuilder transcript = new StringBuilder();
            List<String[]> codes = new ArrayList<>();
            for (String line : block.split("\n")) {
                if (line.isBlank() || line.startsWith("#") && !line.startsWith("# Professional:")) {
                    continue;
                }
                if (line.startsWith("#")) {
                    transcript.append(line).append('\n');
                    continue;
                }
                int bar = line.indexOf("||");
                transcript.append((bar < 0 ? line : line.substring(0, bar)).strip()).append('\n');
                codes.add(bar < 0 ? new String[0] : line.substring(bar + 2).trim().split("\\s+"));
            }
            if (codes.isEmpty()) {
                continue;
            }
            TranscriptParseResult parse = new TranscriptParser().parse(transcript.toString());
            assertFalse(parse.hasProblems(), parse.problems().toString());
            Client client = Fixtures.client("Client " + resource + ' ' + n);
            Trajectory trajectory = Fixtures.trajectory(client, "Traject " + n);
            Conversation c = parse.conversation();
            c.setId(Fixtures.id());
            c.setTitle(resource + ' ' + n++);
            trajectory.getConversations().add(c);
            List<Utterance> utterances = c.getUtterances();
            assertEquals(codes.size(), utterances.size(), "one utterance per line:\n" + transcript);
            for (int k = 0; k < utterances.size(); k++) {
                for (String code : codes.get(k)) {
                    if (code.isBlank()) {
                        continue;
                    }
                    MiCode mi = "REF".equals(code) ? MiCode.SIMPLE_REFLECTION : MiCode.byAbbreviation(code);
                    assertNotNull(mi, "unknown code " + code + " in " + resource);
                    boolean professional = PROFESSIONAL_CODES.contains(code) || "REF".equals(code);
                    assertEquals(professional, utterances.get(k).getSpeaker().getRole()
                            == nl.leefwereld.model.ParticipantRole.PROFESSIONAL,
                            code + " on the right side: " + utterances.get(k).getText());
                    Annotation a = Fixtures.annotation(Fixtures.id(), utterances.get(k), MiMethod.METHOD_ID, mi.guid());
                    a.setCoder(CODER);
                    a.setSpanEnd(utterances.get(k).getText().length());
                    c.getAnnotations().add(a);
                }
            }
            out.add(c);
        }
        return out;
    }

    private static int utterances(List<Conversation> cs) {
        return cs.stream().mapToInt(c -> c.getUtterances().size()).sum();
    }

    @Test
    public void trainedOnTheLabelledSetMeasuredOnTheHeldOutSet(@TempDir Path dir) throws IOException {
        List<Conversation> training = new ArrayList<>(read("/labelled-utterances.txt"));
        List<Conversation> own = read("/labelled-learning.txt");
        training.addAll(own);
        List<Conversation> heldOut = read("/labelled-learning-heldout.txt");
        assertTrue(utterances(own) >= 250, "the new labelled set: " + utterances(own));
        assertTrue(utterances(training) >= 300, "training utterances: " + utterances(training));
        assertTrue(utterances(heldOut) >= 100, "held-out utterances: " + utterances(heldOut));
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            for (Conversation c : training) {
                store.saveClient(c.getTrajectory().getClient());
                store.saveConversation(c);
            }
            List<Conversation> stored = store.listClients().stream().flatMap(c -> c.getTrajectories().stream())
                    .flatMap(t -> t.getConversations().stream()).map(c -> store.loadConversation(c.getId())).toList();
            assertEquals(training.size(), stored.size());
            StoredModel model = MiLearning.train(stored, CODER);
            Evaluation ev = Learning.heldOut(MiLearning.LEARNER, model, heldOut, CODER);
            System.out.println("MI on the Dutch held-out set (" + utterances(heldOut) + " utterances, "
                    + heldOut.size() + " conversations), model trained on " + utterances(training)
                    + " utterances (" + training.size() + " conversations):");
            ModelQuality.lines(ev, MiLearning.LEARNER::taskLabel).forEach(System.out::println);
            Confusion professional = ev.model().get(MiLearning.PROFESSIONAL);
            Confusion client = ev.model().get(MiLearning.CLIENT);
            assertEquals(heldOut.stream().mapToLong(c -> c.getUtterances().stream()
                    .filter(u -> u.getSpeaker().getRole() == nl.leefwereld.model.ParticipantRole.PROFESSIONAL)
                    .count()).sum(), professional.total(), "every professional utterance of the held-out set");
            for (String code : List.of("Q", "R", "AF", "Seek", "Emph", "Persuade", "GI")) {
                assertTrue(professional.of(code).tp() + professional.of(code).fn() > 0, code + " is in the held-out set");
            }
            // a floor well below what the model reaches, far above chance: the model learned something real
            assertTrue(professional.kappa() > 0.3 && client.kappa() > 0.2,
                    String.format(Locale.ROOT, "kappa %.3f / %.3f", professional.kappa(), client.kappa()));

            // the same protocol by cross-validation on the training set, for comparison
            Evaluation cv = Learning.evaluate(MiLearning.LEARNER, stored, CODER, 5, 1);
            System.out.println("MI, 5-fold cross-validation by conversation on the training set:");
            ModelQuality.lines(cv, MiLearning.LEARNER::taskLabel).forEach(System.out::println);
        }
    }
}
