// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.demo.DemoData;

/** {@code demo}: creates the demo conversations when the database has no clients. */
public class DemoCommand implements CliCommand {

    @Override
    public String name() {
        return "demo"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return "demo"; //$NON-NLS-1$
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        if (!args.isEmpty()) {
            throw new CliUsageException(NLS.bind(Messages.Common_unexpected, args.get(0)));
        }
        int created = DemoData.create(ctx.store());
        if (created == 0) {
            ctx.out().println(NLS.bind(Messages.Demo_notEmpty, ctx.location()));
        } else {
            ctx.out().println(NLS.bind(Messages.Demo_created, Integer.valueOf(created), ctx.location()));
        }
        return EXIT_OK;
    }
}
