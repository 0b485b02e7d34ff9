// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

/**
 * A backup restored by {@link Stores#restoreVerified}: the open store of the restored copy, and how it was verified
 * (whether a manifest was there, files and tables checked).
 */
public record RestoredDatabase(ConversationStore store, IntegrityReport report) implements AutoCloseable {

    @Override
    public void close() {
        store.close();
    }
}
