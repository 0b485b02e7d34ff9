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

    // Issue 23, second round: the broader lexicon and the new patterns, each with a fact of the same shape.

    @Test
    public void theLexiconCarriesCharacterHomeAndCompetenceWords() {
        judgment("Vader is opvliegend tegen de kinderen.", CueKind.EVALUATION);
        judgment("De opvliegende vader schreeuwde.", CueKind.EVALUATION);
        judgment("De badkamer is onhygiënisch.", CueKind.EVALUATION);
        judgment("Meneer is onbekwaam als ouder.", CueKind.EVALUATION);
        judgment("Zij is een echte doorzetter.", CueKind.EVALUATION);
        fact("De kinderen spelen in de gang.");
        fact("Volgens de buurman is de flat verloederd.");
    }

    @Test
    public void evaluativeNounPhrases() {
        judgment("Hij is een harde werker.", CueKind.EVALUATION);
        judgment("Haar administratie laat te wensen over.", CueKind.EVALUATION);
        judgment("Dat hij niet komt, zegt genoeg.", CueKind.EVALUATION);
        fact("Hij zegt genoeg geld te hebben voor de huur.");
    }

    @Test
    public void idioms() {
        judgment("Meneer steekt zijn kop in het zand.", CueKind.EVALUATION);
        judgment("Ze gooit er met de pet naar.", CueKind.EVALUATION);
        judgment("Hij heeft de boel niet op een rijtje.", CueKind.EVALUATION);
        judgment("Mevrouw draait eromheen.", CueKind.EVALUATION);
        judgment("Hij gedraagt zich als een kind.", CueKind.EVALUATION);
        judgment("Ze leeft boven haar stand.", CueKind.EVALUATION);
        fact("We hebben de schulden op een rijtje gezet.");
        fact("Ik steek mijn kop in het zand, zegt meneer.");
    }

    @Test
    public void moreLackOfInsight() {
        judgment("Ze begrijpt niet dat de huur voorgaat.", CueKind.INSIGHT);
        judgment("Meneer heeft geen zicht op zijn schulden.", CueKind.INSIGHT);
        judgment("Hij onderschat de gevolgen.", CueKind.INSIGHT);
        judgment("Zij legt de oorzaak buiten zichzelf.", CueKind.INSIGHT);
        fact("Ik begrijp niet wat er in de brief staat.");
    }

    @Test
    public void morePredictions() {
        judgment("Binnen een jaar zit hij weer in de schulden.", CueKind.PREDICTION);
        judgment("Dit gaat niets opleveren.", CueKind.PREDICTION);
        judgment("Hij belandt straks op straat.", CueKind.PREDICTION);
        fact("Over twee weken heeft meneer weer een afspraak bij de bank.");
    }

    @Test
    public void moreLabels() {
        judgment("Hij is een gokverslaafde.", CueKind.LABEL);
        judgment("Het meisje lijdt aan faalangst.", CueKind.LABEL);
        judgment("Mevrouw heeft een borderline-persoonlijkheid.", null);
        fact("De verslavingsarts heeft een gokverslaving vastgesteld.");
    }

    @Test
    public void moreBlame() {
        judgment("Het traject is vastgelopen omdat hij niet komt.", CueKind.BLAME);
        judgment("Hij heeft het zelf zo ver laten komen.", CueKind.BLAME);
        judgment("Dat komt door zijn lakse houding.", CueKind.BLAME);
        judgment("Ze zoekt de schuld bij anderen.", CueKind.BLAME);
        fact("Het traject is gestopt omdat mevrouw is verhuisd.");
    }

    @Test
    public void moreCapacityClaims() {
        judgment("Ze heeft te weinig vaardigheden om alleen te wonen.", CueKind.CAPACITY);
        judgment("Meneer is niet geschikt voor dit werk.", CueKind.CAPACITY);
        fact("Mevrouw volgt een cursus om haar vaardigheden met de computer te oefenen.");
    }

    @Test
    public void theWriterDenyingAReportAfterASemicolonIsHerOwnView() {
        Classification c = judgment("Moeder zegt dat het thuis goed gaat; dat is niet zo.", CueKind.INTERPRETATION);
        assertTrue(c.cues().stream().allMatch(q -> q.start() > "Moeder zegt dat het thuis goed gaat".length()), c.cues().toString());
        fact("Moeder zegt dat het thuis goed gaat; de kinderen gaan elke dag naar school.");
        fact("Moeder zegt dat het goed gaat en dat het niet zo is dat ze hulp wil.");
    }
}
