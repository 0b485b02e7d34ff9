// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.io.JsonWriter;
import nl.leefwereld.core.io.TranscriptImporter;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.core.io.TranscriptProblem;
import nl.leefwereld.core.io.UserFiles;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;

/** {@code import <file> [--client <id>] [--trajectory <id>] [--title <title>]}: nothing is saved when the file has problems. */
public class ImportCommand implements CliCommand {

    private static final String CLIENT = "--client"; //$NON-NLS-1$
    private static final String TRAJECTORY = "--trajectory"; //$NON-NLS-1$
    private static final String TITLE = "--title"; //$NON-NLS-1$

    @Override
    public String name() {
        return "import"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Import_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(CLIENT, TRAJECTORY, TITLE), Set.of());
        if (a.positionals().size() != 1) {
            throw new CliUsageException(Messages.Import_oneFile);
        }
        Path file = Path.of(a.positionals().get(0));
        UserFiles.check(file, TranscriptParser.DEFAULT_MAX_BYTES); // before the database is opened (and locked)
        TranscriptImporter.Result result;
        try {
            result = new TranscriptImporter(ctx.store()).importFile(file,
                    new TranscriptImporter.Target(a.option(TRAJECTORY), a.option(CLIENT), a.option(TITLE)));
        } catch (IllegalArgumentException e) {
            throw new CliUsageException(e.getMessage());
        }
        if (!result.saved()) {
            for (TranscriptProblem p : result.parse().problems()) {
                ctx.err().println(file + ": " + p.message()); //$NON-NLS-1$
            }
            ctx.err().println(NLS.bind(Messages.Import_aborted, file, Integer.valueOf(result.parse().problems().size())));
            return EXIT_USAGE;
        }
        Conversation c = result.conversation();
        Trajectory t = c.getTrajectory();
        Client client = t.getClient();
        if ("json".equals(ctx.format("text"))) { //$NON-NLS-1$ //$NON-NLS-2$
            JsonWriter json = new JsonWriter(ctx.out());
            json.beginObject().field("conversationId", c.getId()).field("title", c.getTitle()) //$NON-NLS-1$ //$NON-NLS-2$
                    .field("utterances", Integer.valueOf(c.getUtterances().size())) //$NON-NLS-1$
                    .field("participants", Integer.valueOf(c.getParticipants().size())) //$NON-NLS-1$
                    .field("trajectoryId", t.getId()).field("clientId", client == null ? null : client.getId()) //$NON-NLS-1$ //$NON-NLS-2$
                    .endObject().finish();
        } else {
            ctx.out().println(NLS.bind(Messages.Import_done, new Object[] { c.getId(), c.getTitle(),
                    Integer.valueOf(c.getUtterances().size()), Integer.valueOf(c.getParticipants().size()), t.getTitle(),
                    clientLabel(client) }));
        }
        return EXIT_OK;
    }

    /** The client's name, or its id when it has none (never "null"). */
    private static String clientLabel(Client client) {
        if (client == null) {
            return "-"; //$NON-NLS-1$
        }
        String name = client.getDisplayName();
        return name == null || name.isBlank() ? NLS.bind(Messages.Import_unnamedClient, client.getId()) : name;
    }
}
