// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.AuditEvent;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreConflictException;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;
import nl.leefwereld.store.TeamServer;
import nl.leefwereld.testsupport.Fixtures;

/**
 * Team mode with a real Derby network server and two real network clients on loopback, all in this OSGi runtime
 * (derbynet and the client are fragments of the derby bundle).
 */
class TeamModeTest {

    @TempDir
    Path temp;

    @Test
    void twoClientsOnLoopbackTheSecondSaveConflictsAndNothingIsLost() throws Exception {
        Path db = temp.resolve("team");
        int port = TeamSupport.freePort();
        String url;
        StoreOptions options = StoreOptions.defaults().withBootPassword("Team-database-Utrecht".toCharArray());
        try (TeamServer server = TeamServer.start(db, options, "127.0.0.1", port, TeamSupport.users())) {
            url = server.url();
            assertTrue(url.startsWith("jdbc:derby://127.0.0.1:" + port + "/"), url);
            StoreException taken = assertThrows(StoreException.class, () -> TeamServer.start(temp.resolve("other"),
                    StoreOptions.defaults(), "127.0.0.1", port, TeamSupport.users()).close());
            assertTrue(taken.getMessage().contains("could not be started on 127.0.0.1:" + port), taken.getMessage());
            Client client = Fixtures.richClient("Yara Koster");
            Conversation original = Talk.keukentafel(client, "Ik zoek een andere woning dichter bij mijn moeder.");
            try (ConversationStore sanne = Stores.openRemote(url, "sanne", TeamSupport.SANNE.toCharArray());
                    ConversationStore johan = Stores.openRemote(url, "johan", TeamSupport.JOHAN.toCharArray())) {
                sanne.saveClient(client);
                sanne.saveConversation(original);
                assertEquals(1, johan.countClients(), "johan sees what sanne saved");
                Conversation hers = sanne.loadConversation(original.getId());
                Conversation his = johan.loadConversation(original.getId());
                hers.getUtterances().get(2).setText("Wat zou de eerste stap zijn om te gaan kijken?");
                sanne.saveConversation(hers);
                his.getUtterances().get(2).setText("Zullen we de woningcorporatie samen bellen?");
                StoreConflictException conflict = assertThrows(StoreConflictException.class,
                        () -> johan.saveConversation(his));
                assertTrue(conflict.getMessage().startsWith("Conversation Welkomstgesprek"), conflict.getMessage());
                assertTrue(conflict.getMessage().contains("was changed by sanne at"), conflict.getMessage());
                assertEquals("Wat zou de eerste stap zijn om te gaan kijken?",
                        johan.loadConversation(original.getId()).getUtterances().get(2).getText(), "sanne's save kept");

                Conversation again = johan.loadConversation(original.getId());
                again.getUtterances().get(4).setText("Ik bel de woningcorporatie morgen samen met u.");
                johan.saveConversation(again);
                assertEquals("Ik bel de woningcorporatie morgen samen met u.",
                        sanne.loadConversation(original.getId()).getUtterances().get(4).getText());
                List<AuditEvent> events = sanne.auditEvents(client.getId());
                assertTrue(events.stream().anyMatch(e -> e.user().equals("sanne") && e.action().equals(AuditAction.CHANGE.name())),
                        events::toString);
                assertTrue(events.stream().anyMatch(e -> e.user().equals("johan") && e.action().equals(AuditAction.OPEN.name())),
                        events::toString);
                assertTrue(events.stream().anyMatch(e -> e.user().equals("johan") && e.action().equals(AuditAction.CHANGE.name())),
                        events::toString);
            }
            StoreException refused = assertThrows(StoreException.class,
                    () -> Stores.openRemote(url, "johan", "fout-wachtwoord".toCharArray()).close());
            assertEquals("The Leefwereld server " + url + " refused user johan: the user name or password is wrong.",
                    refused.getMessage());
            StoreException embedded = assertThrows(StoreException.class,
                    () -> Stores.openEmbedded(db, "Team-database-Utrecht".toCharArray()).close());
            assertTrue(embedded.getMessage().startsWith("The database in " + db.toAbsolutePath().normalize()
                    + " is a team database"), embedded.getMessage());
        }
        StoreException stopped = assertThrows(StoreException.class,
                () -> Stores.openRemote(url, "sanne", TeamSupport.SANNE.toCharArray()).close());
        assertTrue(stopped.getMessage().startsWith("The Leefwereld server " + url + " cannot be reached"),
                stopped.getMessage());
        assertTrue(Stores.isEncrypted(db));
    }
}
