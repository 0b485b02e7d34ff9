// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.model.tests;

import static nl.leefwereld.testsupport.Fixtures.client;
import static nl.leefwereld.testsupport.Fixtures.conversation;
import static nl.leefwereld.testsupport.Fixtures.participant;
import static nl.leefwereld.testsupport.Fixtures.trajectory;
import static nl.leefwereld.testsupport.Fixtures.utterance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Casebook;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.testsupport.Fixtures;

/** Containment and its opposites: the tree shape of a casebook. */
class ContainmentTest {

    @Test
    void addingTrajectoryToClientSetsItsClient() {
        Client client = client("c1", "Jan");
        Trajectory trajectory = trajectory("t1", "Werk");

        client.getTrajectories().add(trajectory);

        assertSame(client, trajectory.getClient());
        assertSame(client, trajectory.eContainer());
        assertSame(ModelPackage.Literals.CLIENT__TRAJECTORIES, trajectory.eContainmentFeature());
    }

    @Test
    void settingTrajectoryClientAddsItToTheClientsList() {
        Client client = client("c1", "Jan");
        Trajectory trajectory = trajectory("t1", "Werk");

        trajectory.setClient(client);

        assertEquals(1, client.getTrajectories().size());
        assertSame(trajectory, client.getTrajectories().get(0));
    }

    @Test
    void movingConversationBetweenTrajectoriesRemovesItFromTheFirst() {
        Trajectory first = trajectory("t1", "Werk");
        Trajectory second = trajectory("t2", "Wonen");
        Conversation conversation = conversation("conv1", ConversationKind.WELCOME);
        first.getConversations().add(conversation);

        second.getConversations().add(conversation);

        assertTrue(first.getConversations().isEmpty(), "still in the first trajectory");
        assertEquals(1, second.getConversations().size());
        assertSame(second, conversation.getTrajectory());
    }

    @Test
    void settingConversationTrajectoryMovesIt() {
        Trajectory first = trajectory("t1", "Werk");
        Trajectory second = trajectory("t2", "Wonen");
        Conversation conversation = conversation("conv1", ConversationKind.FOLLOW_UP);
        conversation.setTrajectory(first);

        conversation.setTrajectory(second);

        assertFalse(first.getConversations().contains(conversation));
        assertTrue(second.getConversations().contains(conversation));

        conversation.setTrajectory(null);

        assertTrue(second.getConversations().isEmpty());
        assertNull(conversation.eContainer());
    }

    @Test
    void movingTrajectoryBetweenClientsUpdatesBothSides() {
        Client jan = client("c1", "Jan");
        Client fatima = client("c2", "Fatima");
        Trajectory trajectory = trajectory("t1", "Werk");
        jan.getTrajectories().add(trajectory);

        trajectory.setClient(fatima);

        assertTrue(jan.getTrajectories().isEmpty());
        assertEquals(1, fatima.getTrajectories().size());
    }

    @Test
    void removingParticipantDetachesIt() {
        Conversation conversation = conversation("conv1", ConversationKind.WELCOME);
        Participant anna = participant("p1", "Anna", ParticipantRole.PROFESSIONAL);
        Participant jan = participant("p2", "Jan", ParticipantRole.CLIENT);
        conversation.getParticipants().add(anna);
        conversation.getParticipants().add(jan);

        assertTrue(conversation.getParticipants().remove(anna));

        assertEquals(1, conversation.getParticipants().size());
        assertSame(jan, conversation.getParticipants().get(0));
        assertNull(anna.eContainer());
    }

    @Test
    void deletingParticipantClearsTheSpeakerOfItsUtterances() {
        Conversation conversation = conversation("conv1", ConversationKind.WELCOME);
        Participant anna = participant("p1", "Anna", ParticipantRole.PROFESSIONAL);
        Participant jan = participant("p2", "Jan", ParticipantRole.CLIENT);
        conversation.getParticipants().add(anna);
        conversation.getParticipants().add(jan);
        Utterance question = utterance("u1", anna, "Hoe gaat het?");
        Utterance answer = utterance("u2", jan, "Goed.");
        conversation.getUtterances().add(question);
        conversation.getUtterances().add(answer);

        EcoreUtil.delete(anna, true);

        assertFalse(conversation.getParticipants().contains(anna));
        assertNull(question.getSpeaker(), "dangling speaker after delete");
        assertSame(jan, answer.getSpeaker());
        assertEquals(2, conversation.getUtterances().size());
    }

    @Test
    void utteranceBelongsToOneConversationOnly() {
        Conversation first = conversation("conv1", ConversationKind.WELCOME);
        Conversation second = conversation("conv2", ConversationKind.FOLLOW_UP);
        Utterance utterance = utterance("u1", null, "Hallo");
        first.getUtterances().add(utterance);

        second.getUtterances().add(utterance);

        assertTrue(first.getUtterances().isEmpty());
        assertSame(second, utterance.eContainer());
    }

    @Test
    void casebookContainsClientsAndCodebooks() {
        Casebook casebook = Fixtures.sampleCasebook();

        assertEquals(2, casebook.getClients().size());
        for (Client client : casebook.getClients()) {
            assertSame(casebook, client.eContainer());
        }
        assertSame(casebook, casebook.getCodebooks().get(0).eContainer());
        // sub-codes nest inside their parent code
        assertSame(casebook.getCodebooks().get(0).getCodes().get(0),
                casebook.getCodebooks().get(0).getCodes().get(0).getCodes().get(0).eContainer());
        // everything in the tree has the casebook as root
        casebook.eAllContents().forEachRemaining(o -> assertSame(casebook, EcoreUtil.getRootContainer(o)));
    }
}
