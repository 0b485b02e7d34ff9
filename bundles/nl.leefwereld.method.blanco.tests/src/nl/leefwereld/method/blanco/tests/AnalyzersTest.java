// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.AnalyzerDescriptor;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.method.blanco.BlancoMethod;
import nl.leefwereld.method.blanco.Notebooks;
import nl.leefwereld.method.blanco.PhaseCheckAnalyzer;
import nl.leefwereld.method.blanco.model.ListeningNotebook;
import nl.leefwereld.method.blanco.model.NotebookEntry;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

/** The method and its analyzers as the platform sees them, on realistic Dutch conversations. */
public class AnalyzersTest {

    private final MethodRegistry registry = new MethodRegistry(RegistryFactory.getRegistry());

    private AnalysisResult run(String analyzerId, Conversation c) {
        AnalyzerDescriptor d = registry.analyzer(analyzerId);
        assertNotNull(d, analyzerId);
        return d.create().analyze(c, new NullProgressMonitor());
    }

    @Test
    public void theMethodItsCodebookAndAnalyzersAreRegistered() throws Exception {
        assertTrue(registry.problems().isEmpty(), registry.problems().toString());
        MethodDescriptor m = registry.method(BlancoMethod.METHOD_ID);
        assertNotNull(m, "installed: " + registry.methodIds());
        assertTrue(m.source().contains("Verkooijen"), m.source());
        List<String> codes = m.loadCodebook().getCodes().stream().map(Code::getId).toList();
        assertEquals(List.of(BlancoMethod.CODE_JUDGMENT, BlancoMethod.CODE_EARLY_OPINION_QUESTION, BlancoMethod.CODE_FACT), codes);
        assertEquals(List.of(BlancoMethod.ANALYZER_JUDGMENTS, BlancoMethod.ANALYZER_PHASE),
                m.analyzers().stream().map(AnalyzerDescriptor::id).toList());
    }

    @Test
    public void judgmentLanguageOfTheProfessionalIsSuggestedWithItsWords() {
        Conversation c = BlancoTestData.parse(BlancoTestData.EARLY_OPINION);
        AnalysisResult result = run(BlancoMethod.ANALYZER_JUDGMENTS, c);
        List<AnnotationSuggestion> s = result.suggestions();
        assertEquals(1, s.size(), s.toString());
        AnnotationSuggestion judgment = s.get(0);
        Utterance u = c.getUtterances().get(8);
        assertEquals(u.getId(), judgment.utteranceId());
        assertEquals(ParticipantRole.PROFESSIONAL, u.getSpeaker().getRole());
        assertEquals(BlancoMethod.CODE_JUDGMENT, judgment.codeId());
        assertTrue(judgment.reason().contains("'dus'") && judgment.reason().contains("'gemotiveerd'")
                && judgment.reason().contains("'altijd'"), judgment.reason());
        // The client's "nooit" (utterance 1) is not the professional's judgment; the opinion questions are not either.
        assertTrue(s.stream().noneMatch(x -> x.utteranceId().equals(c.getUtterances().get(1).getId())));
        assertEquals(AnnotationOrigin.SUGGESTED, judgment.addTo(BlancoMethod.ANALYZER_JUDGMENTS).getOrigin());
        Finding summary = result.findings().get(result.findings().size() - 1);
        assertTrue(summary.message().startsWith("1 "), summary.message());
    }

    @Test
    public void judgmentsInNotesAndInFactEntriesAreReported() {
        Conversation c = BlancoTestData.parse(BlancoTestData.BLANCO);
        Note note = ModelFactory.eINSTANCE.createNote();
        note.setId("n1");
        note.setText("Meneer woont sinds 2021 in Deventer. Hij is waarschijnlijk eenzaam.");
        c.getNotes().add(note);
        ListeningNotebook notebook = Notebooks.create("Huisbezoek", "consulent", null);
        NotebookEntry keptAsFact = Notebooks.entries("Meneer heeft zijn post op orde.", null).get(0);
        NotebookEntry wrongly = Notebooks.entries("Meneer is een zielige man.", null).get(0);
        Notebooks.bringBack(wrongly, null);
        wrongly.setKind(nl.leefwereld.method.blanco.model.EntryKind.FACT);
        notebook.getEntries().add(keptAsFact);
        notebook.getEntries().add(wrongly);
        c.getAssessments().add(notebook);

        List<Finding> findings = run(BlancoMethod.ANALYZER_JUDGMENTS, c).findings();
        List<String> messages = findings.stream().map(Finding::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("Hij is waarschijnlijk eenzaam.")), messages.toString());
        assertTrue(messages.stream().noneMatch(m -> m.contains("woont sinds 2021")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("zielige man")), messages.toString());
        assertTrue(messages.stream().noneMatch(m -> m.contains("post op orde")), messages.toString());
    }

    @Test
    public void anOpinionQuestionBeforeTheFilmHasFiveFactsIsAFindingWithItsUtterance() {
        Conversation c = BlancoTestData.parse(BlancoTestData.EARLY_OPINION);
        AnalysisResult result = run(BlancoMethod.ANALYZER_PHASE, c);
        Utterance question = c.getUtterances().get(6);
        assertEquals(2, result.findings().size(), result.findings().toString());
        for (Finding f : result.findings()) {
            assertEquals(Finding.Severity.WARNING, f.severity());
            assertEquals(List.of(question.getId()), f.utteranceIds());
            // 3: "Ik ben hier nog nooit geweest." is the client's own experience, a fact of the film (issue 23)
            assertTrue(f.reason().contains(" 3 ") && f.reason().contains("5"), f.reason());
        }
        assertTrue(result.findings().get(0).reason().contains("'Wat vindt u'"), result.findings().get(0).reason());
        assertTrue(result.findings().get(1).reason().contains("'Hoe beoordeelt u'"));
        assertEquals(2, result.suggestions().size());
        assertEquals("Wat vindt u zelf van uw situatie?", question.getText().substring(
                result.suggestions().get(0).spanStart(), result.suggestions().get(0).spanEnd()));
        assertEquals(BlancoMethod.CODE_EARLY_OPINION_QUESTION, result.suggestions().get(0).codeId());
    }

    @Test
    public void anOpinionQuestionAfterTheFilmIsFine() {
        Conversation c = BlancoTestData.parse(BlancoTestData.BLANCO);
        AnalysisResult result = run(BlancoMethod.ANALYZER_PHASE, c);
        assertTrue(result.suggestions().isEmpty(), result.suggestions().toString());
        assertEquals(1, result.findings().size());
        assertEquals(Finding.Severity.INFO, result.findings().get(0).severity());
        // With a stricter threshold the same question comes too early.
        AnalysisResult strict = new PhaseCheckAnalyzer(9).analyze(c, null);
        assertEquals(1, strict.suggestions().size(), strict.findings().toString());
        assertFalse(new PhaseCheckAnalyzer().isFactual(c.getUtterances().stream()
                .filter(u -> u.getText().startsWith("Het gaat beter")).findFirst().orElseThrow()),
                "'lastig' makes the client's last answer his judgment, not a film fact");
    }
}
