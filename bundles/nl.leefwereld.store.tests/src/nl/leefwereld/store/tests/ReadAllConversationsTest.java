// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.AuditEvent;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.testsupport.Fixtures;

/**
 * {@link ConversationStore#listClientsWithConversations()} (one read per table for every conversation, #22) gives
 * exactly what {@link ConversationStore#listClients()} with {@link ConversationStore#loadConversation} per
 * conversation gives, and audits each conversation as opened.
 */
class ReadAllConversationsTest extends StoreTestBase {

    @Test
    void everyConversationInFullAsLoadingThemOneByOne() throws Exception {
        Path db = temp.resolve("db");
        try (ConversationStore store = open(db, StoreOptions.defaults().withAuditReads(false))) {
            int conversations = fill(store);
            List<Client> expected = oneByOne(store);
            List<Client> actual = store.listClientsWithConversations();
            assertEquals(expected.size(), actual.size());
            assertEquals(conversations, count(actual));
            int utterances = 0;
            for (Client client : actual) {
                for (Trajectory trajectory : client.getTrajectories()) {
                    for (Conversation conversation : trajectory.getConversations()) {
                        utterances += conversation.getUtterances().size();
                    }
                }
            }
            assertTrue(utterances > 0, "the conversations are read in full, not as headers");
            assertTrue(EcoreUtil.equals(expected, actual), "the same clients, conversations and content");
        }
    }

    @Test
    void aConversationReadInBulkSavesAsOneLoadedAlone() throws Exception {
        Path db = temp.resolve("db");
        try (ConversationStore store = open(db)) {
            fill(store);
            // the first client has no conversations (fill): take the first conversation of any client
            Conversation some = store.listClientsWithConversations().stream()
                    .flatMap(c -> c.getTrajectories().stream()).flatMap(t -> t.getConversations().stream())
                    .findFirst().orElseThrow();
            some.getUtterances().get(1).setText("Na het lezen van alles bewerkt.");
            store.saveConversation(some); // the version it was read at holds: no conflict
            assertEquals("Na het lezen van alles bewerkt.",
                    store.loadConversation(some.getId()).getUtterances().get(1).getText());
        }
    }

    @Test
    void eachConversationIsAuditedAsOpened() throws Exception {
        Path db = temp.resolve("db");
        try (ConversationStore store = open(db)) {
            int conversations = fill(store);
            int before = opened(store).size();
            List<Client> clients = store.listClientsWithConversations();
            List<AuditEvent> events = opened(store).subList(before, opened(store).size());
            assertEquals(conversations, events.size());
            List<String> ids = new ArrayList<>();
            for (Client client : clients) {
                for (Trajectory trajectory : client.getTrajectories()) {
                    for (Conversation conversation : trajectory.getConversations()) {
                        ids.add(client.getId() + "/" + conversation.getId());
                    }
                }
            }
            for (AuditEvent event : events) {
                assertTrue(ids.remove(event.clientId() + "/" + event.objectId()), event.toString());
            }
            assertTrue(ids.isEmpty());
            assertTrue(store.verifyAudit(null).intact());
        }
    }

    @Test
    void noConversationsGivesTheClientsAsListed() throws Exception {
        Path db = temp.resolve("db");
        try (ConversationStore store = open(db)) {
            store.saveClient(Fixtures.richClient("Alleen Kenmerken"));
            List<Client> clients = store.listClientsWithConversations();
            assertEquals(1, clients.size());
            assertTrue(EcoreUtil.equals(store.listClients(), clients));
            assertFalse(clients.get(0).getAttributes().isEmpty());
        }
    }

    /** Clients with conversations of different sizes (with a memo on an utterance), and one without. */
    private static int fill(ConversationStore store) {
        int conversations = 0;
        for (int i = 0; i < 4; i++) {
            Client client = Fixtures.richClient("Cliënt " + i);
            store.saveClient(client);
            for (int j = 0; j < i; j++) {
                Conversation conversation = Fixtures.richConversation(client, 3 + 4 * j);
                Memo memo = ModelFactory.eINSTANCE.createMemo();
                memo.setId(Fixtures.id());
                memo.setTitle("Memo " + i + "." + j);
                memo.setText("Over de tweede uiting.");
                memo.setAuthor("Sanne de Vries");
                memo.setCreated(new Date(1_700_000_000_000L));
                memo.setModified(new Date(1_700_000_000_000L));
                memo.setUtterance(conversation.getUtterances().get(1));
                memo.setSpanStart(-1);
                memo.setSpanEnd(-1);
                conversation.getMemos().add(memo);
                store.saveConversation(conversation);
                conversations++;
            }
        }
        return conversations;
    }

    /** What the store gave before: the headers, each conversation loaded on its own. */
    private static List<Client> oneByOne(ConversationStore store) {
        List<Client> clients = store.listClients();
        for (Client client : clients) {
            for (Trajectory trajectory : client.getTrajectories()) {
                for (int i = 0; i < trajectory.getConversations().size(); i++) {
                    trajectory.getConversations().set(i,
                            store.loadConversation(trajectory.getConversations().get(i).getId()));
                }
            }
        }
        return clients;
    }

    private static int count(List<Client> clients) {
        int n = 0;
        for (Client client : clients) {
            for (Trajectory trajectory : client.getTrajectories()) {
                n += trajectory.getConversations().size();
            }
        }
        return n;
    }

    private static List<AuditEvent> opened(ConversationStore store) {
        return store.auditEvents(null).stream().filter(e -> AuditAction.OPEN.name().equals(e.action())).toList();
    }
}
