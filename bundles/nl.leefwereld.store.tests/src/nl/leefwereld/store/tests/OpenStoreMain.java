// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import java.nio.file.Path;

import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreLockedException;
import nl.leefwereld.store.Stores;

/**
 * Run in a second JVM by {@link SecondProcessTest}: opens the store in the folder given and reports how that went
 * on stdout and in the exit code (0 opened, 3 locked, 4 other store error).
 */
public final class OpenStoreMain {

    private OpenStoreMain() {
    }

    public static void main(String[] args) {
        try (ConversationStore store = Stores.openEmbedded(Path.of(args[0]))) {
            System.out.println("OPENED " + store.countClients());
            System.out.flush();
            System.exit(0);
        } catch (StoreLockedException e) {
            System.out.println("LOCKED " + e.getMessage());
            System.out.flush();
            System.exit(3);
        } catch (StoreException e) {
            System.out.println("ERROR " + e.getMessage());
            System.out.flush();
            System.exit(4);
        }
    }
}
