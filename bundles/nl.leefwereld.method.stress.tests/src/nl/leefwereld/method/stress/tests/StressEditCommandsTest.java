// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.method.stress.StressMethod;
import nl.leefwereld.method.stress.commands.Messages;
import nl.leefwereld.method.stress.commands.StressCommands;
import nl.leefwereld.method.stress.commands.StressCommands.Check;
import nl.leefwereld.method.stress.model.ScarcityDomain;
import nl.leefwereld.method.stress.model.StressAssessment;
import nl.leefwereld.method.stress.model.StressSignal;
import nl.leefwereld.model.Conversation;

/** The stress check's edits on a command stack: the first adds an assessment, later ones change it; names; undo. */
public class StressEditCommandsTest {

    private static Conversation conversation() {
        return new TranscriptParser().parse("""
                # Professional: Klantmanager
                Klantmanager: Hoe gaat het met u?
                Ayşe: Ik slaap slecht sinds de brief.
                """).conversation();
    }

    @Test
    public void theFirstCheckAddsAnAssessmentLaterOnesChangeItAndUndoRestores() {
        Conversation c = conversation();
        BasicCommandStack stack = new BasicCommandStack();
        assertNull(Assessments.latest(c, StressAssessment.class));

        stack.execute(StressCommands.record(c, new Check(List.of(StressSignal.TIRED, StressSignal.SLEEPLESS),
                List.of(ScarcityDomain.MONEY), null, "  moe, kijkt weg  "), "anna"));
        StressAssessment a = Assessments.latest(c, StressAssessment.class);
        assertEquals(List.of(StressSignal.TIRED, StressSignal.SLEEPLESS), a.getSignals());
        assertEquals(List.of(ScarcityDomain.MONEY), a.getDomains());
        assertNull(a.getClientScore(), "the scaling question was not asked");
        assertEquals("moe, kijkt weg", a.getObservation());
        assertEquals("anna", a.getAssessor());
        assertEquals(StressMethod.METHOD_ID, a.getMethodId());
        assertEquals(Messages.Command_record, stack.getUndoCommand().getLabel());

        stack.execute(StressCommands.setClientScore(c, 7, "anna"));
        assertEquals(1, c.getAssessments().size(), "the same assessment is changed");
        assertEquals(Integer.valueOf(7), a.getClientScore());
        assertEquals(Messages.Command_clientScore, stack.getUndoCommand().getLabel());
        assertNull(StressCommands.setClientScore(c, 7, "anna"), "nothing changes");
        assertThrows(IllegalArgumentException.class, () -> StressCommands.setClientScore(c, 11, "anna"));

        stack.execute(StressCommands.setObservation(c, "moe, kijkt weg, vergeet de afspraak", "anna"));
        assertEquals(Messages.Command_observation, stack.getUndoCommand().getLabel());
        assertNull(StressCommands.setObservation(c, "moe, kijkt weg, vergeet de afspraak ", "anna"), "trailing space");

        stack.execute(StressCommands.record(c, new Check(List.of(StressSignal.RESTLESS), List.of(),
                Integer.valueOf(7), "moe, kijkt weg, vergeet de afspraak"), "anna"));
        assertEquals(List.of(StressSignal.RESTLESS), a.getSignals());
        assertTrue(a.getDomains().isEmpty());
        assertEquals(Messages.Command_record, stack.getUndoCommand().getLabel());

        stack.undo();
        assertEquals(List.of(StressSignal.TIRED, StressSignal.SLEEPLESS), a.getSignals(), "undo restores the signals");
        assertEquals(List.of(ScarcityDomain.MONEY), a.getDomains());
        stack.undo();
        assertEquals("moe, kijkt weg", a.getObservation());
        stack.undo();
        assertNull(a.getClientScore());
        stack.undo();
        assertTrue(c.getAssessments().isEmpty(), "undo takes the new assessment out again");
    }
}
