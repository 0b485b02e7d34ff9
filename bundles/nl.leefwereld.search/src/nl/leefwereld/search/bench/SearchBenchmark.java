// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.search.SearchFilter;
import nl.leefwereld.search.SearchIndex;
import nl.leefwereld.search.cli.Messages;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;

/**
 * The figures of the search issue with generated Dutch conversations: index build (utterances per second), search
 * latency (median and p95 of a one-word, a phrase and a filtered query), retrieval of all segments of one code, the
 * index size against the database's, and the rebuild at open of an encrypted database (the in-memory index).
 */
public final class SearchBenchmark {

    private static final ModelFactory F = ModelFactory.eINSTANCE;
    private static final int PER_CONVERSATION = 50;
    private static final int CONVERSATIONS_PER_CLIENT = 5;
    private static final String[] CODES = { "reflectie", "vraag", "verandertaal", "behoudtaal", "bevestiging", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "advies", "samenvatting", "informatie", "klacht", "doel" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    private static final String[] CLIENT_LINES = { "Ik heb de brieven van de gemeente niet geopend.", //$NON-NLS-1$
            "De huur is deze maand weer niet betaald.", "Mijn dochter helpt me met de formulieren.", //$NON-NLS-1$ //$NON-NLS-2$
            "Ik wil wel werken maar mijn rug doet pijn.", "Die schuld bij de energieleverancier loopt op.", //$NON-NLS-1$ //$NON-NLS-2$
            "Ik slaap slecht van alle zorgen over geld.", "De cliëntondersteuner kwam vorige week langs.", //$NON-NLS-1$ //$NON-NLS-2$
            "Het lukt me niet om op tijd te betalen.", "Ik heb een brief gekregen over de toeslag.", //$NON-NLS-1$ //$NON-NLS-2$
            "Mijn buurvrouw past soms op de kinderen." }; //$NON-NLS-1$
    private static final String[] PROFESSIONAL_LINES = { "Wat zou voor u een eerste stap kunnen zijn?", //$NON-NLS-1$
            "U maakt zich zorgen over de rekeningen.", "Hoe gaat het met het zoeken naar werk?", //$NON-NLS-1$ //$NON-NLS-2$
            "Zullen we samen naar de brief kijken?", "U heeft al veel geprobeerd.", //$NON-NLS-1$ //$NON-NLS-2$
            "Wat heeft u nodig om de huur te betalen?", "Vertel eens meer over uw dochter.", //$NON-NLS-1$ //$NON-NLS-2$
            "Ik hoor dat het u zwaar valt.", "Welke afspraak maken we voor volgende week?", //$NON-NLS-1$ //$NON-NLS-2$
            "De schuldhulpverlening kan met de leverancier bellen." }; //$NON-NLS-1$
    private static final String[] FILLER = { "eigenlijk", "gewoon", "misschien", "vandaag", "toen", "daarna", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "natuurlijk", "zeker", "ook", "nog" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private SearchBenchmark() {
    }

    /**
     * Runs at {@code utterances} utterances (a coding on every {@code utterances / codings}-th) in {@code folder},
     * each latency over {@code runs} runs; with {@code databaseUtterances > 0} also a Derby database of that many
     * utterances (saved as the product does, so its index is built by the store's decorator), for the size
     * comparison, and the in-memory rebuild of the same data encrypted.
     */
    public static void run(Path folder, PrintStream out, int utterances, int codings, int runs, int databaseUtterances) {
        int conversations = Math.max(1, utterances / PER_CONVERSATION);
        int codeEvery = Math.max(1, utterances / Math.max(1, codings));
        out.println(NLS.bind(Messages.Bench_header, new Object[] { utterances, conversations, codings }));
        Path indexFolder = folder.resolve("index"); //$NON-NLS-1$
        long start = System.nanoTime();
        double cpuStart = processCpuSeconds();
        int coded = 0;
        String someClient;
        try (SearchIndex index = SearchIndex.onDisk(indexFolder)) {
            Random random = new Random(7);
            someClient = null;
            for (int i = 0; i < conversations; i++) {
                Conversation c = conversation(random, i, codeEvery);
                coded += c.getAnnotations().size();
                index.index(c);
                if (someClient == null) {
                    someClient = c.getTrajectory().getClient().getId();
                }
            }
            index.commit("", false); //$NON-NLS-1$
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = processCpuSeconds() - cpuStart;
            out.println(NLS.bind(Messages.Bench_build,
                    new Object[] { String.format("%.1f", seconds), Math.round(utterances / seconds), coded, //$NON-NLS-1$
                            String.format("%.1f", cpu), Math.round(utterances / Math.max(0.001, cpu)) })); //$NON-NLS-1$
            String client = someClient;
            latency(out, Messages.Bench_oneWord, runs, () -> index.search("brieven", SearchFilter.none(), 50)); //$NON-NLS-1$
            latency(out, Messages.Bench_phrase, runs,
                    () -> index.search("\"huur betalen\"", SearchFilter.none(), 50)); //$NON-NLS-1$
            latency(out, Messages.Bench_filtered, runs, () -> index.search("schuld",  //$NON-NLS-1$
                    SearchFilter.none().withSpeakerRole("client").withClient(client), 50)); //$NON-NLS-1$
            latency(out, Messages.Bench_filteredAll, runs, () -> index.search("schuld",  //$NON-NLS-1$
                    SearchFilter.none().withSpeakerRole("client").withKind("follow_up"), 50)); //$NON-NLS-1$ //$NON-NLS-2$
            int[] size = new int[1];
            latency(out, Messages.Bench_retrieve, runs, () -> size[0] = index.retrieve(SearchFilter.none().withCode("mi:reflectie")).size()); //$NON-NLS-1$
            out.println(NLS.bind(Messages.Bench_retrieved, size[0]));
            latency(out, Messages.Bench_retrievePage, runs,
                    () -> index.retrieve(SearchFilter.none().withCode("mi:reflectie"), 0, 200)); //$NON-NLS-1$
            latency(out, Messages.Bench_count, runs, () -> index.count("brieven", SearchFilter.none())); //$NON-NLS-1$
            latency(out, Messages.Bench_matrix, Math.max(3, runs / 5), () -> index.matrix(false, SearchFilter.none()));
        }
        long indexBytes = size(indexFolder);
        out.println(NLS.bind(Messages.Bench_indexSize, megabytes(indexBytes)));
        if (databaseUtterances > 0) {
            database(folder, out, databaseUtterances, codeEvery);
        }
    }

    /** Saves generated conversations into a Derby database (indexed by the decorator) and compares the sizes. */
    private static void database(Path folder, PrintStream out, int utterances, int codeEvery) {
        int conversations = Math.max(1, utterances / PER_CONVERSATION);
        Path database = folder.resolve("database"); //$NON-NLS-1$
        long start = System.nanoTime();
        Random random = new Random(11);
        try (ConversationStore store = Stores.openEmbedded(database, StoreOptions.defaults())) {
            List<Conversation> batch = new ArrayList<>();
            List<Client> clients = new ArrayList<>();
            for (int i = 0; i < conversations; i++) {
                Conversation c = conversation(random, i, codeEvery);
                batch.add(c);
                Client client = c.getTrajectory().getClient();
                if (!clients.contains(client)) {
                    clients.add(client);
                }
                if (batch.size() == 100 || i == conversations - 1) {
                    store.saveClients(clients);
                    store.saveConversations(batch);
                    batch.clear();
                    clients.clear();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long dbBytes = size(database);
        long indexBytes = size(database.resolveSibling(database.getFileName() + ".index")); //$NON-NLS-1$
        out.println(NLS.bind(Messages.Bench_database, new Object[] { utterances, String.format("%.1f", seconds), //$NON-NLS-1$
                megabytes(dbBytes), megabytes(indexBytes),
                String.format("%.2f", indexBytes / (double) Math.max(1, dbBytes)) })); //$NON-NLS-1$
        // the option chosen for encrypted databases: the index in memory, built from the store when first needed
        long open = System.nanoTime();
        try (ConversationStore store = Stores.openEmbedded(database, StoreOptions.defaults())) {
            nl.leefwereld.search.Search.rebuild(store);
            out.println(NLS.bind(Messages.Bench_rebuild, new Object[] { utterances,
                    String.format("%.1f", (System.nanoTime() - open) / 1e9) })); //$NON-NLS-1$
        }
    }

    /**
     * Times a query: wall-clock median and p95, and the same of the calling thread's CPU time (Lucene searches on
     * the caller's thread), which a busy machine's waiting for a core does not inflate.
     */
    private static void latency(PrintStream out, String what, int runs, Supplier<?> query) {
        for (int i = 0; i < Math.max(2, runs / 5); i++) {
            query.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        out.println(NLS.bind(Messages.Bench_latency, new Object[] { what, String.format("%.2f", median(ms)), //$NON-NLS-1$
                String.format("%.2f", p95(ms)), runs, String.format("%.2f", median(cpu)), //$NON-NLS-1$ //$NON-NLS-2$
                String.format("%.2f", p95(cpu)) })); //$NON-NLS-1$
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double p95(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)];
    }

    /** CPU time of the whole process (indexing threads and merges too), in seconds; -1 when not known. */
    private static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return -1;
    }

    /** One generated conversation (with its client and trajectory); every {@code codeEvery}-th utterance coded. */
    static Conversation conversation(Random random, int number, int codeEvery) {
        int clientNumber = number / CONVERSATIONS_PER_CLIENT;
        Client client = F.createClient();
        client.setId("client-" + clientNumber); //$NON-NLS-1$
        client.setDisplayName("Cliënt " + clientNumber); //$NON-NLS-1$
        Trajectory t = F.createTrajectory();
        t.setId("trajectory-" + clientNumber); //$NON-NLS-1$
        t.setTitle("Schuldhulp"); //$NON-NLS-1$
        t.setKind("schuldhulp"); //$NON-NLS-1$
        client.getTrajectories().add(t);
        Conversation c = F.createConversation();
        c.setId("conversation-" + number); //$NON-NLS-1$
        c.setTitle("Gesprek " + number); //$NON-NLS-1$
        c.setDate(new Date(1_700_000_000_000L + number * 86_400_000L));
        c.setKind(number % 3 == 0 ? ConversationKind.WELCOME : ConversationKind.FOLLOW_UP);
        c.setLanguage("nl"); //$NON-NLS-1$
        t.getConversations().add(c);
        Participant professional = F.createParticipant();
        professional.setId(c.getId() + "-p"); //$NON-NLS-1$
        professional.setName("Consulent"); //$NON-NLS-1$
        professional.setRole(ParticipantRole.PROFESSIONAL);
        Participant cl = F.createParticipant();
        cl.setId(c.getId() + "-c"); //$NON-NLS-1$
        cl.setName(client.getDisplayName());
        cl.setRole(ParticipantRole.CLIENT);
        c.getParticipants().add(professional);
        c.getParticipants().add(cl);
        for (int i = 0; i < PER_CONVERSATION; i++) {
            boolean byClient = i % 2 == 1;
            String[] lines = byClient ? CLIENT_LINES : PROFESSIONAL_LINES;
            Utterance u = F.createUtterance();
            u.setId(c.getId() + "-u" + i); //$NON-NLS-1$
            u.setSpeaker(byClient ? cl : professional);
            u.setText(FILLER[random.nextInt(FILLER.length)] + ' ' + lines[random.nextInt(lines.length)] + ' '
                    + FILLER[random.nextInt(FILLER.length)] + ' ' + lines[random.nextInt(lines.length)]);
            c.getUtterances().add(u);
            int global = number * PER_CONVERSATION + i;
            if (global % codeEvery == 0) {
                Annotation a = F.createAnnotation();
                a.setId(u.getId() + "-a"); //$NON-NLS-1$
                a.setUtterance(u);
                a.setMethodId("mi"); //$NON-NLS-1$
                a.setCodeId(CODES[(global / codeEvery) % CODES.length]);
                a.setCoder(random.nextBoolean() ? "anna" : "bram"); //$NON-NLS-1$ //$NON-NLS-2$
                a.setOrigin(random.nextInt(4) == 0 ? AnnotationOrigin.ACCEPTED : AnnotationOrigin.MANUAL);
                c.getAnnotations().add(a);
            }
        }
        return c;
    }

    private static long size(Path folder) {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1e6); //$NON-NLS-1$
    }
}
