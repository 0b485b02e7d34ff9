// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.coding.PrecisionRecall;
import nl.leefwereld.method.blanco.model.EntryKind;

/**
 * Precision, recall and F1 of {@link SentenceClassifier} on a labelled set: a UTF-8 text of lines
 * {@code label<TAB>language<TAB>sentence} with label {@code F} (fact) or {@code J} (judgment); blank lines and lines
 * starting with {@code #} are skipped. Used by {@code leefwereld blanco evaluate} and the tests.
 */
public final class ClassifierEvaluation {

    /** One labelled sentence and the line it stands on. */
    public record Item(int line, EntryKind label, String language, String sentence) {
    }

    /** A sentence the classifier got wrong. */
    public record Miss(Item item, Classification got) {
    }

    /**
     * The figures with judgment as the positive class.
     *
     * @param tp judgments found
     * @param fp facts called judgments
     * @param fn judgments missed
     * @param tn facts kept as facts
     */
    public record Result(int tp, int fp, int fn, int tn, List<Miss> misses) {
        public int size() {
            return tp + fp + fn + tn;
        }

        /** Judgments as the positive class. */
        public PrecisionRecall judgments() {
            return new PrecisionRecall(tp, fp, fn);
        }

        /** Facts as the positive class: a true negative is a fact found. */
        public PrecisionRecall facts() {
            return new PrecisionRecall(tn, fn, fp);
        }

        public double precision() {
            return judgments().precision();
        }

        public double recall() {
            return judgments().recall();
        }

        public double f1() {
            return judgments().f1();
        }

        public double factPrecision() {
            return facts().precision();
        }

        public double factRecall() {
            return facts().recall();
        }

        public double factF1() {
            return facts().f1();
        }
    }

    /** A labelled set that cannot be read; the message names the source and line. */
    public static final class FormatException extends Exception {
        private static final long serialVersionUID = 1L;

        public FormatException(String message) {
            super(message);
        }
    }

    private ClassifierEvaluation() {
    }

    /** The items of a labelled set. */
    public static List<Item> parse(String text, String source) throws FormatException {
        List<Item> items = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1); //$NON-NLS-1$
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            String[] f = line.split("\t"); //$NON-NLS-1$
            if (f.length != 3 || !(f[0].equals("F") || f[0].equals("J")) || f[2].isBlank()) { //$NON-NLS-1$ //$NON-NLS-2$
                throw new FormatException(NLS.bind(Messages.Evaluation_badLine, source, Integer.valueOf(i + 1)));
            }
            items.add(new Item(i + 1, f[0].equals("J") ? EntryKind.JUDGMENT : EntryKind.FACT, f[1].strip(), f[2].strip())); //$NON-NLS-1$
        }
        return items;
    }

    /** Classifies every item and counts. */
    public static Result evaluate(SentenceClassifier classifier, List<Item> items) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        List<Miss> misses = new ArrayList<>();
        for (Item item : items) {
            Classification c = classifier.classify(item.sentence());
            boolean predicted = c.isJudgment();
            boolean actual = item.label() == EntryKind.JUDGMENT;
            if (predicted && actual) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (actual) {
                fn++;
            } else {
                tn++;
            }
            if (predicted != actual) {
                misses.add(new Miss(item, c));
            }
        }
        return new Result(tp, fp, fn, tn, List.copyOf(misses));
    }
}
