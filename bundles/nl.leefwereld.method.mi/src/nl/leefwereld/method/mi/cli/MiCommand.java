// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import org.eclipse.emf.common.command.Command;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.commands.ConversationCommands;
import nl.leefwereld.core.io.JsonWriter;
import nl.leefwereld.core.io.TranscriptImporter;
import nl.leefwereld.core.io.UserFileException;
import nl.leefwereld.core.io.UserFiles;
import nl.leefwereld.core.privacy.ExportAudit;
import nl.leefwereld.core.learn.LearningCli;
import nl.leefwereld.method.mi.MiCode;
import nl.leefwereld.method.mi.MiLearning;
import nl.leefwereld.method.mi.MiMethod;
import nl.leefwereld.method.mi.MiSupervisionReport;
import nl.leefwereld.method.mi.MiRatings;
import nl.leefwereld.method.mi.MiReport;
import nl.leefwereld.method.mi.MiScores;
import nl.leefwereld.method.mi.csv.CsvImportException;
import nl.leefwereld.method.mi.csv.CsvTranscriptReader;
import nl.leefwereld.method.mi.csv.MiCsvImport;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;

/**
 * {@code mi scores <conversation-id|all> [--coder <name>]}: the MITI summary scores per conversation (text or
 * {@code --format json}); {@code mi report <conversation-id> <file.html> [--coder <name>]}: the supervision report;
 * {@code mi import <file.csv> [--mapping <file>] [--client <id>] [--trajectory <id>]}: expert-coded CSV transcripts;
 * {@code mi goal <conversation-id> ["<text>"]}: shows or sets the change goal (veranderdoel) of the conversation's
 * trajectory, as the MG views do.
 * {@code mi train [--coder <name>]}: trains the suggestion model on the human codes and stores it;
 * {@code mi evaluate [--folds 5] [--coder <name>] [--seed 1]}: rules and trained model, cross-validated by conversation.
 */
public class MiCommand implements CliCommand {

    private static final String CODER = "--coder"; //$NON-NLS-1$
    private static final String FORMAT = "--format"; //$NON-NLS-1$
    private static final String MAPPING = "--mapping"; //$NON-NLS-1$
    private static final String CLIENT = "--client"; //$NON-NLS-1$
    private static final String TRAJECTORY = "--trajectory"; //$NON-NLS-1$

    @Override
    public String name() {
        return "mi"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Mi_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        if (args.isEmpty()) {
            throw new CliUsageException(Messages.Mi_noSubcommand);
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
        case "scores" -> scores(ctx, rest); //$NON-NLS-1$
        case "report" -> report(ctx, rest); //$NON-NLS-1$
        case "import" -> importCsv(ctx, rest); //$NON-NLS-1$
        case "goal" -> goal(ctx, rest); //$NON-NLS-1$
        case "train" -> train(ctx, rest); //$NON-NLS-1$
        case "evaluate" -> evaluate(ctx, rest); //$NON-NLS-1$
        case "model" -> LearningCli.model(ctx, rest, MiLearning.LEARNER, Messages.Mi_modelArgs); //$NON-NLS-1$
        default -> throw new CliUsageException(NLS.bind(Messages.Mi_unknownSubcommand, args.get(0)));
        };
    }

    private static int scores(CliContext ctx, List<String> args) throws CliUsageException {
        CliArguments a = CliArguments.parse(args, Set.of(CODER, FORMAT), Set.of());
        if (a.positionals().size() != 1) {
            throw new CliUsageException(Messages.Mi_oneTarget);
        }
        String format = a.option(FORMAT) != null ? a.option(FORMAT) : ctx.format("text"); //$NON-NLS-1$
        List<Conversation> conversations = ctx.conversations(a.positionals().get(0));
        Map<Conversation, MiScores> scores = new LinkedHashMap<>();
        for (Conversation c : conversations) {
            scores.put(c, a.option(CODER) == null ? MiScores.compute(c) : MiScores.compute(c, a.option(CODER)));
        }
        if ("json".equalsIgnoreCase(format)) { //$NON-NLS-1$
            JsonWriter json = new JsonWriter(ctx.out());
            json.beginObject().field("method", MiMethod.METHOD_ID) //$NON-NLS-1$
                    .field("benchmarks", Messages.Mi_benchmarks); //$NON-NLS-1$
            json.name("conversations").beginArray(); //$NON-NLS-1$
            for (Map.Entry<Conversation, MiScores> e : scores.entrySet()) {
                Conversation c = e.getKey();
                MiScores s = e.getValue();
                json.beginObject().field("conversationId", c.getId()).field("title", c.getTitle()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("coder", s.coder()) //$NON-NLS-1$
                        .field("changeGoal", s.ratings() != null ? s.ratings().getChangeGoal() //$NON-NLS-1$
                                : c.getTrajectory() == null ? null : c.getTrajectory().getChangeGoal());
                json.name("counts").beginObject(); //$NON-NLS-1$
                for (MiCode code : MiCode.values()) {
                    if (code != MiCode.OPEN_QUESTION && code != MiCode.CLOSED_QUESTION) {
                        json.field(code.abbreviation(), Integer.valueOf(s.count(code)));
                    }
                }
                json.endObject();
                json.name("globalRatings").beginObject(); //$NON-NLS-1$
                for (MiRatings.Rating r : MiRatings.Rating.values()) {
                    int v = r.of(s.ratings());
                    json.name(r.attribute().getName());
                    if (v == 0) {
                        json.nullValue();
                    } else {
                        json.value(v);
                    }
                }
                json.endObject();
                json.name("scores").beginObject(); //$NON-NLS-1$
                for (MiScores.Value v : s.values()) {
                    json.name(v.score().key()).beginObject().field("value", Double.valueOf(v.value())) //$NON-NLS-1$
                            .field("display", v.formatted()) //$NON-NLS-1$
                            .field("level", v.level().name().toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$
                    if (v.score().hasThreshold()) {
                        json.field("fair", Double.valueOf(v.score().fair())).field("good", Double.valueOf(v.score().good())); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                    json.endObject();
                }
                json.endObject().endObject();
            }
            json.endArray().endObject().finish();
            ctx.out().println();
            return EXIT_OK;
        }
        ctx.out().println(Messages.Mi_benchmarks);
        for (Map.Entry<Conversation, MiScores> e : scores.entrySet()) {
            Conversation c = e.getKey();
            MiScores s = e.getValue();
            ctx.out().println();
            ctx.out().println(NLS.bind(Messages.Mi_conversation, new Object[] { c.getTitle(), c.getId(),
                    s.coder() == null ? Messages.Mi_allCoders : s.coder() }));
            StringBuilder counts = new StringBuilder();
            for (MiCode code : MiCode.values()) {
                if (code != MiCode.OPEN_QUESTION && code != MiCode.CLOSED_QUESTION) {
                    counts.append(counts.length() == 0 ? "" : ", ").append(code.abbreviation()).append(' ') //$NON-NLS-1$ //$NON-NLS-2$
                            .append(s.count(code));
                }
            }
            ctx.out().println("  " + NLS.bind(Messages.Mi_counts, counts)); //$NON-NLS-1$
            StringBuilder ratings = new StringBuilder();
            for (MiRatings.Rating r : MiRatings.Rating.values()) {
                int v = r.of(s.ratings());
                ratings.append(ratings.length() == 0 ? "" : ", ").append(MiReport.ratingLabel(r)).append(' ') //$NON-NLS-1$ //$NON-NLS-2$
                        .append(v == 0 ? "\u2013" : Integer.toString(v)); //$NON-NLS-1$
            }
            ctx.out().println("  " + NLS.bind(Messages.Mi_ratings, ratings)); //$NON-NLS-1$
            for (MiScores.Value v : s.values()) {
                String thresholds = v.score().thresholds();
                ctx.out().println(String.format("  %-32s %8s  %-12s %s", v.score().label(), v.formatted(), //$NON-NLS-1$
                        v.level() == nl.leefwereld.method.mi.Level.NO_THRESHOLD ? "" : v.level().label(), //$NON-NLS-1$
                        thresholds.isEmpty() ? "" : '(' + thresholds + ')')); //$NON-NLS-1$
            }
        }
        return EXIT_OK;
    }

    private static int report(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(CODER), Set.of());
        if (a.positionals().size() != 2) {
            throw new CliUsageException(Messages.Mi_reportArgs);
        }
        Conversation c = ctx.conversation(a.positionals().get(0));
        Path file = Path.of(a.positionals().get(1)).toAbsolutePath();
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw new CliUsageException(NLS.bind(Messages.Mi_noFolder, file));
        }
        MiScores scores = a.option(CODER) == null ? MiScores.compute(c) : MiScores.compute(c, a.option(CODER));
        MiReport.write(file, MiReport.html(c, scores, MiSupervisionReport.labels()));
        ExportAudit.record(ctx.store(), c, "mi report " + file); //$NON-NLS-1$
        ctx.out().println(NLS.bind(Messages.Mi_reportWritten, file, c.getTitle()));
        return EXIT_OK;
    }

    /**
     * Shows the change goal, or sets it with {@link ConversationCommands#setChangeGoal} (stripped; blank clears it) and
     * stores it in the trajectory of the client read fresh from the store, as the editor does on save.
     */
    private static int goal(CliContext ctx, List<String> args) throws CliUsageException {
        if (args.isEmpty() || args.size() > 2) {
            throw new CliUsageException(Messages.Mi_goalArgs);
        }
        Conversation c = ctx.conversation(args.get(0));
        Trajectory trajectory = c.getTrajectory();
        if (trajectory == null || trajectory.getClient() == null) {
            throw new CliUsageException(NLS.bind(Messages.Mi_goalNoTrajectory, c.getId()));
        }
        if (args.size() == 1) {
            String goal = trajectory.getChangeGoal();
            ctx.out().println(NLS.bind(Messages.Mi_goalShown, c.getTitle(), goal == null ? Messages.Mi_goalNone : goal));
            return EXIT_OK;
        }
        Command set = ConversationCommands.setChangeGoal(c, args.get(1));
        if (set == null) {
            ctx.out().println(NLS.bind(Messages.Mi_goalUnchanged, c.getTitle(),
                    trajectory.getChangeGoal() == null ? Messages.Mi_goalNone : trajectory.getChangeGoal()));
            return EXIT_OK;
        }
        set.execute();
        String goal = trajectory.getChangeGoal();
        Client fresh = ctx.store().loadClient(trajectory.getClient().getId());
        Trajectory stored = fresh == null ? null
                : fresh.getTrajectories().stream().filter(t -> trajectory.getId() != null && trajectory.getId().equals(t.getId()))
                        .findFirst().orElse(null);
        if (stored == null) {
            throw new CliUsageException(NLS.bind(Messages.Mi_goalNoTrajectory, c.getId()));
        }
        stored.setChangeGoal(goal);
        ctx.store().saveClient(fresh);
        ctx.out().println(goal == null ? NLS.bind(Messages.Mi_goalCleared, c.getTitle(), trajectory.getTitle())
                : NLS.bind(Messages.Mi_goalSet, new Object[] { c.getTitle(), trajectory.getTitle(), goal }));
        return EXIT_OK;
    }

    private static int importCsv(CliContext ctx, List<String> args) throws CliUsageException {
        CliArguments a = CliArguments.parse(args, Set.of(MAPPING, CLIENT, TRAJECTORY), Set.of());
        if (a.positionals().size() != 1) {
            throw new CliUsageException(Messages.Mi_importArgs);
        }
        Path csv = Path.of(a.positionals().get(0));
        Path mapping = a.option(MAPPING) == null ? null : Path.of(a.option(MAPPING));
        try {
            // before the database is opened: a FIFO or device is refused instead of holding the lock
            UserFiles.check(csv, CsvTranscriptReader.MAX_BYTES);
            if (mapping != null) {
                UserFiles.check(mapping, UserFiles.Kind.LIST);
            }
        } catch (UserFileException e) {
            throw new CliUsageException(e.getMessage());
        }
        CsvTranscriptReader.Result result;
        try {
            result = new MiCsvImport(ctx.store()).importFile(csv, mapping,
                    new TranscriptImporter.Target(a.option(TRAJECTORY), a.option(CLIENT), null));
        } catch (CsvImportException | IllegalArgumentException e) {
            throw new CliUsageException(e.getMessage());
        }
        if (result.hasProblems()) {
            result.problems().forEach(ctx.err()::println);
            ctx.err().println(NLS.bind(Messages.Mi_importAborted, csv, Integer.valueOf(result.problems().size())));
            return EXIT_USAGE;
        }
        result.warnings().forEach(ctx.err()::println);
        for (Conversation c : result.conversations()) {
            ctx.out().println(NLS.bind(Messages.Mi_imported, new Object[] { c.getId(), c.getTitle(),
                    Integer.valueOf(c.getUtterances().size()), Integer.valueOf(c.getAnnotations().size()) }));
        }
        return EXIT_OK;
    }


    private static int train(CliContext ctx, List<String> args) throws CliUsageException {
        return LearningCli.train(ctx, args, MiLearning.LEARNER, Messages.Mi_trainArgs);
    }

    private static int evaluate(CliContext ctx, List<String> args) throws CliUsageException {
        return LearningCli.evaluate(ctx, args, MiLearning.LEARNER, Messages.Mi_evaluateArgs);
    }
}
