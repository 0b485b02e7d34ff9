// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands.privacy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.privacy.PseudonymKey;

/**
 * {@code key new <keyfile>}: creates a pseudonymisation key (never overwrites one); {@code key show <keyfile>}:
 * prints its fingerprint. Does not open the database.
 */
public class KeyCommand implements CliCommand {

    @Override
    public String name() {
        return "key"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Key_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(), Set.of());
        if (a.positionals().size() != 2) {
            throw new CliUsageException(Messages.Key_unknownAction);
        }
        Path file = Path.of(a.positionals().get(1)).toAbsolutePath();
        try {
            switch (a.positionals().get(0)) {
                case "new" -> { //$NON-NLS-1$
                    PseudonymKey key = PseudonymKey.create(file);
                    ctx.out().println(NLS.bind(Messages.Key_created, file, key.fingerprint()));
                }
                case "show" -> { //$NON-NLS-1$
                    PseudonymKey key = PseudonymKey.load(file);
                    ctx.out().println(NLS.bind(Messages.Key_fingerprint, file, key.fingerprint()));
                }
                default -> throw new CliUsageException(Messages.Key_unknownAction);
            }
        } catch (IOException e) {
            throw new CliUsageException(e.getMessage());
        }
        return EXIT_OK;
    }
}
