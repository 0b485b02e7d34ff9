// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.method.stress.OpeningAnalyzer;
import nl.leefwereld.method.stress.OpeningCheck;
import nl.leefwereld.method.stress.StressMethod;
import nl.leefwereld.method.stress.WelcomeGuide;
import nl.leefwereld.method.stress.WelcomeGuide.Step;
import nl.leefwereld.method.stress.WelcomeGuide.StepCheck;
import nl.leefwereld.method.stress.WelcomeGuideAnalyzer;
import nl.leefwereld.model.Conversation;

/** The welkomstgesprek guide and the opening check on a good welcome and a system-first intake. */
public class WelcomeGuideTest {

    @Test
    public void aWelcomeConversationDoesAllStepsInOrderAndEachNamesItsUtterance() {
        Conversation c = Conversations.parse(Conversations.WELCOME);
        List<StepCheck> steps = WelcomeGuide.check(c);
        assertEquals(List.of(Step.values()), steps.stream().map(StepCheck::step).toList());
        int[] expectedIndex = { 0, 2, 6, 8, 10, 14 };
        for (StepCheck s : steps) {
            assertTrue(s.done(), s.step() + " not found");
            assertTrue(s.inOrder(), s.step() + " out of order");
            assertEquals(expectedIndex[s.step().ordinal()], s.index(), s.step() + ": " + s.utterance().getText());
            assertEquals(s.utterance(), c.getUtterances().get(s.index()));
            assertTrue(s.utterance().getText().toLowerCase().contains(s.trigger().toLowerCase()), s.trigger());
        }
        assertEquals("Hoe is het voor u om", steps.get(1).trigger());
        assertEquals("inkomen", steps.get(4).trigger());
        assertTrue(WelcomeGuide.opening().startsWith("Welkom, goed dat u er bent."));

        OpeningCheck.Result opening = OpeningCheck.check(c);
        assertEquals(OpeningCheck.Verdict.CONNECTED_FIRST, opening.verdict());
        assertEquals(2, opening.firstConnection().index());
        assertEquals(List.of(10, 12), opening.systemQuestions().stream().map(OpeningCheck.Hit::index).toList());
        assertTrue(opening.systemQuestionsBeforeConnection().isEmpty());

        AnalysisResult r = new WelcomeGuideAnalyzer().analyze(c, new NullProgressMonitor());
        assertTrue(r.findings().stream().noneMatch(f -> f.severity() != Finding.Severity.INFO), r.findings().toString());
        assertTrue(r.findings().get(r.findings().size() - 1).message().contains("6"), r.findings().toString());
    }

    @Test
    public void aSystemFirstIntakeGetsAFindingWithTheUtterances() {
        Conversation c = Conversations.parse(Conversations.INTAKE);
        OpeningCheck.Result opening = OpeningCheck.check(c);
        assertEquals(OpeningCheck.Verdict.SYSTEM_FIRST, opening.verdict());
        assertEquals(List.of(2, 4), opening.systemQuestionsBeforeConnection().stream().map(OpeningCheck.Hit::index).toList());
        assertEquals("legitimatie", opening.firstSystemQuestion().trigger());
        assertEquals(8, opening.firstConnection().index(), "Ik kan me voorstellen ... comes late");
        assertEquals(List.of(0), opening.smallTalk().stream().map(OpeningCheck.Hit::index).toList(),
                "\"Kon u het een beetje vinden?\" is small talk, no connection");

        AnalysisResult r = new OpeningAnalyzer().analyze(c, new NullProgressMonitor());
        assertEquals(1, r.findings().size());
        Finding f = r.findings().get(0);
        assertEquals(Finding.Severity.WARNING, f.severity());
        assertEquals(c.getId(), f.conversationId());
        assertEquals(List.of(c.getUtterances().get(2).getId(), c.getUtterances().get(4).getId(), c.getUtterances().get(8).getId()),
                f.utteranceIds());
        assertTrue(f.reason().contains("legitimatie") && f.reason().contains("Kon u het een beetje vinden"), f.reason());
        assertTrue(r.suggestions().stream().anyMatch(s -> s.codeId().equals(StressMethod.CODE_SYSTEM_QUESTION)
                && s.utteranceId().equals(c.getUtterances().get(2).getId())));
        assertTrue(r.suggestions().stream().map(AnnotationSuggestion::reason).allMatch(reason -> !reason.isBlank()));

        List<StepCheck> steps = WelcomeGuide.check(c);
        assertFalse(steps.get(Step.WELCOME.ordinal()).done(), "Goedemorgen is a greeting, not a welcome");
        assertFalse(steps.get(Step.ASK_EXPERIENCE.ordinal()).done());
        assertFalse(steps.get(Step.EXPLAIN_TODAY.ordinal()).done());
        assertFalse(steps.get(Step.ASK_NEED.ordinal()).done());
        assertNull(steps.get(Step.ASK_NEED.ordinal()).utterance());
        assertEquals(2, steps.get(Step.SYSTEM_QUESTIONS.ordinal()).index());
        assertEquals(10, steps.get(Step.NEXT_STEP.ordinal()).index());

        AnalysisResult g = new WelcomeGuideAnalyzer().analyze(c, new NullProgressMonitor());
        assertEquals(4, g.findings().stream().filter(x -> x.severity() == Finding.Severity.WARNING).count(),
                "four steps missing in an intake: " + g.findings());
    }

    @Test
    public void systemQuestionsBeforeTheNeedAreOutOfOrder() {
        Conversation c = Conversations.parse("""
                # Professional: Consulent
                Consulent: Welkom, fijn dat u er bent. Hoe is het voor u om hier te zijn?
                Mieke: Lastig.
                Consulent: Wat is uw BSN?
                Mieke: 123456782.
                Consulent: En wat heeft u nu het meest nodig?
                Mieke: Rust.
                """);
        List<StepCheck> steps = WelcomeGuide.check(c);
        assertTrue(steps.get(Step.ASK_NEED.ordinal()).done());
        assertTrue(steps.get(Step.ASK_NEED.ordinal()).inOrder());
        assertTrue(steps.get(Step.SYSTEM_QUESTIONS.ordinal()).index() < steps.get(Step.ASK_NEED.ordinal()).index());
        assertFalse(steps.get(Step.SYSTEM_QUESTIONS.ordinal()).inOrder(), "an earlier step (the need) was done only after it");
    }
}
