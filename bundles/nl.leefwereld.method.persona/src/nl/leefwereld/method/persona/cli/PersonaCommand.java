// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.method.persona.ClientAttributeImport;
import nl.leefwereld.method.persona.DataFileException;
import nl.leefwereld.method.persona.PersonaAnalysis;
import nl.leefwereld.method.persona.PersonaAnalysis.ClientSet;
import nl.leefwereld.method.persona.PersonaBuilder;
import nl.leefwereld.method.persona.cluster.LatentClassSelection;
import nl.leefwereld.method.persona.PersonaInput;
import nl.leefwereld.method.persona.PersonaOutput;
import nl.leefwereld.method.persona.PersonaReport;
import nl.leefwereld.method.persona.PopulationTable;
import nl.leefwereld.method.persona.PseudonymKey;
import nl.leefwereld.method.persona.RepresentativenessReport;
import nl.leefwereld.method.persona.bench.PersonaBenchmark;
import nl.leefwereld.method.persona.bench.PopulationGenerator;

/**
 * {@code leefwereld persona build|representativeness|import|generate|benchmark}: personas from the clients in the
 * database, their representativeness against a population table, the import of a client attribute table, a
 * synthetic population with planted segments, and the benchmark that checks the personas find them.
 */
public class PersonaCommand implements CliCommand {

    private static final String K = "--k"; //$NON-NLS-1$
    private static final String SEED = "--seed"; //$NON-NLS-1$
    private static final String MAX_K = "--max-k"; //$NON-NLS-1$
    private static final String POPULATION = "--population"; //$NON-NLS-1$
    private static final String SET = "--set"; //$NON-NLS-1$
    private static final String MIN_SHARE = "--min-share"; //$NON-NLS-1$
    private static final String WEIGHTED = "--weighted"; //$NON-NLS-1$
    private static final String MODEL = "--model"; //$NON-NLS-1$
    private static final String CRITERION = "--criterion"; //$NON-NLS-1$
    private static final String CLIENTS = "--clients"; //$NON-NLS-1$
    private static final String SHAPE = "--shape"; //$NON-NLS-1$
    private static final String MINORITY = "--minority"; //$NON-NLS-1$

    @Override
    public String name() {
        return "persona"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.PersonaCommand_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        if (args.isEmpty()) {
            throw new CliUsageException(Messages.PersonaCommand_missingSubcommand);
        }
        String sub = args.get(0);
        List<String> rest = args.subList(1, args.size());
        return switch (sub) {
            case "build" -> build(ctx, rest); //$NON-NLS-1$
            case "representativeness", "representativiteit" -> representativeness(ctx, rest); //$NON-NLS-1$ //$NON-NLS-2$
            case "import" -> importTable(ctx, rest); //$NON-NLS-1$
            case "generate" -> generate(ctx, rest); //$NON-NLS-1$
            case "benchmark" -> benchmark(ctx, rest); //$NON-NLS-1$
            default -> throw new CliUsageException(NLS.bind(Messages.PersonaCommand_unknownSubcommand, sub));
        };
    }

    private int build(CliContext ctx, List<String> rest) throws CliUsageException, IOException {
        CliArguments a = CliArguments.parse(rest, Set.of(K, SEED, MAX_K, POPULATION, SET, MIN_SHARE, MODEL, CRITERION),
                Set.of(WEIGHTED));
        noPositionals(a);
        PersonaBuilder.Settings settings = PersonaBuilder.Settings.defaults().withModel(model(a))
                .withCriterion(criterion(a));
        String k = a.option(K);
        if (k != null && !k.equalsIgnoreCase("auto")) { //$NON-NLS-1$
            settings = settings.withK(intOption(K, k, 1, 100));
        }
        if (a.option(SEED) != null) {
            settings = settings.withSeed(longOption(SEED, a.option(SEED), settings.seed()));
        }
        if (a.option(MAX_K) != null) {
            int maxK = intOption(MAX_K, a.option(MAX_K), 2, 30);
            settings = settings.withMaxK(maxK);
        }
        if (a.option(MIN_SHARE) != null) {
            double share = share(MIN_SHARE, a.option(MIN_SHARE));
            settings = settings.withMinPersonaShare(share);
        }
        PopulationTable population = population(a.option(POPULATION), false);
        if (a.flag(WEIGHTED) && population == null) {
            throw new CliUsageException(Messages.PersonaCommand_weightedNeedsPopulation);
        }
        ClientSet set = set(a.option(SET));
        PersonaInput input = load(ctx, set);
        PersonaReport report;
        try {
            report = PersonaAnalysis.build(input, set, population, a.flag(WEIGHTED), settings, new NullProgressMonitor());
        } catch (IllegalArgumentException e) {
            throw new CliUsageException(e.getMessage());
        }
        if (json(ctx)) {
            StringBuilder sb = new StringBuilder();
            PersonaOutput.json(report, sb);
            ctx.out().print(sb);
        } else {
            if (population == null) {
                ctx.out().println(Messages.PersonaCommand_noPopulation);
            }
            PersonaOutput.text(report, ctx.out());
        }
        if (report.representativeness() != null && report.representativeness().skewed() && json(ctx)) {
            ctx.err().println(Messages.PersonaCommand_skewedJson);
        }
        return EXIT_OK;
    }

    private int representativeness(CliContext ctx, List<String> rest) throws CliUsageException, IOException {
        CliArguments a = CliArguments.parse(rest, Set.of(POPULATION, SET), Set.of());
        noPositionals(a);
        PopulationTable population = population(a.option(POPULATION), true);
        ClientSet set = set(a.option(SET));
        PersonaInput input = load(ctx, set);
        RepresentativenessReport report = RepresentativenessReport.check(input, set.label(), population);
        if (json(ctx)) {
            StringBuilder sb = new StringBuilder();
            PersonaOutput.json(report, sb);
            ctx.out().print(sb);
        } else {
            PersonaOutput.text(report, ctx.out());
        }
        return EXIT_OK;
    }

    private int importTable(CliContext ctx, List<String> rest) throws CliUsageException {
        CliArguments a = CliArguments.parse(rest, Set.of(), Set.of());
        if (a.positionals().size() != 1) {
            throw new CliUsageException(Messages.PersonaCommand_importFile);
        }
        ClientAttributeImport.Plan plan;
        try {
            plan = ClientAttributeImport.read(Path.of(a.positionals().get(0)));
        } catch (DataFileException e) {
            ctx.err().println(NLS.bind(Messages.PersonaCommand_nothingStored, e.getMessage()));
            return EXIT_USAGE;
        }
        ClientAttributeImport.Outcome outcome = ClientAttributeImport.apply(plan, ctx.store(), new NullProgressMonitor());
        ctx.out().println(NLS.bind(Messages.PersonaCommand_imported, new Object[] { plan.file(),
                Integer.valueOf(outcome.created()), Integer.valueOf(outcome.updated()),
                Integer.valueOf(outcome.attributes()), String.join(", ", plan.attributes()) })); //$NON-NLS-1$
        return EXIT_OK;
    }

    /** A synthetic population with planted segments, as an import file plus a file with the segments. */
    private int generate(CliContext ctx, List<String> rest) throws CliUsageException, IOException {
        CliArguments a = CliArguments.parse(rest, Set.of(CLIENTS, SEED, SHAPE, MINORITY), Set.of());
        if (a.positionals().size() != 1) {
            throw new CliUsageException(Messages.PersonaCommand_generateFile);
        }
        int clients = a.option(CLIENTS) == null ? 30_000 : intOption(CLIENTS, a.option(CLIENTS), 10, 10_000_000);
        long seed = longOption(SEED, a.option(SEED), 7);
        PopulationGenerator.Shape shape = shape(a.option(SHAPE));
        double minority = 0.02;
        if (a.option(MINORITY) != null) {
            minority = share(MINORITY, a.option(MINORITY));
            if (minority > 0.2) {
                throw new CliUsageException(NLS.bind(Messages.PersonaCommand_badNumber, MINORITY, a.option(MINORITY)));
            }
        }
        Path out = Path.of(a.positionals().get(0));
        String name = out.getFileName() == null ? "population.csv" : out.getFileName().toString(); //$NON-NLS-1$
        Path segments = out.resolveSibling(name.replaceFirst("(\\.csv)?$", "-segments.csv")); //$NON-NLS-1$ //$NON-NLS-2$
        PopulationGenerator.Population p = PopulationGenerator.generate(clients, minority, shape, seed);
        StringBuilder csv = new StringBuilder();
        PopulationGenerator.writeCsv(p, csv);
        writeOwnerOnly(out, csv);
        StringBuilder truth = new StringBuilder();
        PopulationGenerator.writeSegments(p, truth);
        writeOwnerOnly(segments, truth);
        ctx.out().println(NLS.bind(Messages.PersonaCommand_generated, new Object[] { out, Integer.valueOf(clients),
                shape.label(), Long.valueOf(seed), Integer.valueOf(p.minorityRows().length), segments }));
        return EXIT_OK;
    }

    /** Planted populations of every shape, built and compared with what was planted. */
    private int benchmark(CliContext ctx, List<String> rest) throws CliUsageException {
        CliArguments a = CliArguments.parse(rest, Set.of(CLIENTS, SEED, MODEL, CRITERION), Set.of());
        noPositionals(a);
        int clients = a.option(CLIENTS) == null ? 30_000 : intOption(CLIENTS, a.option(CLIENTS), 100, 10_000_000);
        PersonaBenchmark.print(PersonaBenchmark.fidelity(clients, longOption(SEED, a.option(SEED), 7),
                PersonaBuilder.Settings.defaults().withModel(model(a)).withCriterion(criterion(a))), ctx.out());
        return EXIT_OK;
    }

    private static void writeOwnerOnly(Path file, CharSequence text) throws IOException {
        Path target = file.toAbsolutePath();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.writeString(target, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(target, EnumSet.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's permissions apply
        }
    }

    private static LatentClassSelection.Criterion criterion(CliArguments a) throws CliUsageException {
        String value = a.option(CRITERION);
        if (value == null) {
            return LatentClassSelection.Criterion.ICL;
        }
        LatentClassSelection.Criterion c = LatentClassSelection.Criterion.of(value);
        if (c == null) {
            throw new CliUsageException(NLS.bind(Messages.PersonaCommand_badCriterion, value));
        }
        return c;
    }

    private static PersonaBuilder.Model model(CliArguments a) throws CliUsageException {
        String value = a.option(MODEL);
        if (value == null) {
            return PersonaBuilder.Model.LCA;
        }
        PersonaBuilder.Model model = PersonaBuilder.Model.of(value);
        if (model == null) {
            throw new CliUsageException(NLS.bind(Messages.PersonaCommand_badModel, value));
        }
        return model;
    }

    private static PopulationGenerator.Shape shape(String value) throws CliUsageException {
        if (value == null) {
            return PopulationGenerator.Shape.BALANCED;
        }
        PopulationGenerator.Shape shape = PopulationGenerator.Shape.of(value);
        if (shape == null) {
            throw new CliUsageException(NLS.bind(Messages.PersonaCommand_badShape, value));
        }
        return shape;
    }

    private static long longOption(String name, String value, long fallback) throws CliUsageException {
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new CliUsageException(NLS.bind(Messages.PersonaCommand_badNumber, name, value));
        }
    }

    /** A share as {@code 2%}, {@code 0.02} or {@code 2}. */
    private static double share(String name, String value) throws CliUsageException {
        double share = PersonaInput.parseNumber(value.replace("%", "")); //$NON-NLS-1$ //$NON-NLS-2$
        if (value.contains("%") || share > 1) { //$NON-NLS-1$
            share /= 100;
        }
        if (Double.isNaN(share) || share < 0 || share >= 1) {
            throw new CliUsageException(NLS.bind(Messages.PersonaCommand_badNumber, name, value));
        }
        return share;
    }

    private static PersonaInput load(CliContext ctx, ClientSet set) throws IOException {
        PseudonymKey key = PersonaAnalysis.key(ctx.databaseFolder());
        return PersonaAnalysis.load(ctx.store(), key, set, new NullProgressMonitor());
    }

    private static boolean json(CliContext ctx) {
        return "json".equals(ctx.format("text").toLowerCase(Locale.ROOT)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static PopulationTable population(String file, boolean required) throws CliUsageException {
        if (file == null) {
            if (required) {
                throw new CliUsageException(NLS.bind(Messages.PersonaCommand_missingOption, POPULATION));
            }
            return null;
        }
        try {
            return PopulationTable.read(Path.of(file));
        } catch (DataFileException e) {
            throw new CliUsageException(e.getMessage());
        }
    }

    private static ClientSet set(String value) throws CliUsageException {
        if (value == null || value.equalsIgnoreCase("all") || value.equalsIgnoreCase("alle")) { //$NON-NLS-1$ //$NON-NLS-2$
            return ClientSet.ALL;
        }
        if (value.equalsIgnoreCase("panel")) { //$NON-NLS-1$
            return ClientSet.PANEL;
        }
        throw new CliUsageException(NLS.bind(Messages.PersonaCommand_badSet, value));
    }

    private static int intOption(String name, String value, int min, int max) throws CliUsageException {
        try {
            int v = Integer.parseInt(value.strip());
            if (v < min || v > max) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new CliUsageException(NLS.bind(Messages.PersonaCommand_badNumber, name, value));
        }
    }

    private static void noPositionals(CliArguments a) throws CliUsageException {
        if (!a.positionals().isEmpty()) {
            throw new CliUsageException(NLS.bind(Messages.PersonaCommand_unexpected, a.positionals().get(0)));
        }
    }
}
