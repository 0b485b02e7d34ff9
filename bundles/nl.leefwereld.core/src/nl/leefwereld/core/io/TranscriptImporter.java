// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.io;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;

/**
 * Imports transcript files as new conversations: {@link TranscriptParser} + {@link ConversationStore}.
 * Without a target trajectory the conversation goes into the trajectory "Geïmporteerde gesprekken" of the
 * client "Geïmporteerd" (recognised by its attribute {@code bron=import}; created on first use).
 */
public final class TranscriptImporter {

    /** Attribute that marks the client holding imports without a target. */
    public static final String SOURCE_ATTRIBUTE = "bron"; //$NON-NLS-1$
    public static final String SOURCE_IMPORT = "import"; //$NON-NLS-1$

    /**
     * The id of the client "Geïmporteerd" when an import creates it, and of its trajectory: a fixed key, so that
     * parallel imports (several workbenches, a team's store) that each find no such client all write the same row
     * instead of one client each; the store retries the one whose insert came second (#20).
     */
    public static final String IMPORT_CLIENT_ID = "leefwereld-import"; //$NON-NLS-1$
    public static final String IMPORT_TRAJECTORY_ID = "leefwereld-import-conversations"; //$NON-NLS-1$

    /** Where an import goes; all fields optional. */
    public record Target(String trajectoryId, String clientId, String title) {
        public static Target none() {
            return new Target(null, null, null);
        }
    }

    /**
     * The outcome of an import.
     *
     * @param parse        what the parser read and the problems it found
     * @param conversation the saved conversation, or {@code null} when nothing was saved because of problems
     */
    public record Result(TranscriptParseResult parse, Conversation conversation) {
        public boolean saved() {
            return conversation != null;
        }
    }

    private final ConversationStore store;
    private final TranscriptParser parser;

    public TranscriptImporter(ConversationStore store) {
        this(store, new TranscriptParser());
    }

    public TranscriptImporter(ConversationStore store, TranscriptParser parser) {
        this.store = store;
        this.parser = parser;
    }

    /**
     * Parses the file and, only when there are no errors (warnings are kept in the result), saves it as a new conversation.
     *
     * @throws IllegalArgumentException when the target names an unknown trajectory or client (localised message)
     */
    public Result importFile(Path file, Target target) {
        return importParsed(parser.parse(file), file, target);
    }

    /**
     * Saves what was already parsed from {@code file} (e.g. for a preview) as {@link #importFile} does: only when
     * there are no errors (warnings such as a malformed time do not stop it), titled after the file when the
     * transcript gives no title.
     */
    public Result importParsed(TranscriptParseResult parse, Path file, Target target) {
        if (parse.hasErrors()) {
            return new Result(parse, null);
        }
        Conversation c = parse.conversation();
        if (c.getTitle() == null || c.getTitle().isBlank()) {
            c.setTitle(NLS.bind(Messages.Importer_defaultTitle, file.getFileName()));
        }
        return new Result(parse, save(c, target));
    }

    /**
     * Saves an already parsed conversation (problems or not: the caller decided) into the target.
     *
     * @return the saved conversation
     */
    public Conversation save(Conversation conversation, Target target) {
        saveAll(List.of(conversation), target);
        return conversation;
    }

    /**
     * Saves already parsed conversations into the target in one transaction: all are stored, or none (also when
     * the process dies halfway).
     */
    public void saveAll(List<Conversation> conversations, Target target) {
        Target t = target == null ? Target.none() : target;
        Trajectory trajectory = resolve(t);
        for (Conversation conversation : conversations) {
            if (t.title() != null && !t.title().isBlank()) {
                conversation.setTitle(t.title());
            }
            if (conversation.getKind() == null) {
                conversation.setKind(ConversationKind.OTHER);
            }
            if (conversation.getDate() == null) {
                conversation.setDate(new Date());
            }
            conversation.setTrajectory(trajectory);
        }
        store.saveConversations(conversations);
    }

    private Trajectory resolve(Target t) {
        if (t.trajectoryId() != null) {
            for (Client client : store.listClients()) {
                for (Trajectory trajectory : client.getTrajectories()) {
                    if (trajectory.getId().equals(t.trajectoryId())) {
                        if (t.clientId() != null && !t.clientId().equals(client.getId())) {
                            throw new IllegalArgumentException(NLS.bind(Messages.Importer_unknownTrajectory,
                                    t.trajectoryId() + " (" + t.clientId() + ')')); //$NON-NLS-1$
                        }
                        return trajectory;
                    }
                }
            }
            throw new IllegalArgumentException(NLS.bind(Messages.Importer_unknownTrajectory, t.trajectoryId()));
        }
        Client client;
        if (t.clientId() != null) {
            client = store.loadClient(t.clientId());
            if (client == null) {
                throw new IllegalArgumentException(NLS.bind(Messages.Importer_unknownClient, t.clientId()));
            }
        } else {
            client = store.listClients().stream().filter(TranscriptImporter::isImportClient).findFirst()
                    .orElse(null);
            if (client == null) {
                client = ModelFactory.eINSTANCE.createClient();
                client.setId(IMPORT_CLIENT_ID);
                client.setDisplayName(Messages.Importer_clientName);
                ClientAttribute marker = ModelFactory.eINSTANCE.createClientAttribute();
                marker.setName(SOURCE_ATTRIBUTE);
                marker.setValue(SOURCE_IMPORT);
                client.getAttributes().add(marker);
            }
        }
        for (Trajectory trajectory : client.getTrajectories()) {
            if (Messages.Importer_trajectoryTitle.equals(trajectory.getTitle()) || client.getTrajectories().size() == 1) {
                return trajectory;
            }
        }
        Trajectory trajectory = ModelFactory.eINSTANCE.createTrajectory();
        trajectory.setId(IMPORT_CLIENT_ID.equals(client.getId()) ? IMPORT_TRAJECTORY_ID : UUID.randomUUID().toString());
        trajectory.setTitle(Messages.Importer_trajectoryTitle);
        trajectory.setStartDate(new Date());
        client.getTrajectories().add(trajectory);
        store.saveClient(client);
        return trajectory;
    }

    private static boolean isImportClient(Client client) {
        return client.getAttributes().stream()
                .anyMatch(a -> SOURCE_ATTRIBUTE.equals(a.getName()) && SOURCE_IMPORT.equals(a.getValue()));
    }
}
