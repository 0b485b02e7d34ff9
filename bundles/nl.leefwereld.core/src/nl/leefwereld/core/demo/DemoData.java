// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;

/**
 * Realistic Dutch demo content: four conversations written for the demo (no real people), read from the
 * transcript files beside this class through {@link TranscriptParser}:
 * <ol>
 * <li>{@code welkomstgesprek.txt}: a stress-sensitive welcome conversation at werk &amp; inkomen with a client in
 * financial stress;</li>
 * <li>{@code vervolggesprek.txt}: the follow-up with the same client, in motivational interviewing style;</li>
 * <li>{@code bezoeker.txt}: a young man sent by his mother (a bezoeker in solution-focused terms);</li>
 * <li>{@code klantenpanel.txt}: a tenants' panel of a housing corporation, one moderator.</li>
 * </ol>
 * Besides the headers the parser knows, each file carries headers for the client and trajectory:
 * {@code Pseudoniem} (groups conversations of one client), {@code Weergavenaam}, {@code Kenmerk: naam = waarde}
 * (repeatable), {@code Traject} (groups conversations of one trajectory), {@code Trajectsoort},
 * {@code Trajectstart}, {@code Veranderdoel} and {@code Notitie} (a note on the conversation).
 */
public final class DemoData {

    /** The demo transcripts, in the order they are created. */
    public static final List<String> RESOURCES = List.of("welkomstgesprek.txt", "vervolggesprek.txt", //$NON-NLS-1$ //$NON-NLS-2$
            "bezoeker.txt", "klantenpanel.txt"); //$NON-NLS-1$ //$NON-NLS-2$

    private DemoData() {
    }

    /**
     * Creates the demo clients, trajectories and conversations, only when the store holds no client.
     *
     * @return the number of conversations created: 0 when the store was not empty
     */
    public static int create(ConversationStore store) {
        if (store.countClients() > 0) {
            return 0;
        }
        List<Client> clients = build();
        List<Conversation> conversations = new ArrayList<>();
        for (Client client : clients) {
            Map<Trajectory, List<Conversation>> content = new LinkedHashMap<>();
            for (Trajectory t : client.getTrajectories()) {
                content.put(t, new ArrayList<>(t.getConversations()));
                t.getConversations().clear();
            }
            store.saveClient(client);
            for (Map.Entry<Trajectory, List<Conversation>> e : content.entrySet()) {
                for (Conversation c : e.getValue()) {
                    c.setTrajectory(e.getKey());
                    store.saveConversation(c);
                    conversations.add(c);
                }
            }
        }
        return conversations.size();
    }

    /**
     * The demo clients with their trajectories and full conversations, not saved. Fails with
     * {@link IllegalStateException} when a demo file has a problem (a defect of this bundle).
     */
    public static List<Client> build() {
        ModelFactory f = ModelFactory.eINSTANCE;
        Map<String, Client> clients = new LinkedHashMap<>();
        Map<String, Trajectory> trajectories = new LinkedHashMap<>();
        TranscriptParser parser = new TranscriptParser();
        for (String resource : RESOURCES) {
            TranscriptParseResult result;
            try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(NLS.bind(Messages.DemoData_missing, resource));
                }
                result = parser.parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (result.hasProblems()) {
                throw new IllegalStateException(NLS.bind(Messages.DemoData_problems, resource, result.problems()));
            }
            Conversation conversation = result.conversation();

            String pseudonym = required(result, "Pseudoniem", resource); //$NON-NLS-1$
            Client client = clients.get(pseudonym);
            if (client == null) {
                client = f.createClient();
                client.setId(UUID.randomUUID().toString());
                client.setPseudonym(pseudonym);
                client.setDisplayName(required(result, "Weergavenaam", resource)); //$NON-NLS-1$
                for (String attribute : result.headerValues("Kenmerk")) { //$NON-NLS-1$
                    int eq = attribute.indexOf('=');
                    ClientAttribute a = f.createClientAttribute();
                    a.setName(attribute.substring(0, Math.max(eq, 0)).strip());
                    a.setValue(attribute.substring(eq + 1).strip());
                    client.getAttributes().add(a);
                }
                clients.put(pseudonym, client);
            }
            String trajectoryTitle = required(result, "Traject", resource); //$NON-NLS-1$
            Trajectory trajectory = trajectories.get(pseudonym + '\n' + trajectoryTitle);
            if (trajectory == null) {
                trajectory = f.createTrajectory();
                trajectory.setId(UUID.randomUUID().toString());
                trajectory.setTitle(trajectoryTitle);
                trajectory.setKind(result.header("Trajectsoort")); //$NON-NLS-1$
                trajectory.setChangeGoal(required(result, "Veranderdoel", resource)); //$NON-NLS-1$
                trajectory.setStartDate(date(result.header("Trajectstart"))); //$NON-NLS-1$
                client.getTrajectories().add(trajectory);
                trajectories.put(pseudonym + '\n' + trajectoryTitle, trajectory);
            }
            for (String text : result.headerValues("Notitie")) { //$NON-NLS-1$
                Note note = f.createNote();
                note.setId(UUID.randomUUID().toString());
                note.setText(text);
                note.setAuthor(professionalName(conversation));
                note.setCreated(conversation.getDate());
                conversation.getNotes().add(note);
            }
            trajectory.getConversations().add(conversation);
        }
        return new ArrayList<>(clients.values());
    }

    private static String required(TranscriptParseResult result, String key, String resource) {
        String value = result.header(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(NLS.bind(Messages.DemoData_missingHeader, resource, key));
        }
        return value;
    }

    private static String professionalName(Conversation conversation) {
        for (Participant p : conversation.getParticipants()) {
            if (p.getRole() == ParticipantRole.PROFESSIONAL) {
                return p.getName();
            }
        }
        return null;
    }

    private static Date date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Date.from(LocalDate.parse(value.strip()).atStartOfDay(ZoneId.systemDefault()).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
