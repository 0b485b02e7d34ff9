// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.cli.CliMain;
import nl.leefwereld.core.cli.BenchContribution;
import nl.leefwereld.core.cli.BenchRegistry;
import nl.leefwereld.core.cli.BenchRow;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.io.TranscriptImporter;
import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.store.bench.WorkloadBench;
import nl.leefwereld.store.bench.WorkloadBench.Result;
import nl.leefwereld.store.bench.WorkloadBench.Scale;
import nl.leefwereld.store.bench.WorkloadBench.Workload;

/**
 * {@code bench [--scale small|full]}: generates data in a fresh temporary encrypted database and prints each
 * workload with its figure and its ratio to a reference measured in the same run (plain JDBC on the same Derby
 * database for the store's work, the in-memory parse for the transcript import). Then the rows other bundles
 * contribute through {@code nl.leefwereld.core.benchRows} ({@link BenchContribution}: a method's own work, such as
 * the persona build and its command's wall time), each contribution in a folder of its own. Does not touch the
 * user's database; {@code --format json} prints one object per row.
 */
public class BenchCommand implements CliCommand {

    private static final String SCALE = "--scale"; //$NON-NLS-1$

    /** The row of the transcript import (parse and store), besides the store's {@link Workload}s. */
    private static final String TRANSCRIPT_IMPORT = "TRANSCRIPT_IMPORT"; //$NON-NLS-1$

    @Override
    public String name() {
        return "bench"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Bench_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(SCALE), Set.of());
        if (!a.positionals().isEmpty()) {
            throw new CliUsageException(NLS.bind(Messages.Bench_unexpected, a.positionals().get(0)));
        }
        String scaleName = a.option(SCALE) == null ? "small" : a.option(SCALE).toLowerCase(Locale.ROOT); //$NON-NLS-1$
        Scale scale = switch (scaleName) {
            case "small" -> Scale.SMALL; //$NON-NLS-1$
            case "full" -> Scale.FULL; //$NON-NLS-1$
            default -> throw new CliUsageException(NLS.bind(Messages.Bench_badScale, scaleName));
        };
        boolean json = "json".equals(ctx.format("text")); //$NON-NLS-1$ //$NON-NLS-2$
        PrintStream out = ctx.out();
        Path folder = Files.createTempDirectory("leefwereld-bench", //$NON-NLS-1$
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))); //$NON-NLS-1$
        List<String> rows = new ArrayList<>();
        try {
            if (!json) {
                out.println(NLS.bind(Messages.Bench_header, scale.name(), folder));
            }
            print(out, json, rows, row(transcriptImport(folder, scale), TRANSCRIPT_IMPORT));
            WorkloadBench.run(folder, scale, r -> print(out, json, rows, row(r, r.workload().name())));
            contributions(ctx, folder, scale, r -> print(out, json, rows, r));
            if (json) {
                out.println("[" + String.join(",\n ", rows) + "]"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        } finally {
            deleteTree(folder);
        }
        return EXIT_OK;
    }

    /**
     * Parses a generated transcript in memory (the reference) and imports the parsed conversation into a new
     * database as {@code leefwereld import} does.
     */
    private static Result transcriptImport(Path folder, Scale scale) {
        String text = transcript(scale.importUtterances());
        long t0 = System.nanoTime();
        TranscriptParseResult parsed = new TranscriptParser().parse(text);
        double parse = (System.nanoTime() - t0) / 1e6;
        if (parsed.hasProblems() || parsed.conversation().getUtterances().size() != scale.importUtterances()) {
            throw new IllegalStateException(NLS.bind(Messages.Bench_wrongCount, scale.importUtterances(),
                    parsed.conversation().getUtterances().size()));
        }
        try (ConversationStore store = Stores.openEmbedded(folder.resolve("transcript"), //$NON-NLS-1$
                "bench-only-password".toCharArray())) { //$NON-NLS-1$
            t0 = System.nanoTime();
            TranscriptParseResult again = new TranscriptParser().parse(text);
            new TranscriptImporter(store).saveAll(List.of(again.conversation()), TranscriptImporter.Target.none());
            double total = (System.nanoTime() - t0) / 1e6;
            return new Result(null, scale.importUtterances(), total, parse);
        }
    }

    /** A transcript of two speakers taking turns, with times, as a professional would import it. */
    static String transcript(int utterances) {
        StringBuilder text = new StringBuilder("# Titel: Benchmark\n# Professional: Klantmanager\n"); //$NON-NLS-1$
        for (int i = 0; i < utterances; i++) {
            int seconds = i * 4;
            text.append(String.format(Locale.ROOT, "[%d:%02d:%02d] ", seconds / 3600, seconds / 60 % 60, seconds % 60)) //$NON-NLS-1$
                    .append(i % 2 == 0 ? "Klantmanager: Hoe gaat het nu met u, sinds we elkaar de vorige keer spraken? " //$NON-NLS-1$
                            : "Bewoner: Het gaat wel. Ik heb de brief van de gemeente gelezen, maar ik snap niet goed wat ze willen. ") //$NON-NLS-1$
                    .append(i).append('\n');
        }
        return text.toString();
    }

    /** The boot password of the contributions' databases (temporary, deleted with the folder). */
    private static final String PASSWORD = "bench-only-password"; //$NON-NLS-1$

    /** Runs every contribution to {@code nl.leefwereld.core.benchRows}, each in a new folder of its own. */
    private static void contributions(CliContext ctx, Path folder, Scale scale, java.util.function.Consumer<BenchRow> out)
            throws Exception {
        Path passwordFile = folder.resolve("password"); //$NON-NLS-1$
        Files.writeString(passwordFile, PASSWORD + '\n', java.nio.charset.StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
        List<nl.leefwereld.core.cli.CliCommandDescriptor> commands = nl.leefwereld.core.cli.CliCommandRegistry
                .read(RegistryFactory.getRegistry(), null);
        BenchContribution.Cli cli = (database, arguments) -> {
            List<String> all = new ArrayList<>(List.of(CliMain.OPTION_DB, database.toString(),
                    CliMain.OPTION_PASSWORD_FILE, passwordFile.toString()));
            all.addAll(arguments);
            PrintStream discard = new PrintStream(java.io.OutputStream.nullOutputStream(), false,
                    java.nio.charset.StandardCharsets.UTF_8);
            return new CliMain(database, commands).execute(all.toArray(String[]::new), discard, discard);
        };
        for (BenchRegistry.Descriptor descriptor : BenchRegistry.read(RegistryFactory.getRegistry(), ctx.err())) {
            Path own = Files.createDirectory(folder.resolve("rows-" + descriptor.id()), //$NON-NLS-1$
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))); //$NON-NLS-1$
            descriptor.create().get().run(new BenchContribution.Context(own, scale == Scale.FULL,
                    PASSWORD.toCharArray(), cli), out);
        }
    }

    /** A store row as a bench row, labelled. */
    private static BenchRow row(Result r, String key) {
        return new BenchRow(key.toLowerCase(Locale.ROOT), label(key, r.count()), r.count(), r.millis(),
                r.referenceMillis());
    }

    private static void print(PrintStream out, boolean json, List<String> rows, BenchRow r) {
        String key = r.key();
        String label = r.label();
        if (json) {
            rows.add(String.format(Locale.ROOT,
                    "{\"row\": \"%s\", \"label\": \"%s\", \"count\": %d, \"ms\": %.1f, \"referenceMs\": %s, \"ratio\": %s, \"perSecond\": %.0f}", //$NON-NLS-1$
                    key, label.replace("\"", "\\\""), r.count(), r.millis(), //$NON-NLS-1$ //$NON-NLS-2$
                    number(r.referenceMillis()), number(r.ratio()), r.perSecond()));
            return;
        }
        String reference = Double.isNaN(r.referenceMillis()) ? Messages.Bench_noReference
                : NLS.bind(Messages.Bench_reference, String.format(Locale.ROOT, "%.1f", r.referenceMillis()), //$NON-NLS-1$
                        String.format(Locale.ROOT, "%.2f", r.ratio())); //$NON-NLS-1$
        out.println(NLS.bind(Messages.Bench_row, new Object[] { label, String.format(Locale.ROOT, "%.1f", r.millis()), //$NON-NLS-1$
                String.format(Locale.ROOT, "%,.0f", r.perSecond()), reference })); //$NON-NLS-1$
        out.flush();
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.3f", value); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String label(String key, int count) {
        String message = switch (key) {
            case TRANSCRIPT_IMPORT -> Messages.Bench_transcriptImport;
            case "IMPORT" -> Messages.Bench_import; //$NON-NLS-1$
            case "GENERATE" -> Messages.Bench_generate; //$NON-NLS-1$
            case "SAVE_EDIT" -> Messages.Bench_saveEdit; //$NON-NLS-1$
            case "LIST" -> Messages.Bench_list; //$NON-NLS-1$
            case "OPEN" -> Messages.Bench_open; //$NON-NLS-1$
            case "OPEN_DATABASE" -> Messages.Bench_openDatabase; //$NON-NLS-1$
            case "ATTRIBUTES_SAVE" -> Messages.Bench_attributesSave; //$NON-NLS-1$
            case "ATTRIBUTES_LIST" -> Messages.Bench_attributesList; //$NON-NLS-1$
            default -> key;
        };
        return NLS.bind(message, String.format(Locale.ROOT, "%,d", count)); //$NON-NLS-1$
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
