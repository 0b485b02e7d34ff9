// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Participant;
import nl.leefwereld.store.Stores;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.AuditEvent;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.testsupport.Fixtures;

/** The audit log: written with each change in its transaction, reads and exports through the API, not editable. */
class AuditTest extends StoreTestBase {


    private static List<String> actions(List<AuditEvent> events) {
        return events.stream().map(AuditEvent::action).toList();
    }

    @Test
    void savesReadsExportsAndDeletesAreRecordedWithTheUser() throws Exception {
        Path db = temp.resolve("db");
        Client client = Fixtures.richClient("Kees de Boer");
        Conversation conversation = Talk.keukentafel(client, "De huur is al drie maanden niet betaald.");
        StoreOptions options = StoreOptions.defaults().withUserName("s.devries");
        try (ConversationStore store = open(db, options)) {
            store.saveClient(client);
            store.saveConversation(conversation);
            store.loadConversation(conversation.getId());
            store.audit(AuditAction.EXPORT, client.getId(), conversation.getId(), "JSON naar gesprek.json");
            store.deleteConversation(conversation.getId());

            List<AuditEvent> events = store.auditEvents(client.getId());
            assertEquals(List.of("CHANGE", "CHANGE", "OPEN", "EXPORT", "DELETE"), actions(events));
            for (AuditEvent event : events) {
                assertEquals("s.devries", event.user());
                assertEquals(client.getId(), event.clientId());
            }
            assertEquals(conversation.getId(), events.get(1).objectId());
            assertEquals("JSON naar gesprek.json", events.get(3).detail());
            assertTrue(events.get(0).time().toEpochMilli() <= events.get(4).time().toEpochMilli());
        }
        try (ConversationStore store = open(db, StoreOptions.defaults().withAuditReads(false))) {
            int before = store.auditEvents(null).size();
            store.listClients();
            store.loadClient(client.getId());
            assertEquals(before, store.auditEvents(null).size());
            store.saveClient(client);
            AuditEvent last = store.auditEvents(null).get(before);
            assertEquals(defaultAuditUser(), last.user());
        }
    }

    /** An import of many clients is one audit event naming how many (and no client); a single client is its own. */
    @Test
    void savingManyClientsAtOnceIsOneAuditEvent() throws Exception {
        Path db = temp.resolve("db");
        List<Client> clients = List.of(Fixtures.richClient("Een"), Fixtures.richClient("Twee"),
                Fixtures.richClient("Drie"));
        try (ConversationStore store = Stores.openEmbedded(db)) {
            int before = store.auditEvents(null).size();
            store.saveClients(clients);
            List<AuditEvent> events = store.auditEvents(null);
            assertEquals(before + 1, events.size());
            AuditEvent event = events.get(events.size() - 1);
            assertEquals(AuditAction.CHANGE.name(), event.action());
            assertEquals(null, event.clientId());
            assertTrue(event.detail().contains("3") && !event.detail().contains("Een"), event.detail());
            Client one = Fixtures.richClient("Vier");
            store.saveClients(List.of(one));
            assertEquals(1, store.auditEvents(one.getId()).size());
            assertEquals(clients.get(2).getAttributes().size(),
                    store.loadClient(clients.get(2).getId()).getAttributes().size());
        }
    }

    @Test
    void countingUtterancesLoadsNoConversationAndAuditsNothing() throws Exception {
        Client client = Fixtures.richClient("Telling");
        Conversation small = Fixtures.richConversation(client, 3);
        Conversation large = Fixtures.richConversation(client, 40);
        try (ConversationStore store = open(temp.resolve("db"))) {
            store.saveClient(client);
            store.saveConversation(small);
            store.saveConversation(large);
            int before = store.auditEvents(null).size();
            assertEquals(java.util.Map.of(small.getId(), 3, large.getId(), 40), store.countUtterances());
            assertEquals(before, store.auditEvents(null).size(), "counting is not opening");
            assertEquals(40, store.loadConversation(large.getId()).getUtterances().size());
        }
    }

    @Test
    void aFailedSaveLeavesNoAuditEventBecauseItIsTheSameTransaction() throws Exception {
        Path db = temp.resolve("db");
        Client client = Fixtures.richClient("Mila Peters");
        Conversation conversation = Talk.keukentafel(client, "Ik heb geen geld voor de bus naar het werk.");
        try (ConversationStore store = open(db)) {
            store.saveClient(client);
            int before = store.auditEvents(null).size();
            Participant stranger = Fixtures.F.createParticipant();
            stranger.setId(Fixtures.id());
            stranger.setName("Onbekende");
            conversation.getUtterances().get(0).setSpeaker(stranger); // not a participant: the save fails
            assertThrows(StoreException.class, () -> store.saveConversation(conversation));
            assertEquals(before, store.auditEvents(null).size());
        }
    }

    @Test
    void theLogRefusesUpdateAndDeleteEvenThroughSql() throws Exception {
        Path db = temp.resolve("db");
        Client client = Fixtures.richClient("Noor Visser");
        try (ConversationStore store = open(db)) {
            store.saveClient(client);
            try (Jdbc jdbc = jdbc(db)) {
                jdbc.connection().setAutoCommit(true);
                int events = jdbc.count("SELECT COUNT(*) FROM audit_event");
                assertTrue(events > 0);
                SQLException update = assertThrows(SQLException.class,
                        () -> jdbc.update("UPDATE audit_event SET user_name = 'iemand anders'"));
                assertTrue(update.getMessage().toUpperCase().contains("AUDIT_LOG_IS_APPEND_ONLY"), update.getMessage());
                assertThrows(SQLException.class, () -> jdbc.update("DELETE FROM audit_event"));
                // hiding the client in a hash without emptying the detail is refused too
                assertThrows(SQLException.class,
                        () -> jdbc.update("UPDATE audit_event SET client_id = 'sha256:00'"));
                assertEquals(events, jdbc.count("SELECT COUNT(*) FROM audit_event"));
                assertEquals(events, jdbc.count("SELECT COUNT(*) FROM audit_event WHERE user_name = ?",
                        defaultAuditUser()));
            }
        }
    }
}
