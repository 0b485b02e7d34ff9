// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.method.stress.LetterCheck;
import nl.leefwereld.method.stress.StressLanguage;
import nl.leefwereld.method.stress.StressLanguage.Flag;
import nl.leefwereld.method.stress.StressLanguage.Kind;
import nl.leefwereld.method.stress.StressLanguageAnalyzer;
import nl.leefwereld.method.stress.StressMethod;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

/** Stress-adding language in letters and in the professional's utterances. */
public class StressLanguageTest {

    private static Flag find(List<Flag> flags, Kind kind, String text) {
        return flags.stream().filter(f -> f.kind() == kind && f.text().equalsIgnoreCase(text)).findFirst().orElse(null);
    }

    @Test
    public void theMaatregelLetterIsFlaggedWithLineReasonAndAlternative() {
        String letter = Conversations.resource("brief-maatregel.txt");
        List<Flag> flags = LetterCheck.check(letter).flags();

        Flag maatregel = find(flags, Kind.SANCTION, "maatregel");
        assertNotNull(maatregel, flags.toString());
        assertEquals(4, maatregel.line(), "first in the Betreft line");
        assertTrue(maatregel.reason().contains("maatregel"), maatregel.reason());
        assertNotNull(maatregel.alternative());

        Flag deadline = find(flags, Kind.DEADLINE, "binnen 5 werkdagen");
        assertNotNull(deadline, flags.toString());
        assertEquals(13, deadline.line());
        assertNotNull(find(flags, Kind.DEADLINE, "uiterlijk"));
        assertNotNull(find(flags, Kind.DEMAND, "U dient"));
        assertNotNull(find(flags, Kind.SANCTION, "terugvordering"));
        assertNotNull(find(flags, Kind.SANCTION, "boete"));

        Flag bsn = find(flags, Kind.JARGON, "BSN");
        assertNotNull(bsn);
        assertTrue(bsn.alternative().contains("burgerservicenummer"), bsn.alternative());
        Flag participatiewet = find(flags, Kind.JARGON, "Participatiewet");
        assertEquals(9, participatiewet.line());
        assertEquals("de wet voor de bijstandsuitkering", participatiewet.alternative());
        assertNotNull(find(flags, Kind.JARGON, "inlichtingenplicht"));
        assertNotNull(find(flags, Kind.JARGON, "re-integratiebedrijf"), flags.toString());

        List<Flag> longSentences = flags.stream().filter(f -> f.kind() == Kind.LONG_SENTENCE).toList();
        assertTrue(longSentences.size() >= 5, longSentences.toString());
        assertTrue(longSentences.get(0).reason().matches(".*\\b(2[1-9]|[3-9]\\d)\\b.*"), longSentences.get(0).reason());

        // each passage once: "binnen 5 werkdagen" is not also flagged as "termijn" etc.
        for (int i = 1; i < flags.size(); i++) {
            Flag a = flags.get(i - 1);
            Flag b = flags.get(i);
            if (a.kind() != Kind.LONG_SENTENCE && b.kind() != Kind.LONG_SENTENCE && a.kind() != Kind.MANY_STEPS && b.kind() != Kind.MANY_STEPS) {
                assertTrue(b.start() >= a.end(), "overlap: " + a + " / " + b);
            }
        }
    }

    @Test
    public void ordinaryWordsAreNotFlagged() {
        List<Flag> flags = StressLanguage.defaults().check(
                "In het kort: we bekijken samen wat er nodig is. Ik stel mij ter beschikking. Een korte vraag: hoe gaat het met de kinderen?");
        assertTrue(flags.isEmpty(), flags.toString());
    }

    @Test
    public void manyStepsAtOnceAreCountedAsOneFlag() {
        List<Flag> flags = StressLanguage.defaults().check(
                "Stuur de afschriften op. Lever ook uw huurcontract in. Vul het formulier in. Neem contact op met uw werkgever.");
        List<Flag> steps = flags.stream().filter(f -> f.kind() == Kind.MANY_STEPS).toList();
        assertEquals(1, steps.size(), flags.toString());
        assertTrue(steps.get(0).reason().startsWith("4 "), steps.get(0).reason());
        assertTrue(steps.get(0).reason().contains("Stuur de afschriften op"), steps.get(0).reason());
        assertTrue(StressLanguage.defaults().check("Stuur de afschriften op. Dan kijk ik ernaar.").stream()
                .noneMatch(f -> f.kind() == Kind.MANY_STEPS));
    }

    @Test
    public void theAnalyzerSuggestsCodesOnTheProfessionalsUtterancesOnly() {
        Conversation c = Conversations.parse(Conversations.INTAKE);
        AnalysisResult r = new StressLanguageAnalyzer().analyze(c, new NullProgressMonitor());
        List<AnnotationSuggestion> s = r.suggestions();
        Set<String> speakers = s.stream().map(x -> speakerRole(c, x.utteranceId())).collect(Collectors.toSet());
        assertEquals(Set.of(ParticipantRole.PROFESSIONAL.getLiteral()), speakers, "Peter's \"Een maatregel?\" is not flagged");
        Set<String> codes = s.stream().map(AnnotationSuggestion::codeId).collect(Collectors.toSet());
        for (Kind k : Kind.values()) {
            assertTrue(codes.contains(k.codeId()), "a suggestion of " + k + " in the intake: " + s);
        }
        AnnotationSuggestion dient = s.stream().filter(x -> x.codeId().equals(StressMethod.CODE_DEMAND)
                && text(c, x).equalsIgnoreCase("dient u")).findFirst().orElseThrow();
        assertTrue(dient.reason().contains("dient u") && dient.reason().contains("wilt u"), dient.reason());
        assertEquals(1, r.findings().size());
        assertTrue(r.findings().get(0).message().startsWith(s.size() + " "), r.findings().get(0).message());
        assertEquals(AnnotationOrigin.SUGGESTED, s.get(0).addTo("stress.language").getOrigin());

        Conversation welcome = Conversations.parse(Conversations.WELCOME);
        AnalysisResult w = new StressLanguageAnalyzer().analyze(welcome, new NullProgressMonitor());
        assertTrue(w.suggestions().isEmpty(), "the welcome conversation adds no stress: " + w.suggestions());
    }

    @Test
    public void aBadRulesFileNamesTheLine() {
        StressLanguage.RulesFormatException e = assertThrows(StressLanguage.RulesFormatException.class,
                () -> StressLanguage.parse(new StringReader("# regels\nJARGON\tconform\tvolgens\nDREIGING\tboete\t-\n"), "eigen.tsv"));
        assertTrue(e.getMessage().contains("eigen.tsv") && e.getMessage().contains("3") && e.getMessage().contains("DREIGING"), e.getMessage());
        assertThrows(StressLanguage.RulesFormatException.class,
                () -> StressLanguage.parse(new StringReader("JARGON\t(conform\tvolgens\n"), "eigen.tsv"));
    }

    @Test
    public void anUnknownAbbreviationIsFlaggedWithAdviceToWriteItOut() {
        List<Flag> flags = StressLanguage.defaults().check("U kunt terecht bij het WSP.");
        assertEquals(1, flags.size(), flags.toString());
        assertEquals(Kind.JARGON, flags.get(0).kind());
        assertFalse(flags.get(0).alternative().isBlank());
        assertNull(find(StressLanguage.defaults().check("Heeft u uw ID bij u?"), Kind.JARGON, "ID"));
    }

    private static String speakerRole(Conversation c, String utteranceId) {
        return c.getUtterances().stream().filter(u -> u.getId().equals(utteranceId)).findFirst().map(Utterance::getSpeaker)
                .map(p -> p.getRole().getLiteral()).orElse("?");
    }

    private static String text(Conversation c, AnnotationSuggestion s) {
        Utterance u = c.getUtterances().stream().filter(x -> x.getId().equals(s.utteranceId())).findFirst().orElseThrow();
        return u.getText().substring(s.spanStart(), s.spanEnd());
    }
}
