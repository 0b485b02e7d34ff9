// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.AnalyzerDescriptor;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.method.example.ExampleMethod;
import nl.leefwereld.method.example.OpenQuestionAnalyzer;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Codebook;
import nl.leefwereld.model.Conversation;

/** The example method as the platform sees it: through the extension registry, on a parsed transcript. */
public class ExampleMethodTest {

    private static final String TRANSCRIPT = """
            # Professional: Klantmanager
            [00:00:03] Klantmanager: Fijn je weer te zien, Sanne. Hoe gaat het sinds de vorige keer?
            [00:00:10] Sanne: Beter. Wat moet ik nu doen?
            [00:00:19] Klantmanager: Heb je de brief gekregen?
            [00:00:24] Sanne: Ja.
            [00:00:29] Klantmanager: Goed. En wat maakte dat je toch bent gekomen?
            """;

    @Test
    public void theMethodAndItsCodebookAreFoundThroughTheRegistry() throws Exception {
        MethodRegistry registry = new MethodRegistry(RegistryFactory.getRegistry());
        assertTrue(registry.problems().isEmpty(), registry.problems().toString());
        MethodDescriptor m = registry.method(ExampleMethod.METHOD_ID);
        assertNotNull(m, "installed: " + registry.methodIds());
        assertEquals("nl.leefwereld.method.example", m.contributor());
        assertTrue(m.source().contains("Miller"), m.source());
        assertFalse(m.name().isBlank());
        assertNotNull(m.iconUrl(), "the icon is in the bundle");

        Codebook codebook = m.loadCodebook();
        assertEquals(ExampleMethod.METHOD_ID, codebook.getMethodId());
        assertEquals(List.of("Open vraag", "Gesloten vraag", "Reflectie"),
                codebook.getCodes().stream().map(Code::getLabel).toList());
        Code open = codebook.getCodes().get(0);
        assertEquals(ExampleMethod.CODE_OPEN_QUESTION, open.getId(), "the analyzer's code id is the guid in the .qdc");
        assertEquals("#2E7D32", open.getColour());
        assertTrue(open.getDescription().contains("cliënt"), "UTF-8 survives: " + open.getDescription());

        assertEquals(List.of(ExampleMethod.ANALYZER_OPEN_QUESTIONS), m.analyzers().stream().map(AnalyzerDescriptor::id).toList());
        AnalyzerDescriptor d = registry.analyzer(ExampleMethod.ANALYZER_OPEN_QUESTIONS);
        assertEquals(AnalyzerDescriptor.Scope.CONVERSATION, d.scope());
        assertTrue(d.create() instanceof OpenQuestionAnalyzer);
    }

    @Test
    public void theAnalyzerSuggestsOpenQuestionsOfTheProfessionalOnly() {
        TranscriptParseResult parse = new TranscriptParser().parse(TRANSCRIPT);
        assertFalse(parse.hasProblems(), parse.problems().toString());
        Conversation c = parse.conversation();

        AnalyzerDescriptor d = new MethodRegistry(RegistryFactory.getRegistry()).analyzer(ExampleMethod.ANALYZER_OPEN_QUESTIONS);
        AnalysisResult result = d.create().analyze(c, new NullProgressMonitor());

        List<AnnotationSuggestion> s = result.suggestions();
        assertEquals(2, s.size(), s.toString());
        String first = c.getUtterances().get(0).getText();
        assertEquals("Hoe gaat het sinds de vorige keer?", first.substring(s.get(0).spanStart(), s.get(0).spanEnd()));
        assertEquals(c.getUtterances().get(4).getId(), s.get(1).utteranceId());
        assertEquals("En wat maakte dat je toch bent gekomen?",
                c.getUtterances().get(4).getText().substring(s.get(1).spanStart(), s.get(1).spanEnd()));
        for (AnnotationSuggestion suggestion : s) {
            assertEquals(ExampleMethod.CODE_OPEN_QUESTION, suggestion.codeId());
            assertTrue(suggestion.reason().contains("'hoe'") || suggestion.reason().contains("'wat'"), suggestion.reason());
        }

        assertEquals(1, result.findings().size());
        Finding f = result.findings().get(0);
        assertEquals(Finding.Severity.INFO, f.severity());
        assertTrue(f.message().startsWith("2 "), f.message());
        assertTrue(f.message().contains(" 3 "), "three questions of the professional: " + f.message());

        Annotation a = s.get(0).addTo(d.id());
        assertEquals(AnnotationOrigin.SUGGESTED, a.getOrigin());
        assertEquals(d.id(), a.getCoder());
        assertTrue(c.getAnnotations().contains(a));
    }
}
