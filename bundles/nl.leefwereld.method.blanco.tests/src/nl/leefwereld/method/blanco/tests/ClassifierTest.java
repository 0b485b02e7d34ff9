// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leefwereld.method.blanco.Classification;
import nl.leefwereld.method.blanco.Cue;
import nl.leefwereld.method.blanco.CueKind;
import nl.leefwereld.method.blanco.OpinionQuestions;
import nl.leefwereld.method.blanco.Sentence;
import nl.leefwereld.method.blanco.SentenceClassifier;
import nl.leefwereld.method.blanco.model.EntryKind;

/** The classifier's cues and reasons, reported speech, quotes, and sentence splitting. */
public class ClassifierTest {

    private final SentenceClassifier classifier = new SentenceClassifier();

    @Test
    public void everyCueKindIsFoundWithItsWordsAndKind() {
        Classification c = classifier.classify("Ik denk dat meneer ongemotiveerd is en dus altijd te laat komt.");
        assertEquals(EntryKind.JUDGMENT, c.kind());
        List<CueKind> kinds = c.cues().stream().map(Cue::kind).toList();
        assertEquals(List.of(CueKind.INTERPRETATION, CueKind.EVALUATION, CueKind.CONCLUSION, CueKind.GENERALISATION),
                kinds, c.cues().toString());
        Cue first = c.cues().get(0);
        assertEquals("Ik denk dat", first.text(), "the longest phrase wins");
        assertEquals("Ik denk dat", c.sentence().substring(first.start(), first.end()));
        assertTrue(c.reason().contains("'ongemotiveerd'"), c.reason());
        assertTrue(c.reason().contains("'altijd'"), c.reason());

        assertEquals(CueKind.DIAGNOSIS, classifier.classify("Mevrouw is depressief.").cues().get(0).kind());
        assertEquals(CueKind.NORMATIVE, classifier.classify("Hij zou vaker moeten solliciteren.").cues().get(0).kind());
        assertEquals(EntryKind.JUDGMENT, classifier.classify("Mevrouw is een lastige en manipulatieve vrouw.").kind());
        assertEquals(EntryKind.JUDGMENT, classifier.classify("She is probably hiding something.").kind());
    }

    @Test
    public void whatTheClientSaysOrThinksIsAFact() {
        assertEquals(EntryKind.FACT, classifier.classify("Mevrouw zegt dat ze altijd moe is.").kind());
        assertEquals(EntryKind.FACT, classifier.classify("Meneer zegt: \"Ik ben altijd de klos.\"").kind());
        assertEquals(EntryKind.FACT, classifier.classify("Volgens haar is de buurman lastig.").kind());
        assertEquals(EntryKind.FACT, classifier.classify("Hij vindt zijn werk saai en zwaar.").kind());
        // ... but not the professional's own view, and not "zegt" without a reported clause.
        assertEquals(EntryKind.JUDGMENT, classifier.classify("Ik vind hem lastig.").kind());
        assertEquals(EntryKind.JUDGMENT, classifier.classify("Volgens mij is hij lastig.").kind());
        assertEquals(EntryKind.JUDGMENT, classifier.classify("Ze zegt nooit wat ze echt denkt.").kind());
        Classification fact = classifier.classify("Meneer heeft de brief van 3 mei meegenomen.");
        assertEquals(EntryKind.FACT, fact.kind());
        assertTrue(fact.cues().isEmpty());
        assertFalse(fact.reason().isBlank());
    }

    @Test
    public void sentencesAreSplitWithLinesAndAbbreviationsKept() {
        String notes = "Dhr. Jansen kwam om 10 uur. Hij is lastig!\nZe zegt: \"Ik ben moe.\" Daarna ging ze weg.\r\n\r\nKortom, een rommelig gesprek";
        List<Sentence> s = classifier.sentences(notes);
        assertEquals(List.of("Dhr. Jansen kwam om 10 uur.", "Hij is lastig!", "Ze zegt: \"Ik ben moe.\"",
                "Daarna ging ze weg.", "Kortom, een rommelig gesprek"), s.stream().map(Sentence::text).toList());
        assertEquals(List.of(1, 1, 2, 2, 4), s.stream().map(Sentence::line).toList());
        assertEquals("Hij is lastig!", notes.substring(s.get(1).start(), s.get(1).end()));
    }

    @Test
    public void opinionQuestionsAreRecognised() {
        assertEquals("Wat vindt u", OpinionQuestions.match("Wat vindt u zelf van uw situatie?"));
        assertEquals("Hoe beoordeelt u", OpinionQuestions.match("Hoe beoordeelt u uw kansen op werk?"));
        assertTrue(OpinionQuestions.match("En wat is uw mening over de schuldhulp?") != null);
        assertTrue(OpinionQuestions.match("What do you think about the debt plan?") != null);
        assertNull(OpinionQuestions.match("Wat heeft u vorige week gedaan?"));
        assertNull(OpinionQuestions.match("Wat vindt u ervan."), "only questions");
    }
}
