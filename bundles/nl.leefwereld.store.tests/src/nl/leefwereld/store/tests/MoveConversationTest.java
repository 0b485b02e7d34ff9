// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.AuditEvent;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.testsupport.Fixtures;

/** Moving a conversation to another trajectory or client: everything goes along, both clients' logs record it. */
class MoveConversationTest extends StoreTestBase {


    @Test
    void aConversationMovesWithItsContentToAnotherClientsTrajectory() throws Exception {
        Client from = Fixtures.richClient("Kees de Boer");
        Client to = Fixtures.richClient("Fatima el Amrani");
        Conversation conversation = Fixtures.richConversation(from, 12);
        String trajectoryId = to.getTrajectories().get(0).getId();
        try (ConversationStore store = open(temp.resolve("db"))) {
            store.saveClient(from);
            store.saveClient(to);
            store.saveConversation(conversation);
            int annotations = store.loadConversation(conversation.getId()).getAnnotations().size();

            store.moveConversation(conversation.getId(), trajectoryId);
            AuditEvent left = last(store.auditEvents(from.getId()));
            AuditEvent arrived = last(store.auditEvents(to.getId()));

            Conversation moved = store.loadConversation(conversation.getId());
            assertEquals(trajectoryId, moved.getTrajectory().getId());
            assertEquals(to.getId(), moved.getTrajectory().getClient().getId());
            assertEquals(12, moved.getUtterances().size());
            assertEquals(annotations, moved.getAnnotations().size());
            assertTrue(store.loadClient(from.getId()).getTrajectories().get(0).getConversations().isEmpty());
            assertEquals(1, store.loadClient(to.getId()).getTrajectories().get(0).getConversations().size());

            assertEquals("CHANGE", left.action());
            assertEquals(conversation.getId(), left.objectId());
            assertTrue(left.detail().contains(trajectoryId), left.detail());
            assertEquals(conversation.getId(), arrived.objectId());
            assertTrue(arrived.detail().contains(from.getId()), arrived.detail());
        }
    }

    @Test
    void withinOneClientOnlyThatClientsLogRecordsIt() throws Exception {
        Client client = Fixtures.richClient("Kees de Boer");
        Trajectory second = ModelFactory.eINSTANCE.createTrajectory();
        second.setId(Fixtures.id());
        second.setTitle("Schuldhulp");
        client.getTrajectories().add(second);
        Conversation conversation = Fixtures.richConversation(client, 3);
        try (ConversationStore store = open(temp.resolve("db"))) {
            store.saveClient(client);
            store.saveConversation(conversation);
            int before = store.auditEvents(null).size();
            store.moveConversation(conversation.getId(), second.getId());
            assertEquals(before + 1, store.auditEvents(null).size());
            assertEquals(second.getId(), store.loadConversation(conversation.getId()).getTrajectory().getId());
        }
    }

    @Test
    void unknownIdsAreNamedAndNothingChanges() throws Exception {
        Client client = Fixtures.richClient("Kees de Boer");
        Conversation conversation = Fixtures.richConversation(client, 3);
        String trajectoryId = client.getTrajectories().get(0).getId();
        try (ConversationStore store = open(temp.resolve("db"))) {
            store.saveClient(client);
            store.saveConversation(conversation);
            int before = store.auditEvents(null).size();
            StoreException noTrajectory = assertThrows(StoreException.class,
                    () -> store.moveConversation(conversation.getId(), "geen-traject"));
            assertTrue(noTrajectory.getMessage().contains("geen-traject"), noTrajectory.getMessage());
            StoreException noConversation = assertThrows(StoreException.class,
                    () -> store.moveConversation("geen-gesprek", trajectoryId));
            assertTrue(noConversation.getMessage().contains("geen-gesprek"), noConversation.getMessage());
            assertEquals(trajectoryId, store.loadConversation(conversation.getId()).getTrajectory().getId());
            assertEquals(before + 1, store.auditEvents(null).size(), "only the OPEN of the check above");
        }
    }

    private static AuditEvent last(List<AuditEvent> events) {
        return events.get(events.size() - 1);
    }
}
