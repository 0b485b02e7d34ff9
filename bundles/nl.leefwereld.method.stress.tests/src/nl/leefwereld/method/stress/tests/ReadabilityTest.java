// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.leefwereld.core.text.DutchText;
import nl.leefwereld.method.stress.LetterCheck;
import nl.leefwereld.method.stress.Readability;
import nl.leefwereld.method.stress.StressLanguage;

/** Dutch syllables, sentences and the readability figures of a real-looking municipal letter and its rewrite. */
public class ReadabilityTest {

    @Test
    public void dutchSyllablesCountLongVowelsDiphthongsAndDiaereses() {
        String[][] expected = { { "maatregel", "3" }, { "Participatiewet", "6" }, { "geïnformeerd", "4" }, { "beëindigen", "5" },
                { "nieuw", "1" }, { "mooie", "2" }, { "koeien", "2" }, { "huis", "1" }, { "ideaal", "3" }, { "financiële", "5" },
                { "bijstandsuitkering", "5" }, { "re-integratie", "5" }, { "UWV", "3" }, { "BSN", "3" }, { "brief", "1" },
                { "terugvordering", "5" }, { "afspraak", "2" }, { "inlichtingenplicht", "5" }, { "cliënt", "2" }, { "zo", "1" } };
        for (String[] e : expected) {
            assertEquals(Integer.parseInt(e[1]), DutchText.syllables(e[0]), e[0]);
        }
    }

    @Test
    public void sentencesEndAtPunctuationButNotAtAbbreviationsOrAmounts() {
        String text = "Dat is bijv. een test van € 1.250,00 per maand. Nog een zin! En d.w.z. nog één?\nGeachte heer Jansen,\n\nWat nu";
        List<DutchText.Sentence> s = DutchText.sentences(text);
        assertEquals(List.of("Dat is bijv. een test van € 1.250,00 per maand.", "Nog een zin!", "En d.w.z. nog één?",
                "Geachte heer Jansen,", "Wat nu"), s.stream().map(DutchText.Sentence::text).toList());
        assertEquals(List.of("En", "d.w.z.", "nog", "één"), s.get(2).words().stream().map(DutchText.Word::text).toList());
        assertEquals(List.of("Dat", "is", "bijv", "een", "test", "van", "1.250,00", "per", "maand"),
                s.get(0).words().stream().map(DutchText.Word::text).toList());
    }

    @Test
    public void enumerationNumbersAreNoWordsAndEachItemIsASentence() {
        String text = "Wat heeft u nodig:\n1. Stuur uw loonstroken op\n2. Lever het formulier in\n3. Bel ons";
        List<DutchText.Sentence> s = DutchText.sentences(text);
        assertEquals(List.of("Wat heeft u nodig:", "Stuur uw loonstroken op", "Lever het formulier in", "Bel ons"),
                s.stream().map(DutchText.Sentence::text).toList());
    }

    @Test
    public void theFiguresFollowTheFleschDoumaFormula() {
        Readability r = Readability.of("De kat zit op de mat. Zij slaapt.");
        assertEquals(2, r.sentences());
        assertEquals(8, r.words());
        assertEquals(8, r.syllables());
        assertEquals(0, r.longWords());
        assertEquals(206.835 - 0.93 * 4 - 77 * 1.0, r.fleschDouma(), 1e-9);
        assertTrue(Double.isNaN(Readability.of("").fleschDouma()));
    }

    @Test
    public void thePlainRewriteOfTheMaatregelLetterScoresBetterOnEveryFigure() {
        LetterCheck.Report original = LetterCheck.check(Conversations.resource("brief-maatregel.txt"));
        LetterCheck.Report plain = LetterCheck.check(Conversations.resource("brief-eenvoudig.txt"));
        Readability o = original.readability();
        Readability p = plain.readability();
        System.out.println(String.format(Locale.ROOT,
                "[stress] letter 'maatregel': %d sentences, %.1f words/sentence, %.0f%% long words, Flesch-Douma %.1f (%d flags); "
                        + "plain rewrite: %d sentences, %.1f words/sentence, %.0f%% long words, Flesch-Douma %.1f (%d flags)",
                o.sentences(), o.averageSentenceLength(), o.longWordShare() * 100, o.fleschDouma(), original.flags().size(),
                p.sentences(), p.averageSentenceLength(), p.longWordShare() * 100, p.fleschDouma(), plain.flags().size()));

        assertTrue(p.fleschDouma() > o.fleschDouma() + 20, o.fleschDouma() + " -> " + p.fleschDouma());
        assertTrue(p.fleschDouma() >= 60, "the rewrite reads as ordinary text: " + p.fleschDouma());
        assertTrue(o.fleschDouma() < 50, "the original is (fairly) hard: " + o.fleschDouma());
        assertTrue(p.averageSentenceLength() < 10 && o.averageSentenceLength() > 15,
                o.averageSentenceLength() + " -> " + p.averageSentenceLength());
        assertTrue(p.longWordShare() < o.longWordShare());
        assertTrue(o.longSentences() >= 5, "long sentences in the original: " + o.longSentences());
        assertEquals(0, p.longSentences());
        assertTrue(plain.flags().size() * 4 < original.flags().size(), original.flags().size() + " -> " + plain.flags().size());
        assertTrue(plain.flags().stream().noneMatch(f -> f.kind() == StressLanguage.Kind.SANCTION), plain.flags().toString());
    }
}
