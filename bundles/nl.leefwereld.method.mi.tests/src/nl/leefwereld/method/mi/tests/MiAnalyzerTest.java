// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import static nl.leefwereld.method.mi.tests.MiTestSupport.u;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.coding.Annotations;
import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.method.mi.MiCode;
import nl.leefwereld.method.mi.MiMethod;
import nl.leefwereld.method.mi.MiScores;
import nl.leefwereld.method.mi.MiSuggestionAnalyzer;
import nl.leefwereld.method.mi.UtteranceClassifier;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Conversation;

/** The suggestions on a whole conversation: reasons, volley rules, and they stay suggestions until accepted. */
public class MiAnalyzerTest {

    private static List<MiCode> on(AnalysisResult r, Conversation c, int utterance) {
        return r.suggestions().stream().filter(s -> s.utterance() == u(c, utterance)).map(s -> MiCode.byGuid(s.codeId()))
                .toList();
    }

    @Test
    public void suggestionsCarryTheirReasonAndRespectTheVolley() {
        Conversation c = MiTestSupport.parse(MiTestSupport.WORK, "Betaald werk vinden");
        AnalysisResult r = new MiSuggestionAnalyzer().analyze(c, new NullProgressMonitor());
        assertEquals(List.of(MiCode.OPEN_QUESTION), on(r, c, 0));
        assertEquals(List.of(MiCode.SUSTAIN_TALK), on(r, c, 1));
        // volley 2-3: the repetition (simple) gives way to "het klinkt alsof" (complex): one reflection per volley
        assertEquals(List.of(), on(r, c, 2));
        assertEquals(List.of(MiCode.COMPLEX_REFLECTION), on(r, c, 3));
        // "hoeveel" asks for one fact: closed; "dat vraagt doorzettingsvermogen" affirms
        assertTrue(on(r, c, 5).contains(MiCode.CLOSED_QUESTION), on(r, c, 5).toString());
        assertTrue(on(r, c, 5).contains(MiCode.AFFIRM), on(r, c, 5).toString());
        // two questions in utterance 7: one question suggestion, on the first question
        List<AnnotationSuggestion> q7 = r.suggestions().stream().filter(s -> s.utterance() == u(c, 7)).toList();
        assertEquals(1, q7.size(), q7.toString());
        assertEquals(MiCode.CLOSED_QUESTION.guid(), q7.get(0).codeId());
        assertEquals("Heb je je cv laten nakijken?",
                u(c, 7).getText().substring(q7.get(0).spanStart(), q7.get(0).spanEnd()));
        assertTrue(q7.get(0).reason().contains("'heb'"), q7.get(0).reason());
        assertEquals(List.of(MiCode.CHANGE_TALK), on(r, c, 8));
        assertTrue(on(r, c, 9).contains(MiCode.GIVING_INFORMATION));
        AnnotationSuggestion st = r.suggestions().stream().filter(s -> s.utterance() == u(c, 10)).findFirst().orElseThrow();
        assertTrue(st.reason().contains("dat gaat niet"), st.reason());
        for (AnnotationSuggestion s : r.suggestions()) {
            assertEquals(MiMethod.METHOD_ID, s.methodId());
            assertFalse(s.reason().isBlank());
        }
        assertTrue(r.findings().stream().anyMatch(f -> f.severity() == Finding.Severity.INFO), r.findings().toString());
    }

    @Test
    public void suggestionsAreNotCodesUntilAPersonAcceptsThem() {
        Conversation c = MiTestSupport.parse(MiTestSupport.WORK, null);
        AnalysisResult r = new MiSuggestionAnalyzer().analyze(c, new NullProgressMonitor());
        for (AnnotationSuggestion s : r.suggestions()) {
            s.addTo(MiMethod.ANALYZER_SUGGESTIONS);
        }
        assertTrue(Annotations.suggestions(c).stream().allMatch(a -> a.getOrigin() == AnnotationOrigin.SUGGESTED));
        assertTrue(MiScores.compute(c).isEmpty(), "suggestions do not count");
        Annotation cr = Annotations.suggestions(c).stream()
                .filter(a -> MiCode.COMPLEX_REFLECTION.guid().equals(a.getCodeId())).findFirst().orElseThrow();
        Annotations.accept(cr, "anna");
        MiScores s = MiScores.compute(c);
        assertEquals("anna", s.coder());
        assertEquals(1, s.count(MiCode.COMPLEX_REFLECTION));
        // now the analyzer also reports the scores of the human codes
        AnalysisResult again = new MiSuggestionAnalyzer().analyze(c, new NullProgressMonitor());
        assertTrue(again.findings().stream().anyMatch(f -> f.message().contains("MITI")), again.findings().toString());
    }

    @Test
    public void acceptingASuggestionFollowsTheVolleyRules() {
        Conversation c = MiTestSupport.parse(MiTestSupport.WORK, null);
        for (AnnotationSuggestion s : new MiSuggestionAnalyzer().suggest(c, new NullProgressMonitor())) {
            s.addTo(MiMethod.ANALYZER_SUGGESTIONS);
        }
        int suggestions = Annotations.suggestions(c).size();
        // anna coded a complex reflection in the volley of utterances 2-3 by hand already
        nl.leefwereld.method.mi.MiCoding.plan(c, u(c, 2), MiCode.COMPLEX_REFLECTION, "anna").apply(c);
        Annotation cr = Annotations.suggestions(c).stream()
                .filter(a -> a.getUtterance() == u(c, 3) && MiCode.COMPLEX_REFLECTION.guid().equals(a.getCodeId()))
                .findFirst().orElseThrow();
        nl.leefwereld.method.mi.MiCoding.Plan plan = nl.leefwereld.method.mi.MiCoding.accept(c, cr, "anna");
        assertEquals(nl.leefwereld.method.mi.MiCoding.Outcome.REPLACED, plan.outcome(), "one reflection per volley");
        plan.apply(c);
        assertEquals(suggestions - 1, Annotations.suggestions(c).size());
        List<Annotation> mine = Annotations.humanCodes(c, "anna", MiMethod.METHOD_ID);
        assertEquals(1, mine.size());
        assertEquals(AnnotationOrigin.ACCEPTED, mine.get(0).getOrigin());
        assertTrue(mine.get(0).getUtterance() == u(c, 3));
        assertTrue(mine.get(0).getReason().contains("klinkt alsof"), mine.get(0).getReason());
    }

    @Test
    public void theClassifierReadsDutchAndEnglishMarkers() {
        UtteranceClassifier k = new UtteranceClassifier();
        assertEquals(MiCode.CHANGE_TALK, k.client("Ik zou graag weer gaan werken.").code());
        assertEquals(MiCode.SUSTAIN_TALK, k.client("Ik wil niet naar die cursus.").code(), "'ik wil niet' is not change");
        assertEquals(MiCode.SUSTAIN_TALK, k.client("Ik wil wel, maar het lukt me niet.").code(), "the last marker counts");
        assertEquals(MiCode.CHANGE_TALK, k.client("I don't like it, but I want to try.").code());
        assertNull(k.client("Ik woon in Utrecht."));
        List<UtteranceClassifier.Hit> hits = k.professional("So you feel stuck at work.", "I feel stuck at work, honestly.");
        assertEquals(MiCode.COMPLEX_REFLECTION, hits.get(0).code());
        hits = k.professional("Je vindt het te veel, vijf brieven per week.", "Vijf brieven per week is te veel.");
        assertEquals(MiCode.SIMPLE_REFLECTION, hits.get(0).code(), hits.toString());
        assertTrue(hits.get(0).reason().contains("brieven"), hits.get(0).reason());
        assertTrue(k.professional("Vijf brieven per week?", "Vijf brieven per week is te veel.").stream()
                .noneMatch(h -> h.code().family() == MiCode.Family.REFLECTION), "a question mark is no reflection");
    }

    @Test
    public void theAnalyzerCanBeCancelled() {
        Conversation c = MiTestSupport.parse(MiTestSupport.WORK, null);
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        try {
            new MiSuggestionAnalyzer().analyze(c, monitor);
        } catch (OperationCanceledException expected) {
            return;
        }
        throw new AssertionError("not cancelled");
    }
}
