// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands;

import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.io.JsonExporter;
import nl.leefwereld.core.io.TranscriptWriter;
import nl.leefwereld.model.Conversation;

/**
 * {@code show <conversation-id>}: the transcript turn by turn ({@code [hh:mm:ss] Naam: tekst}, in the format
 * {@code import} reads), or the JSON of {@code export} with {@code --format json}.
 */
public class ShowCommand implements CliCommand {

    @Override
    public String name() {
        return "show"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Show_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        Conversation c = load(ctx, args, Set.of());
        if ("json".equals(ctx.format("text"))) { //$NON-NLS-1$ //$NON-NLS-2$
            new JsonExporter().write(c, ctx.out());
            return EXIT_OK;
        }
        String client = c.getTrajectory() == null || c.getTrajectory().getClient() == null ? "" //$NON-NLS-1$
                : c.getTrajectory().getClient().getDisplayName();
        String trajectory = c.getTrajectory() == null ? "" : c.getTrajectory().getTitle(); //$NON-NLS-1$
        ctx.out().println("# " + NLS.bind(Messages.Show_header, new Object[] { c.getId(), client, trajectory })); //$NON-NLS-1$
        ctx.out().print(new TranscriptWriter().write(c));
        return EXIT_OK;
    }

    /** Loads the one conversation named in the arguments, or fails with a usage error. */
    static Conversation load(CliContext ctx, List<String> args, Set<String> valueOptions) throws Exception {
        CliArguments a = CliArguments.parse(args, valueOptions, Set.of());
        if (a.positionals().size() != 1) {
            throw new CliUsageException(Messages.Common_oneId);
        }
        return ctx.conversation(a.positionals().get(0));
    }
}
