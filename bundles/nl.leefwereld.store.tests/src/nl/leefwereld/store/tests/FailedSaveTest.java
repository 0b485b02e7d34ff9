// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.internal.Schema;
import nl.leefwereld.testsupport.Fixtures;

/** A save that fails midway leaves the previous state fully intact. */
class FailedSaveTest extends StoreTestBase {


    private Path db;
    private Client client;
    private Conversation conversation;
    private List<String> savedUtteranceIds;
    private List<String> savedAnnotationIds;

    @BeforeEach
    void saveOriginal() {
        db = temp.resolve("db");
        client = Fixtures.richClient("Origineel");
        conversation = Fixtures.richConversation(client, 20);
        try (ConversationStore store = open(db)) {
            store.saveClient(client);
            store.saveConversation(conversation);
        }
        savedUtteranceIds = conversation.getUtterances().stream().map(Utterance::getId).toList();
        savedAnnotationIds = conversation.getAnnotations().stream().map(Annotation::getId).toList();
    }

    private void assertOriginalIntact() throws Exception {
        try (ConversationStore store = open(db)) {
            Conversation loaded = store.loadConversation(conversation.getId());
            assertEquals("Welkomstgesprek", loaded.getTitle());
            assertEquals(savedUtteranceIds, loaded.getUtterances().stream().map(Utterance::getId).toList());
            assertEquals(savedAnnotationIds, loaded.getAnnotations().stream().map(Annotation::getId).toList());
            assertEquals(2, loaded.getParticipants().size());
            assertEquals(1, loaded.getNotes().size());
            assertEquals("Een week zonder gedoe. 19", loaded.getUtterances().get(19).getText());
            assertEquals("Origineel", loaded.getTrajectory().getClient().getDisplayName());
            try (Jdbc jdbc = jdbc(db)) {
                assertEquals(1, jdbc.count("SELECT version FROM conversation WHERE id = ?", conversation.getId()));
                assertEquals(20, jdbc.count("SELECT COUNT(*) FROM utterance"));
            }
        }
    }

    @Test
    void overlongIdHalfwayThroughTheUtterancesRollsEverythingBack() throws Exception {
        conversation.setTitle("Gewijzigd");
        conversation.getUtterances().remove(3);
        conversation.getNotes().clear();
        conversation.getUtterances().get(10).setId("x".repeat(Schema.ID_LENGTH + 1)); // fails after 10 inserts
        try (ConversationStore store = open(db)) {
            StoreException e = assertThrows(StoreException.class, () -> store.saveConversation(conversation));
            assertTrue(e.getMessage().contains(conversation.getId()), e.getMessage());
            // the store is still usable after the failure, and still sees the old content
            assertEquals("Welkomstgesprek", store.loadConversation(conversation.getId()).getTitle());
        }
        assertOriginalIntact();
    }

    @Test
    void annotationOnAnUtteranceOfAnotherConversationRollsBack() throws Exception {
        Conversation other = Fixtures.richConversation(client, 2);
        conversation.setTitle("Gewijzigd");
        Annotation stray = Fixtures.F.createAnnotation();
        stray.setId(Fixtures.id());
        stray.setUtterance(other.getUtterances().get(0));
        conversation.getAnnotations().add(stray);
        try (ConversationStore store = open(db)) {
            StoreException e = assertThrows(StoreException.class, () -> store.saveConversation(conversation));
            assertTrue(e.getMessage().contains(conversation.getId()), e.getMessage());
        }
        assertOriginalIntact();
    }

    @Test
    void speakerWhoIsNotAParticipantRollsBack() throws Exception {
        Participant stranger = Fixtures.F.createParticipant();
        stranger.setId(Fixtures.id());
        conversation.getUtterances().get(15).setSpeaker(stranger);
        conversation.setTitle("Gewijzigd");
        try (ConversationStore store = open(db)) {
            assertThrows(StoreException.class, () -> store.saveConversation(conversation));
        }
        assertOriginalIntact();
    }

    @Test
    void failedClientSaveKeepsTheOldClient() throws Exception {
        client.setDisplayName("Gewijzigd");
        client.getAttributes().clear();
        Trajectory bad = Fixtures.F.createTrajectory();
        bad.setId("t".repeat(Schema.ID_LENGTH + 10));
        client.getTrajectories().add(bad);
        try (ConversationStore store = open(db)) {
            StoreException e = assertThrows(StoreException.class, () -> store.saveClient(client));
            assertTrue(e.getMessage().contains(client.getId()), e.getMessage());
            Client loaded = store.loadClient(client.getId());
            assertEquals("Origineel", loaded.getDisplayName());
            assertEquals(2, loaded.getAttributes().size());
            assertEquals(1, loaded.getTrajectories().size());
        }
        assertOriginalIntact();
    }

    @Test
    void conversationWithoutTrajectoryIsRefusedClearly() {
        Conversation loose = Fixtures.F.createConversation();
        loose.setId("los");
        try (ConversationStore store = open(db)) {
            StoreException e = assertThrows(StoreException.class, () -> store.saveConversation(loose));
            assertTrue(e.getMessage().contains("los"));
        }
    }
}
