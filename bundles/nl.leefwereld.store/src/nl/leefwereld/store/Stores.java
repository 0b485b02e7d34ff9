package nl.leefwereld.store;

import java.nio.file.Path;

import nl.leefwereld.store.internal.DerbyConversationStore;

/** Opens conversation stores. No static state. */
public final class Stores {

    private Stores() {
    }

    /**
     * Opens (creating on first use, with schema migrations) an embedded Derby database in this folder.
     *
     * @throws StoreLockedException when another process has this database open
     * @throws StoreException when the folder is not a usable database
     */
    public static ConversationStore openEmbedded(Path databaseFolder) throws StoreException {
        return DerbyConversationStore.openEmbedded(databaseFolder);
    }
}
