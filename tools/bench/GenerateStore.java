// SPDX-License-Identifier: EPL-2.0
import java.nio.file.Path;

import nl.leefwereld.model.Client;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.store.bench.StoreBenchmark;

/**
 * Used by startup.sh (run as a source file on the built product's jars): generates the store benchmark's data,
 * {@code <n>} clients each with a conversation and the last one with a conversation of 1,000 utterances, in
 * {@code <folder>/database} (encrypted with LEEFWERELD_DB_PASSWORD), then prints the id of that big conversation as
 * the last line.
 */
public final class GenerateStore {

    private GenerateStore() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int clients = Integer.parseInt(args[1]);
        StoreBenchmark.run(folder, System.err, clients, 1000, 1);
        try (ConversationStore store = Stores.openEmbedded(folder.resolve("database"))) {
            for (Client client : store.listClients()) {
                var conversations = client.getTrajectories().get(0).getConversations();
                if (String.format("Cliënt %04d", clients - 1).equals(client.getDisplayName()) && !conversations.isEmpty()) {
                    System.out.println(conversations.get(0).getId());
                    return;
                }
            }
        }
        throw new IllegalStateException("no client " + (clients - 1));
    }
}
