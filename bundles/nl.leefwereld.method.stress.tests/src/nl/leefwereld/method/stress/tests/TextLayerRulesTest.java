// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.method.stress.LetterCheck;
import nl.leefwereld.method.stress.Readability;
import nl.leefwereld.method.stress.StressLanguage;
import nl.leefwereld.method.stress.StressLanguage.Flag;
import nl.leefwereld.method.stress.StressLanguage.Kind;
import nl.leefwereld.method.stress.WelcomeGuide;
import nl.leefwereld.method.stress.WelcomeGuide.Step;
import nl.leefwereld.method.stress.WelcomeGuide.StepCheck;
import nl.leefwereld.method.stress.WelcomeGuideAnalyzer;
import nl.leefwereld.model.Conversation;

/** Issue 23: the stress rules that use the Dutch text layer, one test per rule. */
public class TextLayerRulesTest {

    private static List<Flag> flags(String text, Kind kind) {
        return StressLanguage.defaults().check(text).stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    public void aFinalWarningIsASanction() {
        assertEquals("laatste waarschuwing", flags("Dit is de laatste waarschuwing.", Kind.SANCTION).get(0).text());
    }

    @Test
    public void todayAndByReturnAreDeadlines() {
        assertEquals("vandaag nog", flags("Lever de papieren vandaag nog in.", Kind.DEADLINE).get(0).text());
        assertEquals("per omgaande", flags("Wij verwachten uw reactie per omgaande.", Kind.DEADLINE).get(0).text());
        assertTrue(flags("Vandaag hebben we uw brief ontvangen.", Kind.DEADLINE).isEmpty());
    }

    @Test
    public void stemRulesMatchEveryForm() {
        for (String text : List.of("Het bedrag wordt teruggevorderd.", "Wij gaan het bedrag terugvorderen.", "U krijgt een terugvordering.",
                "De gemeente vordert het geld terug.")) {
            assertEquals(1, flags(text, Kind.SANCTION).size(), text + " " + StressLanguage.defaults().check(text));
        }
        assertEquals("teruggevorderd", flags("Het bedrag wordt teruggevorderd.", Kind.SANCTION).get(0).text());
    }

    @Test
    public void formalWordsAreFlaggedWithEverydayOnes() {
        for (String w : List.of("alvorens", "tevens", "thans", "te zijner tijd")) {
            List<Flag> f = flags("Wij laten u " + w + " iets weten.", Kind.JARGON);
            assertEquals(1, f.size(), w + " " + f);
            assertNotNull(f.get(0).alternative(), w);
        }
    }

    @Test
    public void stepsAreCountedWithinASentence() {
        List<Flag> steps = flags("Eerst vult u het formulier in, dan stuurt u het op, daarna belt u ons en tot slot komt u langs.", Kind.MANY_STEPS);
        assertEquals(1, steps.size());
        assertTrue(steps.get(0).reason().startsWith("4 "), steps.get(0).reason());
        assertEquals(1, flags("Neem uw paspoort mee, print de afschriften, vraag een loonstrook op en zet uw handtekening.", Kind.MANY_STEPS).size());
        assertTrue(flags("Eerst drinken we koffie en dan praten we.", Kind.MANY_STEPS).isEmpty());
    }

    @Test
    public void postcodesAndReferencesAreNoAbbreviations() {
        assertTrue(flags("Postbus 5000\n7400 GC Deventer\nOns kenmerk: INK/2025/11093", Kind.JARGON).isEmpty());
    }

    @Test
    public void theReadabilityReportIgnoresLetterheadAddressDateAndSalutation() {
        String letter = """
                Gemeente Deventer
                Postbus 5000
                7400 GC Deventer

                Mevrouw A. Jansen
                Brinkgreverweg 12
                7413 AB Deventer

                Deventer, 4 november 2025
                Betreft: uw aanvraag

                Geachte mevrouw Jansen,

                Wij hebben uw aanvraag ontvangen. U hoort binnen twee weken van ons.

                Met vriendelijke groet,

                J. de Wit
                """;
        Readability r = LetterCheck.check(letter).readability();
        assertEquals(2, r.sentences(), "only the body");
        assertEquals(12, r.words());
        assertEquals(Readability.of("Wij hebben uw aanvraag ontvangen. U hoort binnen twee weken van ons."), r);
        assertEquals(Readability.of("Eén zin zonder briefhoofd."), LetterCheck.check("Eén zin zonder briefhoofd.").readability());
    }

    @Test
    public void theNeedIsRecognisedByMeaning() {
        Conversation c = Conversations.parse("""
                # Professional: Klantmanager
                Klantmanager: Welkom, fijn dat u er bent.
                Ruud: Dank u.
                Klantmanager: Wat moet er vandaag gebeuren zodat u met een goed gevoel naar huis gaat?
                Ruud: Dat ik weet of ik geld krijg.
                """);
        StepCheck need = WelcomeGuide.check(c).get(Step.ASK_NEED.ordinal());
        assertEquals(2, need.index(), String.valueOf(need));
        for (String q : List.of("Wat zou je het meest helpen?", "Waar maakt u zich de meeste zorgen over?",
                "Wat is voor u het allerbelangrijkste om te regelen?", "Als je vandaag één ding geregeld zou kunnen krijgen, wat zou dat zijn?")) {
            Conversation d = Conversations.parse("# Professional: Consulent\nConsulent: " + q + "\n");
            assertTrue(WelcomeGuide.check(d).get(Step.ASK_NEED.ordinal()).done(), q);
        }
        Conversation none = Conversations.parse("# Professional: Consulent\nConsulent: Wat heeft de huisarts gezegd over uw rug?\n");
        assertTrue(!WelcomeGuide.check(none).get(Step.ASK_NEED.ordinal()).done());
    }

    @Test
    public void aConversationWithoutSystemQuestionsGetsNoWarningForThem() {
        Conversation c = Conversations.parse(Conversations.resource("heldout/welkom-2.txt"));
        AnalysisResult r = new WelcomeGuideAnalyzer().analyze(c, new NullProgressMonitor());
        List<Finding> warnings = r.findings().stream().filter(f -> f.severity() == Finding.Severity.WARNING).toList();
        assertTrue(warnings.stream().noneMatch(f -> f.message().contains(Step.SYSTEM_QUESTIONS.label())), warnings.toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.severity() == Finding.Severity.INFO && f.message().contains("systeemvragen")
                || f.message().contains("system questions")), r.findings().toString());
    }
}
