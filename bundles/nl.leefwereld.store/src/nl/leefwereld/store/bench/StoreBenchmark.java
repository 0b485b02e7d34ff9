// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.Stores;

/**
 * Times the figures the foundation issue asks for, with generated data in a fresh database: listing 1,000 clients
 * and opening a conversation of 1,000 utterances. Prints the first (cold) call after opening the database and the
 * median of several runs after warm-up.
 */
public final class StoreBenchmark {

    public static final int CLIENTS = 1000;
    public static final int UTTERANCES_PER_CLIENT_CONVERSATION = 20;
    public static final int UTTERANCES = 1000;
    public static final int ANNOTATIONS = 300;
    public static final int RUNS = 15;

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private StoreBenchmark() {
    }

    /** {@code StoreBenchmark [folder]}: exit code 0 when the run succeeded. */
    public static void main(String[] args) throws IOException {
        if (args.length > 1 || args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) { //$NON-NLS-1$ //$NON-NLS-2$
            System.err.println(Messages.Bench_usage);
            System.exit(2);
        }
        Path folder = args.length == 1 ? Path.of(args[0]) : Files.createTempDirectory("leefwereld-bench"); //$NON-NLS-1$
        try {
            run(folder, System.out);
        } catch (StoreException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** Generates the data in {@code folder}/database (which must not hold a database yet) and prints the timings. */
    public static void run(Path folder, PrintStream out) {
        run(folder, out, CLIENTS, UTTERANCES, RUNS);
    }

    /**
     * The same at another scale: {@code clients} clients, one of them owning a conversation of {@code utterances}
     * utterances; each figure the median of {@code runs} runs after {@code runs / 3 + 1} warm-up runs.
     */
    public static void run(Path folder, PrintStream out, int clients, int utterances, int runs) {
        int warmUp = runs / 3 + 1;
        int annotations = Math.min(ANNOTATIONS, utterances);
        Path database = folder.resolve("database"); //$NON-NLS-1$
        out.println(NLS.bind(Messages.Bench_header, database));
        String bigId;
        long startGenerate = System.nanoTime();
        try (ConversationStore store = Stores.openEmbedded(database)) {
            // as an import writes: all clients in one transaction, then all conversations in one
            List<Client> all = new ArrayList<>();
            List<Conversation> conversations = new ArrayList<>();
            for (int i = 0; i < clients - 1; i++) { // the last client owns the big conversation
                Client client = client(i);
                all.add(client);
                conversations.add(conversation(client.getTrajectories().get(0), UTTERANCES_PER_CLIENT_CONVERSATION, 0));
            }
            Client owner = client(clients - 1);
            all.add(owner);
            Conversation big = conversation(owner.getTrajectories().get(0), utterances, annotations);
            conversations.add(big);
            store.saveClients(all);
            store.saveConversations(conversations);
            bigId = big.getId();
        }
        out.println(NLS.bind(Messages.Bench_generated, new Object[] { clients, UTTERANCES_PER_CLIENT_CONVERSATION,
                utterances, annotations, millis(System.nanoTime() - startGenerate) }));

        int expectedClients = clients;
        try (ConversationStore store = Stores.openEmbedded(database)) {
            long t0 = System.nanoTime();
            int listed = store.listClients().size();
            out.println(NLS.bind(Messages.Bench_listCold, expectedClients, millis(System.nanoTime() - t0)));
            check(expectedClients, listed);
            t0 = System.nanoTime();
            int loaded = store.loadConversation(bigId).getUtterances().size();
            out.println(NLS.bind(Messages.Bench_openCold, utterances, millis(System.nanoTime() - t0)));
            check(utterances, loaded);

            report(out, Messages.Bench_list, warmUp, expectedClients, time(warmUp, runs, () -> check(expectedClients, store.listClients().size())));
            report(out, Messages.Bench_open, warmUp, utterances,
                    time(warmUp, runs, () -> check(utterances, store.loadConversation(bigId).getUtterances().size())));
            Conversation loadedBig = store.loadConversation(bigId);
            report(out, Messages.Bench_save, warmUp, utterances, time(warmUp, runs, () -> store.saveConversation(loadedBig)));
        }
    }

    private static void check(int expected, int actual) {
        if (expected != actual) {
            throw new StoreException(NLS.bind(Messages.Bench_wrongCount, expected, actual));
        }
    }

    static List<Long> time(int warmUp, int runs, Runnable action) {
        for (int i = 0; i < warmUp; i++) {
            action.run();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            action.run();
            nanos.add(System.nanoTime() - t0);
        }
        Collections.sort(nanos);
        return nanos;
    }

    private static void report(PrintStream out, String message, int warmUp, int count, List<Long> sorted) {
        out.println(NLS.bind(message, new Object[] { count, millis(sorted.get(sorted.size() / 2)),
                millis(sorted.get(0)), millis(sorted.get(sorted.size() - 1)), sorted.size(), warmUp }));
    }

    private static String millis(long nanos) {
        return String.format("%.1f", nanos / 1_000_000.0); //$NON-NLS-1$
    }

    static Client client(int i) {
        Client client = F.createClient();
        client.setId(UUID.randomUUID().toString());
        client.setDisplayName(String.format("Cliënt %04d", i)); //$NON-NLS-1$
        client.setPseudonym("C-" + i); //$NON-NLS-1$
        client.getAttributes().add(attribute("leeftijdsgroep", i % 2 == 0 ? "27-45" : "46-66")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        client.getAttributes().add(attribute("wijk", "Wijk " + (i % 12))); //$NON-NLS-1$ //$NON-NLS-2$
        Trajectory trajectory = F.createTrajectory();
        trajectory.setId(UUID.randomUUID().toString());
        trajectory.setTitle("Traject werk en inkomen"); //$NON-NLS-1$
        trajectory.setChangeGoal("Binnen een half jaar vrijwilligerswerk."); //$NON-NLS-1$
        client.getTrajectories().add(trajectory);
        return client;
    }

    private static ClientAttribute attribute(String name, String value) {
        ClientAttribute attribute = F.createClientAttribute();
        attribute.setName(name);
        attribute.setValue(value);
        return attribute;
    }

    static Conversation conversation(Trajectory trajectory, int utterances, int annotations) {
        Conversation conversation = F.createConversation();
        conversation.setId(UUID.randomUUID().toString());
        conversation.setTitle("Vervolggesprek"); //$NON-NLS-1$
        conversation.setDate(new Date());
        conversation.setKind(ConversationKind.FOLLOW_UP);
        trajectory.getConversations().add(conversation);
        Participant professional = participant("Klantmanager", ParticipantRole.PROFESSIONAL); //$NON-NLS-1$
        Participant client = participant("Cliënt", ParticipantRole.CLIENT); //$NON-NLS-1$
        conversation.getParticipants().add(professional);
        conversation.getParticipants().add(client);
        for (int i = 0; i < utterances; i++) {
            Utterance utterance = F.createUtterance();
            utterance.setId(UUID.randomUUID().toString());
            utterance.setSpeaker(i % 2 == 0 ? professional : client);
            utterance.setText(i % 2 == 0 ? "Hoe gaat het nu met u, sinds we elkaar de vorige keer spraken?" //$NON-NLS-1$
                    : "Het gaat wel. Ik heb de brief van de gemeente gelezen, maar ik snap niet goed wat ze willen."); //$NON-NLS-1$
            utterance.setStartMillis(i * 4000L);
            utterance.setEndMillis(i * 4000L + 3500L);
            conversation.getUtterances().add(utterance);
        }
        for (int i = 0; i < annotations; i++) {
            Annotation annotation = F.createAnnotation();
            annotation.setId(UUID.randomUUID().toString());
            annotation.setUtterance(conversation.getUtterances().get(i * 3 % utterances));
            annotation.setMethodId("mi"); //$NON-NLS-1$
            annotation.setCodeId(i % 2 == 0 ? "open-question" : "reflection"); //$NON-NLS-1$ //$NON-NLS-2$
            annotation.setCoder("benchmark"); //$NON-NLS-1$
            annotation.setOrigin(AnnotationOrigin.SUGGESTED);
            annotation.setConfidence(0.8);
            conversation.getAnnotations().add(annotation);
        }
        return conversation;
    }

    private static Participant participant(String name, ParticipantRole role) {
        Participant participant = F.createParticipant();
        participant.setId(UUID.randomUUID().toString());
        participant.setName(name);
        participant.setRole(role);
        return participant;
    }
}
