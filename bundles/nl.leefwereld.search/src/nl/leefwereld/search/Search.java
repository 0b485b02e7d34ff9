// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search;

import java.util.Map;
import java.util.WeakHashMap;

import nl.leefwereld.search.internal.IndexedStore;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreDecorator;

/**
 * The search index of an open store. Every store {@code Stores} opens in the product carries one (this bundle
 * decorates it through a {@link StoreDecorator} service) and keeps it in step with what is saved and deleted.
 */
public final class Search {

    /** Indexes made for stores opened without the decorator (outside OSGi), by store. */
    private static final Map<ConversationStore, IndexedStore> UNDECORATED = new WeakHashMap<>();

    private Search() {
    }

    /** The index of this store, in step with it (built first when missing or stale: this may take a while). */
    public static SearchIndex of(ConversationStore store) {
        return indexed(store).index();
    }

    /** Starts bringing the index in step in the background, so a later {@link #of} answers at once. */
    public static void prepare(ConversationStore store) {
        indexed(store).prepare();
    }

    /** Throws the index away and builds it again from the store. */
    public static SearchIndex rebuild(ConversationStore store) {
        IndexedStore indexed = indexed(store);
        indexed.rebuild();
        return indexed.index();
    }

    /** Whether this store keeps its index in memory (encrypted database or team server). */
    public static boolean isInMemory(ConversationStore store) {
        return indexed(store).isInMemory();
    }

    private static IndexedStore indexed(ConversationStore store) {
        if (store instanceof IndexedStore.Handle handle) {
            return handle.indexedStore();
        }
        synchronized (UNDECORATED) {
            return UNDECORATED.computeIfAbsent(store, s -> ((IndexedStore.Handle) IndexedStore.decorate(s, s,
                    new StoreDecorator.Context(null, s.location(), false, null))).indexedStore());
        }
    }
}
