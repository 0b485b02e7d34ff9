// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.leefwereld.method.blanco.Classification;
import nl.leefwereld.method.blanco.ClassifierEvaluation;
import nl.leefwereld.method.blanco.SentenceClassifier;
import nl.leefwereld.method.blanco.model.EntryKind;

/**
 * Precision and recall of {@link SentenceClassifier} per class (fact, judgment) on the labelled set
 * {@code labelled-sentences.tsv}: 287 Dutch and 24 English sentences written for this purpose. Prints the figures
 * and the misclassified sentences, and asserts a floor.
 */
public class ClassifierPrecisionRecallTest {

    record Labelled(EntryKind label, String language, String sentence) {
    }

    record Scores(double precision, double recall, int tp, int fp, int fn) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    static List<Labelled> load(String resource) throws Exception {
        List<Labelled> result = new ArrayList<>();
        try (InputStream in = ClassifierPrecisionRecallTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is in the test bundle");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new AssertionError(resource + " line " + n + ": three tab-separated fields expected");
                }
                result.add(new Labelled(f[0].equals("J") ? EntryKind.JUDGMENT : EntryKind.FACT, f[1], f[2]));
            }
        }
        return result;
    }

    static Scores score(List<Labelled> set, EntryKind positive, List<String> errors) {
        SentenceClassifier classifier = new SentenceClassifier();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Labelled l : set) {
            Classification c = classifier.classify(l.sentence());
            boolean predicted = c.kind() == positive;
            boolean actual = l.label() == positive;
            if (predicted && actual) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (actual) {
                fn++;
            }
            if (errors != null && c.kind() != l.label() && positive == EntryKind.JUDGMENT) {
                errors.add("  expected " + l.label() + ", got " + c.kind() + ": " + l.sentence() + "  [" + c.reason() + "]");
            }
        }
        return new Scores(tp + fp == 0 ? 0 : (double) tp / (tp + fp), tp + fn == 0 ? 0 : (double) tp / (tp + fn), tp, fp, fn);
    }

    private static String line(String what, Scores s) {
        return String.format(Locale.ROOT, "%-22s precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", what,
                s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn());
    }

    @Test
    public void precisionAndRecallOnTheLabelledSetStayAboveTheFloor() throws Exception {
        // 190 + 49 + 48 (issue 23) Dutch sentences
        List<Labelled> all = load("labelled-sentences.tsv");
        List<Labelled> dutch = all.stream().filter(l -> l.language().equals("nl")).toList();
        List<Labelled> english = all.stream().filter(l -> l.language().equals("en")).toList();
        assertTrue(dutch.size() >= 150, "at least 150 Dutch sentences: " + dutch.size());
        assertTrue(dutch.stream().filter(l -> l.label() == EntryKind.JUDGMENT).count() >= 60, "enough judgments");
        assertTrue(dutch.stream().filter(l -> l.label() == EntryKind.FACT).count() >= 60, "enough facts");
        assertTrue(english.size() >= 20, "some English: " + english.size());

        List<String> errors = new ArrayList<>();
        Scores nlJudgment = score(dutch, EntryKind.JUDGMENT, errors);
        Scores nlFact = score(dutch, EntryKind.FACT, null);
        Scores enJudgment = score(english, EntryKind.JUDGMENT, errors);
        Scores enFact = score(english, EntryKind.FACT, null);
        System.out.println("Blanco fact/judgment classifier, labelled set: " + dutch.size() + " Dutch, " + english.size()
                + " English sentences");
        System.out.println(line("nl judgment", nlJudgment));
        System.out.println(line("nl fact", nlFact));
        System.out.println(line("en judgment", enJudgment));
        System.out.println(line("en fact", enFact));
        System.out.println("Misclassified:");
        errors.forEach(System.out::println);

        assertTrue(nlJudgment.precision() >= 0.90, line("nl judgment", nlJudgment));
        assertTrue(nlJudgment.recall() >= 0.90, line("nl judgment", nlJudgment));
        assertTrue(nlFact.precision() >= 0.90, line("nl fact", nlFact));
        assertTrue(nlFact.recall() >= 0.90, line("nl fact", nlFact));
        assertTrue(enJudgment.precision() >= 0.80, line("en judgment", enJudgment));
        assertTrue(enJudgment.recall() >= 0.75, line("en judgment", enJudgment));
    }

    /** The held-out set was written after the word lists were fixed: a fairer figure, with a lower floor. */
    @Test
    public void precisionAndRecallOnTheHeldOutSet() throws Exception {
        List<Labelled> heldOut = load("heldout-sentences.tsv");
        assertTrue(heldOut.size() >= 40, "held-out size: " + heldOut.size());
        List<String> errors = new ArrayList<>();
        Scores judgment = score(heldOut, EntryKind.JUDGMENT, errors);
        Scores fact = score(heldOut, EntryKind.FACT, null);
        System.out.println("Held-out set: " + heldOut.size() + " Dutch sentences");
        System.out.println(line("held-out judgment", judgment));
        System.out.println(line("held-out fact", fact));
        System.out.println("Misclassified:");
        errors.forEach(System.out::println);
        assertTrue(judgment.precision() >= 0.85, line("held-out judgment", judgment));
        assertTrue(judgment.recall() >= 0.65, line("held-out judgment", judgment));
        assertTrue(fact.recall() >= 0.85, line("held-out fact", fact));
    }

    /**
     * The second held-out set (issue 23): 120 sentences written before the clause-level rules and never used to
     * tune them. The issue's goal is judgment F1 at least 0.92; measured 0.90 with the clause rules (0.29 before the
     * text layer), 0.94 with the broader lexicon and idioms, so the floor sits below the measurement.
     */
    @Test
    public void judgmentF1OnTheSecondHeldOutSetStaysAboveTheFloor() throws Exception {
        heldOut("heldout-sentences-2.tsv", 100, 0.92, 0.95);
    }

    /**
     * The third held-out set (issue 23, second round): 133 sentences written before the broader lexicon, the idioms
     * and the new patterns, and not run while they were developed (0.69 before, 0.99 after).
     */
    @Test
    public void judgmentF1OnTheThirdHeldOutSetStaysAboveTheFloor() throws Exception {
        heldOut("heldout-sentences-3.tsv", 120, 0.92, 0.95);
    }

    private static void heldOut(String resource, int least, double f1Floor, double precisionFloor) throws Exception {
        String text;
        try (InputStream in = ClassifierPrecisionRecallTest.class.getResourceAsStream(resource)) {
            assertNotNull(in);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<ClassifierEvaluation.Item> items = ClassifierEvaluation.parse(text, resource);
        assertTrue(items.size() >= least, "held-out size: " + items.size());
        ClassifierEvaluation.Result r = ClassifierEvaluation.evaluate(new SentenceClassifier(), items);
        Scores judgment = new Scores(r.precision(), r.recall(), r.tp(), r.fp(), r.fn());
        Scores fact = new Scores(r.factPrecision(), r.factRecall(), r.tn(), r.fn(), r.fp());
        System.out.println(resource + ": " + items.size() + " Dutch sentences");
        System.out.println(line("held-out judgment", judgment));
        System.out.println(line("held-out fact", fact));
        System.out.println("Misclassified:");
        List<String> errors = r.misses().stream().map(m -> "  expected " + m.item().label() + ": " + m.item().sentence() + "  ["
                + m.got().reason() + "]").toList();
        errors.forEach(System.out::println);
        System.out.println("goal judgment F1 >= 0.92: " + (r.f1() >= 0.92 ? "met" : "not met"));
        assertTrue(r.f1() >= f1Floor, line(resource, judgment) + "\n" + String.join("\n", errors));
        assertTrue(r.precision() >= precisionFloor, line(resource, judgment));
    }
}
