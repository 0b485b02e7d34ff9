// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;

/**
 * Run in a second JVM by {@link BatchCrashTest}: saves {@value #CONVERSATIONS} conversations in one call of
 * {@link ConversationStore#saveConversations} (what {@code mi import} does), printing {@code SAVING} before and
 * {@code SAVED} after. The test kills it with SIGKILL in between.
 */
public final class BatchWriterMain {

    static final int CONVERSATIONS = 40;
    static final int UTTERANCES = 1000;

    private BatchWriterMain() {
    }

    public static void main(String[] args) {
        ConversationStore store = Stores.openEmbedded(Path.of(args[0]));
        Client client = Fixtures.richClient("Import");
        store.saveClient(client);
        List<Conversation> conversations = new ArrayList<>();
        for (int i = 0; i < CONVERSATIONS; i++) {
            conversations.add(Fixtures.richConversation(client, UTTERANCES));
        }
        System.out.println("SAVING");
        System.out.flush();
        store.saveConversations(conversations);
        System.out.println("SAVED");
        System.out.flush();
        store.close();
    }
}
