// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands.admin;

import java.io.Console;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.model.Client;
import nl.leefwereld.store.ErasureReport;

/**
 * {@code erase <client-id> [--yes]}: the right to erasure. Deletes the client with everything about them (the same
 * erasure as {@code retention --apply}), compresses the tables and forces a checkpoint so that no database file
 * keeps the data, and reports what older backups still hold. Asks for confirmation on a terminal; elsewhere
 * {@code --yes} is required.
 */
public class EraseCommand implements CliCommand {

    private static final String YES = "--yes"; //$NON-NLS-1$

    @Override
    public String name() {
        return "erase"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Erase_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(AdminSupport.PASSWORD_FILE), Set.of(YES));
        if (a.positionals().isEmpty()) {
            throw new CliUsageException(Messages.Erase_noClient);
        }
        if (a.positionals().size() > 1) {
            throw AdminSupport.unexpected(a.positionals(), 1);
        }
        String clientId = a.positionals().get(0);
        try (AdminSupport.Opened opened = AdminSupport.open(ctx, a)) {
            Client client = opened.store().loadClient(clientId);
            if (client == null) {
                throw new CliUsageException(NLS.bind(Messages.Erase_unknownClient, clientId));
            }
            if (!a.flag(YES)) {
                Console console = System.console();
                if (console == null) {
                    throw new CliUsageException(NLS.bind(Messages.Erase_confirmNeeded, YES));
                }
                String answer = console.readLine("%s", NLS.bind(Messages.Erase_confirm, clientId)); //$NON-NLS-1$
                if (answer == null || !answer.strip().equals(clientId)) {
                    ctx.out().println(Messages.Erase_cancelled);
                    return EXIT_USAGE;
                }
            }
            ErasureReport report = opened.store().eraseClient(clientId);
            ctx.out().println(NLS.bind(Messages.Erase_done, clientId,
                    Integer.valueOf(report.trajectoriesAndConversations())));
            ctx.out().println(NLS.bind(Messages.Erase_compressed, Integer.valueOf(report.tablesCompressed().size())));
            ctx.out().println(Messages.Erase_audit);
            ctx.out().println(report.encrypted() ? Messages.Erase_backupsEncrypted
                    : Messages.Erase_backupsPlain);
        }
        return EXIT_OK;
    }
}
