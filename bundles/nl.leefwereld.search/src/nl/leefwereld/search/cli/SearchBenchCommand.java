// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.search.bench.SearchBenchmark;

/**
 * {@code search-bench [--utterances N] [--codings N] [--runs N] [--database-utterances N] [--folder <folder>]}:
 * the search figures with generated data, in a new temporary folder (or an empty one given).
 */
public class SearchBenchCommand implements CliCommand {

    @Override
    public String name() {
        return "search-bench"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Bench_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args,
                Set.of("--utterances", "--codings", "--runs", "--database-utterances", "--folder"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        if (!a.positionals().isEmpty()) {
            throw new CliUsageException(NLS.bind(Messages.Common_unexpected, a.positionals().get(0)));
        }
        int utterances = Filters.number(a.option("--utterances"), 1_000_000); //$NON-NLS-1$
        int codings = Filters.number(a.option("--codings"), 100_000); //$NON-NLS-1$
        int runs = Filters.number(a.option("--runs"), 100); //$NON-NLS-1$
        String db = a.option("--database-utterances"); //$NON-NLS-1$
        // by default a database of up to 100,000 utterances too, for the index/database size ratio (0: none)
        int databaseUtterances = db == null ? Math.min(utterances, 100_000)
                : "0".equals(db.strip()) ? 0 : Filters.number(db, 0); //$NON-NLS-1$
        Path folder;
        if (a.option("--folder") != null) { //$NON-NLS-1$
            folder = Path.of(a.option("--folder")); //$NON-NLS-1$
            if (Files.exists(folder) && (!Files.isDirectory(folder) || Files.list(folder).findAny().isPresent())) {
                throw new CliUsageException(NLS.bind(Messages.Bench_folderNotEmpty, folder));
            }
            Files.createDirectories(folder);
        } else {
            folder = Files.createTempDirectory("leefwereld-search-bench"); //$NON-NLS-1$
        }
        SearchBenchmark.run(folder, ctx.out(), utterances, codings, runs, databaseUtterances);
        ctx.out().println(NLS.bind(Messages.Bench_folder, folder));
        return EXIT_OK;
    }
}
