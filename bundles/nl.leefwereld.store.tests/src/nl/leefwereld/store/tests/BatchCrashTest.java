// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

/**
 * Issue #17, item 6: an import of many conversations is one transaction. A real process saving 40 conversations
 * in one call is killed (SIGKILL) halfway: afterwards none of them is stored (before, each was its own
 * transaction and a crash left 37 of 40).
 */
class BatchCrashTest {

    @TempDir
    Path temp;

    @Test
    void killingAProcessDuringABatchSaveStoresNoneOfTheConversations() throws Exception {
        Path db = temp.resolve("database");
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process writer = new ProcessBuilder(java, "-Dderby.stream.error.file=" + temp.resolve("child-derby.log"),
                "-cp", SecondProcessTest.classPath(), BatchWriterMain.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        boolean saving = false;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (!saving && (line = lines.readLine()) != null) {
                output.append(line).append('\n');
                saving = line.equals("SAVING");
            }
            assertTrue(saving, output.toString());
            // 40 x 1000 utterances take seconds; the kill lands in the middle of the transaction.
            Thread.sleep(1000);
            assertTrue(writer.isAlive(), "still saving when killed: " + output);
            writer.destroyForcibly();
            assertTrue(writer.waitFor(60, TimeUnit.SECONDS), "the writer was killed");
            try {
                while ((line = lines.readLine()) != null) {
                    output.append(line).append('\n');
                }
            } catch (java.io.IOException closedByTheKill) {
                // what the writer printed before the kill was read above
            }
        }
        assertFalse(output.toString().contains("SAVED"), "killed before the save returned: " + output);

        try (ConversationStore store = Stores.openEmbedded(db)) {
            int conversations = 0;
            for (Client client : store.listClients()) {
                for (Trajectory trajectory : client.getTrajectories()) {
                    for (Conversation header : trajectory.getConversations()) {
                        conversations++;
                        assertEquals(BatchWriterMain.UTTERANCES,
                                store.loadConversation(header.getId()).getUtterances().size());
                    }
                }
            }
            assertEquals(0, conversations, "all or nothing: the interrupted import stored nothing");
            assertEquals(1, store.countClients(), "the client saved before the import is there");
        }
    }
}
