// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.model.tests;

import static nl.leefwereld.testsupport.Fixtures.annotation;
import static nl.leefwereld.testsupport.Fixtures.conversation;
import static nl.leefwereld.testsupport.Fixtures.participant;
import static nl.leefwereld.testsupport.Fixtures.utterance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Casebook;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Professional;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.testsupport.Fixtures;

/** Cross references: they point into the tree without moving anything. */
class ReferenceTest {

    @Test
    void speakerIsAPlainReference() {
        Conversation conversation = conversation("conv1", ConversationKind.WELCOME);
        Participant anna = participant("p1", "Anna", ParticipantRole.PROFESSIONAL);
        conversation.getParticipants().add(anna);
        Utterance first = utterance("u1", anna, "Hallo");
        Utterance second = utterance("u2", anna, "Welkom");
        conversation.getUtterances().add(first);
        conversation.getUtterances().add(second);

        assertSame(anna, first.getSpeaker());
        assertSame(anna, second.getSpeaker());
        assertSame(conversation, anna.eContainer(), "setting a speaker must not move the participant");
        assertEquals(1, conversation.getParticipants().size());

        first.setSpeaker(null);
        assertNull(first.getSpeaker());
        assertSame(anna, second.getSpeaker());
        assertTrue(conversation.getParticipants().contains(anna));
    }

    @Test
    void severalAnnotationsMayCodeTheSameUtterance() {
        Conversation conversation = conversation("conv1", ConversationKind.WELCOME);
        Utterance utterance = utterance("u1", null, "Het wordt je te veel.");
        conversation.getUtterances().add(utterance);
        Annotation byAnna = annotation("a1", utterance, "mi", "reflection");
        byAnna.setCoder("anna");
        Annotation byBert = annotation("a2", utterance, "mi", "complex-reflection");
        byBert.setCoder("bert");
        conversation.getAnnotations().add(byAnna);
        conversation.getAnnotations().add(byBert);

        assertSame(utterance, byAnna.getUtterance());
        assertSame(utterance, byBert.getUtterance());
        assertSame(conversation, utterance.eContainer());
        assertEquals(1, conversation.getUtterances().size());
    }

    @Test
    void participantRefersToProfessionalInTheCasebook() {
        Casebook casebook = Fixtures.sampleCasebook();
        Professional anna = casebook.getProfessionals().get(0);
        Participant participant = casebook.getClients().get(0).getTrajectories().get(0)
                .getConversations().get(0).getParticipants().get(0);

        assertSame(anna, participant.getProfessional());
        assertSame(casebook, anna.eContainer(), "the professional stays in the casebook");
        assertEquals(1, casebook.getProfessionals().size());
    }

    @Test
    void metadataDeclaresTheIntendedKindOfEachReference() {
        assertNonContainment(ModelPackage.Literals.UTTERANCE__SPEAKER);
        assertNonContainment(ModelPackage.Literals.ANNOTATION__UTTERANCE);
        assertNonContainment(ModelPackage.Literals.PARTICIPANT__PROFESSIONAL);

        assertTrue(ModelPackage.Literals.CLIENT__TRAJECTORIES.isContainment());
        assertTrue(ModelPackage.Literals.TRAJECTORY__CONVERSATIONS.isContainment());
        assertTrue(ModelPackage.Literals.CONVERSATION__PARTICIPANTS.isContainment());
        assertTrue(ModelPackage.Literals.CONVERSATION__UTTERANCES.isContainment());
        assertTrue(ModelPackage.Literals.CONVERSATION__ANNOTATIONS.isContainment());

        assertTrue(ModelPackage.Literals.TRAJECTORY__CLIENT.isContainer());
        assertSame(ModelPackage.Literals.CLIENT__TRAJECTORIES, ModelPackage.Literals.TRAJECTORY__CLIENT.getEOpposite());
        assertTrue(ModelPackage.Literals.CONVERSATION__TRAJECTORY.isContainer());
        assertSame(ModelPackage.Literals.TRAJECTORY__CONVERSATIONS,
                ModelPackage.Literals.CONVERSATION__TRAJECTORY.getEOpposite());

        assertTrue(ModelPackage.Literals.IDENTIFIED__ID.isID());
    }

    private static void assertNonContainment(EReference reference) {
        assertFalse(reference.isContainment(), reference.getName() + " must not be containment");
        assertFalse(reference.isContainer(), reference.getName() + " must not be a container reference");
        assertNull(reference.getEOpposite(), reference.getName() + " has no opposite");
        assertFalse(reference.isMany(), reference.getName() + " is single-valued");
    }
}
