// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.coding.PrecisionRecall;

/**
 * What a trainer sees of a model's quality, the one home of the table the command line prints and the
 * <em>Modelkwaliteit</em> views show: per task a row per label with precision, recall and F1 of the rules and of
 * the model side by side and the number of human labels, then macro-F1, accuracy, Cohen's kappa and coverage; and
 * the facts of a stored model (version, date, coder, conversations, examples per task).
 */
public final class ModelQuality {

    /** One row: a label (or a summary such as macro-F1: then only {@code rules[0]} and {@code model[0]}). */
    public record Row(String task, String label, double[] rules, double[] model, int n, boolean summary) {
    }

    private ModelQuality() {
    }

    /** The rows of every task of the evaluation. */
    public static List<Row> rows(Evaluation ev) {
        List<Row> out = new ArrayList<>();
        for (String task : ev.rules().keySet()) {
            Confusion rules = ev.rules().get(task);
            Confusion model = ev.model().getOrDefault(task, new Confusion());
            TreeSet<String> labels = new TreeSet<>(rules.labels());
            labels.addAll(model.labels());
            for (String label : labels) {
                PrecisionRecall r = rules.of(label);
                PrecisionRecall m = model.of(label);
                out.add(new Row(task, label, new double[] { r.precision(), r.recall(), r.f1() },
                        new double[] { m.precision(), m.recall(), m.f1() }, r.tp() + r.fn(), false));
            }
            out.add(summary(task, Messages.Evaluation_macro, rules.macroF1(), model.macroF1()));
            out.add(summary(task, Messages.Evaluation_accuracy, rules.accuracy(), model.accuracy()));
            out.add(summary(task, NLS.bind(Messages.Evaluation_kappa, ""), rules.kappa(), model.kappa())); //$NON-NLS-1$
            out.add(summary(task, Messages.Evaluation_coverage, rules.coverage(), model.coverage()));
        }
        return out;
    }

    private static Row summary(String task, String name, double rules, double model) {
        return new Row(task, name, new double[] { rules }, new double[] { model }, 0, true);
    }

    /** A number as the table shows it (two decimals, three for summaries). */
    public static String format(double v, boolean summary) {
        return String.format(Locale.ROOT, summary ? "%.3f" : "%.2f", Double.valueOf(v)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * The table as text lines: per task a title ({@code taskTitle} gets the task and its number of items), the
     * column heads, the rows.
     */
    public static List<String> lines(Evaluation ev, Function<String, String> taskTitle) {
        List<String> out = new ArrayList<>();
        String task = null;
        for (Row row : rows(ev)) {
            if (!row.task().equals(task)) {
                task = row.task();
                out.add(""); //$NON-NLS-1$
                out.add(taskTitle.apply(task) + " (" + NLS.bind(Messages.Quality_items, //$NON-NLS-1$
                        Integer.valueOf(ev.rules().get(task).total())) + ')');
                out.add(String.format("  %-10s %6s %6s %6s   %6s %6s %6s  %6s", Messages.Evaluation_code, //$NON-NLS-1$
                        Messages.Quality_p, Messages.Quality_r, Messages.Quality_f1, Messages.Quality_p,
                        Messages.Quality_r, Messages.Quality_f1, Messages.Quality_n));
                out.add(String.format("  %-10s %-20s   %-20s", "", Messages.Quality_rules, Messages.Quality_model)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (row.summary()) {
                out.add(String.format(Locale.ROOT, "  %-10s %20.3f   %20.3f", row.label(), //$NON-NLS-1$
                        Double.valueOf(row.rules()[0]), Double.valueOf(row.model()[0])));
            } else {
                out.add(String.format(Locale.ROOT, "  %-10s %6.2f %6.2f %6.2f   %6.2f %6.2f %6.2f  %6d", row.label(), //$NON-NLS-1$
                        Double.valueOf(row.rules()[0]), Double.valueOf(row.rules()[1]), Double.valueOf(row.rules()[2]),
                        Double.valueOf(row.model()[0]), Double.valueOf(row.model()[1]), Double.valueOf(row.model()[2]),
                        Integer.valueOf(row.n())));
            }
        }
        return out;
    }

    /** What is shown when the method has no trained model yet. */
    public static String none() {
        return Messages.Quality_none;
    }

    /** The facts of a stored model, one line each (version and date, coder, conversations, examples per task). */
    public static List<String> facts(StoredModel model) {
        List<String> out = new ArrayList<>();
        Map<String, String> info = model.info();
        out.add(NLS.bind(Messages.Quality_version, model.version()));
        String coder = info.getOrDefault(Learning.CODER, Learning.ANY_CODER);
        out.add(NLS.bind(Messages.Quality_coder, Learning.ANY_CODER.equals(coder) ? Messages.Quality_anyCoder : coder));
        out.add(NLS.bind(Messages.Quality_conversations, info.getOrDefault(Learning.CONVERSATIONS, "0"))); //$NON-NLS-1$
        info.forEach((k, v) -> {
            if (k.startsWith(Learning.EXAMPLES)) {
                String task = k.substring(Learning.EXAMPLES.length());
                out.add(NLS.bind(Messages.Quality_examples, new Object[] { task, v,
                        info.getOrDefault(Learning.LABELS + task, "") })); //$NON-NLS-1$
            }
        });
        Evaluation ev = Evaluation.fromInfo(info);
        out.add(ev == null ? Messages.Quality_noEvaluation
                : NLS.bind(Messages.Quality_evaluation, Integer.valueOf(ev.conversations()), Integer.valueOf(ev.folds())));
        return out;
    }
}
