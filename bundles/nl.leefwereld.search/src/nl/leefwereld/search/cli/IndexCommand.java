// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.cli;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.search.Search;
import nl.leefwereld.search.SearchIndex;

/** {@code index rebuild|status}: builds the search index again from the database, or tells what it holds. */
public class IndexCommand implements CliCommand {

    @Override
    public String name() {
        return "index"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Index_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        if (args.size() != 1 || !List.of("rebuild", "status").contains(args.get(0))) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new CliUsageException(Messages.Index_usage);
        }
        long start = System.nanoTime();
        SearchIndex index = "rebuild".equals(args.get(0)) ? Search.rebuild(ctx.store()) : Search.of(ctx.store()); //$NON-NLS-1$
        long ms = (System.nanoTime() - start) / 1_000_000;
        String where = Search.isInMemory(ctx.store()) ? Messages.Index_inMemory : Messages.Index_onDisk;
        ctx.out().println(NLS.bind(Messages.Index_status, new Object[] { index.conversationIds().size(),
                index.documentCount(), where, ms }));
        return EXIT_OK;
    }
}
