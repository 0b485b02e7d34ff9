// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.method.relation.MarkerKind;
import nl.leefwereld.method.relation.RelationAnalyzer;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

/**
 * Precision and recall of the analyzer's suggestions per code on a hand-labelled set ({@code labelled.txt}), per
 * utterance: a code counts as found when the analyzer suggests it anywhere in the utterance. Prints the figures.
 */
public class LabelledSetTest {

    private static final Map<String, MarkerKind> LABELS = Map.ofEntries(Map.entry("problem+", MarkerKind.PROBLEM_YES),
            Map.entry("problem-", MarkerKind.PROBLEM_NO), Map.entry("help+", MarkerKind.HELP_YES),
            Map.entry("help-", MarkerKind.HELP_NO), Map.entry("share+", MarkerKind.SHARE_YES),
            Map.entry("share-", MarkerKind.SHARE_NO), Map.entry("scale", MarkerKind.SCALING_QUESTION),
            Map.entry("scale#", MarkerKind.SCALING_ANSWER), Map.entry("miracle", MarkerKind.MIRACLE_QUESTION),
            Map.entry("exception", MarkerKind.EXCEPTION_QUESTION), Map.entry("coping", MarkerKind.COPING_QUESTION),
            Map.entry("compliment", MarkerKind.COMPLIMENT), Map.entry("action", MarkerKind.ACTION_TASK),
            Map.entry("observation", MarkerKind.OBSERVATION_TASK));

    @Test
    public void precisionAndRecallPerCode() throws Exception {
        String table = measure("labelled.txt", true);
        assertTrue(table.contains("ALL"), table);
    }

    /**
     * The held-out sets are not used for tuning: their figures are the honest estimate. The first was written after
     * the first round of tuning on {@code labelled.txt}; the second (sectors and phrasings the first lacks) before the
     * second round on the additions at the end of {@code labelled.txt}. Measured after the second round: see the
     * session note. Lower floors, no floor per code.
     */
    @Test
    public void precisionAndRecallOnTheHeldOutSet() throws Exception {
        measure("labelled-heldout.txt", false);
    }

    @Test
    public void precisionAndRecallOnTheSecondHeldOutSet() throws Exception {
        measure("labelled-heldout-2.txt", false);
    }

    private String measure(String resource, boolean tuned) throws Exception {
        Map<Utterance, Set<MarkerKind>> gold = new HashMap<>();
        List<Conversation> conversations = read(resource, gold);
        Map<MarkerKind, int[]> counts = new EnumMap<>(MarkerKind.class); // tp, fp, fn
        for (MarkerKind k : MarkerKind.values()) {
            counts.put(k, new int[3]);
        }
        for (Conversation c : conversations) {
            AnalysisResult r = new RelationAnalyzer().analyze(c, new NullProgressMonitor());
            Map<Utterance, Set<MarkerKind>> found = new HashMap<>();
            for (AnnotationSuggestion s : r.suggestions()) {
                found.computeIfAbsent(s.utterance(), u -> EnumSet.noneOf(MarkerKind.class)).add(MarkerKind.ofCode(s.codeId()));
            }
            for (Utterance u : c.getUtterances()) {
                Set<MarkerKind> g = gold.get(u);
                Set<MarkerKind> f = found.getOrDefault(u, Set.of());
                for (MarkerKind k : MarkerKind.values()) {
                    boolean inGold = g.contains(k);
                    boolean inFound = f.contains(k);
                    if (inGold && inFound) {
                        counts.get(k)[0]++;
                    } else if (inFound) {
                        counts.get(k)[1]++;
                        System.out.println(resource + " FP " + k + ": " + u.getText());
                    } else if (inGold) {
                        counts.get(k)[2]++;
                        System.out.println(resource + " FN " + k + ": " + u.getText());
                    }
                }
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-20s %4s %4s %4s %9s %7s%n", "code", "tp",
                "fp", "fn", "precision", "recall"));
        for (Map.Entry<MarkerKind, int[]> e : counts.entrySet()) {
            int[] n = e.getValue();
            tp += n[0];
            fp += n[1];
            fn += n[2];
            table.append(String.format(Locale.ROOT, "%-20s %4d %4d %4d %9.2f %7.2f%n", e.getKey(), n[0], n[1], n[2],
                    ratio(n[0], n[0] + n[1]), ratio(n[0], n[0] + n[2])));
            if (tuned && n[0] + n[2] >= 3) {
                // every code with at least three examples: a floor per code
                assertTrue(ratio(n[0], n[0] + n[1]) >= 0.6, e.getKey() + " precision\n" + table);
                assertTrue(ratio(n[0], n[0] + n[2]) >= 0.5, e.getKey() + " recall\n" + table);
            }
        }
        double precision = ratio(tp, tp + fp);
        double recall = ratio(tp, tp + fn);
        table.append(String.format(Locale.ROOT, "%-20s %4d %4d %4d %9.2f %7.2f%n", "ALL (micro)", tp, fp, fn, precision, recall));
        System.out.println("Relation markers on " + resource + " (" + conversations.size() + " conversations, "
                + gold.size() + " utterances):");
        System.out.print(table);
        assertTrue(precision >= (tuned ? 0.85 : 0.8), table.toString());
        assertTrue(recall >= (tuned ? 0.75 : 0.3), table.toString());
        return table.toString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    private List<Conversation> read(String resource, Map<Utterance, Set<MarkerKind>> gold) throws Exception {
        List<Conversation> result = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " on the class path");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Conversation c = null;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.isBlank()) {
                    c = null;
                    continue;
                }
                String[] parts = line.split("\\s*\\|\\s*", 3);
                assertTrue(parts.length == 3, "line " + number + ": speaker | labels | text");
                if (c == null) {
                    c = conversation();
                    result.add(c);
                }
                Utterance u = ModelFactory.eINSTANCE.createUtterance();
                u.setId(UUID.randomUUID().toString());
                u.setSpeaker(c.getParticipants().get(parts[0].equals("P") ? 0 : 1));
                u.setText(parts[2]);
                c.getUtterances().add(u);
                Set<MarkerKind> labels = EnumSet.noneOf(MarkerKind.class);
                if (!parts[1].equals("-")) {
                    for (String l : parts[1].split(",")) {
                        MarkerKind k = LABELS.get(l.strip());
                        assertNotNull(k, "line " + number + ": unknown label " + l);
                        labels.add(k);
                    }
                }
                gold.put(u, labels);
            }
        }
        return result;
    }

    private static Conversation conversation() {
        Conversation c = ModelFactory.eINSTANCE.createConversation();
        c.setId(UUID.randomUUID().toString());
        Participant p = ModelFactory.eINSTANCE.createParticipant();
        p.setId(UUID.randomUUID().toString());
        p.setRole(ParticipantRole.PROFESSIONAL);
        p.setName("Professional");
        Participant k = ModelFactory.eINSTANCE.createParticipant();
        k.setId(UUID.randomUUID().toString());
        k.setRole(ParticipantRole.CLIENT);
        k.setName("Client");
        c.getParticipants().add(p);
        c.getParticipants().add(k);
        return c;
    }
}
