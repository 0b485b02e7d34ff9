// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.leefwereld.core.coding.Agreement;
import nl.leefwereld.core.coding.Annotations;
import nl.leefwereld.core.coding.CodeAgreement;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;

/** Agreement per utterance and the handling of suggestions, with hand-computed values. */
public class AgreementTest {

    private static final double EPS = 1e-9;

    @Test
    public void kappaOfAKnownTable() {
        CodeAgreement t = new CodeAgreement("m", "c", 20, 5, 10, 15);
        assertEquals(50, t.n());
        assertEquals(0.7, t.percentAgreement(), EPS);
        assertEquals(0.5, t.expectedAgreement(), EPS); // 25/50 * 30/50 + 25/50 * 20/50 = 0.3 + 0.2
        assertEquals(0.4, t.kappa(), EPS);
        assertTrue(t.kappaDefined());
        assertNull(t.undefinedReason());
    }

    @Test
    public void anotherTableAndPerfectAndOppositeCoding() {
        // a=45, b=15, c=25, d=15: po = 0.6, pe = 0.6*0.7 + 0.4*0.3 = 0.54, kappa = 0.06/0.46
        CodeAgreement t = new CodeAgreement("m", "c", 45, 15, 25, 15);
        assertEquals(0.6, t.percentAgreement(), EPS);
        assertEquals(0.54, t.expectedAgreement(), EPS);
        assertEquals(0.06 / 0.46, t.kappa(), EPS);
        assertEquals(1.0, new CodeAgreement("m", "c", 3, 0, 0, 7).kappa(), EPS);
        // A always, B never: po = 0, pe = 0, kappa = 0 (defined)
        CodeAgreement opposite = new CodeAgreement("m", "c", 0, 10, 0, 0);
        assertEquals(0.0, opposite.percentAgreement(), EPS);
        assertEquals(0.0, opposite.kappa(), EPS);
    }

    @Test
    public void degenerateTablesHaveNoKappaButAReasonAndPercentAgreement() {
        CodeAgreement never = new CodeAgreement("m", "c", 0, 0, 0, 12);
        assertFalse(never.kappaDefined());
        assertTrue(Double.isNaN(never.kappa()));
        assertEquals(1.0, never.percentAgreement(), EPS);
        assertTrue(never.undefinedReason().contains("12"), never.undefinedReason());
        CodeAgreement always = new CodeAgreement("m", "c", 8, 0, 0, 0);
        assertTrue(Double.isNaN(always.kappa()));
        assertEquals(1.0, always.percentAgreement(), EPS);
        assertTrue(always.undefinedReason().contains("8"), always.undefinedReason());
        assertTrue(!never.undefinedReason().equals(always.undefinedReason()));
        CodeAgreement empty = new CodeAgreement("m", "c", 0, 0, 0, 0);
        assertTrue(Double.isNaN(empty.kappa()) && Double.isNaN(empty.percentAgreement()));
        assertTrue(empty.undefinedReason() != null);
    }

    private static Conversation conversation(int utterances) {
        StringBuilder text = new StringBuilder("# Professional: Klantmanager\n");
        for (int i = 0; i < utterances; i++) {
            text.append(i % 2 == 0 ? "Klantmanager: Vraag " : "Sanne: Antwoord ").append(i).append(".\n");
        }
        return new TranscriptParser().parse(text.toString()).conversation();
    }

    private static Annotation code(Conversation c, int utterance, String coder, String codeId, int spanStart, int spanEnd) {
        Annotation a = ModelFactory.eINSTANCE.createAnnotation();
        a.setId(UUID.randomUUID().toString());
        a.setUtterance(c.getUtterances().get(utterance));
        a.setMethodId("m");
        a.setCodeId(codeId);
        a.setCoder(coder);
        a.setOrigin(AnnotationOrigin.MANUAL);
        a.setSpanStart(spanStart);
        a.setSpanEnd(spanEnd);
        c.getAnnotations().add(a);
        return a;
    }

    @Test
    public void countedPerUtteranceNotPerCharacterOrSpan() {
        Conversation c = conversation(10);
        // code "x": A on 0,1,2,3 ; B on 0,1,4  -> a=2 (0,1), b=2 (2,3), c=1 (4), d=5
        for (int u : new int[] { 0, 1, 2, 3 }) {
            code(c, u, "anna", "x", -1, -1);
        }
        code(c, 0, "bert", "x", 0, 3);
        code(c, 0, "bert", "x", 4, 8); // a second span on the same utterance counts once
        code(c, 1, "bert", "x", -1, -1);
        code(c, 4, "bert", "x", 2, 5);
        // code "y": only A on utterance 9; a suggestion by an analyzer for B does not count
        code(c, 9, "anna", "y", -1, -1);
        AnnotationSuggestion.whole(c.getUtterances().get(9), "m", "y", "reden", 0.9).addTo("bert");
        // another method and another coder are left out
        Annotation other = code(c, 5, "bert", "x", -1, -1);
        other.setMethodId("other");
        code(c, 6, "carla", "x", -1, -1);

        List<CodeAgreement> rows = Agreement.perCode(c, "anna", "bert", "m", List.of("x", "y", "z"));
        assertEquals(List.of("x", "y", "z"), rows.stream().map(CodeAgreement::codeId).toList());
        CodeAgreement x = rows.get(0);
        assertEquals(List.of(2, 2, 1, 5), List.of(x.a(), x.b(), x.c(), x.d()));
        assertEquals(0.7, x.percentAgreement(), EPS);
        // pe = 0.4*0.3 + 0.6*0.7 = 0.54 ; kappa = 0.16/0.46
        assertEquals(0.16 / 0.46, x.kappa(), EPS);
        CodeAgreement y = rows.get(1);
        assertEquals(List.of(0, 1, 0, 9), List.of(y.a(), y.b(), y.c(), y.d()));
        CodeAgreement z = rows.get(2);
        assertEquals(10, z.d());
        assertTrue(Double.isNaN(z.kappa()));

        List<CodeAgreement> all = Agreement.perCode(c, "anna", "bert", null, null);
        assertEquals(3, all.size(), "without a method, codes of every method: m/x, m/y, other/x");
    }

    @Test
    public void suggestionsStayApartUntilAccepted() {
        Conversation c = conversation(4);
        Annotation human = code(c, 0, "anna", "x", -1, -1);
        Annotation suggestion = AnnotationSuggestion.whole(c.getUtterances().get(2), "m", "x", "begint met 'hoe'", 0.7)
                .addTo("analyzer.x");
        assertEquals(AnnotationOrigin.SUGGESTED, suggestion.getOrigin());
        assertEquals(List.of(suggestion), Annotations.suggestions(c));
        assertEquals(List.of(human), Annotations.humanCodes(c));
        assertEquals(List.of("anna"), Annotations.coders(c));

        Annotations.accept(suggestion, "bert");
        assertEquals(AnnotationOrigin.ACCEPTED, suggestion.getOrigin());
        assertEquals("bert", suggestion.getCoder());
        assertEquals("begint met 'hoe'", suggestion.getReason(), "the reason stays");
        assertEquals(0.7, suggestion.getConfidence(), EPS);
        assertTrue(Annotations.suggestions(c).isEmpty());
        assertEquals(List.of("anna", "bert"), Annotations.coders(c));
        assertThrows(IllegalArgumentException.class, () -> Annotations.accept(human, "bert"));
        assertThrows(IllegalArgumentException.class,
                () -> Annotations.accept(AnnotationSuggestion.whole(c.getUtterances().get(1), "m", "x", "r", 0.5).toAnnotation("a"), " "));

        AnnotationSuggestion.whole(c.getUtterances().get(1), "m", "x", "r", 0.5).addTo("analyzer.x");
        AnnotationSuggestion.whole(c.getUtterances().get(3), "m", "x", "r", 0.5).addTo("analyzer.y");
        assertEquals(1, Annotations.removeSuggestions(c, "analyzer.x"));
        assertEquals(3, c.getAnnotations().size(), "human, accepted and the other analyzer's suggestion remain");
    }
}
