// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.method.mi.MiCode;
import nl.leefwereld.method.mi.MiSuggestionAnalyzer;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;

/**
 * Precision and recall of the suggestions per code on the labelled set {@code labelled-utterances.txt}
 * (realistic conversations, Dutch mostly, some English), with a floor per code. The figures are printed.
 */
public class MiSuggestionQualityTest {

    /** The evaluated labels and the floor (precision, recall) each must reach. */
    private static final Map<String, double[]> FLOORS = new LinkedHashMap<>();
    static {
        FLOORS.put("OQ", new double[] { 0.90, 0.90 });
        FLOORS.put("CQ", new double[] { 0.90, 0.90 });
        FLOORS.put("REF", new double[] { 0.85, 0.80 });
        FLOORS.put("AF", new double[] { 0.85, 0.75 });
        FLOORS.put("GI", new double[] { 0.85, 0.85 });
        FLOORS.put("CT", new double[] { 0.85, 0.85 });
        FLOORS.put("ST", new double[] { 0.85, 0.85 });
    }

    /**
     * Floors for the held-out set (lower: it measures generalisation; recall of affirmations and client language is
     * the weak side of marker phrases, e.g. Dutch inversion "zou ik", "ga ik" is not recognised).
     */
    private static final Map<String, double[]> HELD_OUT_FLOORS = new LinkedHashMap<>();
    static {
        HELD_OUT_FLOORS.put("OQ", new double[] { 0.85, 0.85 });
        HELD_OUT_FLOORS.put("CQ", new double[] { 0.85, 0.85 });
        HELD_OUT_FLOORS.put("REF", new double[] { 0.75, 0.50 });
        HELD_OUT_FLOORS.put("AF", new double[] { 0.75, 0.25 });
        HELD_OUT_FLOORS.put("GI", new double[] { 0.75, 0.50 });
        HELD_OUT_FLOORS.put("CT", new double[] { 0.75, 0.40 });
        HELD_OUT_FLOORS.put("ST", new double[] { 0.75, 0.25 });
    }

    private record Labelled(Conversation conversation, List<Set<String>> labels) {
    }

    private static String label(MiCode code) {
        return switch (code) {
        case OPEN_QUESTION -> "OQ";
        case CLOSED_QUESTION -> "CQ";
        case SIMPLE_REFLECTION, COMPLEX_REFLECTION -> "REF";
        case AFFIRM -> "AF";
        case GIVING_INFORMATION -> "GI";
        case CHANGE_TALK -> "CT";
        case SUSTAIN_TALK -> "ST";
        default -> code.abbreviation();
        };
    }

    static List<Labelled> read(String resource) throws IOException {
        String all;
        try (InputStream in = MiSuggestionQualityTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, "the labelled set is on the class path");
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Labelled> result = new ArrayList<>();
        for (String block : all.split("(?m)^---\\s*$")) {
            StringBuilder transcript = new StringBuilder();
            List<Set<String>> labels = new ArrayList<>();
            for (String line : block.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    // keep only real headers (the comment lines of the file explain the format)
                    if (line.startsWith("# Professional:")) {
                        transcript.append(line).append('\n');
                    }
                    continue;
                }
                int bar = line.indexOf("||");
                String text = bar < 0 ? line : line.substring(0, bar);
                Set<String> l = new HashSet<>();
                if (bar >= 0) {
                    for (String code : line.substring(bar + 2).trim().split("\\s+")) {
                        if (!code.isBlank()) {
                            assertTrue(FLOORS.containsKey(code), "unknown label " + code + " in: " + line);
                            l.add(code);
                        }
                    }
                }
                transcript.append(text.strip()).append('\n');
                labels.add(l);
            }
            if (labels.isEmpty()) {
                continue;
            }
            TranscriptParseResult parse = new TranscriptParser().parse(transcript.toString());
            assertFalse(parse.hasProblems(), parse.problems().toString());
            assertEquals(labels.size(), parse.conversation().getUtterances().size(), "one utterance per line:\n" + transcript);
            result.add(new Labelled(parse.conversation(), labels));
        }
        return result;
    }

    /** The development set: the markers were written while looking at it, so its figures are optimistic. */
    @Test
    public void precisionAndRecallOnTheDevelopmentSet() throws IOException {
        measure("/labelled-utterances.txt", 150, FLOORS);
    }

    /** The held-out set, never used to tune the markers: the honest estimate. */
    @Test
    public void precisionAndRecallOnTheHeldOutSet() throws IOException {
        measure("/labelled-heldout.txt", 50, HELD_OUT_FLOORS);
    }

    private static void measure(String resource, int minimum, Map<String, double[]> floors) throws IOException {
        List<Labelled> set = read(resource);
        Map<String, int[]> counts = new LinkedHashMap<>(); // tp, fp, fn
        FLOORS.keySet().forEach(k -> counts.put(k, new int[3]));
        int utterances = 0;
        int english = 0;
        List<String> misses = new ArrayList<>();
        for (Labelled l : set) {
            Conversation c = l.conversation();
            Map<Utterance, Set<String>> predicted = new LinkedHashMap<>();
            for (AnnotationSuggestion s : new MiSuggestionAnalyzer().suggest(c, new NullProgressMonitor())) {
                assertFalse(s.reason().isBlank(), "every suggestion has a reason");
                predicted.computeIfAbsent(s.utterance(), k -> new HashSet<>()).add(label(MiCode.byGuid(s.codeId())));
            }
            for (int i = 0; i < c.getUtterances().size(); i++) {
                Utterance u = c.getUtterances().get(i);
                utterances++;
                if (u.getText().matches("(?s).*\\b(the|you|I|and)\\b.*")) {
                    english++;
                }
                Set<String> truth = l.labels().get(i);
                Set<String> guess = predicted.getOrDefault(u, Set.of());
                for (String code : FLOORS.keySet()) {
                    boolean t = truth.contains(code);
                    boolean g = guess.contains(code);
                    if (t && g) {
                        counts.get(code)[0]++;
                    } else if (g) {
                        counts.get(code)[1]++;
                        misses.add("FP " + code + ": " + u.getText());
                    } else if (t) {
                        counts.get(code)[2]++;
                        misses.add("FN " + code + ": " + u.getText());
                    }
                }
            }
        }
        assertTrue(utterances >= minimum, "at least " + minimum + " labelled utterances: " + utterances);
        System.out.println("MI suggestions, " + resource + ", on " + utterances + " labelled utterances (" + set.size()
                + " conversations, about " + english + " English):");
        System.out.println(String.format(Locale.ROOT, "  %-4s %9s %7s %5s %4s %4s %4s", "code", "precision", "recall",
                "F1", "TP", "FP", "FN"));
        List<String> failures = new ArrayList<>();
        double f1Sum = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] n = e.getValue();
            double p = n[0] + n[1] == 0 ? 0 : n[0] / (double) (n[0] + n[1]);
            double r = n[0] + n[2] == 0 ? 0 : n[0] / (double) (n[0] + n[2]);
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            f1Sum += f1;
            System.out.println(String.format(Locale.ROOT, "  %-4s %9.2f %7.2f %5.2f %4d %4d %4d", e.getKey(), p, r, f1,
                    n[0], n[1], n[2]));
            double[] floor = floors.get(e.getKey());
            if (p < floor[0] || r < floor[1]) {
                failures.add(e.getKey() + String.format(Locale.ROOT, " p=%.2f r=%.2f (floor %.2f/%.2f)", p, r,
                        floor[0], floor[1]));
            }
        }
        System.out.println(String.format(Locale.ROOT, "  macro-F1 %.3f (mean F1 over the %d codes)", f1Sum / counts.size(),
                Integer.valueOf(counts.size())));
        misses.forEach(m -> System.out.println("    " + m));
        assertTrue(failures.isEmpty(), "below the floor: " + failures);
    }
}
