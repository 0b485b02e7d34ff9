// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.coding.PrecisionRecall;

/**
 * Counts of (human label, predicted label) pairs, and what follows from them: precision, recall and F1 per label
 * ({@link PrecisionRecall}), macro-F1 over the labels the humans used, accuracy, Cohen's kappa against the human
 * coder, and coverage (the share of items with a prediction shown: confident enough, or a rule fired).
 */
public final class Confusion {

    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private int total;
    private int covered;

    /** Adds one item: what the human coded, what was predicted, and whether the prediction would be shown. */
    public void add(String human, String predicted, boolean shown) {
        counts.computeIfAbsent(human, k -> new HashMap<>()).merge(predicted, Integer.valueOf(1), Integer::sum);
        total++;
        if (shown) {
            covered++;
        }
    }

    public int total() {
        return total;
    }

    /** Every label seen (human or predicted), sorted. */
    public List<String> labels() {
        TreeSet<String> all = new TreeSet<>(counts.keySet());
        counts.values().forEach(m -> all.addAll(m.keySet()));
        return new ArrayList<>(all);
    }

    private int count(String human, String predicted) {
        Map<String, Integer> row = counts.get(human);
        Integer n = row == null ? null : row.get(predicted);
        return n == null ? 0 : n.intValue();
    }

    private int humanTotal(String label) {
        Map<String, Integer> row = counts.get(label);
        return row == null ? 0 : row.values().stream().mapToInt(Integer::intValue).sum();
    }

    private int predictedTotal(String label) {
        int n = 0;
        for (Map<String, Integer> row : counts.values()) {
            Integer v = row.get(label);
            n += v == null ? 0 : v.intValue();
        }
        return n;
    }

    /** Precision and recall of one label. */
    public PrecisionRecall of(String label) {
        int tp = count(label, label);
        return new PrecisionRecall(tp, predictedTotal(label) - tp, humanTotal(label) - tp);
    }

    /** The mean F1 over the labels the humans used. */
    public double macroF1() {
        double sum = 0;
        int n = 0;
        for (String label : counts.keySet()) {
            sum += of(label).f1();
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    public double accuracy() {
        int agree = 0;
        for (String label : labels()) {
            agree += count(label, label);
        }
        return total == 0 ? 0 : agree / (double) total;
    }

    /** Cohen's kappa of the predictions against the human labels (0 when chance agreement is 1). */
    public double kappa() {
        if (total == 0) {
            return 0;
        }
        double po = accuracy();
        double pe = 0;
        for (String label : labels()) {
            pe += (humanTotal(label) / (double) total) * (predictedTotal(label) / (double) total);
        }
        return pe >= 1 ? 0 : (po - pe) / (1 - pe);
    }

    /**
     * The counts as one line of text ({@code total covered human>predicted=n ...}), for keeping with a model; labels
     * are codes without spaces, '>' or '='.
     */
    public String toText() {
        StringBuilder b = new StringBuilder().append(total).append(' ').append(covered);
        new java.util.TreeMap<>(counts).forEach((h, row) -> new java.util.TreeMap<>(row)
                .forEach((p, n) -> b.append(' ').append(h).append('>').append(p).append('=').append(n)));
        return b.toString();
    }

    /** Reads what {@link #toText()} wrote. */
    public static Confusion fromText(String text) {
        String[] parts = text.strip().split(" "); //$NON-NLS-1$
        Confusion c = new Confusion();
        try {
            c.total = Integer.parseInt(parts[0]);
            c.covered = Integer.parseInt(parts[1]);
            for (int i = 2; i < parts.length; i++) {
                int gt = parts[i].indexOf('>');
                int eq = parts[i].lastIndexOf('=');
                c.counts.computeIfAbsent(parts[i].substring(0, gt), k -> new HashMap<>())
                        .put(parts[i].substring(gt + 1, eq), Integer.valueOf(parts[i].substring(eq + 1)));
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.LinearModel_damaged, text), e);
        }
        return c;
    }

    /** The share of items whose prediction would be shown. */
    public double coverage() {
        return total == 0 ? 0 : covered / (double) total;
    }
}
