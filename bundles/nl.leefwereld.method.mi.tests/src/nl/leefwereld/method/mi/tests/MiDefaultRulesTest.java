// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leefwereld.method.mi.MiCode;
import nl.leefwereld.method.mi.UtteranceClassifier;

/**
 * The default suggestion rules (no trained model): each rule with a counter-example of the same shape that it must
 * leave alone.
 */
public class MiDefaultRulesTest {

    private final UtteranceClassifier k = new UtteranceClassifier();

    private List<MiCode> codes(String professional, String previousClient) {
        return k.professional(professional, previousClient).stream().map(UtteranceClassifier.Hit::code).toList();
    }

    @Test
    public void aStatementAboutTheClientWithAQuestionMarkThatReflectsTheirLastTurnIsAReflection() {
        assertEquals(List.of(MiCode.SIMPLE_REFLECTION), codes("Je wilt weer aan het werk?", "Ik wil weer aan het werk."));
        assertEquals(List.of(MiCode.SIMPLE_REFLECTION),
                codes("You want to quit smoking?", "I want to quit smoking for my grandson."));
        assertTrue(k.professional("Je wilt weer aan het werk?", "Ik wil weer aan het werk.").get(0).reason()
                .contains("werk"), "the reason names the shared words");
        // same shape, nothing the client said: a closed question
        assertEquals(List.of(MiCode.CLOSED_QUESTION), codes("Je hebt een fiets?", "Ik heb geen rijbewijs."));
        // shared words, but asked in question form (verb first): a closed question
        assertEquals(List.of(MiCode.CLOSED_QUESTION), codes("Heb je al met het uwv gebeld?", "Ik moet het uwv nog bellen."));
        // an open question is never a reflection
        assertEquals(List.of(MiCode.OPEN_QUESTION), codes("Wat wil je aan het werk veranderen?", "Ik wil weer aan het werk."));
    }

    @Test
    public void aQuestionDoesNotBlockAReflectionInTheSameUtterance() {
        List<MiCode> c = codes("Je wilt weer aan het werk. Wat zou een eerste stap zijn?", "Ik wil weer aan het werk.");
        assertTrue(c.contains(MiCode.OPEN_QUESTION) && c.contains(MiCode.SIMPLE_REFLECTION), c.toString());
        c = codes("Goedemorgen. Wat zou een eerste stap zijn?", "Ik wil weer aan het werk.");
        assertEquals(List.of(MiCode.OPEN_QUESTION), c, "no reflection without the client's words");
    }

    @Test
    public void acknowledgementsAloneAreOtherNotReflections() {
        for (String ack : List.of("Okay.", "Okay. Okay.", "Oké.", "Ja.", "Ja, ja.", "Hm.", "Hmm hmm.", "Mm.", "OK, okay!")) {
            assertEquals(List.of(), codes(ack, "Okay, ik weet het niet. Ja."), ack);
        }
        // same start, but with a reflection behind it
        assertEquals(List.of(MiCode.SIMPLE_REFLECTION), codes("Okay, je wilt dus weer aan het werk.", "Ik wil weer aan het werk."));
        assertEquals(List.of(MiCode.CLOSED_QUESTION), codes("Okay?", "Ik weet het niet."), "'okay?' asks");
    }

    @Test
    public void persuadingIsRecognisedInDutchAndEnglish() {
        for (String p : List.of("U moet echt meer moeite doen om werk te vinden.",
                "Je zou eigenlijk elke dag een sollicitatiebrief moeten sturen.", "Het is beter als u de post gewoon opent.",
                "Dat snap ik. Je moet gewoon vaker bellen.", "You should stop smoking.", "You need to cut down on drinking.",
                "Honestly, you have to take your pills.")) {
            assertEquals(List.of(MiCode.PERSUADE), codes(p, "Ik weet het niet zo goed."), p);
        }
        assertTrue(k.professional("U moet echt meer moeite doen.", "Nee.").get(0).reason().contains("u moet echt"));
        // same words, not persuading: a question, the client's own obligation given back, or a rule (information)
        assertEquals(List.of(MiCode.CLOSED_QUESTION), codes("Moet u echt meer moeite doen?", "Ik doe al veel."));
        assertEquals(List.of(MiCode.SIMPLE_REFLECTION),
                codes("Je moet van je moeder meer solliciteren.", "Ik moet van mijn moeder meer solliciteren."));
        assertEquals(List.of(MiCode.GIVING_INFORMATION), codes("Je moet de aanvraag binnen 14 dagen indienen.", "Ja."));
        assertEquals(List.of(MiCode.COMPLEX_REFLECTION), codes("You feel you should stop.", "I really should stop."));
    }

    @Test
    public void givingInformationIsRecognisedInEnglishAsInDutch() {
        for (String gi : List.of("Research suggests that walking every day helps with stress.",
                "Smoking can lead to heart disease.", "About 30 percent of people relapse in the first week.",
                "According to the guidelines, two drinks a day is the limit.", "You can call the helpline for free.")) {
            assertEquals(List.of(MiCode.GIVING_INFORMATION), codes(gi, "I don't know much about it."), gi);
        }
        assertEquals(List.of(MiCode.GIVING_INFORMATION), codes("Uit onderzoek blijkt dat wandelen helpt.", "Ik ben moe."));
        // same shape, no information: a plain statement
        assertEquals(List.of(), codes("I walked to the station this morning.", "I don't know much about it."));
    }
}
