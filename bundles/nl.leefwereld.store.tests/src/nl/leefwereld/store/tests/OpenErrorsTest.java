// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreLockedException;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;

class OpenErrorsTest {

    @TempDir
    Path temp;

    @Test
    void folderThatIsNotADatabaseIsNamedAndLeftAlone() throws Exception {
        Path folder = temp.resolve("documents");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("brief.txt"), "Beste mevrouw,");
        StoreException e = assertThrows(StoreException.class, () -> Stores.openEmbedded(folder));
        assertFalse(e instanceof StoreLockedException);
        assertEquals(NLS.bind(Messages.Store_notADatabase, folder.toAbsolutePath().normalize()), e.getMessage());
        assertEquals("Beste mevrouw,", Files.readString(folder.resolve("brief.txt")));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aFileIsNotADatabaseFolder() throws Exception {
        Path file = Files.writeString(temp.resolve("database"), "x");
        StoreException e = assertThrows(StoreException.class, () -> Stores.openEmbedded(file));
        assertEquals(NLS.bind(Messages.Store_notAFolder, file.toAbsolutePath().normalize()), e.getMessage());
    }

    @Test
    void anEmptyExistingFolderBecomesADatabase() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("leeg"));
        try (ConversationStore store = Stores.openEmbedded(folder)) {
            assertEquals(0, store.countClients());
        }
        assertTrue(Files.exists(folder.resolve("service.properties")));
    }

    @Test
    void aDamagedDatabaseGivesAClearErrorNamingTheFolder() throws Exception {
        Path folder = temp.resolve("db");
        try (ConversationStore store = Stores.openEmbedded(folder)) {
            store.saveClient(Fixtures.richClient("Kapot"));
        }
        try (Stream<Path> files = Files.walk(folder.resolve("seg0"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.write(file, new byte[] { 1, 2, 3 }); // truncated garbage
            }
        }
        StoreException e = assertThrows(StoreException.class, () -> {
            try (ConversationStore store = Stores.openEmbedded(folder)) {
                store.listClients();
            }
        });
        assertFalse(e instanceof StoreLockedException);
        assertTrue(e.getMessage().contains(folder.toAbsolutePath().normalize().toString()), e.getMessage());
    }

    @Test
    void aClosedStoreSaysSo() {
        ConversationStore store = Stores.openEmbedded(temp.resolve("db"));
        store.close();
        store.close(); // twice is harmless
        StoreException e = assertThrows(StoreException.class, store::listClients);
        assertEquals(NLS.bind(Messages.Store_closed, store.location()), e.getMessage());
        assertInstanceOf(StoreException.class, e);
    }

    /**
     * A database the removed Derby team server once served requires user names (Derby's BUILTIN users): opening it
     * on its own is refused with the reason, and the data is left as it was.
     */
    @Test
    void aDatabaseOnceServedWithUserNamesIsNamedAsATeamDatabase() throws Exception {
        Path folder = temp.resolve("team");
        try (ConversationStore store = Stores.openEmbedded(folder)) {
            store.saveClient(Fixtures.richClient("Yara Koster"));
        }
        try (Jdbc jdbc = new Jdbc(folder)) {
            for (String[] property : new String[][] { { "derby.user.sanne", "Sanne-wachtwoord-1" },
                    { "derby.authentication.provider", "BUILTIN" },
                    { "derby.connection.requireAuthentication", "true" } }) {
                jdbc.update("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)", property[0], property[1]);
            }
        }
        Jdbc.shutdown(folder); // requireAuthentication holds from the next boot, as the team server left it
        Path name = folder.toAbsolutePath().normalize();
        StoreException e = assertThrows(StoreException.class, () -> Stores.openEmbedded(folder).close());
        assertEquals(NLS.bind(Messages.Store_teamDatabase, name), e.getMessage());
    }
}
