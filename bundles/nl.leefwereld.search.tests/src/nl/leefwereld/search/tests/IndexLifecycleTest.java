// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.search.Search;
import nl.leefwereld.search.SearchFilter;
import nl.leefwereld.search.internal.IndexedStore;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.AuditEvent;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;

/** Where the index lives, when it is rebuilt, and what an encrypted database gets. */
public class IndexLifecycleTest {

    private static final SearchFilter NONE = SearchFilter.none();

    @Test
    public void onDiskBesideTheDatabaseAndKeptAcrossOpens(@TempDir Path dir) {
        Path db = dir.resolve("db");
        try (ConversationStore store = Stores.openEmbedded(db)) {
            SearchIndexTest.fill(store);
            assertFalse(Search.isInMemory(store));
        }
        assertTrue(Files.isDirectory(IndexedStore.indexFolder(db)));
        assertEquals(db.resolveSibling("db.index"), IndexedStore.indexFolder(db));
        try (ConversationStore store = Stores.openEmbedded(db)) {
            assertEquals(4, Search.of(store).count("brief", NONE));
            // the index's own reads are not audited as opened conversations; a caller's read is
            long opens = opens(store);
            Search.rebuild(store);
            assertEquals(opens, opens(store));
            Conversation any = store.loadConversation(store.listClients().get(0).getTrajectories().get(0)
                    .getConversations().get(0).getId());
            assertEquals(opens + 1, opens(store), "the caller's read is audited: " + any.getId());
        }
    }

    private static long opens(ConversationStore store) {
        return store.auditEvents(null).stream().filter(e -> AuditAction.OPEN.name().equals(e.action())).count();
    }

    @Test
    public void missingOrStaleIndexIsRebuilt(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        Path backup;
        Conversation[] cs;
        try (ConversationStore store = Stores.openEmbedded(db)) {
            cs = SearchIndexTest.fill(store);
            backup = store.backup(dir.resolve("backup"));
            store.deleteConversation(cs[2].getId()); // after the backup: the index no longer has it
            assertEquals(2, Search.of(store).count("brief", NONE));
        }
        // restored next to a copy of the newer index: its fingerprint does not match the restored database
        Path restored = dir.resolve("restored");
        Stores.restore(backup, restored, StoreOptions.defaults()).close();
        copy(IndexedStore.indexFolder(db), IndexedStore.indexFolder(restored));
        try (ConversationStore store = Stores.openEmbedded(restored)) {
            assertEquals(4, Search.of(store).count("brief", NONE), "stale index rebuilt");
        }
        // missing
        deleteTree(IndexedStore.indexFolder(db));
        try (ConversationStore store = Stores.openEmbedded(db)) {
            assertEquals(2, Search.of(store).count("brief", NONE));
        }
    }

    @Test
    public void encryptedDatabaseKeepsItsIndexInMemory(@TempDir Path dir) {
        Path db = dir.resolve("db");
        try (ConversationStore store = Stores.openEmbedded(db, "geheim-wachtwoord".toCharArray())) {
            SearchIndexTest.fill(store);
            assertTrue(Search.isInMemory(store));
            assertEquals(4, Search.of(store).count("brief", NONE));
        }
        assertFalse(Files.exists(IndexedStore.indexFolder(db)), "no plain text beside an encrypted database");
        try (ConversationStore store = Stores.openEmbedded(db, "geheim-wachtwoord".toCharArray())) {
            assertEquals(4, Search.of(store).count("brief", NONE), "built again at the next open");
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
