// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.exchange.ExchangeBenchmark;
import nl.leefwereld.core.format.FormatRegistry;
import nl.leefwereld.store.OwnerOnlyFiles;

/**
 * {@code exchange-benchmark [--files 1000] [--work <folder>]}: folder import of generated transcripts (files/s), and
 * export and import of them all as one REFI-QDA project (seconds, MB), in a folder and databases of its own.
 */
public class ExchangeBenchmarkCommand implements CliCommand {

    private static final String FILES = "--files"; //$NON-NLS-1$
    private static final String WORK = "--work"; //$NON-NLS-1$

    @Override
    public String name() {
        return "exchange-benchmark"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Bench_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(FILES, WORK), Set.of());
        int files;
        try {
            files = a.option(FILES) == null ? 1000 : Integer.parseInt(a.option(FILES));
        } catch (NumberFormatException e) {
            throw new CliUsageException(NLS.bind(Messages.Bench_badFiles, a.option(FILES)));
        }
        if (files < 1 || files > 100_000) {
            throw new CliUsageException(NLS.bind(Messages.Bench_badFiles, Integer.valueOf(files)));
        }
        Path work = a.option(WORK) == null ? Files.createTempDirectory("leefwereld-exchange-") //$NON-NLS-1$
                : OwnerOnlyFiles.createDirectories(Path.of(a.option(WORK)));
        if (Files.list(work).findAny().isPresent()) {
            throw new CliUsageException(NLS.bind(Messages.Bench_notEmpty, work));
        }
        ctx.out().println(NLS.bind(Messages.Bench_start, Integer.valueOf(files), work));
        ExchangeBenchmark.run(work, files, new FormatRegistry(RegistryFactory.getRegistry()), ctx.out());
        return EXIT_OK;
    }
}
