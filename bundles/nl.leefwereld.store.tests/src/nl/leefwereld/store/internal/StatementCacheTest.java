// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;

/**
 * The prepared statements of a store's connection ({@link StatementCache}, #22): prepared once and reused by later
 * transactions, never handed out twice at once, reset between uses, bounded, and closed with the connection.
 */
public class StatementCacheTest {

    @TempDir
    Path temp;

    @Test
    void aSecondSaveOfAnEditedConversationPreparesNothing() {
        try (ConversationStore store = Stores.openEmbedded(temp.resolve("db"))) {
            Client client = Fixtures.richClient("Noor Bakker");
            store.saveClient(client);
            store.saveConversation(Fixtures.richConversation(client, 40));
            Conversation loaded = store.loadConversation(client.getTrajectories().get(0).getConversations().get(0).getId());
            StatementCache cache = ((DerbyConversationStore) store).transactions().statements();
            loaded.getUtterances().get(3).setText("Eerste bewerking.");
            store.saveConversation(loaded);
            int prepared = cache.prepared();
            int reused = cache.reused();
            loaded.getUtterances().get(5).setText("Tweede bewerking.");
            store.saveConversation(loaded);
            assertEquals(prepared, cache.prepared(), "every statement of the second save came from the cache");
            assertTrue(cache.reused() > reused);
            assertEquals("Tweede bewerking.", store.loadConversation(loaded.getId()).getUtterances().get(5).getText());
        }
    }

    @Test
    void readingEveryConversationRunsAsManyStatementsForTwoAsForTwenty() {
        try (ConversationStore store = Stores.openEmbedded(temp.resolve("db"))) {
            Client client = Fixtures.richClient("Daan Smit");
            store.saveClient(client);
            StatementCache cache = ((DerbyConversationStore) store).transactions().statements();
            List<Integer> statements = new ArrayList<>();
            for (int target : new int[] { 2, 20 }) {
                while (store.listClients().get(0).getTrajectories().get(0).getConversations().size() < target) {
                    store.saveConversation(Fixtures.richConversation(store.loadClient(client.getId()), 6));
                }
                int before = cache.prepared() + cache.reused();
                store.listClientsWithConversations();
                statements.add(cache.prepared() + cache.reused() - before);
            }
            assertEquals(statements.get(0), statements.get(1), "one query per table, not per conversation");
        }
    }

    @Test
    void aStatementInUseIsNotHandedOutAgainAndComesBackReset() throws Exception {
        try (Connection raw = connect("nested")) {
            raw.createStatement().execute("CREATE TABLE t (n INT)");
            raw.createStatement().execute("INSERT INTO t VALUES (1), (2), (3)");
            StatementCache cache = new StatementCache(raw);
            Connection c = cache.connection();
            String sql = "SELECT n FROM t WHERE n >= ? ORDER BY n";
            PreparedStatement first = c.prepareStatement(sql);
            PreparedStatement nested = c.prepareStatement(sql);
            assertNotSame(first.unwrap(PreparedStatement.class), nested.unwrap(PreparedStatement.class));
            first.setInt(1, 2);
            ResultSet open = first.executeQuery();
            assertTrue(open.next());
            PreparedStatement real = first.unwrap(PreparedStatement.class);
            nested.close();
            first.close();
            assertTrue(open.isClosed(), "the result sets of a statement going back are closed");
            PreparedStatement again = c.prepareStatement(sql);
            assertSame(real, again.unwrap(PreparedStatement.class), "the idle statement is reused");
            again.setInt(1, 0);
            try (ResultSet rs = again.executeQuery()) {
                int rows = 0;
                while (rs.next()) {
                    rows++;
                }
                assertEquals(3, rows);
            }
            again.setMaxRows(1); // changed settings: not kept
            again.close();
            PreparedStatement fresh = c.prepareStatement(sql);
            assertNotSame(real, fresh.unwrap(PreparedStatement.class));
            PreparedStatement freshReal = fresh.unwrap(PreparedStatement.class);
            fresh.close();
            assertTrue(real.isClosed(), "a statement with changed settings is closed, not kept");
            assertFalse(freshReal.isClosed());
            cache.close();
            assertTrue(freshReal.isClosed());
            assertEquals(0, cache.idle());
        }
    }

    @Test
    void theCacheIsBoundedAndClosesWhatItDrops() throws Exception {
        try (Connection raw = connect("bounded")) {
            StatementCache cache = new StatementCache(raw);
            Connection c = cache.connection();
            List<PreparedStatement> reals = new ArrayList<>();
            for (int i = 0; i < StatementCache.MAX_SQL + 20; i++) {
                try (PreparedStatement s = c.prepareStatement("VALUES " + i)) {
                    reals.add(s.unwrap(PreparedStatement.class));
                }
            }
            assertEquals(StatementCache.MAX_SQL, cache.idle());
            assertTrue(reals.get(0).isClosed(), "the least recently used statement was closed");
            assertFalse(reals.get(reals.size() - 1).isClosed());
            cache.close();
            assertTrue(reals.get(reals.size() - 1).isClosed(), "closing the cache closes its statements");
        }
    }

    @Test
    void closingTheStoreClosesItsStatements() {
        StatementCache cache;
        ConversationStore store = Stores.openEmbedded(temp.resolve("db"));
        try {
            store.saveClient(Fixtures.richClient("Lotte de Wit"));
            cache = ((DerbyConversationStore) store).transactions().statements();
            assertTrue(cache.idle() > 0);
        } finally {
            store.close();
        }
        assertEquals(0, cache.idle());
    }

    private Connection connect(String name) throws Exception {
        Properties p = new Properties();
        p.setProperty("create", "true");
        Connection c = DerbyEngine.loadDriver().connect("jdbc:derby:" + temp.resolve(name).toAbsolutePath(), p);
        return c;
    }
}
