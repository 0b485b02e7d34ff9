// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.io.JsonExporter;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;

/**
 * {@code list [--no-counts]}: clients, their trajectories and conversations with ids, dates, kinds and utterance
 * counts. The counts come from one query (no conversation is loaded or audited as opened); {@code --no-counts}
 * leaves them out.
 */
public class ListCommand implements CliCommand {

    private static final String NO_COUNTS = "--no-counts"; //$NON-NLS-1$

    @Override
    public String name() {
        return "list"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.List_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(), Set.of(NO_COUNTS));
        if (!a.positionals().isEmpty()) {
            throw new CliUsageException(NLS.bind(Messages.Common_unexpected, a.positionals().get(0)));
        }
        ConversationStore store = ctx.store();
        List<Client> clients = store.listClients();
        ToIntFunction<Conversation> counts = null;
        if (!a.flag(NO_COUNTS)) {
            Map<String, Integer> utterances = store.countUtterances();
            counts = c -> utterances.getOrDefault(c.getId(), 0);
        }
        if ("json".equals(ctx.format("text"))) { //$NON-NLS-1$ //$NON-NLS-2$
            new JsonExporter().writeClients(clients, counts, ctx.out());
            return EXIT_OK;
        }
        if (clients.isEmpty()) {
            ctx.out().println(NLS.bind(Messages.List_empty, ctx.location()));
            return EXIT_OK;
        }
        SimpleDateFormat dates = new SimpleDateFormat("yyyy-MM-dd"); //$NON-NLS-1$
        for (Client client : clients) {
            ctx.out().println(NLS.bind(Messages.List_client, new Object[] { client.getDisplayName(), client.getId(),
                    client.getPseudonym() == null ? "" : " (" + client.getPseudonym() + ')' })); //$NON-NLS-1$ //$NON-NLS-2$
            if (client.getTrajectories().isEmpty()) {
                ctx.out().println("  " + Messages.List_noTrajectories); //$NON-NLS-1$
            }
            for (Trajectory t : client.getTrajectories()) {
                ctx.out().println("  " + NLS.bind(Messages.List_trajectory, t.getTitle(), t.getId())); //$NON-NLS-1$
                if (t.getChangeGoal() != null && !t.getChangeGoal().isBlank()) {
                    ctx.out().println("    " + NLS.bind(Messages.List_goal, t.getChangeGoal())); //$NON-NLS-1$
                }
                if (t.getConversations().isEmpty()) {
                    ctx.out().println("    " + Messages.List_noConversations); //$NON-NLS-1$
                }
                for (Conversation c : t.getConversations()) {
                    Date date = c.getDate();
                    String count = counts == null ? "" //$NON-NLS-1$
                            : "  " + NLS.bind(Messages.List_utterances, Integer.valueOf(counts.applyAsInt(c))); //$NON-NLS-1$
                    ctx.out().println("    " + c.getId() + "  " + (date == null ? "----------" : dates.format(date)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + "  " + Kinds.label(c.getKind()) + count + "  " + (c.getTitle() == null ? "" : c.getTitle())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
        }
        return EXIT_OK;
    }
}
