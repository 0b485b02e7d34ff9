// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import java.nio.file.Path;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;

/**
 * Run in a second JVM by {@link CrashSafetyTest}: saves large conversations one after another, forever, and prints
 * {@code COMMITTED <id>} after each save returned. The test kills it with SIGKILL in the middle of a save.
 */
public final class CrashWriterMain {

    static final int UTTERANCES = 2000;

    private CrashWriterMain() {
    }

    public static void main(String[] args) {
        ConversationStore store = Stores.openEmbedded(Path.of(args[0]));
        for (int i = 0;; i++) {
            Client client = Fixtures.richClient("Crash " + i);
            store.saveClient(client);
            Conversation conversation = Fixtures.richConversation(client, UTTERANCES);
            store.saveConversation(conversation);
            System.out.println("COMMITTED " + conversation.getId());
            System.out.flush();
        }
    }
}
