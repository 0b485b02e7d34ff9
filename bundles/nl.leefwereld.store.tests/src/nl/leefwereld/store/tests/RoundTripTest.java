// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.testsupport.Fixtures;

class RoundTripTest extends StoreTestBase {


    @Test
    void clientWithTrajectoryRoundTripsAcrossReopen() {
        Client client = Fixtures.richClient("Fatima El Amrani");
        Path db = temp.resolve("database");
        try (ConversationStore store = open(db)) {
            store.saveClient(client);
            assertEquals(1, store.countClients());
        }
        try (ConversationStore store = open(db)) {
            Client loaded = store.loadClient(client.getId());
            assertNotNull(loaded);
            assertEquals("Fatima El Amrani", loaded.getDisplayName());
            assertEquals(client.getPseudonym(), loaded.getPseudonym());
            assertEquals(2, loaded.getAttributes().size());
            assertEquals("leeftijdsgroep", loaded.getAttributes().get(0).getName());
            assertEquals("alleenstaande ouder, twee kinderen", loaded.getAttributes().get(1).getValue());
            assertEquals(1, loaded.getConsents().size());
            assertTrue(loaded.getConsents().get(0).isGiven());
            assertEquals(client.getConsents().get(0).getDate(), loaded.getConsents().get(0).getDate());
            assertEquals(client.getNotes().get(0).getText(), loaded.getNotes().get(0).getText());
            assertEquals(client.getNotes().get(0).getCreated(), loaded.getNotes().get(0).getCreated());
            Trajectory trajectory = loaded.getTrajectories().get(0);
            assertEquals(client.getTrajectories().get(0).getId(), trajectory.getId());
            assertEquals("Binnen een half jaar twee dagdelen vrijwilligerswerk.", trajectory.getChangeGoal());
            assertEquals("participatie", trajectory.getKind());
            assertEquals(client.getTrajectories().get(0).getStartDate(), trajectory.getStartDate());
            assertSame(loaded, trajectory.getClient());
            assertNull(store.loadClient("no-such-client"));
        }
    }

    @Test
    void updatingAClientReplacesItsAttributesAndKeepsTrajectoryOrder() {
        Client client = Fixtures.richClient("Jan Jansen");
        Trajectory second = Fixtures.F.createTrajectory();
        second.setId(Fixtures.id());
        second.setTitle("Schuldhulp");
        client.getTrajectories().add(second);
        try (ConversationStore store = open(temp.resolve("db"))) {
            store.saveClient(client);
            client.setDisplayName("Jan Jansen-de Boer");
            client.getAttributes().remove(0);
            client.getTrajectories().move(0, 1);
            store.saveClient(client);
            Client loaded = store.loadClient(client.getId());
            assertEquals("Jan Jansen-de Boer", loaded.getDisplayName());
            assertEquals(1, loaded.getAttributes().size());
            assertEquals("huishouden", loaded.getAttributes().get(0).getName());
            assertEquals(List.of("Schuldhulp", "Traject werk en inkomen"),
                    loaded.getTrajectories().stream().map(Trajectory::getTitle).toList());
            assertEquals(1, store.countClients());
        }
    }

    @Test
    void conversationRoundTripsWithEverything() {
        Client client = Fixtures.richClient("Anna Bakker");
        Conversation conversation = Fixtures.richConversation(client, 30);
        Path db = temp.resolve("database");
        try (ConversationStore store = open(db)) {
            store.saveClient(client);
            store.saveConversation(conversation);
        }
        try (ConversationStore store = open(db)) {
            Conversation loaded = store.loadConversation(conversation.getId());
            assertNotNull(loaded);
            assertEquals("Welkomstgesprek", loaded.getTitle());
            assertEquals(conversation.getDate(), loaded.getDate());
            assertEquals(ConversationKind.WELCOME, loaded.getKind());
            assertEquals("nl", loaded.getLanguage());
            // Contained in header copies of its trajectory and client.
            assertEquals(client.getTrajectories().get(0).getId(), loaded.getTrajectory().getId());
            assertEquals(client.getId(), loaded.getTrajectory().getClient().getId());
            assertEquals("Anna Bakker", loaded.getTrajectory().getClient().getDisplayName());

            assertEquals(2, loaded.getParticipants().size());
            Participant klantmanager = loaded.getParticipants().get(0);
            assertEquals("Sanne", klantmanager.getName());
            assertEquals(ParticipantRole.PROFESSIONAL, klantmanager.getRole());
            assertNotNull(klantmanager.getProfessional());
            assertEquals("Gemeente Utrecht", klantmanager.getProfessional().getOrganisation());
            assertEquals("klantmanager", klantmanager.getProfessional().getFunction());
            assertEquals(ParticipantRole.CLIENT, loaded.getParticipants().get(1).getRole());

            assertEquals(30, loaded.getUtterances().size());
            for (int i = 0; i < 30; i++) {
                Utterance expected = conversation.getUtterances().get(i);
                Utterance actual = loaded.getUtterances().get(i);
                assertEquals(expected.getId(), actual.getId());
                assertEquals(expected.getText(), actual.getText());
                assertEquals(expected.getStartMillis(), actual.getStartMillis(), "start of " + i);
                assertEquals(expected.getEndMillis(), actual.getEndMillis(), "end of " + i);
                assertSame(loaded.getParticipants().get(i % 2), actual.getSpeaker());
            }
            assertNull(loaded.getUtterances().get(2).getStartMillis());
            assertNull(loaded.getUtterances().get(2).getEndMillis());

            assertEquals(2, loaded.getAnnotations().size());
            Annotation open = loaded.getAnnotations().get(0);
            assertSame(loaded.getUtterances().get(0), open.getUtterance());
            assertEquals(-1, open.getSpanStart());
            assertEquals("open-question", open.getCodeId());
            assertEquals(AnnotationOrigin.MANUAL, open.getOrigin());
            assertEquals("Mooie open vraag.", open.getNote());
            Annotation span = loaded.getAnnotations().get(1);
            assertSame(loaded.getUtterances().get(1), span.getUtterance());
            assertEquals(4, span.getSpanStart());
            assertEquals(15, span.getSpanEnd());
            assertEquals("relation", span.getMethodId());
            assertEquals("bezoeker", span.getCodeId());
            assertEquals(AnnotationOrigin.SUGGESTED, span.getOrigin());
            assertEquals(0.62, span.getConfidence(), 1e-9);
            assertEquals("Geen eigen hulpvraag genoemd.", span.getReason());

            Note memo = loaded.getNotes().get(0);
            assertEquals("Cliënt kwam op verzoek van de woningcorporatie.", memo.getText());
            assertEquals(conversation.getNotes().get(0).getCreated(), memo.getCreated());
            assertTrue(EcoreUtil.equals(conversation.getNotes(), loaded.getNotes()));
            assertNull(store.loadConversation("no-such-conversation"));
        }
    }

    @Test
    void savingAgainReplacesContentAndKeepsOrder() {
        Client client = Fixtures.richClient("Piet Pieters");
        Conversation conversation = Fixtures.richConversation(client, 10);
        try (ConversationStore store = open(temp.resolve("db"))) {
            store.saveClient(client);
            store.saveConversation(conversation);
            conversation.getUtterances().move(0, 9); // last utterance first
            conversation.getAnnotations().remove(1);
            conversation.getUtterances().remove(5);
            conversation.setTitle("Welkomstgesprek (bijgewerkt)");
            store.saveConversation(conversation);
            Conversation loaded = store.loadConversation(conversation.getId());
            assertEquals("Welkomstgesprek (bijgewerkt)", loaded.getTitle());
            assertEquals(conversation.getUtterances().stream().map(Utterance::getId).toList(),
                    loaded.getUtterances().stream().map(Utterance::getId).toList());
            assertEquals(1, loaded.getAnnotations().size());
        }
    }

    @Test
    void conversationSavedWithNewTrajectoryAndClientInOneCall() {
        Client client = Fixtures.richClient("Nieuw");
        Conversation conversation = Fixtures.richConversation(client, 3);
        try (ConversationStore store = open(temp.resolve("db"))) {
            store.saveConversation(conversation);
            Client loaded = store.loadClient(client.getId());
            assertEquals("Nieuw", loaded.getDisplayName());
            assertEquals(2, loaded.getAttributes().size());
            assertEquals(conversation.getId(), loaded.getTrajectories().get(0).getConversations().get(0).getId());
        }
    }

    @Test
    void listClientsGivesHeadersWithoutUtterances() {
        Client a = Fixtures.richClient("Bert");
        Client b = Fixtures.richClient("aafke");
        Conversation first = Fixtures.richConversation(a, 12);
        Conversation second = Fixtures.richConversation(a, 5);
        second.setTitle("Vervolggesprek");
        second.setKind(ConversationKind.FOLLOW_UP);
        second.setDate(new java.util.Date(first.getDate().getTime() + 86_400_000L));
        try (ConversationStore store = open(temp.resolve("db"))) {
            store.saveClient(a);
            store.saveClient(b);
            store.saveConversation(first);
            store.saveConversation(second);
            List<Client> clients = store.listClients();
            assertEquals(List.of("aafke", "Bert"), clients.stream().map(Client::getDisplayName).toList());
            Client bert = clients.get(1);
            List<Conversation> headers = bert.getTrajectories().get(0).getConversations();
            assertEquals(2, headers.size());
            assertEquals(first.getId(), headers.get(0).getId());
            assertEquals("Vervolggesprek", headers.get(1).getTitle());
            assertEquals(ConversationKind.FOLLOW_UP, headers.get(1).getKind());
            assertEquals(second.getDate(), headers.get(1).getDate());
            assertEquals("nl", headers.get(1).getLanguage());
            for (Conversation header : headers) {
                assertTrue(header.getUtterances().isEmpty());
                assertTrue(header.getParticipants().isEmpty());
                assertTrue(header.getAnnotations().isEmpty());
            }
            // loadClient has the same shape
            Client loaded = store.loadClient(a.getId());
            assertEquals(2, loaded.getTrajectories().get(0).getConversations().size());
            assertTrue(loaded.getTrajectories().get(0).getConversations().get(0).getUtterances().isEmpty());
        }
    }

    @Test
    void sqlMetacharactersRoundTripUnchanged() {
        String nasty = "Robert'); DROP TABLE client; -- \"quoted\" 'single' ; /* comment */ % _ \\ \n tweede regel";
        Client client = Fixtures.richClient(nasty);
        client.setId("id'with;--quotes");
        Conversation conversation = Fixtures.richConversation(client, 2);
        conversation.getUtterances().get(0).setText(nasty);
        conversation.setTitle(nasty);
        try (ConversationStore store = open(temp.resolve("db"))) {
            store.saveClient(client);
            store.saveConversation(conversation);
            assertEquals(nasty, store.loadClient(client.getId()).getDisplayName());
            Conversation loaded = store.loadConversation(conversation.getId());
            assertEquals(nasty, loaded.getTitle());
            assertEquals(nasty, loaded.getUtterances().get(0).getText());
            assertEquals(1, store.countClients());
        }
    }

    @Test
    void deletesRemoveEverythingBelow() {
        Client client = Fixtures.richClient("Weg");
        Conversation conversation = Fixtures.richConversation(client, 4);
        Client other = Fixtures.richClient("Blijft");
        Conversation otherConversation = Fixtures.richConversation(other, 4);
        try (ConversationStore store = open(temp.resolve("db"))) {
            store.saveConversation(conversation);
            store.saveConversation(otherConversation);
            store.deleteConversation(conversation.getId());
            assertNull(store.loadConversation(conversation.getId()));
            assertTrue(store.loadClient(client.getId()).getTrajectories().get(0).getConversations().isEmpty());
            store.saveConversation(conversation);
            store.deleteClient(client.getId());
            assertNull(store.loadClient(client.getId()));
            assertNull(store.loadConversation(conversation.getId()));
            assertEquals(1, store.countClients());
            assertEquals(4, store.loadConversation(otherConversation.getId()).getUtterances().size());
            store.deleteTrajectory(other.getTrajectories().get(0).getId());
            assertTrue(store.loadClient(other.getId()).getTrajectories().isEmpty());
            assertNull(store.loadConversation(otherConversation.getId()));
        }
    }

    @Test
    void largeConversationSavesAndLoadsQuickly() {
        Client client = Fixtures.richClient("Groot");
        Conversation conversation = Fixtures.richConversation(client, 1000);
        try (ConversationStore store = open(temp.resolve("db"))) {
            long t0 = System.nanoTime();
            store.saveConversation(conversation);
            long saveMillis = (System.nanoTime() - t0) / 1_000_000;
            Conversation loaded = store.loadConversation(conversation.getId());
            assertEquals(1000, loaded.getUtterances().size());
            assertEquals(conversation.getUtterances().get(999).getText(), loaded.getUtterances().get(999).getText());
            // Generous bound (a slow CI machine): a row-by-row save without batching takes far longer.
            assertTrue(saveMillis < 20_000, "saving 1,000 utterances took " + saveMillis + " ms");
        }
    }
}
