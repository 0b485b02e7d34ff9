// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliCommandDescriptor;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;

/** {@code help [command]}: the contributed commands with their descriptions and usage. */
public class HelpCommand implements CliCommand {

    @Override
    public String name() {
        return "help"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Help_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        if (args.size() > 1) {
            throw new CliUsageException(NLS.bind(Messages.Common_unexpected, args.get(1)));
        }
        if (args.size() == 1) {
            for (CliCommandDescriptor d : ctx.commands()) {
                if (d.name().equals(args.get(0))) {
                    ctx.out().println("leefwereld " + d.create().usage()); //$NON-NLS-1$
                    ctx.out().println("  " + d.description()); //$NON-NLS-1$
                    return EXIT_OK;
                }
            }
            throw new CliUsageException(NLS.bind(Messages.Help_unknown, args.get(0)));
        }
        ctx.out().println(Messages.Help_intro);
        ctx.out().println();
        ctx.out().println(Messages.Help_commands);
        for (CliCommandDescriptor d : ctx.commands()) {
            String usage;
            try {
                usage = d.create().usage();
            } catch (RuntimeException e) {
                usage = d.name();
            }
            ctx.out().println(String.format("  %-10s %s", d.name(), d.description())); //$NON-NLS-1$
            ctx.out().println(String.format("  %-10s leefwereld %s", "", usage)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ctx.out().println();
        ctx.out().println(Messages.Help_options);
        ctx.out().println(NLS.bind(Messages.Help_exitCodes, ctx.location()));
        return EXIT_OK;
    }
}
