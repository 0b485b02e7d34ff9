// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.OwnerOnlyFiles;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;

/**
 * Files and folders the product creates are its owner's only (issue #17, item 1): the database, its backups, and
 * whatever is written through {@link OwnerOnlyFiles}, whatever the umask.
 */
class OwnerOnlyFilesTest {

    @TempDir
    Path temp;

    private static String permissions(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static void assertOwnerOnly(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                assertEquals(Files.isDirectory(p) ? "rwx------" : "rw-------", permissions(p), p.toString());
            }
        }
    }

    @Test
    void theDatabaseAndItsBackupsAreOwnerOnly() throws Exception {
        Path db = temp.resolve("nieuw").resolve("werkmap").resolve("db");
        Path copy;
        try (ConversationStore store = Stores.openEmbedded(db, "geheim-wachtwoord".toCharArray())) {
            store.saveClient(Fixtures.richClient("Anna"));
            copy = store.backup(temp.resolve("backups").resolve("vandaag"));
        }
        assertOwnerOnly(db);
        assertEquals("rwx------", permissions(db.getParent()), "a folder created for the database");
        assertOwnerOnly(temp.resolve("backups"));
        assertEquals("rw-------", permissions(copy.resolve(ConversationStore.BACKUP_MANIFEST)));
    }

    @Test
    void anOlderDatabaseOpenForOthersIsClosedOnOpen() throws Exception {
        Path db = temp.resolve("db");
        try (ConversationStore store = Stores.openEmbedded(db, "geheim-wachtwoord".toCharArray())) {
            store.saveClient(Fixtures.richClient("Anna"));
        }
        try (Stream<Path> paths = Files.walk(db)) {
            for (Path p : paths.toList()) { // as an earlier version left it
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        Stores.openEmbedded(db, "geheim-wachtwoord".toCharArray()).close();
        assertOwnerOnly(db);
    }

    @Test
    void filesWrittenThroughTheHelperAreOwnerOnlyAndCreateNewIsHonoured() throws Exception {
        Path report = temp.resolve("export").resolve("rapport.txt");
        OwnerOnlyFiles.writeString(report, "Anna de Vries", StandardCharsets.UTF_8);
        assertEquals("rw-------", permissions(report));
        assertEquals("rwx------", permissions(report.getParent()));
        Path existing = Files.writeString(temp.resolve("oud.csv"), "x");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r--r--"));
        try (var out = OwnerOnlyFiles.newBufferedWriter(existing, StandardCharsets.UTF_8)) {
            out.write("y");
        }
        assertEquals("rw-------", permissions(existing));
        assertEquals("y", Files.readString(existing));
        assertThrows(FileAlreadyExistsException.class, () -> OwnerOnlyFiles.write(report, new byte[] { 1 },
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        assertEquals(List.of("Anna de Vries"), Files.readAllLines(report));
    }
}
