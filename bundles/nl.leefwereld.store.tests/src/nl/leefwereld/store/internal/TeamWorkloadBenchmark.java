// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.derby.client.ClientAutoloadedDriver;
import org.apache.derby.drda.NetworkServerControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.OrganisationDatabase;
import nl.leefwereld.store.OrganisationDatabase.Role;
import nl.leefwereld.store.StoreConflictException;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.testsupport.PostgresServer;
import nl.leefwereld.testsupport.ProcessCpu;

/**
 * A team of professionals working at once on one organisation database (issue #20 "Scale"): each professional is a
 * thread with a connection of their own that opens a conversation of their team's caseload, appends a unique
 * marker to one utterance and saves it, again and again. A save that meets someone else's newer save is refused by
 * the store's optimistic locking ({@link StoreConflictException}); the professional counts the conflict, opens the
 * conversation again and makes the edit again, as a person would.
 * <p>
 * The same workload runs against PostgreSQL (testsupport's {@link PostgresServer}) the way the product runs there:
 * {@code admin init}, {@code admin user add} for every professional (a least-privilege login role), teams
 * ({@code joinTeam}) and caseloads ({@code admin caseload}: every client given to its professional's team), each
 * professional creating their own clients and conversations through {@link Stores#openServer} as themselves. Then,
 * for comparison, against Derby's network server (in this JVM on loopback, Derby's {@link NetworkServerControl}
 * from the target platform, no longer part of the product) with the store classes over a {@code jdbc:derby://}
 * connection per professional; Derby has no roles or row-level security, so there the caseloads are only the
 * workload's choice of conversations.
 * <p>
 * What is checked (both engines, every scale): no save fails otherwise than by a conflict, and <em>no update is
 * lost</em>: every marker whose save the store reported as done is in the final text of its utterance, exactly once;
 * no other marker is (a refused save left nothing); and every conversation's version rose by exactly the number of
 * saves reported done on it. The figures (saves per second, save latency p50/p95, conflicts, CPU time of the JVM
 * and of the PostgreSQL server, the machine's load) are printed, never asserted.
 * <p>
 * Scale: {@code small} (the default, in the normal test run: 10 professionals, 50 clients, 2,000 utterances) or
 * {@code full} with {@code -Dleefwereld.bench.scale=full} (200 professionals, 1,000 clients, 100,000 utterances);
 * {@code tools/bench/team.sh} runs it. {@code -Dleefwereld.bench.report=<file>} also writes the table there.
 */
public class TeamWorkloadBenchmark {

    /** The size of a run. Every professional holds {@code clients / professionals} clients; teams of five. */
    record Scale(String name, int professionals, int clients, int utterances, int savesPerProfessional) {

        static final int TEAM_SIZE = 5;
        static final int CONVERSATIONS_PER_CLIENT = 2;

        static Scale current() {
            String name = System.getProperty("leefwereld.bench.scale", "small");
            return switch (name) {
                case "small" -> new Scale(name, 10, 50, 2_000, 10);
                case "full" -> new Scale(name, 200, 1_000, 100_000, 10);
                default -> throw new IllegalArgumentException("leefwereld.bench.scale is small or full, not " + name);
            };
        }

        int clientsPerProfessional() {
            return clients / professionals;
        }

        int utterancesPerConversation() {
            return utterances / clients / CONVERSATIONS_PER_CLIENT;
        }

        String professional(int p) {
            return String.format(Locale.ROOT, "prof_%03d", p);
        }

        String team(int p) {
            return String.format(Locale.ROOT, "team_%02d", p / TEAM_SIZE);
        }
    }

    /** How one engine is opened for a professional, and how its final data is read for the check. */
    interface Engine extends AutoCloseable {

        String label();

        /** Prepares the database and the user (and their team). */
        void addProfessional(String name, String team);

        ConversationStore open(String professional);

        /** Gives a client to a team (PostgreSQL: the caseload; Derby: nothing to do). */
        void giveToTeam(String team, String clientId);

        /** A connection that reads every row (for the check), on the application's schema. */
        Connection inspect() throws SQLException;

        /** CPU time of the database server outside this JVM ({@link Duration#ZERO} when it runs inside). */
        Duration serverCpu();

        @Override
        void close() throws Exception;
    }

    /** A save reported done: the marker that must be in this utterance. */
    record Edit(String conversationId, String utteranceId, String marker) {
    }

    record Result(String engine, int saves, int conflicts, int errors, String firstErrors, double seconds, long p50Micros, long p95Micros,
            long maxMicros, Duration jvmCpu, Duration serverCpu, int markersFound, int lost, int phantom,
            int versionMismatches) {
    }

    private static final Pattern MARKER = Pattern.compile("\\[#p\\d{3}s\\d{4}\\]");
    private static final char[] PROFESSIONAL_PASSWORD = "Professional-bench-1".toCharArray();
    private static final int MAX_ATTEMPTS = 1_000;

    @TempDir
    Path temp;

    @Test
    void professionalsEditingAtOnceLoseNoUpdateOnPostgresqlNorOnDerbysNetworkServer() throws Exception {
        Scale scale = Scale.current();
        String loadBefore = loadAverage();
        List<Result> results = new ArrayList<>();
        try (Engine postgres = new Postgres(scale)) {
            results.add(run(scale, postgres));
        }
        try (Engine derby = new DerbyNetwork(temp.resolve("derby-team"))) {
            results.add(run(scale, derby));
        }
        String table = table(scale, results, loadBefore, loadAverage());
        System.out.println(table);
        String report = System.getProperty("leefwereld.bench.report");
        if (report != null && !report.isBlank()) {
            Files.writeString(Path.of(report), table, StandardCharsets.UTF_8);
        }
        for (Result r : results) {
            assertEquals(0, r.lost(), r.engine() + ": saves reported done whose edit is gone");
            assertEquals(0, r.phantom(), r.engine() + ": edits in the data whose save was refused or failed");
            assertEquals(0, r.versionMismatches(), r.engine() + ": versions that do not add up to the saves");
            assertEquals(scale.professionals() * scale.savesPerProfessional(), r.saves() + r.errors(), r.engine());
            assertEquals(r.saves(), r.markersFound(), r.engine());
        }
        // the organisation store must not fail a save; Derby's network server (no longer in the product) is
        // measured for comparison, its failures reported in the table
        assertEquals(0, results.get(0).errors(), results.get(0).firstErrors());
    }

    // ------------------------------------------------------------------------------------------------ the run

    private static Result run(Scale scale, Engine engine) throws Exception {
        int n = scale.professionals();
        // users, then each professional creates their own clients with their conversations
        Map<String, List<String>> teamConversations = new HashMap<>();
        List<ConversationStore> stores = new ArrayList<>();
        ExecutorService setup = Executors.newFixedThreadPool(4);
        try {
            for (int p = 0; p < n; p++) {
                engine.addProfessional(scale.professional(p), scale.team(p));
            }
            List<Future<ConversationStore>> opened = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                String name = scale.professional(p);
                opened.add(setup.submit(() -> engine.open(name)));
            }
            for (Future<ConversationStore> f : opened) {
                stores.add(f.get());
            }
            // one after the other: on Derby's network server, parallel first saves of clients time out on locks
            for (int p = 0; p < n; p++) {
                Caseload caseload = createCaseload(scale, p, stores.get(p));
                for (String clientId : caseload.clientIds()) {
                    engine.giveToTeam(scale.team(p), clientId);
                }
                teamConversations.computeIfAbsent(scale.team(p), t -> new ArrayList<>())
                        .addAll(caseload.conversationIds());
            }
        } catch (Exception e) {
            stores.forEach(ConversationStore::close);
            throw e;
        } finally {
            setup.shutdownNow();
        }
        Map<String, Integer> versionsBefore = versions(engine);

        // the workload: every professional at once
        ConcurrentLinkedQueue<Edit> done = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> saveMicros = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> savesPerConversation = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> errorMessages = new ConcurrentLinkedQueue<>();
        CyclicBarrier start = new CyclicBarrier(n + 1);
        ExecutorService team = Executors.newFixedThreadPool(n);
        long began;
        long ended;
        Duration jvmBefore;
        Duration serverBefore;
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                int professional = p;
                ConversationStore store = stores.get(p);
                List<String> conversations = teamConversations.get(scale.team(p));
                work.add(team.submit(() -> {
                    Random random = new Random(professional);
                    start.await(5, TimeUnit.MINUTES);
                    for (int s = 0; s < scale.savesPerProfessional(); s++) {
                        String conversationId = conversations.get(random.nextInt(conversations.size()));
                        String marker = String.format(Locale.ROOT, "[#p%03ds%04d]", professional, s);
                        int utterance = -1;
                        for (int attempt = 1;; attempt++) {
                            Conversation c = store.loadConversation(conversationId);
                            if (utterance < 0) {
                                utterance = random.nextInt(c.getUtterances().size());
                            }
                            Utterance u = c.getUtterances().get(utterance);
                            u.setText(u.getText() + " " + marker);
                            long t0 = System.nanoTime();
                            try {
                                store.saveConversation(c);
                            } catch (StoreConflictException e) {
                                conflicts.incrementAndGet();
                                if (attempt >= MAX_ATTEMPTS) {
                                    throw e;
                                }
                                continue;
                            } catch (StoreException e) {
                                // any other failure: the edit is not done (and must leave nothing behind)
                                errors.incrementAndGet();
                                if (errorMessages.size() < 3) {
                                    errorMessages.add(e.getMessage());
                                }
                                break;
                            }
                            saveMicros.add((System.nanoTime() - t0) / 1_000);
                            done.add(new Edit(conversationId, u.getId(), marker));
                            savesPerConversation.computeIfAbsent(conversationId, k -> new AtomicInteger())
                                    .incrementAndGet();
                            break;
                        }
                    }
                    return null;
                }));
            }
            jvmBefore = ProcessCpu.of(ProcessHandle.current());
            serverBefore = engine.serverCpu();
            start.await(5, TimeUnit.MINUTES);
            began = System.nanoTime();
            for (Future<?> f : work) {
                f.get(); // a save that failed otherwise than by a conflict fails the test here
            }
            ended = System.nanoTime();
        } finally {
            team.shutdownNow();
            if (!team.awaitTermination(1, TimeUnit.MINUTES)) {
                System.err.println("TeamWorkloadBenchmark: professionals still at work after their stop");
            }
            stores.forEach(ConversationStore::close);
        }
        Duration jvmCpu = ProcessCpu.of(ProcessHandle.current()).minus(jvmBefore);
        Duration serverCpu = engine.serverCpu().minus(serverBefore);

        // the check: every save reported done is in the data, nothing else is, and the versions add up
        Map<String, String> texts = new HashMap<>();
        Map<String, Integer> versionsAfter;
        try (Connection c = engine.inspect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, utterance_text FROM utterance")) {
            while (rs.next()) {
                texts.put(rs.getString(1), rs.getString(2));
            }
        }
        versionsAfter = versions(engine);
        int lost = 0;
        for (Edit e : done) {
            String text = texts.getOrDefault(e.utteranceId(), "");
            if (text.indexOf(e.marker()) < 0 || text.indexOf(e.marker()) != text.lastIndexOf(e.marker())) {
                lost++;
            }
        }
        Set<String> reported = new HashSet<>();
        done.forEach(e -> reported.add(e.marker()));
        int found = 0;
        int phantom = 0;
        for (String text : texts.values()) {
            if (text != null) {
                for (Matcher m = MARKER.matcher(text); m.find();) {
                    found++;
                    if (!reported.contains(m.group())) {
                        phantom++;
                    }
                }
            }
        }
        int mismatches = 0;
        for (Map.Entry<String, Integer> before : versionsBefore.entrySet()) {
            AtomicInteger saved = savesPerConversation.get(before.getKey());
            int expected = before.getValue() + (saved == null ? 0 : saved.get());
            if (!Integer.valueOf(expected).equals(versionsAfter.get(before.getKey()))) {
                mismatches++;
            }
        }
        long[] micros = saveMicros.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(engine.label(), done.size(), conflicts.get(), errors.get(),
                String.join(" | ", errorMessages), (ended - began) / 1e9, percentile(micros, 50),
                percentile(micros, 95), micros.length == 0 ? 0 : micros[micros.length - 1], jvmCpu, serverCpu, found,
                lost, phantom, mismatches);
    }

    /** The clients a professional created and their conversations. */
    record Caseload(List<String> clientIds, List<String> conversationIds) {
    }

    /** The professional's clients, each with its conversations, saved through their own store. */
    private static Caseload createCaseload(Scale scale, int professional, ConversationStore store) {
        List<Client> clients = new ArrayList<>();
        List<Conversation> conversations = new ArrayList<>();
        for (int i = 0; i < scale.clientsPerProfessional(); i++) {
            Client client = Fixtures.richClient(String.format(Locale.ROOT, "Cliënt %03d-%d", professional, i));
            for (int k = 0; k < Scale.CONVERSATIONS_PER_CLIENT; k++) {
                conversations.add(Fixtures.richConversation(client, scale.utterancesPerConversation()));
            }
            clients.add(client);
        }
        store.saveClients(clients);
        store.saveConversations(conversations);
        return new Caseload(clients.stream().map(Client::getId).toList(),
                conversations.stream().map(Conversation::getId).toList());
    }

    private static Map<String, Integer> versions(Engine engine) throws SQLException {
        Map<String, Integer> versions = new HashMap<>();
        try (Connection c = engine.inspect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, version FROM conversation")) {
            while (rs.next()) {
                versions.put(rs.getString(1), rs.getInt(2));
            }
        }
        return versions;
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    // ------------------------------------------------------------------------------------------------ the table

    private static String table(Scale scale, List<Result> results, String loadBefore, String loadAfter) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT,
                "Team workload, scale %s: %d professionals (teams of %d), %d clients (%d each), %d utterances"
                        + " in %d conversations, %d saves per professional%n",
                scale.name(), scale.professionals(), Scale.TEAM_SIZE, scale.clients(), scale.clientsPerProfessional(),
                scale.clients() * Scale.CONVERSATIONS_PER_CLIENT * scale.utterancesPerConversation(),
                scale.clients() * Scale.CONVERSATIONS_PER_CLIENT, scale.savesPerProfessional()));
        b.append(String.format(Locale.ROOT, "load average (1, 5, 15 min) before: %s, after: %s; %d cores%n", loadBefore,
                loadAfter, Runtime.getRuntime().availableProcessors()));
        b.append(String.format(Locale.ROOT, "%-30s | %6s | %9s | %6s | %6s | %7s | %7s | %7s | %8s | %9s | %9s | %s%n",
                "engine", "saves", "conflicts", "errors", "wall s", "saves/s", "p50 ms", "p95 ms", "max ms", "JVM CPU s",
                "server CPU", "lost / phantom / bad versions"));
        for (Result r : results) {
            b.append(String.format(Locale.ROOT,
                    "%-30s | %6d | %9d | %6d | %6.1f | %7.1f | %7.1f | %7.1f | %8.1f | %9.1f | %9s | %d / %d / %d%n",
                    r.engine(), r.saves(), r.conflicts(), r.errors(), r.seconds(), r.saves() / r.seconds(), r.p50Micros() / 1e3,
                    r.p95Micros() / 1e3, r.maxMicros() / 1e3, r.jvmCpu().toMillis() / 1e3,
                    r.serverCpu().isZero() ? "in JVM" : String.format(Locale.ROOT, "%.1f", r.serverCpu().toMillis() / 1e3),
                    r.lost(), r.phantom(), r.versionMismatches()));
        }
        for (Result r : results) {
            if (r.errors() > 0) {
                b.append(r.engine()).append(", first errors: ").append(r.firstErrors()).append(System.lineSeparator());
            }
        }
        b.append("(a save: open the conversation, append a marker to one utterance, save; a conflict is a save refused"
                + " by optimistic locking, then opened and made again; latency is the save call alone)");
        return b.toString();
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return String.join(" ", Arrays.copyOf(fields, 3));
        } catch (IOException e) {
            return "n/a";
        }
    }

    // ------------------------------------------------------------------------------------------------ PostgreSQL

    /** The organisation database as the product runs it: roles, teams and caseloads by the administrator's calls. */
    static final class Postgres implements Engine {

        private final PostgresServer server = PostgresServer.shared();
        private final String database;
        private final String url;
        private final String version;

        Postgres(Scale scale) throws SQLException {
            database = server.createDatabase();
            url = server.url(database);
            try (Connection c = server.connectAsSuperuser(database); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SHOW max_connections")) {
                rs.next();
                int max = Integer.parseInt(rs.getString(1));
                assertTrue(max >= scale.professionals() + 20, "PostgresServer.MAX_CONNECTIONS (" + max
                        + ") leaves no room for " + scale.professionals() + " professionals");
                version = c.getMetaData().getDatabaseProductVersion().split(" ")[0];
            }
            OrganisationDatabase.init(url, PostgresServer.SUPERUSER, admin());
        }

        private static char[] admin() {
            return PostgresServer.superuserPassword().toCharArray();
        }

        @Override
        public String label() {
            return "PostgreSQL " + version;
        }

        @Override
        public void addProfessional(String name, String team) {
            OrganisationDatabase.addUser(url, PostgresServer.SUPERUSER, admin(), name, PROFESSIONAL_PASSWORD,
                    Role.PROFESSIONAL);
            OrganisationDatabase.joinTeam(url, PostgresServer.SUPERUSER, admin(), name, team);
        }

        @Override
        public ConversationStore open(String professional) {
            return Stores.openServer(url, professional, PROFESSIONAL_PASSWORD, StoreOptions.defaults());
        }

        @Override
        public void giveToTeam(String team, String clientId) {
            OrganisationDatabase.caseload(url, PostgresServer.SUPERUSER, admin(), team, clientId, true);
        }

        @Override
        public Connection inspect() throws SQLException {
            Connection c = server.connectAsSuperuser(database);
            try (Statement s = c.createStatement()) {
                s.execute("SET search_path TO " + PostgresSql.SCHEMA);
            }
            return c;
        }

        @Override
        public Duration serverCpu() {
            return server.cpuTime();
        }

        @Override
        public void close() {
            // the database stays in the test cluster, which goes with the JVM
        }
    }

    // ------------------------------------------------------------------------------------------------ Derby

    /**
     * Derby's network server on loopback in this JVM, serving one database the embedded store created; every
     * professional's store is the store class over a network client connection of their own.
     */
    static final class DerbyNetwork implements Engine {

        private final Path folder;
        private final NetworkServerControl control;
        private final String url;
        private final Driver client = new ClientAutoloadedDriver();
        private final String version;

        DerbyNetwork(Path folder) throws Exception {
            this.folder = folder.toAbsolutePath().normalize();
            Stores.openEmbedded(this.folder, StoreOptions.defaults()).close(); // the schema, at the latest version
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            control = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
            control.start(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
            Exception last = null;
            for (int i = 0; i < 200; i++) {
                try {
                    control.ping();
                    last = null;
                    break;
                } catch (Exception e) {
                    last = e;
                    Thread.sleep(100);
                }
            }
            if (last != null) {
                throw last;
            }
            url = "jdbc:derby://127.0.0.1:" + port + "/" + this.folder;
            try (Connection c = inspect()) {
                version = c.getMetaData().getDatabaseProductVersion().split(" ")[0];
            }
        }

        @Override
        public String label() {
            return "Derby network server " + version;
        }

        @Override
        public void addProfessional(String name, String team) {
            // Derby has no roles: every network user may read and write everything
        }

        @Override
        public ConversationStore open(String professional) {
            try {
                Connection c = connect(professional);
                c.setAutoCommit(false);
                // no folder: closing the store closes its connection and leaves the served database running
                return new DerbyConversationStore(new Transactions(null, url, client, c,
                        StoreOptions.defaults().withUserName(professional), Sql.DERBY));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private Connection connect(String user) throws SQLException {
            Properties properties = new Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", "unused");
            Connection c = client.connect(url, properties);
            DerbyEngine.useApplicationSchema(c);
            return c;
        }

        @Override
        public void giveToTeam(String team, String clientId) {
            // no caseloads on Derby: the workload keeps to the team's clients itself
        }

        @Override
        public Connection inspect() throws SQLException {
            return connect("inspector");
        }

        @Override
        public Duration serverCpu() {
            return Duration.ZERO;
        }

        @Override
        public void close() throws Exception {
            control.shutdown();
            try {
                DerbyEngine.loadDriver().connect("jdbc:derby:" + folder + ";shutdown=true", new Properties());
            } catch (SQLException e) {
                // Derby reports a clean shutdown as an exception
            }
        }
    }

}
