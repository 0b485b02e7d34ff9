// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.BenchContribution;
import nl.leefwereld.core.cli.BenchRow;
import nl.leefwereld.method.persona.PersonaBuilder;
import nl.leefwereld.method.persona.PersonaInput;
import nl.leefwereld.method.persona.PseudonymKey;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.store.bench.WorkloadBench;

/**
 * The persona method's rows of {@code leefwereld bench} ({@code nl.leefwereld.core.benchRows}): a generated
 * population (1,000 clients, 30,000 at full scale) stored with a coded conversation for every tenth client, then
 * read as a persona build reads it ({@link PersonaInput#load}), personas built from it (four, fixed seed), and
 * {@code leefwereld persona build} run as the user runs it (opening the database included). The reference of the
 * first two is reading the same rows (clients, attributes, participants, utterances, annotations) with plain JDBC on
 * the same database; the command line's is the build in process.
 */
public class PersonaBenchRows implements BenchContribution {

    /** Personas built (fixed, so that every run does the same work). */
    static final int K = 4;

    /** The rows a persona build reads, as plain JDBC reads them for the reference. */
    private static final String[] ROWS = { "SELECT id, display_name, pseudonym FROM client", //$NON-NLS-1$
            "SELECT client_id, attribute_count, attributes FROM client_attribute_set", //$NON-NLS-1$
            "SELECT id, seq, name, participant_role, professional_id, conversation_id FROM participant", //$NON-NLS-1$
            "SELECT id, seq, speaker_id, utterance_text, start_millis, end_millis, conversation_id FROM utterance", //$NON-NLS-1$
            "SELECT id, seq, utterance_id, method_id, code_id, origin, conversation_id FROM annotation" }; //$NON-NLS-1$

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    @Override
    public void run(Context context, Consumer<BenchRow> out) throws Exception {
        int clients = context.full() ? 30_000 : 1_000;
        int runs = 3;
        Path database = context.folder().resolve("persona"); //$NON-NLS-1$
        PseudonymKey key = new PseudonymKey(new byte[32]);
        PersonaBuilder.Settings settings = PersonaBuilder.Settings.defaults().withK(K).withSeed(7);
        double read;
        double build;
        int[] members = new int[1];
        try (ConversationStore store = Stores.openEmbedded(database, context.password().clone())) {
            List<Client> population = PersonaBenchmark.clients(
                    PopulationGenerator.generate(clients, 0.02, PopulationGenerator.Shape.BALANCED, 7));
            store.saveClients(population);
            List<Conversation> conversations = new ArrayList<>();
            for (int i = 0; i < population.size(); i += 10) {
                conversations.add(conversation(population.get(i), i));
            }
            store.saveConversations(conversations);
            read = median(runs, () -> members[0] = PersonaInput.load(store, key, null, new NullProgressMonitor())
                    .members().size());
            build = median(runs, () -> PersonaBuilder.build(PersonaInput.load(store, key, null,
                    new NullProgressMonitor()), settings, null, null, new NullProgressMonitor()));
        }
        double reference = WorkloadBench.rawReadMillis(database, context.password(), runs, ROWS);
        String count = String.format(Locale.ROOT, "%,d", clients); //$NON-NLS-1$
        out.accept(new BenchRow("persona_read", NLS.bind(Messages.Bench_read, count), members[0], read, reference)); //$NON-NLS-1$
        out.accept(new BenchRow("persona_build", NLS.bind(Messages.Bench_build, count, K), members[0], build, //$NON-NLS-1$
                reference));
        int[] exit = new int[1];
        double cli = median(1, () -> exit[0] = context.cli().run(database,
                List.of("persona", "build", "--k", Integer.toString(K), "--seed", "7"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        if (exit[0] != 0) {
            throw new IllegalStateException(NLS.bind(Messages.Bench_cliFailed, exit[0]));
        }
        out.accept(new BenchRow("persona_cli", NLS.bind(Messages.Bench_cli, count, K), clients, cli, build)); //$NON-NLS-1$
    }

    /** A coded conversation of the client: the client (by pseudonym) and a professional, six utterances. */
    private static Conversation conversation(Client client, int i) {
        Trajectory trajectory = F.createTrajectory();
        trajectory.setTitle("Begeleiding"); //$NON-NLS-1$
        client.getTrajectories().add(trajectory);
        Conversation conversation = F.createConversation();
        conversation.setTitle("Gesprek " + i); //$NON-NLS-1$
        trajectory.getConversations().add(conversation);
        Participant self = F.createParticipant();
        self.setName(client.getPseudonym());
        self.setRole(ParticipantRole.CLIENT);
        Participant professional = F.createParticipant();
        professional.setName("Klantmanager"); //$NON-NLS-1$
        professional.setRole(ParticipantRole.PROFESSIONAL);
        conversation.getParticipants().add(self);
        conversation.getParticipants().add(professional);
        for (int u = 0; u < 6; u++) {
            Utterance utterance = F.createUtterance();
            utterance.setSpeaker(u % 2 == 0 ? professional : self);
            utterance.setText(u % 2 == 0 ? "Hoe gaat het met de rekeningen?" //$NON-NLS-1$
                    : "Ik maak me zorgen over de huur en ik slaap er slecht van."); //$NON-NLS-1$
            conversation.getUtterances().add(utterance);
            if (u % 2 == 1) {
                Annotation annotation = F.createAnnotation();
                annotation.setUtterance(utterance);
                annotation.setMethodId("persona"); //$NON-NLS-1$
                annotation.setCodeId((i + u) % 3 == 0 ? "geldzorgen" : "slaap"); //$NON-NLS-1$ //$NON-NLS-2$
                annotation.setOrigin(AnnotationOrigin.MANUAL);
                annotation.setSpanStart(-1);
                annotation.setSpanEnd(-1);
                conversation.getAnnotations().add(annotation);
            }
        }
        return conversation;
    }

    /** Median milliseconds of {@code runs} runs after one warm-up run. */
    private static double median(int runs, Runnable action) {
        action.run();
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            action.run();
            nanos.add(System.nanoTime() - t0);
        }
        Collections.sort(nanos);
        return nanos.get(nanos.size() / 2) / 1e6;
    }
}
