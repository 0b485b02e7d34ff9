// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.leefwereld.method.blanco.Classification;
import nl.leefwereld.method.blanco.Cue;
import nl.leefwereld.method.blanco.CueKind;
import nl.leefwereld.method.blanco.SentenceClassifier;
import nl.leefwereld.method.blanco.model.EntryKind;

/** Issue 23: clause-level attribution and the judgment patterns that no single word gives away, one test each. */
public class ClauseRulesTest {

    private final SentenceClassifier classifier = new SentenceClassifier();

    private Classification judgment(String sentence, CueKind kind) {
        Classification c = classifier.classify(sentence);
        assertEquals(EntryKind.JUDGMENT, c.kind(), sentence + " " + c.reason());
        if (kind != null) {
            assertTrue(c.cues().stream().anyMatch(q -> q.kind() == kind), sentence + " " + c.cues());
        }
        return c;
    }

    private void fact(String sentence) {
        Classification c = classifier.classify(sentence);
        assertEquals(EntryKind.FACT, c.kind(), sentence + " " + c.reason());
    }

    @Test
    public void onlyTheReportedClauseIsExempt() {
        Classification c = judgment("Meneer vertelt dat hij geen werk kan vinden, maar eigenlijk doet hij gewoon te weinig moeite.", null);
        Cue cue = c.cues().get(0);
        assertTrue(cue.start() > "Meneer vertelt dat hij geen werk kan vinden".length(), "the cue is in the writer's clause: " + cue);
        assertTrue(cue.clause().startsWith("maar eigenlijk"), "the reason names the clause: " + cue.clause());
        assertTrue(c.reason().contains("maar eigenlijk doet hij"), c.reason());
        fact("Meneer vertelt dat hij geen werk kan vinden omdat hij geen diploma heeft.");
        fact("Mevrouw zegt dat ze altijd moe is en dat niemand haar helpt.");
        judgment("Hij zegt dat hij stopt met blowen, maar ik denk dat hij liegt.", null);
    }

    @Test
    public void attributionAtTheEndMakesTheClausesBeforeItReported() {
        fact("Het is een lastige buurman, zegt hij zelf.");
        fact("Ik ben altijd te laat, zegt mevrouw.");
        fact("De schuld is waarschijnlijk zo'n 9.000 euro, schat hij.");
        fact("Zijn zoon is verslaafd, volgens haar.");
        judgment("Hij werkt hard, zegt hij, maar hij is gewoon lui.", CueKind.EVALUATION);
    }

    @Test
    public void aFindingVerbAtTheEndReportsItsClause() {
        fact("De huisarts heeft in 2021 een depressie vastgesteld.");
        fact("Bij zijn zoon is ADHD gediagnosticeerd.");
        judgment("Meneer is depressief.", CueKind.DIAGNOSIS);
    }

    @Test
    public void predictions() {
        judgment("Ze haakt vast weer af.", null);
        judgment("Hij zal wel weer te laat komen.", CueKind.PREDICTION);
        judgment("Dit gaat toch weer mis.", CueKind.PREDICTION);
        fact("Ze gaat volgende week weer naar de huisarts.");
    }

    @Test
    public void capacityClaims() {
        judgment("Hij kan zijn administratie niet zelf bijhouden.", CueKind.CAPACITY);
        judgment("Mevrouw is niet in staat om een baan te houden.", CueKind.CAPACITY);
        judgment("Hij is niet zelfredzaam.", CueKind.CAPACITY);
        fact("Mevrouw vertelt dat ze de huur niet kan betalen.");
        fact("Ik kan de brief niet lezen.");
    }

    @Test
    public void lackOfInsight() {
        judgment("Hij ziet zijn eigen aandeel niet.", CueKind.INSIGHT);
        judgment("Mevrouw ziet niet in dat ze hulp nodig heeft.", CueKind.INSIGHT);
        judgment("Meneer heeft weinig probleembesef.", CueKind.INSIGHT);
        fact("Hij ziet zijn dochter elk weekend.");
    }

    @Test
    public void professionalLabelsAndDiagnosesWithoutASource() {
        judgment("Een klassiek voorbeeld van vermijdingsgedrag.", CueKind.LABEL);
        judgment("Er is sprake van een angststoornis.", CueKind.LABEL);
        judgment("Typisch gevalletje van uitstelgedrag.", CueKind.LABEL);
        fact("Volgens de psychiater is er sprake van een angststoornis.");
        fact("De GGZ heeft een angststoornis vastgesteld.");
    }

    @Test
    public void blameThroughAttitude() {
        judgment("Door zijn opstelling kwamen we niet verder.", CueKind.BLAME);
        judgment("Vanwege haar houding is het traject gestopt.", CueKind.BLAME);
        fact("Door de reorganisatie is hij zijn baan kwijtgeraakt.");
    }

    @Test
    public void theClientsOwnExperienceBelongsToTheFilm() {
        fact("Ik heb slecht geslapen.");
        fact("Ik ben bang dat ik mijn huis kwijtraak.");
        fact("Ik voel me eenzaam sinds mijn vrouw weg is.");
        judgment("Ik vind hem lastig.", CueKind.EVALUATION);
        judgment("Ik denk dat ze depressief is.", null);
    }

    @Test
    public void wordListsMatchInflections() {
        judgment("Het zijn ongemotiveerde ouders.", CueKind.EVALUATION);
        judgment("Hij heeft zijn moeder jarenlang gemanipuleerd.", CueKind.EVALUATION);
    }
}
