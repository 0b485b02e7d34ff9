// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.cli.exchange.ImportFilesCommand;
import nl.leefwereld.core.exchange.FileImport;
import nl.leefwereld.core.exchange.QdpxExport;
import nl.leefwereld.core.format.FormatRegistry;
import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.io.JsonWriter;
import nl.leefwereld.core.io.TranscriptImporter;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.core.io.UserFiles;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;

/**
 * {@code import <file> [--client <id>] [--trajectory <id>] [--title <title>]}: one file of any installed format
 * (or a REFI-QDA project); nothing is saved when it has errors, warnings (a malformed time) are printed and the file
 * is imported. Several files or a folder go to {@link ImportFilesCommand}.
 */
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
        return nl.leefwereld.cli.exchange.Messages.Import_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(CLIENT, TRAJECTORY, TITLE), Set.of());
        if (a.positionals().isEmpty()) {
            throw new CliUsageException(Messages.Import_oneFile);
        }
        if (a.positionals().size() > 1 || Files.isDirectory(Path.of(a.positionals().get(0)))) {
            // many files: a progress line each and a summary
            return new ImportFilesCommand().run(ctx, a.positionals().stream().map(Path::of).toList(),
                    new TranscriptImporter.Target(a.option(TRAJECTORY), a.option(CLIENT), a.option(TITLE)));
        }
        Path file = Path.of(a.positionals().get(0));
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        boolean archive = name.endsWith(".docx") || name.endsWith(".qdpx"); //$NON-NLS-1$ //$NON-NLS-2$
        // before the database is opened (and locked)
        UserFiles.check(file, archive ? UserFiles.Kind.ARCHIVE.limit() : TranscriptParser.DEFAULT_MAX_BYTES);
        FileImport.Outcome outcome = new FileImport(ctx.store(), new FormatRegistry(RegistryFactory.getRegistry()),
                QdpxExport.installedCodebooks(RegistryFactory.getRegistry())).importFile(file,
                        new TranscriptImporter.Target(a.option(TRAJECTORY), a.option(CLIENT), a.option(TITLE)));
        for (String w : outcome.warnings()) {
            ctx.err().println(NLS.bind(nl.leefwereld.cli.exchange.Messages.Import_warning, w));
        }
        if (!outcome.imported()) {
            for (String e : outcome.errors()) {
                ctx.err().println(e);
            }
            ctx.err().println(NLS.bind(Messages.Import_aborted, file, Integer.valueOf(outcome.errors().size())));
            return EXIT_USAGE;
        }
        boolean json = "json".equals(ctx.format("text")); //$NON-NLS-1$ //$NON-NLS-2$
        if (json && outcome.conversationIds().size() > 1) {
            // a REFI-QDA project: the ids of its conversations
            JsonWriter w = new JsonWriter(ctx.out());
            w.beginObject().name("conversationIds").beginArray(); //$NON-NLS-1$
            outcome.conversationIds().forEach(w::value);
            w.endArray().endObject().finish();
            return EXIT_OK;
        }
        for (String id : outcome.conversationIds()) {
            Conversation c = ctx.store().loadConversation(id);
            Trajectory t = c.getTrajectory();
            Client client = t.getClient();
            if (json) {
                JsonWriter w = new JsonWriter(ctx.out());
                w.beginObject().field("conversationId", c.getId()).field("title", c.getTitle()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("utterances", Integer.valueOf(c.getUtterances().size())) //$NON-NLS-1$
                        .field("participants", Integer.valueOf(c.getParticipants().size())) //$NON-NLS-1$
                        .field("trajectoryId", t.getId()).field("clientId", client == null ? null : client.getId()) //$NON-NLS-1$ //$NON-NLS-2$
                        .endObject().finish();
            } else {
                ctx.out().println(NLS.bind(Messages.Import_done, new Object[] { c.getId(), c.getTitle(),
                        Integer.valueOf(c.getUtterances().size()), Integer.valueOf(c.getParticipants().size()), t.getTitle(),
                        clientLabel(client) }));
            }
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
