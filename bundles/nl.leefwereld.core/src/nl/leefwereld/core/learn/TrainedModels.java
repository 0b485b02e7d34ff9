// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.learn;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.leefwereld.store.ConversationStore;

/**
 * Where analyzers find the organisation's trained models: the workbench and the command line name the store they
 * opened ({@link #use(ConversationStore)}), an analyzer asks for its method's newest model
 * ({@link #latest(String)}), read once per store and again after a training. Without a store, or when the store
 * cannot be read, there is no model and the rules suggest.
 */
public final class TrainedModels {

    private static volatile ConversationStore source;
    /** Method id -> its newest model, or NONE. */
    private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();
    private static final Object NONE = new Object();

    private TrainedModels() {
    }

    /** The store whose models analyzers use from now on ({@code null}: none). */
    public static void use(ConversationStore store) {
        source = store;
        CACHE.clear();
    }

    /** Forgets what was read of the method's models (after a training). */
    public static void forget(String methodId) {
        CACHE.remove(methodId);
    }

    /** The newest model of the method in the store in use, or null. */
    public static StoredModel latest(String methodId) {
        ConversationStore store = source;
        if (store == null) {
            return null;
        }
        Object m = CACHE.computeIfAbsent(methodId, id -> {
            try {
                StoredModel latest = StoredModel.latest(store, id);
                return latest == null ? NONE : latest;
            } catch (RuntimeException e) {
                // a closed store, a damaged model: the rules suggest
                return NONE;
            }
        });
        return m instanceof StoredModel s ? s : null;
    }
}
