// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.exchange.QdpxExport;
import nl.leefwereld.core.exchange.QdpxWriter;

/**
 * {@code --format qdpx export <all|client-id|conversation-id>... --out project.qdpx}: a REFI-QDA project, owner-only,
 * every conversation recorded in the audit log. Run by the {@code export} command when the format is {@code qdpx}.
 */
public final class QdpxExportCommand {

    private static final String OUT = "--out"; //$NON-NLS-1$

    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(OUT), Set.of());
        if (a.positionals().isEmpty()) {
            throw new CliUsageException(Messages.Export_noSelection);
        }
        String outName = a.option(OUT);
        if (outName == null || outName.isBlank()) {
            throw new CliUsageException(Messages.Export_needsOut);
        }
        Path out = Path.of(outName).toAbsolutePath();
        QdpxWriter.Summary s;
        try {
            s = new QdpxExport(ctx.store(), QdpxExport.installedCodebooks(RegistryFactory.getRegistry()))
                    .export(a.positionals(), out);
        } catch (IllegalArgumentException e) {
            throw new CliUsageException(e.getMessage());
        }
        ctx.out().println(NLS.bind(Messages.Export_done, new Object[] { out, Integer.valueOf(s.conversations()),
                Integer.valueOf(s.clients()), Integer.valueOf(s.codings()), Integer.valueOf(s.notes()) }));
        return CliCommand.EXIT_OK;
    }
}
