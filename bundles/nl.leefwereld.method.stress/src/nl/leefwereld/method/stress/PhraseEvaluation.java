// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.coding.PrecisionRecall;
import nl.leefwereld.method.stress.StressLanguage.Flag;
import nl.leefwereld.method.stress.StressLanguage.Kind;

/**
 * Precision, recall and F1 of {@link StressLanguage} on labelled phrases: a UTF-8 text of lines
 * {@code kinds<TAB>phrase}, kinds comma-separated ({@code DEMAND, SANCTION, DEADLINE, JARGON, MANY_STEPS}) or
 * {@code none}; blank lines and {@code #} comments are skipped. Each (phrase, kind) pair counts once; long sentences
 * are not scored here. Used by {@code leefwereld stress evaluate} and the tests.
 */
public final class PhraseEvaluation {

    /** The kinds scored. */
    public static final Set<Kind> SCORED = EnumSet.complementOf(EnumSet.of(Kind.LONG_SENTENCE));

    /** One labelled phrase. */
    public record Item(int line, Set<Kind> kinds, String phrase) {
    }

    /** A kind the checker got wrong on a phrase: {@code found} true for a false flag, false for a miss. */
    public record Miss(Item item, Kind kind, boolean found) {
    }

    /** Counts over all pairs and per kind ({@code int[] {tp, fp, fn}}). */
    public record Result(int phrases, int tp, int fp, int fn, Map<Kind, int[]> perKind, List<Miss> misses) {
        /** The counts as precision, recall and F1. */
        public PrecisionRecall scores() {
            return new PrecisionRecall(tp, fp, fn);
        }

        public double precision() {
            return scores().precision();
        }

        public double recall() {
            return scores().recall();
        }

        public double f1() {
            return scores().f1();
        }
    }

    private PhraseEvaluation() {
    }

    /** The items of a labelled phrases file; a bad line gives a message naming the source and line. */
    public static List<Item> parse(String text, String source) throws StressLanguage.RulesFormatException {
        List<Item> items = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1); //$NON-NLS-1$
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            String[] cols = line.split("\t", 2); //$NON-NLS-1$
            Set<Kind> kinds = EnumSet.noneOf(Kind.class);
            try {
                if (cols.length < 2 || cols[1].isBlank()) {
                    throw new IllegalArgumentException();
                }
                for (String k : cols[0].split(",")) { //$NON-NLS-1$
                    if (!k.strip().equalsIgnoreCase("none")) { //$NON-NLS-1$
                        kinds.add(Kind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new StressLanguage.RulesFormatException(NLS.bind(Messages.Evaluation_badLine, source, Integer.valueOf(i + 1)));
            }
            items.add(new Item(i + 1, kinds, cols[1].strip()));
        }
        return items;
    }

    /** Checks every phrase and counts. */
    public static Result evaluate(StressLanguage checker, List<Item> items) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        Map<Kind, int[]> perKind = new EnumMap<>(Kind.class);
        SCORED.forEach(k -> perKind.put(k, new int[3]));
        List<Miss> misses = new ArrayList<>();
        for (Item item : items) {
            Set<Kind> found = EnumSet.noneOf(Kind.class);
            for (Flag f : checker.check(item.phrase())) {
                if (SCORED.contains(f.kind())) {
                    found.add(f.kind());
                }
            }
            for (Kind k : SCORED) {
                boolean t = item.kinds().contains(k);
                boolean p = found.contains(k);
                int[] c = perKind.get(k);
                if (t && p) {
                    tp++;
                    c[0]++;
                } else if (p) {
                    fp++;
                    c[1]++;
                    misses.add(new Miss(item, k, true));
                } else if (t) {
                    fn++;
                    c[2]++;
                    misses.add(new Miss(item, k, false));
                }
            }
        }
        return new Result(items.size(), tp, fp, fn, perKind, List.copyOf(misses));
    }
}
