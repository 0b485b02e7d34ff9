// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.io.TranscriptImporter;
import nl.leefwereld.core.io.TranscriptImporter.Target;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

public class TranscriptImporterTest {

    @TempDir
    Path dir;

    private Path transcript(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Ten imports at once without a target (issue #20 found four "Geïmporteerd" clients): one client. */
    @Test
    public void parallelImportsShareOneImportClient() throws Exception {
        int n = 10;
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(transcript("t" + i + ".txt", "Klantmanager: Gesprek " + i + ".\nSanne: Ja.\n"));
        }
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(n);
            try {
                List<java.util.concurrent.Future<TranscriptImporter.Result>> results = new java.util.ArrayList<>();
                for (Path file : files) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return new TranscriptImporter(store).importFile(file, Target.none());
                    }));
                }
                for (java.util.concurrent.Future<TranscriptImporter.Result> result : results) {
                    assertTrue(result.get(5, java.util.concurrent.TimeUnit.MINUTES).saved());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, store.countClients(), "one client Geïmporteerd");
            Client client = store.listClients().get(0);
            assertEquals(TranscriptImporter.IMPORT_CLIENT_ID, client.getId());
            assertEquals(1, client.getTrajectories().size());
            assertEquals(n, client.getTrajectories().get(0).getConversations().size());
        }
    }

    @Test
    public void importsIntoTheImportClientAndReusesIt() throws Exception {
        Path a = transcript("a.txt", "# Titel: Eerste\n[00:00:01] Klantmanager: Welkom.\n[00:00:04] Sanne: Dank u.\n");
        Path b = transcript("b.txt", "Klantmanager: Nog een.\nSanne: Ja.\n");
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            TranscriptImporter importer = new TranscriptImporter(store);
            TranscriptImporter.Result r1 = importer.importFile(a, Target.none());
            TranscriptImporter.Result r2 = importer.importFile(b, Target.none());
            assertTrue(r1.saved() && r2.saved());
            assertEquals(1, store.countClients(), "the second import goes to the same client");
            Client client = store.listClients().get(0);
            assertEquals(1, client.getTrajectories().size());
            assertEquals(2, client.getTrajectories().get(0).getConversations().size());

            Conversation loaded = store.loadConversation(r1.conversation().getId());
            assertEquals("Eerste", loaded.getTitle());
            assertEquals(2, loaded.getUtterances().size());
            assertEquals(Long.valueOf(4000), loaded.getUtterances().get(1).getStartMillis());
            assertEquals("Sanne", loaded.getUtterances().get(1).getSpeaker().getName());
            assertTrue(store.loadConversation(r2.conversation().getId()).getTitle().contains("b.txt"),
                    "without a title header the file name is used");
        }
    }

    @Test
    public void importsIntoAGivenTrajectoryWithTitle() throws Exception {
        Path a = transcript("a.txt", "Klantmanager: Welkom.\nSanne: Dank u.\n");
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            TranscriptImporter importer = new TranscriptImporter(store);
            Conversation first = importer.importFile(a, Target.none()).conversation();
            Trajectory trajectory = store.loadConversation(first.getId()).getTrajectory();
            Conversation second = importer.importFile(a, new Target(trajectory.getId(), null, "Tweede keer")).conversation();
            Conversation loaded = store.loadConversation(second.getId());
            assertEquals("Tweede keer", loaded.getTitle());
            assertEquals(trajectory.getId(), loaded.getTrajectory().getId());
        }
    }

    @Test
    public void problemsSaveNothingAndUnknownTargetsFail() throws Exception {
        Path bad = transcript("bad.txt", "Klantmanager: Welkom.\n[00:00:05] zonder spreker\n");
        Path good = transcript("good.txt", "Klantmanager: Welkom.\n");
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            TranscriptImporter importer = new TranscriptImporter(store);
            TranscriptImporter.Result r = importer.importFile(bad, Target.none());
            assertFalse(r.saved());
            assertNull(r.conversation());
            assertEquals(2, r.parse().problems().get(0).line());
            assertEquals(0, store.countClients());
            assertThrows(IllegalArgumentException.class, () -> importer.importFile(good, new Target("geen-traject", null, null)));
            assertThrows(IllegalArgumentException.class, () -> importer.importFile(good, new Target(null, "geen-client", null)));
            assertEquals(List.of(), store.listClients());
        }
    }

    @Test
    public void importsForAGivenClient() throws Exception {
        Path a = transcript("a.txt", "Klantmanager: Welkom.\nSanne: Dank u.\n");
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            TranscriptImporter importer = new TranscriptImporter(store);
            Conversation first = importer.importFile(a, Target.none()).conversation();
            String clientId = store.loadConversation(first.getId()).getTrajectory().getClient().getId();
            Conversation second = importer.importFile(a, new Target(null, clientId, null)).conversation();
            assertNotNull(store.loadConversation(second.getId()));
            assertEquals(2, store.loadClient(clientId).getTrajectories().get(0).getConversations().size());
        }
    }
}
