// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.method.relation.RelationAssessor;
import nl.leefwereld.method.relation.RelationTypes;
import nl.leefwereld.method.relation.commands.Messages;
import nl.leefwereld.method.relation.commands.RelationCommands;
import nl.leefwereld.method.relation.model.Answer;
import nl.leefwereld.method.relation.model.Question;
import nl.leefwereld.method.relation.model.RelationAssessment;
import nl.leefwereld.method.relation.model.RelationType;
import nl.leefwereld.method.relation.model.TaskKind;
import nl.leefwereld.model.Conversation;

/** The relationship assessment's edits on a command stack: the proposal is kept with the first change; undo. */
public class RelationCommandsTest {

    @Test
    public void firstChangeKeepsTheProposalAnswersDeriveTheTypeOverrideNeedsAReason() {
        Conversation c = new TranscriptParser().parse("""
                # Professional: Klantmanager
                Klantmanager: Wat brengt u hier?
                Jan: Ik moest komen van de gemeente.
                """).conversation();
        RelationAssessment proposal = RelationAssessor.assess(c, "anna", new NullProgressMonitor());
        assertFalse(c.getAssessments().contains(proposal));
        BasicCommandStack stack = new BasicCommandStack();

        stack.execute(RelationCommands.setAnswer(c, proposal, Question.PROBLEM, Answer.YES, "anna"));
        assertTrue(c.getAssessments().contains(proposal), "the proposal is kept with the first change");
        assertEquals(Answer.YES, RelationTypes.answer(proposal, Question.PROBLEM));
        assertEquals(Messages.Command_answer, stack.getUndoCommand().getLabel());
        assertNull(RelationCommands.keep(c, proposal), "kept already");

        assertNull(RelationCommands.override(c, proposal, RelationType.CUSTOMER, " ", "anna"), "no reason, no override");
        stack.execute(RelationCommands.override(c, proposal, RelationType.CUSTOMER, "zij wil zelf aan de slag", "anna"));
        assertNull(RelationCommands.override(c, proposal, RelationType.CUSTOMER, "zij wil zelf aan de slag ", "anna"),
                "the same override again changes nothing");
        assertEquals(RelationType.CUSTOMER, RelationTypes.effective(proposal));
        stack.execute(RelationCommands.setFeedback(c, proposal, "Goed dat u kwam", " ", "Let op wat goed gaat", TaskKind.get(0)));
        assertEquals("Goed dat u kwam", proposal.getFeedback().getCompliment());
        assertNull(proposal.getFeedback().getBridge(), "blank is absent");

        stack.undo();
        assertNull(proposal.getFeedback());
        stack.undo();
        assertFalse(proposal.isOverridden());
        stack.undo();
        assertFalse(c.getAssessments().contains(proposal), "undo takes the kept proposal out again");
    }

    @Test
    public void theScalingAnswerIsSetOnTheLastScalingQuestionOrAddsOne() {
        Conversation c = new TranscriptParser().parse("""
                # Professional: Klantmanager
                Klantmanager: Wat brengt u hier?
                Jan: Ik moest komen van de gemeente.
                """).conversation();
        RelationAssessment proposal = RelationAssessor.assess(c, "anna", new NullProgressMonitor());
        assertNull(RelationCommands.scale(proposal), "no scaling question in the words");
        assertNull(RelationCommands.setScale(c, proposal, null), "not asked, and it was not");
        BasicCommandStack stack = new BasicCommandStack();

        stack.execute(RelationCommands.setScale(c, proposal, 3));
        assertTrue(c.getAssessments().contains(proposal), "the proposal is kept with the answer");
        assertEquals(Integer.valueOf(3), RelationCommands.scale(proposal));
        assertEquals(Messages.Command_scale, stack.getUndoCommand().getLabel());
        assertEquals(1, proposal.getTools().size(), "one scaling question added");
        stack.execute(RelationCommands.setScale(c, proposal, 6));
        assertEquals(1, proposal.getTools().size(), "the same question gets the new answer");
        assertEquals(Integer.valueOf(6), RelationCommands.scale(proposal));
        assertNull(RelationCommands.setScale(c, proposal, 6));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RelationCommands.setScale(c, proposal, -1));

        stack.undo();
        assertEquals(Integer.valueOf(3), RelationCommands.scale(proposal));
        stack.undo();
        assertTrue(proposal.getTools().isEmpty());
        assertFalse(c.getAssessments().contains(proposal));
    }
}
