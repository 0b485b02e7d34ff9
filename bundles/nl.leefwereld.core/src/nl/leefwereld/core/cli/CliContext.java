// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;

/** What a {@link CliCommand} gets from the command line. */
public interface CliContext {

    /** The database, opened on the first call (and closed by the command line after the command). */
    ConversationStore store();

    /** The database folder given with {@code --db} or the default {@code <workspace>/database}. */
    Path databaseFolder();

    /** Where the data is, for messages: the database folder, or the team server's URL when connected to one. */
    default String location() {
        return String.valueOf(databaseFolder());
    }

    /** The server address given with {@code --server}, or null (the embedded database). */
    default String serverUrl() {
        return null;
    }

    /** The user given with {@code --user} for the server, or null. */
    default String serverUser() {
        return null;
    }

    PrintStream out();

    PrintStream err();

    /** The value of {@code --format}, or {@code null} when not given. */
    String format();

    /** The value of {@code --format}, or {@code fallback} when not given. */
    default String format(String fallback) {
        String f = format();
        return f == null ? fallback : f;
    }

    /** The word that stands for every conversation in the database, e.g. {@code analyze --method mi all}. */
    String ALL_CONVERSATIONS = "all"; //$NON-NLS-1$

    /**
     * The conversation with this id, fully loaded.
     *
     * @throws CliUsageException naming the id when there is no such conversation
     */
    default Conversation conversation(String id) throws CliUsageException {
        Conversation conversation = store().loadConversation(id);
        if (conversation == null) {
            throw new CliUsageException(NLS.bind(Messages.CliContext_unknownConversation, id));
        }
        return conversation;
    }

    /**
     * With {@value #ALL_CONVERSATIONS} every conversation in the database, fully loaded, in the order of clients and
     * trajectories; otherwise the one conversation with this id.
     *
     * @throws CliUsageException naming the id when there is no such conversation
     */
    default List<Conversation> conversations(String idOrAll) throws CliUsageException {
        if (!ALL_CONVERSATIONS.equals(idOrAll)) {
            return List.of(conversation(idOrAll));
        }
        List<Conversation> result = new ArrayList<>();
        for (Client client : store().listClients()) {
            for (Trajectory trajectory : client.getTrajectories()) {
                for (Conversation header : trajectory.getConversations()) {
                    Conversation conversation = store().loadConversation(header.getId());
                    if (conversation != null) {
                        result.add(conversation);
                    }
                }
            }
        }
        return result;
    }

    /** All contributed commands, sorted by name (for {@code help}). */
    List<CliCommandDescriptor> commands();
}
