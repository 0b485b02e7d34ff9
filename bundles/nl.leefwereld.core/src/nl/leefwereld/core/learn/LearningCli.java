// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.learn;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.model.Conversation;

/**
 * The sub-commands every method with a {@link Learner} offers, in one home: {@code <method> train [--coder <name>]
 * [--folds 5] [--seed 1]} (trains on every labelled conversation and keeps a cross-validation with the model),
 * {@code <method> evaluate [--folds 5] [--coder <name>] [--seed 1]} (rules and model side by side) and
 * {@code <method> model} (the stored model's facts and kept cross-validation: what the <em>Modelkwaliteit</em>
 * view shows).
 */
public final class LearningCli {

    public static final String CODER = "--coder"; //$NON-NLS-1$
    public static final String FOLDS = "--folds"; //$NON-NLS-1$
    public static final String SEED = "--seed"; //$NON-NLS-1$
    public static final int DEFAULT_FOLDS = 5;

    private LearningCli() {
    }

    public static int train(CliContext ctx, List<String> args, Learner learner, String usage) throws CliUsageException {
        CliArguments a = CliArguments.parse(args, Set.of(CODER, FOLDS, SEED), Set.of());
        if (!a.positionals().isEmpty()) {
            throw new CliUsageException(usage);
        }
        int folds = folds(a);
        long seed = intOption(a, SEED, 1);
        List<Conversation> all = ctx.conversations("all"); //$NON-NLS-1$
        long start = System.nanoTime();
        StoredModel model;
        try {
            model = Learning.trainAndEvaluate(learner, all, a.option(CODER), folds, seed);
        } catch (IllegalArgumentException e) {
            throw new CliUsageException(e.getMessage());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        model.save(ctx.store(), learner.methodId());
        ctx.out().println(NLS.bind(Messages.Cli_trained, new Object[] { learner.methodId(), model.version(),
                model.info().get(Learning.CONVERSATIONS), String.format(Locale.ROOT, "%.1f", Double.valueOf(seconds)) })); //$NON-NLS-1$
        for (Map.Entry<String, String> e : model.info().entrySet()) {
            if (e.getKey().startsWith(Learning.EXAMPLES) || e.getKey().startsWith(Learning.LABELS)) {
                ctx.out().println("  " + e.getKey() + ": " + e.getValue()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        printEvaluation(ctx, model, learner);
        return CliCommand.EXIT_OK;
    }

    public static int evaluate(CliContext ctx, List<String> args, Learner learner, String usage)
            throws CliUsageException {
        CliArguments a = CliArguments.parse(args, Set.of(CODER, FOLDS, SEED), Set.of());
        if (!a.positionals().isEmpty()) {
            throw new CliUsageException(usage);
        }
        int folds = folds(a);
        long seed = intOption(a, SEED, 1);
        Evaluation ev;
        try {
            ev = Learning.evaluate(learner, ctx.conversations("all"), a.option(CODER), folds, seed); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new CliUsageException(e.getMessage());
        }
        ctx.out().println(NLS.bind(Messages.Cli_evaluation, new Object[] { learner.methodId(),
                Integer.valueOf(ev.conversations()), Integer.valueOf(ev.folds()),
                a.option(CODER) == null ? Messages.Quality_anyCoder : a.option(CODER),
                Long.valueOf(Math.round(learner.threshold() * 100)) }));
        ModelQuality.lines(ev, learner::taskLabel).forEach(ctx.out()::println);
        return CliCommand.EXIT_OK;
    }

    /** Prints the newest stored model's facts and kept cross-validation, or that there is none. */
    public static int model(CliContext ctx, List<String> args, Learner learner, String usage) throws CliUsageException {
        if (!args.isEmpty()) {
            throw new CliUsageException(usage);
        }
        StoredModel model;
        try {
            model = StoredModel.latest(ctx.store(), learner.methodId());
        } catch (IllegalArgumentException e) {
            throw new CliUsageException(e.getMessage());
        }
        if (model == null) {
            ctx.out().println(ModelQuality.none());
            return CliCommand.EXIT_OK;
        }
        ModelQuality.facts(model).forEach(ctx.out()::println);
        printEvaluation(ctx, model, learner);
        return CliCommand.EXIT_OK;
    }

    private static void printEvaluation(CliContext ctx, StoredModel model, Learner learner) {
        Evaluation ev = Evaluation.fromInfo(model.info());
        if (ev != null) {
            ModelQuality.lines(ev, learner::taskLabel).forEach(ctx.out()::println);
        }
    }

    private static int folds(CliArguments a) throws CliUsageException {
        int folds = intOption(a, FOLDS, DEFAULT_FOLDS);
        if (folds < 2) {
            throw new CliUsageException(NLS.bind(Messages.Cli_badNumber, FOLDS, a.option(FOLDS)));
        }
        return folds;
    }

    private static int intOption(CliArguments a, String name, int fallback) throws CliUsageException {
        String v = a.option(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new CliUsageException(NLS.bind(Messages.Cli_badNumber, name, v));
        }
    }
}
