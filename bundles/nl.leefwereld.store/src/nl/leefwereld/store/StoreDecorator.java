// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

import java.nio.file.Path;

/**
 * Wraps every store {@link Stores} opens, e.g. to keep a search index in step with what is saved and deleted.
 * Registered as an OSGi service (a declarative-services component of the bundle that offers it); the store layer
 * never names the bundles above it. A decorator must pass every call on unchanged and only add to it after the
 * store call succeeded.
 */
public interface StoreDecorator {

    /** Where and how the decorated store was opened. */
    record Context(Path databaseFolder, String location, boolean encrypted, StoreOptions options) {

        /** Whether this is an embedded database (a folder here) rather than a team server. */
        public boolean embedded() {
            return databaseFolder != null;
        }
    }

    /**
     * @param store     the store to wrap; its reads are audited as the options say
     * @param unaudited the same database through the same connection, whose {@code loadConversation} does not
     *                  record OPEN events: for copies the product keeps for itself (an index), never for showing
     *                  or exporting data
     * @return the store to hand out (may be {@code store} itself)
     */
    ConversationStore decorate(ConversationStore store, ConversationStore unaudited, Context context);
}
