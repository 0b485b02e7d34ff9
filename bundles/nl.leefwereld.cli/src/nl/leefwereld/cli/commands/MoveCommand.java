// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;

/**
 * {@code move <conversation-id> --client <id> [--trajectory <id>]}: moves a conversation with everything in it to
 * another client or trajectory. Without {@code --trajectory} the client must have exactly one trajectory.
 */
public class MoveCommand implements CliCommand {

    private static final String CLIENT = "--client"; //$NON-NLS-1$
    private static final String TRAJECTORY = "--trajectory"; //$NON-NLS-1$

    @Override
    public String name() {
        return "move"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Move_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(CLIENT, TRAJECTORY), Set.of());
        if (a.positionals().size() != 1) {
            throw new CliUsageException(Messages.Common_oneId);
        }
        if (a.option(CLIENT) == null) {
            throw new CliUsageException(Messages.Move_clientNeeded);
        }
        Conversation conversation = ctx.conversation(a.positionals().get(0));
        Client client = ctx.store().loadClient(a.option(CLIENT));
        if (client == null) {
            throw new CliUsageException(NLS.bind(Messages.Move_unknownClient, a.option(CLIENT)));
        }
        Trajectory target = target(client, a.option(TRAJECTORY));
        ctx.store().moveConversation(conversation.getId(), target.getId());
        ctx.out().println(NLS.bind(Messages.Move_done, new Object[] { conversation.getId(), target.getTitle(),
                client.getDisplayName() }));
        return EXIT_OK;
    }

    private static Trajectory target(Client client, String trajectoryId) throws CliUsageException {
        if (trajectoryId != null) {
            return client.getTrajectories().stream().filter(t -> t.getId().equals(trajectoryId)).findFirst()
                    .orElseThrow(() -> new CliUsageException(NLS.bind(Messages.Move_unknownTrajectory, trajectoryId, client.getId())));
        }
        if (client.getTrajectories().size() != 1) {
            String ids = client.getTrajectories().stream().map(t -> t.getId() + " (" + t.getTitle() + ')') //$NON-NLS-1$
                    .collect(Collectors.joining(", ")); //$NON-NLS-1$
            throw new CliUsageException(client.getTrajectories().isEmpty()
                    ? NLS.bind(Messages.Move_noTrajectory, client.getId())
                    : NLS.bind(Messages.Move_chooseTrajectory, client.getId(), ids));
        }
        return client.getTrajectories().get(0);
    }
}
