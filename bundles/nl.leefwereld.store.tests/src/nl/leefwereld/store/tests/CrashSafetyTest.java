// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

/**
 * A real process saving large conversations is killed (SIGKILL) in the middle of a save: the database opens
 * again, everything that was committed is there in full, and nothing half-saved is.
 */
class CrashSafetyTest {

    @TempDir
    Path temp;

    @Test
    void killingAProcessDuringASaveLosesNothingCommittedAndLeavesNoHalfSave() throws Exception {
        Path db = temp.resolve("database");
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process writer = new ProcessBuilder(java, "-Dderby.stream.error.file=" + temp.resolve("child-derby.log"),
                "-cp", SecondProcessTest.classPath(), CrashWriterMain.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        List<String> committed = new ArrayList<>();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (committed.size() < 3 && (line = lines.readLine()) != null) {
                output.append(line).append('\n');
                if (line.startsWith("COMMITTED ")) {
                    committed.add(line.substring("COMMITTED ".length()));
                }
            }
            // The next save is under way now: a large one takes a few hundred milliseconds. Kill it halfway.
            Thread.sleep(150);
            writer.destroyForcibly();
            assertTrue(writer.waitFor(60, TimeUnit.SECONDS), "the writer was killed");
        }
        assertEquals(3, committed.size(), output.toString());

        try (ConversationStore store = Stores.openEmbedded(db)) {
            for (String id : committed) {
                Conversation conversation = store.loadConversation(id);
                assertNotNull(conversation, "committed conversation " + id + " is there");
                assertEquals(CrashWriterMain.UTTERANCES, conversation.getUtterances().size());
            }
            int conversations = 0;
            for (Client client : store.listClients()) {
                for (Trajectory trajectory : client.getTrajectories()) {
                    for (Conversation header : trajectory.getConversations()) {
                        conversations++;
                        assertEquals(CrashWriterMain.UTTERANCES, store.loadConversation(header.getId()).getUtterances().size(),
                                "no conversation is stored half");
                    }
                }
            }
            assertTrue(conversations >= 3, "at least the committed conversations: " + conversations);
        }
    }
}
