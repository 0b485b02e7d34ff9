// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.method.relation.RelationAnalyzer;
import nl.leefwereld.method.relation.RelationAssessor;
import nl.leefwereld.method.relation.RelationMethod;
import nl.leefwereld.method.relation.RelationTypes;
import nl.leefwereld.method.relation.model.Answer;
import nl.leefwereld.method.relation.model.Question;
import nl.leefwereld.method.relation.model.QuestionAnswer;
import nl.leefwereld.method.relation.model.RelationAssessment;
import nl.leefwereld.method.relation.model.RelationType;
import nl.leefwereld.method.relation.model.SessionFeedback;
import nl.leefwereld.method.relation.model.SolutionTool;
import nl.leefwereld.method.relation.model.TaskKind;
import nl.leefwereld.method.relation.model.ToolKind;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;

/** Each type on a realistic Dutch conversation; the warning when work does not fit the type. */
public class ConversationTypesTest {

    private static RelationAssessment assess(String transcript) {
        return RelationAssessor.assess(Transcripts.parse(transcript), "test", new NullProgressMonitor());
    }

    private static AnalysisResult analyze(Conversation c) {
        return new MethodRegistry(RegistryFactory.getRegistry()).analyzer(RelationMethod.ANALYZER_MARKERS).create()
                .analyze(c, new NullProgressMonitor());
    }

    private static String text(QuestionAnswer qa, int i) {
        return qa.getEvidence().get(i).getText();
    }

    @Test
    public void aClientSentByHisGirlfriendIsAVisitor() {
        RelationAssessment a = assess(Transcripts.RICARDO_1_BEZOEKER);
        assertEquals(RelationType.VISITOR, a.getDerivedType());
        QuestionAnswer problem = RelationTypes.questionAnswer(a, Question.PROBLEM);
        assertEquals(Answer.NO, problem.getAnswer());
        assertTrue(text(problem, 0).startsWith("Het gaat prima met mij"), text(problem, 0));
        assertTrue(problem.getReason().contains("het niet nodig"), problem.getReason());
        QuestionAnswer help = RelationTypes.questionAnswer(a, Question.HELP_REQUEST);
        assertEquals(Answer.NO, help.getAnswer());
        assertEquals(1, help.getEvidence().size(), "both markers are in one utterance");
        assertTrue(help.getReason().contains("ik ben hier omdat ik moet") || help.getReason().contains("Ik ben hier omdat ik moet"),
                help.getReason());
        assertEquals(Answer.NO, RelationTypes.answer(a, Question.SHARE_IN_SOLUTION));
        assertTrue(a.getTools().stream().anyMatch(t -> t.getKind() == ToolKind.COMPLIMENT));

        AnalysisResult r = analyze(Transcripts.parse(Transcripts.RICARDO_1_BEZOEKER));
        assertTrue(r.findings().stream().noneMatch(f -> f.severity() == Finding.Severity.WARNING),
                "no tasks pushed: " + r.findings());
    }

    @Test
    public void aClientWhoBlamesOthersIsAComplainant() {
        RelationAssessment a = assess(Transcripts.FATMA_KLAGER);
        assertEquals(RelationType.COMPLAINANT, a.getDerivedType());
        assertEquals(Answer.YES, RelationTypes.answer(a, Question.PROBLEM));
        assertEquals(Answer.YES, RelationTypes.answer(a, Question.HELP_REQUEST));
        QuestionAnswer share = RelationTypes.questionAnswer(a, Question.SHARE_IN_SOLUTION);
        assertEquals(Answer.NO, share.getAnswer());
        assertTrue(text(share, 0).contains("Zij moeten gewoon ophouden"), text(share, 0));
        List<ToolKind> tools = a.getTools().stream().map(SolutionTool::getKind).toList();
        assertTrue(tools.containsAll(List.of(ToolKind.COPING_QUESTION, ToolKind.EXCEPTION_QUESTION, ToolKind.COMPLIMENT)),
                tools.toString());
        assertNotNull(a.getFeedback());
        assertEquals(TaskKind.OBSERVATION, a.getFeedback().getTaskKind(), "an observation task fits a complainant");
        assertTrue(a.getFeedback().getCompliment().startsWith("Wat goed dat u"));
    }

    @Test
    public void aClientWithHisOwnShareIsACustomerAndAnswersTheScalingQuestion() {
        RelationAssessment a = assess(Transcripts.MEHMET_KLANT);
        assertEquals(RelationType.CUSTOMER, a.getDerivedType());
        for (Question q : Question.VALUES) {
            assertEquals(Answer.YES, RelationTypes.answer(a, q), q.getLiteral());
        }
        SolutionTool scaling = a.getTools().stream().filter(t -> t.getKind() == ToolKind.SCALING_QUESTION).findFirst()
                .orElseThrow();
        assertEquals(Integer.valueOf(4), scaling.getScale());
        assertEquals("Vier.", scaling.getClientAnswer().getText());
        assertTrue(a.getTools().stream().anyMatch(t -> t.getKind() == ToolKind.MIRACLE_QUESTION));
        assertEquals(RelationType.CUSTOMER, RelationTypes.effective(a));
        a.setOverridden(true);
        a.setOverrideType(RelationType.COMPLAINANT);
        assertEquals(RelationType.COMPLAINANT, RelationTypes.effective(a), "the professional's override counts");
    }

    @Test
    public void theSessionEndFeedbackIsSplitIntoComplimentBridgeAndTask() {
        RelationAssessment a = assess(Transcripts.SANNE_KLANT_AFSLUITING);
        assertEquals(RelationType.CUSTOMER, a.getDerivedType());
        SessionFeedback fb = a.getFeedback();
        assertNotNull(fb);
        assertEquals("Knap dat u zelf de verhuurder hebt gebeld.", fb.getCompliment());
        assertEquals("Omdat u graag in dit huis wilt blijven wonen", fb.getBridge());
        assertEquals("stel ik voor dat u deze week de eerste termijn van de regeling betaalt.", fb.getTask());
        assertEquals(TaskKind.ACTION, fb.getTaskKind());
        assertTrue(RelationAnalyzer.workFit(RelationType.CUSTOMER, List.of(), fb).isEmpty(), "an action task fits a customer");
    }

    @Test
    public void aRecordedTaskThatAsksMoreThanTheTypeFitsIsFlagged() {
        RelationAssessment a = assess(Transcripts.FATMA_KLAGER);
        assertEquals(RelationType.COMPLAINANT, a.getDerivedType());
        SessionFeedback fb = a.getFeedback();
        assertTrue(RelationAnalyzer.workFit(RelationType.COMPLAINANT, List.of(), fb).isEmpty(), "observation fits");
        fb.setTaskKind(TaskKind.ACTION);
        List<Finding> fit = RelationAnalyzer.workFit(RelationType.COMPLAINANT, List.of(), fb);
        assertEquals(1, fit.size(), fit.toString());
        assertEquals(Finding.Severity.WARNING, fit.get(0).severity());
        assertTrue(fit.get(0).reason().contains(fb.getTask()), fit.get(0).reason());
        assertEquals(1, RelationAnalyzer.workFit(RelationType.VISITOR, List.of(), fb).stream()
                .filter(f -> f.severity() == Finding.Severity.WARNING).count(), "a visitor gets no task at all");
        assertTrue(RelationAnalyzer.workFit(RelationType.VISITOR, List.of(), fb).stream()
                .noneMatch(f -> f.message().equals(nl.leefwereld.method.relation.Messages.Fit_visitorNoCompliment)),
                "the recorded compliment counts, even in words the markers do not know");
    }

    @Test
    public void pushingActionTasksOnAVisitorGivesAWarningWithTheUtterances() {
        Conversation c = Transcripts.parse(Transcripts.JANSEN_BEZOEKER_GEDUWD);
        AnalysisResult r = analyze(c);
        Finding type = r.findings().stream().filter(f -> f.severity() == Finding.Severity.INFO
                && f.message().contains(RelationTypes.label(RelationType.VISITOR))).findFirst().orElseThrow();
        assertFalse(type.utteranceIds().isEmpty(), "the type finding points at the client's words");
        List<Finding> warnings = r.findings().stream().filter(f -> f.severity() == Finding.Severity.WARNING).toList();
        assertEquals(1, warnings.size(), r.findings().toString());
        Finding w = warnings.get(0);
        List<Utterance> u = c.getUtterances();
        assertEquals(List.of(u.get(2).getId(), u.get(4).getId(), u.get(6).getId()), w.utteranceIds());
        assertTrue(w.reason().contains("U moet") || w.reason().contains("u moet"), w.reason());
        assertTrue(w.reason().toLowerCase().contains("stel voor dat u"), w.reason());
        assertTrue(w.reason().contains("Volgende week levert u"), w.reason());
        // no compliment either
        assertTrue(r.findings().stream().anyMatch(f -> f.utteranceIds().isEmpty() && f.severity() == Finding.Severity.INFO));

        // the same tasks for a customer fit: no warning
        AnalysisResult klant = analyze(Transcripts.parse(Transcripts.RICARDO_3_KLANT));
        assertTrue(klant.findings().stream().noneMatch(f -> f.severity() == Finding.Severity.WARNING), klant.findings().toString());
    }

    @Test
    public void suggestionsCarryTheirWordsAndStaySuggestions() {
        Conversation c = Transcripts.parse(Transcripts.RICARDO_2_KLAGER);
        AnalysisResult r = analyze(c);
        AnnotationSuggestion scaleAnswer = r.suggestions().stream()
                .filter(s -> s.codeId().equals(RelationMethod.CODE_SCALING_ANSWER)).findFirst().orElseThrow();
        assertEquals("Een drie, denk ik.", scaleAnswer.utterance().getText());
        assertEquals("drie", scaleAnswer.utterance().getText().substring(scaleAnswer.spanStart(), scaleAnswer.spanEnd()));
        for (AnnotationSuggestion s : r.suggestions()) {
            String span = s.utterance().getText().substring(s.spanStart(), s.spanEnd());
            assertTrue(s.reason().contains(span.strip()), s.reason() + " / " + span);
        }
        assertTrue(r.suggestions().stream().anyMatch(s -> s.codeId().equals(RelationMethod.CODE_SHARE_NO)
                && s.reason().contains("ik kan er niks aan doen")), r.suggestions().toString());
        assertEquals(AnnotationOrigin.SUGGESTED, r.suggestions().get(0).toAnnotation("x").getOrigin());
        assertNull(Assessments.latest(c, RelationAssessment.class), "the analyzer never changes the conversation");
        assertEquals(RelationType.COMPLAINANT, RelationAssessor.assess(c, "t", null).getDerivedType());
    }
}
