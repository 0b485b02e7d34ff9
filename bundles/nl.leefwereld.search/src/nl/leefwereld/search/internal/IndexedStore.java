// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.search.SearchIndex;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreDecorator;

/**
 * Keeps a {@link SearchIndex} in step with one open store: saves, moves, deletions, erasure and retention that
 * succeed in the store are applied to the index at once (erasure and retention also merge the deleted documents
 * away). The index is beside an unencrypted database ({@code <database>.index}); for an encrypted database or a
 * team server it is held in memory and built from the store when first needed, so no plain text is written.
 * <p>
 * Whether an index on disk matches the store is judged by a fingerprint of the store's conversations (id, client,
 * trajectory, number of utterances), kept in the index's commit: a missing or stale index (e.g. after a restore,
 * or after changes made without this bundle) is rebuilt when first needed.
 * <p>
 * The index itself (Lucene) is opened when first needed, not when the store opens: a command that only reads the
 * store never loads it (issue #22, start-up). An index in memory that was never asked for is not kept in step at
 * all, since it is built from the store when first needed anyway.
 */
public final class IndexedStore {

    private static final Logger LOG = Logger.getLogger(IndexedStore.class.getName());
    /** The layout of the index's documents: changed when they change, so older indexes are rebuilt. */
    private static final String LAYOUT = "3: sorted, codings in doc values, client notes and memos\n"; //$NON-NLS-1$

    /** The calls that change what the index holds. */
    private static final Set<String> CHANGES = Set.of("saveConversation", "saveConversations", "saveClient", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "saveClients", "moveConversation", "deleteConversation", "deleteTrajectory", "deleteClient", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "eraseClient", "applyRetention"); //$NON-NLS-1$ //$NON-NLS-2$

    /** What the proxy of a decorated store also implements. */
    public interface Handle {
        IndexedStore indexedStore();
    }

    private final ConversationStore store;
    private final ConversationStore unaudited;
    /** Opens the index when first needed. */
    private final Supplier<SearchIndex> opener;
    private final boolean inMemory;
    /** The open index; null until first needed. */
    private SearchIndex index;
    /**
     * Whether others change this store's data too (a team server): other professionals' saves, the privacy
     * officer's erasure, caseloads the administrator changes. The index is then brought in step with what the store
     * returns for this user each time it is asked for.
     */
    private final boolean shared;
    /** Conversation id -> fingerprint entry, as the store has it; null until first needed. */
    private Map<String, String> entries;
    /** Client id -> fingerprint entry of its notes, as the store has them; null with {@link #entries}. */
    private Map<String, String> clientNotes;
    private boolean synced;
    private CompletableFuture<Void> sync;
    private volatile boolean closing;

    private IndexedStore(ConversationStore store, ConversationStore unaudited, Supplier<SearchIndex> opener,
            boolean inMemory, boolean shared) {
        this.store = store;
        this.unaudited = unaudited;
        this.opener = opener;
        this.inMemory = inMemory;
        this.shared = shared;
    }

    /** The index, opened on first use. */
    private synchronized SearchIndex open() {
        if (index == null) {
            index = opener.get();
        }
        return index;
    }

    /**
     * Whether a change must be applied to the index: always to one on disk; to one in memory only once it exists
     * (until then it is built from the store, changes included, when first needed).
     */
    private synchronized boolean tracksChanges() {
        return !inMemory || index != null;
    }

    /** The folder of the index of the database in {@code databaseFolder}. */
    public static Path indexFolder(Path databaseFolder) {
        Path folder = databaseFolder.toAbsolutePath().normalize();
        return folder.resolveSibling(folder.getFileName() + ".index"); //$NON-NLS-1$
    }

    /** Wraps {@code store}: the returned store also implements {@link Handle}. */
    public static ConversationStore decorate(ConversationStore store, ConversationStore unaudited,
            StoreDecorator.Context context) {
        boolean onDisk = context.embedded() && !context.encrypted();
        Supplier<SearchIndex> opener = onDisk ? () -> SearchIndex.onDisk(indexFolder(context.databaseFolder()))
                : SearchIndex::inMemory;
        if (context.embedded() && context.encrypted()) {
            deleteQuietly(indexFolder(context.databaseFolder())); // left by the database before it was encrypted
        }
        IndexedStore indexed = new IndexedStore(store, unaudited, opener, !onDisk, !context.embedded());
        InvocationHandler handler = indexed::invoke;
        return (ConversationStore) Proxy.newProxyInstance(IndexedStore.class.getClassLoader(),
                new Class<?>[] { ConversationStore.class, Handle.class }, handler);
    }

    private Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (method.getDeclaringClass() == Handle.class) {
            return this;
        }
        if ("close".equals(name) && method.getParameterCount() == 0) { //$NON-NLS-1$
            close();
            return null;
        }
        Object result;
        try {
            result = method.invoke(store, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
        if (!CHANGES.contains(name)) {
            return result; // reads and other calls change nothing the index holds
        }
        synchronized (this) {
            if (!tracksChanges()) {
                entries = null; // what the store holds is read again when the index is first needed
                clientNotes = null;
                return result;
            }
        }
        try {
            switch (name) {
            case "saveConversation" -> saved(List.of((Conversation) args[0])); //$NON-NLS-1$
            case "saveConversations" -> saved(asConversations(args[0])); //$NON-NLS-1$
            case "saveClient" -> clientsSaved(List.of((Client) args[0])); //$NON-NLS-1$
            case "saveClients" -> clientsSaved(asClients(args[0])); //$NON-NLS-1$
            case "moveConversation" -> moved((String) args[0]); //$NON-NLS-1$
            case "deleteConversation" -> deleted(() -> open().deleteConversation((String) args[0]), false); //$NON-NLS-1$
            case "deleteTrajectory" -> deleted(() -> open().deleteTrajectory((String) args[0]), false); //$NON-NLS-1$
            case "deleteClient", "eraseClient" -> deleted(() -> open().deleteClient((String) args[0]), true); //$NON-NLS-1$ //$NON-NLS-2$
            case "applyRetention" -> deleted(() -> { }, true); //$NON-NLS-1$
            default -> {
                // reads and other calls change nothing the index holds
            }
            }
        } catch (RuntimeException e) {
            // the store has the change; the index is marked stale and rebuilt when next needed
            LOG.log(Level.WARNING, "Search index update after " + name + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
            synchronized (this) {
                synced = false;
                entries = null;
                sync = null;
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<Client> asClients(Object list) {
        return (List<Client>) list;
    }

    @SuppressWarnings("unchecked")
    private static List<Conversation> asConversations(Object list) {
        return (List<Conversation>) list;
    }

    // ---------------------------------------------------------------------------------------------- changes

    private synchronized void saved(List<Conversation> conversations) {
        ensureEntries();
        SearchIndex index = open();
        for (Conversation c : conversations) {
            index.index(c);
            entries.put(c.getId(), entry(c.getId(), clientId(c), trajectoryId(c), c.getUtterances().size()));
        }
        commit(false);
    }

    private synchronized void clientsSaved(List<Client> clients) {
        if (!synced && sync == null) {
            // nothing has brought the index in step yet, so the first search rebuilds it from the store anyway
            // (the commit below leaves no fingerprint): updating it client by client, after reading every client
            // of the store back for the fingerprint, was a third of a 30,000-client import and was thrown away
            if (entries != null) {
                for (Client c : clients) {
                    clientNotes.put(c.getId(), notesEntry(c));
                }
            }
            commit(false);
            return;
        }
        ensureEntries();
        SearchIndex index = open();
        for (Client c : clients) {
            index.indexClientNotes(c);
            clientNotes.put(c.getId(), notesEntry(c));
        }
        commit(false);
    }

    private synchronized void moved(String conversationId) {
        Conversation c = unaudited.loadConversation(conversationId);
        if (c != null) {
            saved(List.of(c));
        }
    }

    private synchronized void deleted(Runnable delete, boolean purge) {
        delete.run();
        entries = null;
        ensureEntries();
        SearchIndex index = open();
        index.deleteConversationsNotIn(entries::containsKey);
        index.deleteClientNotesNotIn(clientNotes::containsKey);
        commit(purge);
    }

    private void commit(boolean purge) {
        open().commit(synced ? fingerprint(entries, clientNotes) : "", purge); //$NON-NLS-1$
    }

    // --------------------------------------------------------------------------------------- synchronisation

    /**
     * The index, brought in step with the store first (waits for a rebuild when one is needed). On a team server
     * it is also reconciled with what the store returns for this user now ({@link #reconcile}).
     */
    public SearchIndex index() {
        CompletableFuture<Void> running;
        synchronized (this) {
            if (sync == null) {
                sync = CompletableFuture.runAsync(this::synchronise);
            }
            running = sync;
        }
        try {
            running.join();
        } catch (CompletionException e) {
            synchronized (this) {
                sync = null;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        if (shared) {
            reconcile();
        }
        return open();
    }

    /**
     * Brings the index in step with what the store returns for this user now, on a team server where others change
     * the data: conversations and clients' notes the store no longer returns (erased, deleted, retention, or out
     * of this user's caseload) leave the index (merged away), new and changed ones are indexed anew. Costs a read
     * of the client list and utterance counts; nothing more when nothing changed.
     */
    private synchronized void reconcile() {
        if (!synced || closing) {
            return; // a rebuild is under way or due
        }
        Map<String, String> oldEntries = entries;
        Map<String, String> oldNotes = clientNotes;
        entries = null;
        List<Client> clients = ensureEntries();
        if (entries.equals(oldEntries) && clientNotes.equals(oldNotes)) {
            return;
        }
        SearchIndex index = open();
        index.deleteConversationsNotIn(entries::containsKey);
        index.deleteClientNotesNotIn(clientNotes::containsKey);
        for (Client client : clients) {
            if (!clientNotes.get(client.getId()).equals(oldNotes.get(client.getId()))) {
                index.indexClientNotes(client);
            }
        }
        for (Map.Entry<String, String> e : entries.entrySet()) {
            if (!e.getValue().equals(oldEntries.get(e.getKey()))) {
                Conversation c = unaudited.loadConversation(e.getKey());
                if (c == null) {
                    index.deleteConversation(e.getKey()); // gone since the list was read: next time counts it
                } else {
                    index.index(c);
                }
            }
        }
        commit(true);
    }

    /** Starts bringing the index in step in the background (e.g. when a search view opens). */
    public synchronized void prepare() {
        if (sync == null) {
            sync = CompletableFuture.runAsync(this::synchronise);
        }
    }

    /** Throws the index away and builds it again from the store. */
    public void rebuild() {
        synchronized (this) {
            synced = false;
            entries = null;
            sync = CompletableFuture.runAsync(() -> rebuildNow());
        }
        index();
    }

    /** Whether the index is known to match the store. */
    public synchronized boolean isSynced() {
        return synced;
    }

    public boolean isInMemory() {
        return inMemory;
    }

    private void synchronise() {
        synchronized (this) {
            ensureEntries();
            if (synced) {
                return;
            }
            SearchIndex index = open();
            if (!inMemory && fingerprint(entries, clientNotes).equals(index.committedFingerprint())) {
                synced = true;
                index.refresh();
                return;
            }
        }
        rebuildNow();
    }

    private void rebuildNow() {
        Map<String, String> wanted;
        SearchIndex index = open();
        synchronized (this) {
            ensureEntries();
            index.deleteAll();
            index.commit("", true); //$NON-NLS-1$
            wanted = new HashMap<>(entries);
        }
        Set<String> done = new HashSet<>();
        for (Client client : unaudited.listClients()) {
            synchronized (this) {
                if (clientNotes.containsKey(client.getId())) {
                    index.indexClientNotes(client);
                }
            }
        }
        for (String id : wanted.keySet()) {
            if (closing) {
                return;
            }
            synchronized (this) {
                if (!entries.containsKey(id) || done.contains(id)) {
                    continue;
                }
            }
            Conversation c = unaudited.loadConversation(id);
            synchronized (this) {
                if (c != null && entries.containsKey(id)) {
                    index.index(c);
                }
                done.add(id);
            }
        }
        synchronized (this) {
            synced = true;
            commit(true);
        }
    }

    /** Reads the entries from the store when not known; returns the clients read (none when known already). */
    private List<Client> ensureEntries() {
        if (entries != null) {
            return List.of();
        }
        Map<String, Integer> utterances = unaudited.countUtterances();
        Map<String, String> result = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        List<Client> clients = unaudited.listClients();
        for (Client client : clients) {
            notes.put(client.getId(), notesEntry(client));
            for (Trajectory t : client.getTrajectories()) {
                for (Conversation c : t.getConversations()) {
                    result.put(c.getId(), entry(c.getId(), client.getId(), t.getId(),
                            utterances.getOrDefault(c.getId(), 0)));
                }
            }
        }
        entries = result;
        clientNotes = notes;
        return clients;
    }

    /** A client's notes and memos for the fingerprint: their ids and the hash of their texts. */
    private static String notesEntry(Client client) {
        StringBuilder b = new StringBuilder(client.getId()).append('\t');
        for (Note n : client.getNotes()) {
            b.append(n.getId()).append(':').append(n.getText() == null ? 0 : n.getText().hashCode()).append(',');
        }
        for (Memo m : client.getMemos()) {
            b.append(m.getId()).append(':').append(java.util.Objects.hash(m.getTitle(), m.getText(), m.getCodeId()))
                    .append(',');
        }
        return b.toString();
    }

    /** Whether the store (as of the last change through it) holds this conversation. */
    public synchronized boolean isVisible(String conversationId) {
        ensureEntries();
        return entries.containsKey(conversationId);
    }

    private static String entry(String id, String client, String trajectory, int utterances) {
        return id + '\t' + client + '\t' + trajectory + '\t' + utterances;
    }

    private static String clientId(Conversation c) {
        Trajectory t = c.getTrajectory();
        return t == null || t.getClient() == null ? "" : t.getClient().getId(); //$NON-NLS-1$
    }

    private static String trajectoryId(Conversation c) {
        return c.getTrajectory() == null ? "" : c.getTrajectory().getId(); //$NON-NLS-1$
    }

    /**
     * SHA-256 over the sorted entries of the conversations and of the clients' notes, after the version of the
     * index's layout (an index of another layout never matches, so it is rebuilt).
     */
    static String fingerprint(Map<String, String> entries, Map<String, String> clientNotes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
            digest.update(LAYOUT.getBytes(StandardCharsets.UTF_8));
            for (Map<String, String> map : List.of(entries, clientNotes)) {
                Collection<String> sorted = new java.util.TreeSet<>(map.values());
                for (String e : sorted) {
                    digest.update(e.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                }
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void close() {
        closing = true;
        CompletableFuture<Void> running;
        synchronized (this) {
            running = sync;
        }
        if (running != null) {
            try {
                running.join();
            } catch (CompletionException e) {
                // closing anyway
            }
        }
        SearchIndex opened;
        synchronized (this) {
            opened = index;
        }
        try {
            if (opened != null) {
                opened.close();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the search index failed", e); //$NON-NLS-1$
        }
        store.close();
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            LOG.log(Level.WARNING, "Cannot delete the old search index " + folder, e); //$NON-NLS-1$
        }
    }
}
