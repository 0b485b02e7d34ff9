// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.commands.ConversationCommands;
import nl.leefwereld.core.commands.Messages;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.Utterance;

/** The headless edits of a conversation on a real command stack: do, undo, redo, labels, and the suggestion rule. */
public class ConversationCommandsTest {

    private static final String ANALYZER = "m.analyzer";

    private static Conversation conversation() {
        return new TranscriptParser().parse("""
                # Titel: Kennismaking
                # Professional: Klantmanager
                Klantmanager: Hoe gaat het met je?
                Sanne: Goed, dank je.
                Klantmanager: Wat wil je vandaag bespreken?
                """).conversation();
    }

    private static AnnotationSuggestion suggest(Utterance u, String code) {
        return AnnotationSuggestion.whole(u, "m", code, "reden", 0.8);
    }

    private static long count(Conversation c, AnnotationOrigin origin) {
        return c.getAnnotations().stream().filter(a -> a.getOrigin() == origin).count();
    }

    @Test
    public void setTitleKindDateAndSpeakerUndoAndRedoWithTheirNames() {
        Conversation c = conversation();
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(ConversationCommands.setTitle(c, "Nieuwe titel"));
        assertEquals("Nieuwe titel", c.getTitle());
        assertEquals(Messages.Command_setTitle, stack.getUndoCommand().getLabel());
        assertTrue(stack.isSaveNeeded());
        stack.undo();
        assertEquals("Kennismaking", c.getTitle());
        stack.redo();
        assertEquals("Nieuwe titel", c.getTitle());

        stack.execute(ConversationCommands.setKind(c, ConversationKind.get(1)));
        assertEquals(ConversationKind.get(1), c.getKind());
        Date date = new Date(0);
        stack.execute(ConversationCommands.setDate(c, date));
        assertSame(date, c.getDate());
        Utterance first = c.getUtterances().get(0);
        var speaker = first.getSpeaker();
        stack.execute(ConversationCommands.setSpeaker(first, c.getUtterances().get(1).getSpeaker()));
        assertSame(c.getUtterances().get(1).getSpeaker(), first.getSpeaker());
        stack.undo();
        assertSame(speaker, first.getSpeaker());
    }

    @Test
    public void setChangeGoalChangesTheTrajectoryUndoesAndNeedsATrajectory() {
        Conversation c = conversation();
        assertNull(ConversationCommands.setChangeGoal(c, "Werk vinden"), "no trajectory, nothing to set");
        nl.leefwereld.model.Trajectory t = nl.leefwereld.model.ModelFactory.eINSTANCE.createTrajectory();
        t.getConversations().add(c);
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(ConversationCommands.setChangeGoal(c, "  Werk vinden, 20 uur  "));
        assertEquals("Werk vinden, 20 uur", t.getChangeGoal());
        assertEquals(Messages.Command_setChangeGoal, stack.getUndoCommand().getLabel());
        assertNull(ConversationCommands.setChangeGoal(c, "Werk vinden, 20 uur"), "unchanged");
        stack.execute(ConversationCommands.setChangeGoal(c, " "));
        assertNull(t.getChangeGoal(), "blank is absent");
        stack.undo();
        assertEquals("Werk vinden, 20 uur", t.getChangeGoal());
        stack.undo();
        assertNull(t.getChangeGoal());
    }

    @Test
    public void addRemoveAcceptAndRejectCodesIndividually() {
        Conversation c = conversation();
        BasicCommandStack stack = new BasicCommandStack();
        Annotation one = suggest(c.getUtterances().get(0), "open").toAnnotation(ANALYZER);
        Annotation two = suggest(c.getUtterances().get(2), "open").toAnnotation(ANALYZER);
        stack.execute(ConversationCommands.addAnnotation(c, one));
        stack.execute(ConversationCommands.addAnnotation(c, two));
        assertEquals(Messages.Command_addCode, stack.getUndoCommand().getLabel());
        assertEquals(2, count(c, AnnotationOrigin.SUGGESTED));

        stack.execute(ConversationCommands.acceptSuggestions(List.of(one), "anna"));
        assertEquals(AnnotationOrigin.ACCEPTED, one.getOrigin());
        assertEquals("anna", one.getCoder());
        assertEquals(AnnotationOrigin.SUGGESTED, two.getOrigin(), "only the chosen suggestion is accepted");
        assertNull(ConversationCommands.acceptSuggestions(List.of(one), "anna"), "an accepted code is no suggestion");

        stack.execute(ConversationCommands.rejectSuggestions(c, List.of(two)));
        assertEquals(List.of(one), c.getAnnotations());
        assertEquals(Messages.Command_rejectSuggestion, stack.getUndoCommand().getLabel());
        stack.undo();
        assertEquals(List.of(one, two), c.getAnnotations(), "undo puts it back in its place");
        stack.undo();
        assertEquals(AnnotationOrigin.SUGGESTED, one.getOrigin());
        assertEquals(ANALYZER, one.getCoder());

        Command removeBoth = ConversationCommands.removeAnnotations(c, List.of(one, two));
        stack.execute(removeBoth);
        assertTrue(c.getAnnotations().isEmpty());
        stack.undo();
        assertEquals(List.of(one, two), c.getAnnotations());
    }

    @Test
    public void applySuggestionsReplacesEarlierOnesSkipsAcceptedAndDoesNothingWhenUnchanged() {
        Conversation c = conversation();
        BasicCommandStack stack = new BasicCommandStack();
        Utterance first = c.getUtterances().get(0);
        Utterance third = c.getUtterances().get(2);
        Map<String, List<AnnotationSuggestion>> run = Map.of(ANALYZER, List.of(suggest(first, "open"), suggest(third, "open")));

        ConversationCommands.SuggestionsCommand apply = ConversationCommands.applySuggestions(c, run);
        assertNotNull(apply);
        stack.execute(apply);
        assertEquals(2, apply.added().size());
        assertEquals(2, count(c, AnnotationOrigin.SUGGESTED));

        // the same analysis again changes nothing: no command, the stack stays clean after a save
        stack.saveIsDone();
        assertNull(ConversationCommands.applySuggestions(c, run));
        assertFalse(stack.isSaveNeeded());

        // a person accepts one; running again does not suggest it a second time
        stack.execute(ConversationCommands.acceptSuggestions(List.of(c.getAnnotations().get(0)), "anna"));
        assertNull(ConversationCommands.applySuggestions(c, run),
                "the accepted one is not suggested again, the other is there already: nothing to store");
        assertEquals(1, count(c, AnnotationOrigin.ACCEPTED));
        assertEquals(1, count(c, AnnotationOrigin.SUGGESTED));
        assertSame(third, c.getAnnotations().stream().filter(a -> a.getOrigin() == AnnotationOrigin.SUGGESTED)
                .findFirst().orElseThrow().getUtterance());

        Map<String, List<AnnotationSuggestion>> more = Map.of(ANALYZER, List.of(suggest(first, "open"),
                suggest(third, "open"), suggest(third, "closed")));
        ConversationCommands.SuggestionsCommand again = ConversationCommands.applySuggestions(c, more);
        assertNotNull(again, "a new suggestion is stored");
        stack.execute(again);
        assertEquals(2, again.added().size(), "the accepted code is not added again");
        assertEquals(2, count(c, AnnotationOrigin.SUGGESTED));
        stack.undo();

        // suggestions of a copy of the conversation land on this conversation's utterances, matched by id
        Conversation copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(c);
        ConversationCommands.SuggestionsCommand fromCopy = ConversationCommands.applySuggestions(c,
                Map.of("other", List.of(suggest(copy.getUtterances().get(1), "x"))));
        stack.execute(fromCopy);
        assertSame(c.getUtterances().get(1), fromCopy.added().get(0).getUtterance());
        stack.undo();
        assertEquals(2, c.getAnnotations().size());
    }
}
