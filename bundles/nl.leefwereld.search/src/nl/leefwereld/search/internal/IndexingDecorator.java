// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.internal;

import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreDecorator;

/** The declarative-services component that gives every store {@code Stores} opens its search index. */
public final class IndexingDecorator implements StoreDecorator {

    @Override
    public ConversationStore decorate(ConversationStore store, ConversationStore unaudited, Context context) {
        return IndexedStore.decorate(store, unaudited, context);
    }
}
