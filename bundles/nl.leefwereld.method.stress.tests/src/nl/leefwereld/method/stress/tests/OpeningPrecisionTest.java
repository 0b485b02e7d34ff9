// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import nl.leefwereld.method.stress.OpeningCheck;
import nl.leefwereld.method.stress.WelcomeGuide;
import nl.leefwereld.method.stress.WelcomeGuide.Step;
import nl.leefwereld.method.stress.WelcomeGuide.StepCheck;
import nl.leefwereld.model.Conversation;

/**
 * Precision and recall of the welcome guide's step detection and the opening check's connection / small-talk
 * detection on a hand-labelled set of professionals' utterances ({@code resources/gelabelde-uitingen.tsv}).
 */
public class OpeningPrecisionTest {

    private static final List<String> CODES = List.of("welcome", "experience", "explain", "need", "system", "next", "connection",
            "smalltalk");

    private record Labelled(Set<String> labels, String text) {
    }

    private static List<Labelled> load() {
        List<Labelled> list = new ArrayList<>();
        for (String line : Conversations.resource("gelabelde-uitingen.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", 2);
            Set<String> labels = new TreeSet<>(List.of(cols[0].split(",")));
            labels.remove("none");
            if (labels.remove("empathy") | labels.contains("experience")) {
                labels.add("connection");
            }
            list.add(new Labelled(labels, cols[1].strip()));
        }
        return list;
    }

    private static Set<String> predict(String utterance) {
        Conversation c = Conversations.parse("# Professional: Consulent\nConsulent: " + utterance + "\n");
        Set<String> found = new TreeSet<>();
        Map<Step, String> names = Map.of(Step.WELCOME, "welcome", Step.ASK_EXPERIENCE, "experience", Step.EXPLAIN_TODAY, "explain",
                Step.ASK_NEED, "need", Step.SYSTEM_QUESTIONS, "system", Step.NEXT_STEP, "next");
        for (StepCheck s : WelcomeGuide.check(c)) {
            if (s.done()) {
                found.add(names.get(s.step()));
            }
        }
        OpeningCheck.Result r = OpeningCheck.check(c);
        if (!r.connections().isEmpty()) {
            found.add("connection");
        }
        if (!r.smallTalk().isEmpty()) {
            found.add("smalltalk");
        }
        return found;
    }

    @Test
    public void stepAndOpeningDetectionMeetTheirFloors() {
        List<Labelled> set = load();
        assertTrue(set.size() >= 60, "labelled utterances: " + set.size());
        Map<String, int[]> counts = new LinkedHashMap<>(); // tp, fp, fn
        CODES.forEach(code -> counts.put(code, new int[3]));
        List<String> errors = new ArrayList<>();
        for (Labelled l : set) {
            Set<String> predicted = predict(l.text());
            for (String code : CODES) {
                boolean truth = l.labels().contains(code);
                boolean guess = predicted.contains(code);
                int[] c = counts.get(code);
                if (truth && guess) {
                    c[0]++;
                } else if (guess) {
                    c[1]++;
                    errors.add("FP " + code + ": " + l.text());
                } else if (truth) {
                    c[2]++;
                    errors.add("FN " + code + ": " + l.text());
                }
            }
        }
        StringBuilder report = new StringBuilder("[stress] opening/step detection on " + set.size() + " labelled utterances:");
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            double precision = c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
            double recall = c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
            report.append(String.format(Locale.ROOT, "%n  %-10s precision %.2f recall %.2f (tp %d, fp %d, fn %d)", e.getKey(), precision,
                    recall, c[0], c[1], c[2]));
            assertTrue(precision >= 0.85, e.getKey() + " precision " + precision + " " + errors);
            assertTrue(recall >= 0.75, e.getKey() + " recall " + recall + " " + errors);
        }
        report.append(System.lineSeparator()).append("  misses: ").append(errors);
        System.out.println(report);
    }
}
