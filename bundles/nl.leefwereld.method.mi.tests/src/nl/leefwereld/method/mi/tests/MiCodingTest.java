// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import static nl.leefwereld.method.mi.tests.MiTestSupport.u;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.coding.Annotations;
import nl.leefwereld.method.mi.MiCode;
import nl.leefwereld.method.mi.MiCoding;
import nl.leefwereld.method.mi.MiCoding.Outcome;
import nl.leefwereld.method.mi.MiMethod;
import nl.leefwereld.method.mi.MiRatings;
import nl.leefwereld.method.mi.Volleys;
import nl.leefwereld.method.mi.model.MiAssessment;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

/** Coding under MITI's volley rules, through an EMF command stack, and the global ratings in a real store. */
public class MiCodingTest {

    private static final String CODER = "anna";

    private static List<MiCode> codes(Conversation c, int utterance) {
        return Annotations.humanCodes(c, CODER, MiMethod.METHOD_ID).stream()
                .filter(a -> a.getUtterance() == u(c, utterance)).map(a -> MiCode.byGuid(a.getCodeId())).toList();
    }

    private static Outcome code(BasicCommandStack stack, Conversation c, int utterance, MiCode code) {
        MiCoding.Plan plan = MiCoding.plan(c, u(c, utterance), code, CODER);
        if (plan.changes()) {
            stack.execute(plan.toCommand(c));
        }
        return plan.outcome();
    }

    @Test
    public void nextOfSameRoleSkipsTheOtherSpeakerAndEndsWithNull() {
        Conversation c = MiTestSupport.parse(MiTestSupport.WORK, "Betaald werk vinden");
        assertSame(u(c, 2), MiCoding.nextOfSameRole(c, u(c, 0)), "professional to professional");
        assertSame(u(c, 3), MiCoding.nextOfSameRole(c, u(c, 2)));
        assertSame(u(c, 4), MiCoding.nextOfSameRole(c, u(c, 1)), "client to client");
        assertNull(MiCoding.nextOfSameRole(c, u(c, 12)), "the client's last utterance has no next");
        assertNull(MiCoding.nextOfSameRole(c, u(c, 11)), "the professional's last utterance has no next");
    }

    @Test
    public void volleysAreUninterruptedUtterancesOfTheProfessional() {
        Conversation c = MiTestSupport.parse(MiTestSupport.WORK, "Betaald werk vinden");
        Volleys v = Volleys.of(c);
        assertEquals(v.volleyOf(u(c, 2)), v.volleyOf(u(c, 3)), "two professional utterances in a row: one volley");
        assertTrue(v.volleyOf(u(c, 5)) > v.volleyOf(u(c, 3)));
        assertEquals(-1, v.volleyOf(u(c, 1)), "the client's utterance is no volley");
        assertEquals(6, v.size());
    }

    @Test
    public void oneQuestionAndOneReflectionPerVolleyComplexWinsUndoRestores() {
        Conversation c = MiTestSupport.parse(MiTestSupport.WORK, "Betaald werk vinden");
        BasicCommandStack stack = new BasicCommandStack();

        assertEquals(Outcome.ADDED, code(stack, c, 2, MiCode.SIMPLE_REFLECTION));
        assertTrue(stack.isSaveNeeded(), "coding makes the editor dirty");
        // the complex reflection in the same volley replaces the simple one
        assertEquals(Outcome.REPLACED, code(stack, c, 3, MiCode.COMPLEX_REFLECTION));
        assertEquals(List.of(), codes(c, 2));
        assertEquals(List.of(MiCode.COMPLEX_REFLECTION), codes(c, 3));
        // a simple reflection is not added next to a complex one
        assertEquals(Outcome.KEPT_COMPLEX, code(stack, c, 2, MiCode.SIMPLE_REFLECTION));
        assertEquals(List.of(), codes(c, 2));

        // utterance 7 holds two questions: one question code
        assertEquals(Outcome.ADDED, code(stack, c, 7, MiCode.CLOSED_QUESTION));
        assertEquals(Outcome.REPLACED, code(stack, c, 7, MiCode.OPEN_QUESTION));
        assertEquals(List.of(MiCode.OPEN_QUESTION), codes(c, 7));
        // other codes share a volley
        assertEquals(Outcome.ADDED, code(stack, c, 11, MiCode.EMPHASIZING_AUTONOMY));
        assertEquals(Outcome.ADDED, code(stack, c, 11, MiCode.SEEKING_COLLABORATION));
        assertEquals(Outcome.ADDED, code(stack, c, 11, MiCode.QUESTION));
        assertEquals(3, codes(c, 11).size());
        // pressing the same key again removes the code
        assertEquals(Outcome.REMOVED, code(stack, c, 11, MiCode.QUESTION));
        assertEquals(2, codes(c, 11).size());

        // client language only on the client's utterances, one per utterance
        assertEquals(Outcome.WRONG_SPEAKER, code(stack, c, 1, MiCode.QUESTION));
        assertEquals(Outcome.WRONG_SPEAKER, code(stack, c, 2, MiCode.CHANGE_TALK));
        assertEquals(Outcome.ADDED, code(stack, c, 8, MiCode.NEUTRAL));
        assertEquals(Outcome.REPLACED, code(stack, c, 8, MiCode.CHANGE_TALK));
        assertEquals(List.of(MiCode.CHANGE_TALK), codes(c, 8));

        Annotation a = Annotations.humanCodes(c, CODER, MiMethod.METHOD_ID).get(0);
        assertEquals(AnnotationOrigin.MANUAL, a.getOrigin());
        assertEquals(MiMethod.METHOD_ID, a.getMethodId());

        // undo back to the start: nothing coded, and redo brings the last step back
        while (stack.canUndo()) {
            stack.undo();
        }
        assertTrue(c.getAnnotations().isEmpty(), c.getAnnotations().toString());
        stack.redo();
        assertEquals(List.of(MiCode.SIMPLE_REFLECTION), codes(c, 2));
    }

    @Test
    public void codersDoNotReplaceEachOther() {
        Conversation c = MiTestSupport.parse(MiTestSupport.WORK, null);
        MiCoding.plan(c, u(c, 2), MiCode.SIMPLE_REFLECTION, CODER).apply(c);
        MiCoding.Plan bert = MiCoding.plan(c, u(c, 3), MiCode.COMPLEX_REFLECTION, "bert");
        assertEquals(Outcome.ADDED, bert.outcome());
        bert.apply(c);
        assertEquals(List.of(MiCode.SIMPLE_REFLECTION), codes(c, 2));
        assertThrows(IllegalArgumentException.class, () -> MiCoding.plan(c, u(c, 2), MiCode.AFFIRM, " "));
    }

    @Test
    public void globalRatingsAreAnAssessmentWithChangeGoalAndSegmentAndSurviveTheStore(@TempDir Path dir)
            throws Exception {
        Conversation c = MiTestSupport.parse(MiTestSupport.WORK, "Betaald werk vinden binnen een half jaar");
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(MiRatings.setCommand(c, CODER, MiRatings.Rating.PARTNERSHIP, 4));
        stack.execute(MiRatings.setCommand(c, CODER, MiRatings.Rating.EMPATHY, 3));
        stack.execute(MiRatings.setCommand(c, CODER, MiRatings.Rating.CULTIVATING_CHANGE_TALK, 2));
        assertEquals(1, MiRatings.all(c).size(), "one assessment per assessor");
        MiAssessment a = MiRatings.find(c, CODER);
        assertEquals(4, a.getPartnership());
        assertEquals(0, a.getSofteningSustainTalk(), "not rated yet");
        assertEquals("Betaald werk vinden binnen een half jaar", a.getChangeGoal());
        assertSame(u(c, 0), a.getSegmentStart());
        assertSame(u(c, 12), a.getSegmentEnd());
        stack.undo();
        assertEquals(0, MiRatings.find(c, CODER).getCultivatingChangeTalk());
        stack.redo();
        assertThrows(IllegalArgumentException.class, () -> MiRatings.setCommand(c, CODER, MiRatings.Rating.EMPATHY, 6));
        MiCoding.plan(c, u(c, 3), MiCode.COMPLEX_REFLECTION, CODER).apply(c);

        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            store.saveClient(c.getTrajectory().getClient());
            store.saveConversation(c);
        }
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation loaded = store.loadConversation(c.getId());
            assertNotNull(loaded);
            MiAssessment back = MiRatings.find(loaded, CODER);
            assertNotNull(back, "the assessment is stored: " + loaded.getAssessments());
            assertEquals(4, back.getPartnership());
            assertEquals(3, back.getEmpathy());
            assertEquals(2, back.getCultivatingChangeTalk());
            assertEquals("Betaald werk vinden binnen een half jaar", back.getChangeGoal());
            assertNotNull(back.getSegmentStart(), "the segment keeps its utterances");
            assertSame(loaded.getUtterances().get(0), back.getSegmentStart());
            assertSame(loaded.getUtterances().get(12), back.getSegmentEnd());
            List<Annotation> codes = Annotations.humanCodes(loaded, CODER, MiMethod.METHOD_ID);
            assertEquals(1, codes.size());
            assertEquals(MiCode.COMPLEX_REFLECTION.guid(), codes.get(0).getCodeId());
            assertNull(MiRatings.find(loaded, "bert"));
            assertFalse(MiRatings.all(loaded).isEmpty());
        }
    }
}
