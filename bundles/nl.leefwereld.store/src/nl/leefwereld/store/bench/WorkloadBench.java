// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.Stores;
import nl.leefwereld.store.internal.DerbyEngine;

/**
 * The store's rows of {@code leefwereld bench}: each workload timed in a fresh encrypted database together with
 * its reference, the same rows written or read with plain JDBC (batched, one transaction) on the same Derby
 * database. Callers label and print the {@link Result}s; this class prints nothing.
 */
public final class WorkloadBench {

    /** The sizes of one run. */
    public record Scale(String name, int importUtterances, int clients, int utterancesPerConversation,
            int conversations, int bigUtterances, int attributeClients, int attributes, int runs) {

        /** Small enough for CI (well under a minute). */
        public static final Scale SMALL = new Scale("small", 5_000, 100, 20, 500, 1_000, 1_000, 20, 5); //$NON-NLS-1$

        /** The sizes of issue #22. */
        public static final Scale FULL = new Scale("full", 100_000, 1_000, 20, 10_000, 1_000, 30_000, 20, 15); //$NON-NLS-1$
    }

    /** The workloads, in the order they run. */
    public enum Workload {
        /** One conversation of many utterances into the store (an import). */
        IMPORT,
        /** Clients, each with a trajectory and a conversation (the store benchmark's data), in one transaction. */
        GENERATE,
        /** Save a 1,000-utterance conversation after editing one utterance. */
        SAVE_EDIT,
        /** List the clients with all conversation headers. */
        LIST,
        /** Open a conversation of 1,000 utterances. */
        OPEN,
        /** Open the database at that size. */
        OPEN_DATABASE,
        /** Clients with attributes (a persona import). */
        ATTRIBUTES_SAVE,
        /** List the clients with their attributes (what a persona build reads). */
        ATTRIBUTES_LIST
    }

    /**
     * One row: the workload, how many objects it handled, its time (median for repeated ones) and the reference's
     * time in milliseconds.
     */
    public record Result(Workload workload, int count, double millis, double referenceMillis) {
        public double ratio() {
            return referenceMillis <= 0 ? Double.NaN : millis / referenceMillis;
        }

        public double perSecond() {
            return millis <= 0 ? Double.NaN : count * 1000.0 / millis;
        }
    }

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    /** The boot password of the temporary database. */
    private static final char[] PASSWORD = "bench-only-password".toCharArray(); //$NON-NLS-1$

    private WorkloadBench() {
    }

    /**
     * Runs every workload in {@code folder}/bench (new) and hands each result to {@code out} as soon as it is
     * measured.
     */
    public static void run(Path folder, Scale scale, Consumer<Result> out) {
        Path database = folder.resolve("bench"); //$NON-NLS-1$
        String bigId;
        try (ConversationStore store = Stores.openEmbedded(database, PASSWORD.clone());
                Connection raw = rawConnection(database)) {
            out.accept(importRow(store, raw, scale));
            out.accept(generateRow(store, raw, scale));
            Client owner = StoreBenchmark.client(scale.clients());
            store.saveClient(owner);
            Conversation big = StoreBenchmark.conversation(owner.getTrajectories().get(0), scale.bigUtterances(),
                    Math.min(StoreBenchmark.ANNOTATIONS, scale.bigUtterances()));
            store.saveConversation(big);
            bigId = big.getId();
            out.accept(saveEditRow(store, raw, bigId, scale));
            addConversations(store, scale);
            out.accept(listRow(store, raw, scale));
            out.accept(openRow(store, raw, bigId, scale));
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
        long t0 = System.nanoTime();
        try (ConversationStore store = Stores.openEmbedded(database, PASSWORD.clone())) {
            double open = millis(System.nanoTime() - t0);
            out.accept(new Result(Workload.OPEN_DATABASE, store.countClients(), open, Double.NaN));
            try (Connection raw = rawConnection(database)) {
                out.accept(attributesSaveRow(store, raw, scale));
                out.accept(attributesListRow(store, raw, scale));
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    // --------------------------------------------------------------------------------------------- workloads

    private static Result importRow(ConversationStore store, Connection raw, Scale scale) throws SQLException {
        Client client = StoreBenchmark.client(-1);
        store.saveClient(client);
        Conversation conversation = StoreBenchmark.conversation(client.getTrajectories().get(0),
                scale.importUtterances(), 0);
        long t0 = System.nanoTime();
        store.saveConversations(List.of(conversation));
        double millis = millis(System.nanoTime() - t0);
        double reference = rawUtterances(raw, client.getTrajectories().get(0).getId(), List.of(conversation));
        return new Result(Workload.IMPORT, scale.importUtterances(), millis, reference);
    }

    private static Result generateRow(ConversationStore store, Connection raw, Scale scale) throws SQLException {
        List<Client> clients = new ArrayList<>();
        List<Conversation> conversations = new ArrayList<>();
        for (int i = 0; i < scale.clients(); i++) {
            Client client = StoreBenchmark.client(i);
            clients.add(client);
            conversations.add(StoreBenchmark.conversation(client.getTrajectories().get(0),
                    scale.utterancesPerConversation(), 0));
        }
        long t0 = System.nanoTime();
        store.saveClients(clients);
        store.saveConversations(conversations);
        double millis = millis(System.nanoTime() - t0);
        double reference = rawUtterances(raw, clients.get(0).getTrajectories().get(0).getId(), conversations);
        return new Result(Workload.GENERATE, scale.clients() * scale.utterancesPerConversation(), millis, reference);
    }

    private static Result saveEditRow(ConversationStore store, Connection raw, String bigId, Scale scale)
            throws SQLException {
        Conversation loaded = store.loadConversation(bigId);
        int[] i = { 0 };
        List<Long> times = time(scale.runs(), () -> {
            Utterance utterance = loaded.getUtterances().get(i[0]++ * 7 % loaded.getUtterances().size());
            utterance.setText(utterance.getText() + " (bewerkt)"); //$NON-NLS-1$
            store.saveConversation(loaded);
        });
        List<Long> reference = time(scale.runs(), () -> {
            try (PreparedStatement text = raw.prepareStatement(
                    "UPDATE utterance SET utterance_text = ? WHERE conversation_id = ? AND id = ?"); //$NON-NLS-1$
                    PreparedStatement version = raw.prepareStatement(
                            "UPDATE conversation SET version = version + 1 WHERE id = ?")) { //$NON-NLS-1$
                Utterance utterance = loaded.getUtterances().get(i[0]++ * 7 % loaded.getUtterances().size());
                text.setString(1, utterance.getText() + " (raw)"); //$NON-NLS-1$
                text.setString(2, bigId);
                text.setString(3, utterance.getId());
                text.executeUpdate();
                version.setString(1, bigId);
                version.executeUpdate();
                raw.commit();
            } catch (SQLException e) {
                throw new StoreException(e.getMessage(), e);
            }
        });
        // the raw updates changed the version: the next save of this copy would (rightly) be a conflict
        return new Result(Workload.SAVE_EDIT, loaded.getUtterances().size(), median(times), median(reference));
    }

    /** Adds small conversations until the database holds {@code scale.conversations()} (not timed). */
    private static void addConversations(ConversationStore store, Scale scale) {
        List<Conversation> more = new ArrayList<>();
        List<Client> clients = store.listClients();
        int have = 0;
        for (Client client : clients) {
            for (Trajectory trajectory : client.getTrajectories()) {
                have += trajectory.getConversations().size();
            }
        }
        for (int i = 0; have + i < scale.conversations(); i++) {
            Client client = clients.get(i % clients.size());
            more.add(StoreBenchmark.conversation(client.getTrajectories().get(0), 2, 0));
        }
        if (!more.isEmpty()) {
            store.saveConversations(more);
        }
    }

    private static Result listRow(ConversationStore store, Connection raw, Scale scale) {
        int[] count = new int[1];
        List<Long> times = time(scale.runs(), () -> {
            int n = 0;
            for (Client client : store.listClients()) {
                for (Trajectory trajectory : client.getTrajectories()) {
                    n += trajectory.getConversations().size();
                }
            }
            count[0] = n;
        });
        List<Long> reference = time(scale.runs(), () -> rawRead(raw,
                "SELECT trajectory_id, id, title, conversation_date, kind, lang FROM conversation ORDER BY trajectory_id, conversation_date, id", //$NON-NLS-1$
                null));
        return new Result(Workload.LIST, count[0], median(times), median(reference));
    }

    private static Result openRow(ConversationStore store, Connection raw, String bigId, Scale scale) {
        int[] count = new int[1];
        List<Long> times = time(scale.runs(), () -> count[0] = store.loadConversation(bigId).getUtterances().size());
        List<Long> reference = time(scale.runs(), () -> rawRead(raw,
                "SELECT id, seq, speaker_id, utterance_text, start_millis, end_millis FROM utterance WHERE conversation_id = ? ORDER BY seq", //$NON-NLS-1$
                bigId));
        return new Result(Workload.OPEN, count[0], median(times), median(reference));
    }

    private static Result attributesSaveRow(ConversationStore store, Connection raw, Scale scale)
            throws SQLException {
        List<Client> clients = attributeClients(scale);
        long t0 = System.nanoTime();
        store.saveClients(clients);
        double millis = millis(System.nanoTime() - t0);
        // the reference writes the same rows: one client row and one attribute row per client (the attributes
        // encoded as the store encodes them, before the clock starts)
        List<Client> copies = attributeClients(scale);
        List<String> encoded = new ArrayList<>(copies.size());
        for (Client client : copies) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < client.getAttributes().size(); i++) {
                String name = client.getAttributes().get(i).getName();
                String value = client.getAttributes().get(i).getValue();
                sb.append(i).append(':').append(name.length()).append(':').append(name).append(value.length())
                        .append(':').append(value);
            }
            encoded.add(sb.toString());
        }
        t0 = System.nanoTime();
        try (PreparedStatement clientRow = raw.prepareStatement(
                "INSERT INTO client (id, display_name, pseudonym, version, updated_at) VALUES (?, ?, ?, 1, ?)"); //$NON-NLS-1$
                PreparedStatement attributeRow = raw.prepareStatement(
                        "INSERT INTO client_attribute_set (client_id, attribute_count, attributes) VALUES (?, ?, ?)")) { //$NON-NLS-1$
            Timestamp now = new Timestamp(System.currentTimeMillis());
            int n = 0;
            for (Client client : copies) {
                clientRow.setString(1, client.getId());
                clientRow.setString(2, client.getDisplayName());
                clientRow.setString(3, client.getPseudonym());
                clientRow.setTimestamp(4, now);
                clientRow.addBatch();
                attributeRow.setString(1, client.getId());
                attributeRow.setInt(2, client.getAttributes().size());
                attributeRow.setString(3, encoded.get(n));
                attributeRow.addBatch();
                if (++n % 1000 == 0) {
                    clientRow.executeBatch();
                    attributeRow.executeBatch();
                }
            }
            clientRow.executeBatch();
            attributeRow.executeBatch();
            raw.commit();
        }
        double reference = millis(System.nanoTime() - t0);
        return new Result(Workload.ATTRIBUTES_SAVE, clients.size() * scale.attributes(), millis, reference);
    }

    private static Result attributesListRow(ConversationStore store, Connection raw, Scale scale) {
        int[] count = new int[1];
        List<Long> times = time(Math.max(1, scale.runs() / 3), () -> count[0] = store.listClients().size());
        List<Long> reference = time(Math.max(1, scale.runs() / 3), () -> {
            rawRead(raw, "SELECT id, display_name, pseudonym FROM client ORDER BY UPPER(display_name), id", null); //$NON-NLS-1$
            rawRead(raw, "SELECT client_id, attribute_count, attributes FROM client_attribute_set", null); //$NON-NLS-1$
        });
        return new Result(Workload.ATTRIBUTES_LIST, count[0], median(times), median(reference));
    }

    private static List<Client> attributeClients(Scale scale) {
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < scale.attributeClients(); i++) {
            Client client = F.createClient();
            client.setId(UUID.randomUUID().toString());
            client.setPseudonym("P-" + i); //$NON-NLS-1$
            for (int a = 0; a < scale.attributes(); a++) {
                ClientAttribute attribute = F.createClientAttribute();
                attribute.setName("kenmerk" + a); //$NON-NLS-1$
                attribute.setValue("waarde " + (i * 31 + a) % 7); //$NON-NLS-1$
                client.getAttributes().add(attribute);
            }
            clients.add(client);
        }
        return clients;
    }

    // ------------------------------------------------------------------------------------------- references

    private static Connection rawConnection(Path database) throws SQLException {
        Connection c = DerbyEngine.loadDriver().connect("jdbc:derby:" + database.toAbsolutePath().normalize(), //$NON-NLS-1$
                new Properties());
        DerbyEngine.useApplicationSchema(c);
        c.setAutoCommit(false);
        return c;
    }

    /**
     * The reference for writes: the same utterance rows (new ids, under conversations of their own) inserted with
     * one batched statement in one transaction. Returns the milliseconds.
     */
    private static double rawUtterances(Connection raw, String trajectoryId, List<Conversation> conversations)
            throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = raw.prepareStatement(
                "INSERT INTO conversation (trajectory_id, title, id, version) VALUES (?, 'raw', ?, 1)")) { //$NON-NLS-1$
            for (int i = 0; i < conversations.size(); i++) {
                ids.add(UUID.randomUUID().toString());
                s.setString(1, trajectoryId);
                s.setString(2, ids.get(i));
                s.addBatch();
            }
            s.executeBatch();
            raw.commit();
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < conversations.size(); i++) {
            for (Utterance u : conversations.get(i).getUtterances()) {
                rows.add(new String[] { ids.get(i), UUID.randomUUID().toString(), u.getText() });
            }
        }
        long t0 = System.nanoTime();
        try (PreparedStatement s = raw.prepareStatement(
                "INSERT INTO utterance (conversation_id, id, seq, speaker_id, utterance_text, start_millis, end_millis) VALUES (?, ?, ?, NULL, ?, ?, ?)")) { //$NON-NLS-1$
            for (int i = 0; i < rows.size(); i++) {
                String[] row = rows.get(i);
                s.setString(1, row[0]);
                s.setString(2, row[1]);
                s.setInt(3, i);
                s.setString(4, row[2]);
                s.setLong(5, i * 4000L);
                s.setLong(6, i * 4000L + 3500L);
                s.addBatch();
                if (i % 1000 == 999) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
            raw.commit();
        }
        return millis(System.nanoTime() - t0);
    }

    private static void rawRead(Connection raw, String sql, String parameter) {
        try (PreparedStatement s = raw.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                boolean[] text = new boolean[columns + 1];
                for (int i = 1; i <= columns; i++) {
                    text[i] = rs.getMetaData().getColumnType(i) == java.sql.Types.CLOB;
                }
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        // a CLOB's text is read, as the store reads it (getObject would only hand out a locator)
                        Object value = text[i] ? rs.getString(i) : rs.getObject(i);
                        if (value == null) {
                            continue;
                        }
                    }
                }
            }
            raw.commit();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /**
     * A reference for other bundles' rows ({@code nl.leefwereld.core.benchRows}): the median milliseconds of reading
     * every row of {@code queries} (no parameters) with plain JDBC on the embedded database in {@code database}, on a
     * connection of its own, after {@code runs / 3 + 1} warm-up runs. The database may be open in a store meanwhile.
     */
    public static double rawReadMillis(Path database, char[] password, int runs, String... queries) {
        Properties properties = new Properties();
        properties.setProperty("bootPassword", new String(password)); //$NON-NLS-1$
        try (Connection raw = DerbyEngine.loadDriver().connect(
                "jdbc:derby:" + database.toAbsolutePath().normalize(), properties)) { //$NON-NLS-1$
            DerbyEngine.useApplicationSchema(raw);
            raw.setAutoCommit(false);
            return median(time(runs, () -> {
                for (String query : queries) {
                    rawRead(raw, query, null);
                }
            }));
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        } finally {
            properties.clear();
        }
    }

    // ------------------------------------------------------------------------------------------------ timing

    private static List<Long> time(int runs, Runnable action) {
        return StoreBenchmark.time(runs / 3 + 1, runs, action);
    }

    private static double median(List<Long> sortedNanos) {
        return millis(sortedNanos.get(sortedNanos.size() / 2));
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** {@code WorkloadBench [small|full] [folder]}: prints the rows plainly (for profiling). */
    public static void main(String[] args) throws java.io.IOException {
        Scale scale = args.length > 0 && args[0].equals("full") ? Scale.FULL : Scale.SMALL; //$NON-NLS-1$
        Path folder = args.length > 1 ? Path.of(args[1]) : java.nio.file.Files.createTempDirectory("leefwereld-bench"); //$NON-NLS-1$
        run(folder, scale, r -> System.out.printf("%-16s %8d %10.1f ms  ref %8.1f ms  ratio %6.2f  %10.0f/s%n", //$NON-NLS-1$
                r.workload(), r.count(), r.millis(), r.referenceMillis(), r.ratio(), r.perSecond()));
    }
}
