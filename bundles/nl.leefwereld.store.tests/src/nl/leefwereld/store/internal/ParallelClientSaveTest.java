// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.AuditCheck;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;

/**
 * Two connections to one database (as two workbenches on one team store) saving the same new client at the same
 * moment: both update nothing, both insert, the second insert fails on the key, and the store retries it as an
 * update (#20). Every round must end with one client, and the audit chain whole.
 */
public class ParallelClientSaveTest {

    private static final int ROUNDS = 25;

    @TempDir
    Path temp;

    private static Client client(String id) {
        Client client = ModelFactory.eINSTANCE.createClient();
        client.setId(id);
        client.setDisplayName("Geïmporteerd");
        Trajectory trajectory = ModelFactory.eINSTANCE.createTrajectory();
        trajectory.setId(id + "-gesprekken");
        trajectory.setTitle("Geïmporteerde gesprekken");
        client.getTrajectories().add(trajectory);
        return client;
    }

    @Test
    void twoConnectionsSavingTheSameNewClientMakeOneClient() throws Exception {
        Path db = temp.resolve("db");
        try (ConversationStore first = Stores.openEmbedded(db)) {
            Driver driver = DerbyEngine.loadDriver();
            String url = "jdbc:derby:" + db.toAbsolutePath().normalize();
            Connection connection = driver.connect(url, new Properties());
            DerbyEngine.useApplicationSchema(connection);
            connection.setAutoCommit(false);
            // a second store on its own connection; without a folder its close leaves the database running
            DerbyConversationStore second = new DerbyConversationStore(
                    new Transactions(null, url, driver, connection, StoreOptions.defaults().withUserName("tweede"), Sql.DERBY));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CyclicBarrier barrier = new CyclicBarrier(2);
                List<Future<?>> saves = new ArrayList<>();
                for (ConversationStore store : List.of(first, second)) {
                    saves.add(pool.submit(() -> {
                        for (int round = 0; round < ROUNDS; round++) {
                            barrier.await(30, TimeUnit.SECONDS);
                            store.saveClient(client("import-" + round));
                        }
                        return null;
                    }));
                }
                for (Future<?> save : saves) {
                    save.get(5, TimeUnit.MINUTES); // a failed save fails the test here
                }
            } finally {
                pool.shutdownNow();
                second.close();
            }
            assertEquals(ROUNDS, first.countClients());
            for (Client client : first.listClients()) {
                assertEquals(1, client.getTrajectories().size(), client.getId());
            }
            AuditCheck audit = first.verifyAudit(null);
            assertTrue(audit.intact(), audit.toString());
            assertEquals(2 * ROUNDS, first.auditEvents(null).size());
        }
    }
}
