// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.model.Client;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.IntegrityReport;
import nl.leefwereld.store.RestoredDatabase;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;

/**
 * Verified restore (issue #17, item 3): a backup carries a manifest (rows per table, size and SHA-256 per file);
 * a truncated, emptied or bit-flipped file is refused and nothing is left at the target; a backup without a
 * manifest is still checked table by table and says so; a live database can be checked the same way.
 */
class VerifiedRestoreTest {

    @TempDir
    Path temp;

    /** A backup of a database with four clients with conversations; returns the copy's folder. */
    private Path backup() {
        try (ConversationStore store = Stores.openEmbedded(temp.resolve("db"))) {
            for (int i = 0; i < 4; i++) {
                Client client = Fixtures.richClient("Cliënt " + i);
                store.saveClient(client);
                store.saveConversation(Fixtures.richConversation(client, 60));
            }
            IntegrityReport live = store.checkIntegrity();
            assertTrue(live.ok(), live.problems().toString());
            assertEquals(4L, live.rowCounts().get("CLIENT"));
            assertEquals(240L, live.rowCounts().get("UTTERANCE"));
            assertTrue(live.tablesChecked() > 15, "system tables too: " + live.tablesChecked());
            return store.backup(temp.resolve("backups"));
        }
    }

    /** The largest data file of the copy (the utterances live there). */
    private static Path largestDataFile(Path copy) throws IOException {
        try (Stream<Path> files = Files.list(copy.resolve("seg0"))) {
            return files.max(Comparator.comparingLong(VerifiedRestoreTest::size)).orElseThrow();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertRefused(String damage, Consumer<Path> damageFile) throws Exception {
        Path copy = backup();
        assertTrue(Files.isRegularFile(copy.resolve(ConversationStore.BACKUP_MANIFEST)), "the backup has a manifest");
        Path file = largestDataFile(copy);
        damageFile.accept(file);
        Path target = temp.resolve("restored-" + damage);
        StoreException e = assertThrows(StoreException.class,
                () -> Stores.restoreVerified(copy, target, StoreOptions.defaults()).close(), damage);
        assertTrue(e.getMessage().contains(copy.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(copy.relativize(file).toString()), damage + ": names the file: " + e.getMessage());
        assertFalse(Files.exists(target), damage + ": nothing is left at the target");
    }

    @Test
    void aTruncatedDataFileIsRefused() throws Exception {
        assertRefused("truncated", file -> {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(size(file) / 2);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aZeroLengthDataFileIsRefused() throws Exception {
        assertRefused("empty", file -> {
            try {
                Files.write(file, new byte[0]);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aBitFlipIsRefused() throws Exception {
        assertRefused("bitflip", file -> {
            try {
                byte[] bytes = Files.readAllBytes(file);
                bytes[bytes.length / 2] ^= 0x04;
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aMalformedOrHugeManifestIsRefusedByName() throws Exception {
        Path copy = backup();
        Path manifest = copy.resolve(ConversationStore.BACKUP_MANIFEST);
        Files.writeString(manifest, "format=1\nfile.x=\\uZZZZ\n"); // a broken unicode escape
        StoreException malformed = assertThrows(StoreException.class,
                () -> Stores.restoreVerified(copy, temp.resolve("restored-malformed"), StoreOptions.defaults()).close());
        assertTrue(malformed.getMessage().contains(manifest.toString()), malformed.getMessage());
        assertFalse(Files.exists(temp.resolve("restored-malformed")), "nothing is left at the target");

        try (FileChannel channel = FileChannel.open(manifest, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] { '#' }), 64L << 20); // sparse: 64 MB, not read
        }
        StoreException huge = assertThrows(StoreException.class,
                () -> Stores.restoreVerified(copy, temp.resolve("restored-huge"), StoreOptions.defaults()).close());
        assertTrue(huge.getMessage().contains(manifest.toString()) && huge.getMessage().contains("1048576"),
                huge.getMessage());
        assertFalse(Files.exists(temp.resolve("restored-huge")), "nothing is left at the target");
    }

    @Test
    void aSoundBackupIsRestoredVerified() throws Exception {
        Path copy = backup();
        try (RestoredDatabase restored = Stores.restoreVerified(copy, temp.resolve("restored"), StoreOptions.defaults())) {
            IntegrityReport report = restored.report();
            assertTrue(report.manifestPresent());
            assertTrue(report.filesVerified() > 10, "files verified: " + report.filesVerified());
            assertEquals(4, restored.store().countClients());
            assertFalse(Files.exists(temp.resolve("restored").resolve(ConversationStore.BACKUP_MANIFEST)),
                    "the manifest belongs to the backup, not to the restored database");
        }
    }

    @Test
    void aBackupWithoutManifestIsCheckedTableByTableAndSaysSo() throws Exception {
        Path copy = backup();
        Files.delete(copy.resolve(ConversationStore.BACKUP_MANIFEST)); // as made by an older version
        try (RestoredDatabase restored = Stores.restoreVerified(copy, temp.resolve("restored"), StoreOptions.defaults())) {
            assertFalse(restored.report().manifestPresent());
            assertEquals(0, restored.report().filesVerified());
            assertTrue(restored.report().tablesChecked() > 15);
            assertEquals(4, restored.store().countClients());
        }
    }
}
