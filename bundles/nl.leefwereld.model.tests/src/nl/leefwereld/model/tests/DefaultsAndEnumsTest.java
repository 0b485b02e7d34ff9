// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.model.tests;

import static nl.leefwereld.testsupport.Fixtures.F;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EEnum;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

/** Default values and enumeration literals, which the store and the importers rely on. */
class DefaultsAndEnumsTest {

    @Test
    void conversationLanguageDefaultsToDutch() {
        Conversation conversation = F.createConversation();

        assertEquals("nl", conversation.getLanguage());
        assertFalse(conversation.eIsSet(ModelPackage.Literals.CONVERSATION__LANGUAGE));

        conversation.setLanguage("en");
        assertTrue(conversation.eIsSet(ModelPackage.Literals.CONVERSATION__LANGUAGE));

        conversation.eUnset(ModelPackage.Literals.CONVERSATION__LANGUAGE);
        assertEquals("nl", conversation.getLanguage());
    }

    @Test
    void conversationKindDefaultsToFirstLiteral() {
        assertSame(ConversationKind.WELCOME, F.createConversation().getKind());
    }

    @Test
    void annotationDefaults() {
        Annotation annotation = F.createAnnotation();

        assertEquals(-1, annotation.getSpanStart(), "no span: whole utterance");
        assertEquals(-1, annotation.getSpanEnd());
        assertEquals(1.0, annotation.getConfidence());
        assertSame(AnnotationOrigin.MANUAL, annotation.getOrigin());
        assertNull(annotation.getUtterance());
    }

    @Test
    void utteranceTimesAreOptional() {
        Utterance utterance = F.createUtterance();

        assertNull(utterance.getStartMillis());
        assertNull(utterance.getEndMillis());
        utterance.setStartMillis(Long.valueOf(1_000L));
        assertEquals(Long.valueOf(1_000L), utterance.getStartMillis());
    }

    @Test
    void participantRoleDefaultsToClient() {
        Participant participant = F.createParticipant();
        assertSame(ParticipantRole.CLIENT, participant.getRole());
    }

    @Test
    void conversationKindLiterals() {
        assertEquals(List.of(ConversationKind.WELCOME, ConversationKind.FOLLOW_UP, ConversationKind.HOME_VISIT,
                ConversationKind.PANEL, ConversationKind.ROLE_PLAY, ConversationKind.OTHER), ConversationKind.VALUES);
        assertSame(ConversationKind.FOLLOW_UP, ConversationKind.get("follow-up"));
        assertSame(ConversationKind.HOME_VISIT, ConversationKind.getByName("HOME_VISIT"));
        assertSame(ConversationKind.ROLE_PLAY, ConversationKind.get(4));
        assertEquals("role-play", ConversationKind.ROLE_PLAY.getLiteral());
        assertNull(ConversationKind.get("intake"), "unknown literal");
    }

    @Test
    void participantRoleLiterals() {
        assertEquals(6, ParticipantRole.VALUES.size());
        assertSame(ParticipantRole.INFORMAL_CARER, ParticipantRole.get("informal-carer"));
        assertSame(ParticipantRole.OBSERVER, ParticipantRole.get(4));
        assertEquals("professional", ParticipantRole.PROFESSIONAL.getLiteral());
    }

    @Test
    void annotationOriginLiterals() {
        assertEquals(List.of(AnnotationOrigin.MANUAL, AnnotationOrigin.SUGGESTED, AnnotationOrigin.ACCEPTED),
                AnnotationOrigin.VALUES);
        assertSame(AnnotationOrigin.SUGGESTED, AnnotationOrigin.get("suggested"));
        assertEquals(2, AnnotationOrigin.ACCEPTED.getValue());
    }

    @Test
    void enumLiteralsAreUniqueLowerCaseWords() {
        for (EEnum eEnum : List.of(ModelPackage.Literals.CONVERSATION_KIND, ModelPackage.Literals.PARTICIPANT_ROLE,
                ModelPackage.Literals.ANNOTATION_ORIGIN)) {
            long distinctLiterals = eEnum.getELiterals().stream().map(l -> l.getLiteral()).distinct().count();
            assertEquals(eEnum.getELiterals().size(), distinctLiterals, eEnum.getName());
            eEnum.getELiterals().forEach(l -> assertTrue(l.getLiteral().matches("[a-z]+(-[a-z]+)*"),
                    eEnum.getName() + "." + l.getName() + " literal '" + l.getLiteral() + "'"));
            // values are 0..n-1 in declaration order, which the store may persist
            for (int i = 0; i < eEnum.getELiterals().size(); i++) {
                assertEquals(i, eEnum.getELiterals().get(i).getValue(), eEnum.getName());
            }
        }
    }
}
