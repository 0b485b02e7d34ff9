// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands.admin;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;

/**
 * {@code backup <folder>}: an online backup of the database into the folder (the copy is {@code <folder>/<name of
 * the database folder>}; an encrypted database gives an encrypted copy).
 */
public class BackupCommand implements CliCommand {

    @Override
    public String name() {
        return "backup"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Backup_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(AdminSupport.PASSWORD_FILE), Set.of());
        if (a.positionals().isEmpty()) {
            throw new CliUsageException(Messages.Backup_noFolder);
        }
        if (a.positionals().size() > 1) {
            throw AdminSupport.unexpected(a.positionals(), 1);
        }
        Path target = Path.of(a.positionals().get(0)).toAbsolutePath().normalize();
        try (AdminSupport.Opened opened = AdminSupport.open(ctx, a)) {
            Path copy = opened.store().backup(target);
            ctx.out().println(NLS.bind(Messages.Backup_done, copy, Integer.valueOf(opened.store().countClients())));
        }
        return EXIT_OK;
    }
}
