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
import nl.leefwereld.search.CodeMatrix;
import nl.leefwereld.search.MatrixFiles;
import nl.leefwereld.search.Search;
import nl.leefwereld.store.AuditAction;

/**
 * {@code matrix [--by conversation|client] [filters] --out matrix.csv|matrix.xlsx}: codes × conversations (or
 * clients) with the number of codings, as CSV or XLSX by the file's extension.
 */
public class MatrixCommand implements CliCommand {

    @Override
    public String name() {
        return "matrix"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Matrix_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Filters.options("--by", "--out"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$
        if (!a.positionals().isEmpty()) {
            throw new CliUsageException(NLS.bind(Messages.Common_unexpected, a.positionals().get(0)));
        }
        String by = a.option("--by") == null ? "conversation" : a.option("--by"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (!by.equals("conversation") && !by.equals("client")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new CliUsageException(NLS.bind(Messages.Matrix_badBy, by));
        }
        String out = a.option("--out"); //$NON-NLS-1$
        if (out == null) {
            throw new CliUsageException(Messages.Matrix_noOut);
        }
        Path file = Path.of(out);
        if (Files.isDirectory(file)) {
            throw new CliUsageException(NLS.bind(Messages.Matrix_outIsFolder, file));
        }
        CodeMatrix matrix = Search.of(ctx.store()).matrix(by.equals("client"), Filters.from(a)); //$NON-NLS-1$
        MatrixFiles.write(matrix, file);
        ctx.store().audit(AuditAction.EXPORT, a.option("--client"), null, "code matrix " + file.getFileName()); //$NON-NLS-1$ //$NON-NLS-2$
        ctx.out().println(NLS.bind(Messages.Matrix_written,
                new Object[] { file, matrix.codes().size(), matrix.columns().size() }));
        return EXIT_OK;
    }
}
