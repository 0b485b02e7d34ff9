// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leefwereld.core.text.Attribution;
import nl.leefwereld.core.text.Clause;
import nl.leefwereld.core.text.DutchStemmer;
import nl.leefwereld.core.text.DutchText;

/** The Dutch text layer: stems through Lucene's Snowball stemmer, clauses, negation, reporting clauses. */
public class DutchTextLayerTest {

    @Test
    public void inflectionsShareAStem() {
        String key = DutchStemmer.stem("terugvorderen");
        for (String w : List.of("teruggevorderd", "terugvordering", "terugvordert", "Terugvorderen")) {
            assertEquals(key, DutchStemmer.stem(w), w);
        }
        assertEquals(DutchStemmer.stem("vorderen"), DutchStemmer.stem("gevorderd"));
        assertEquals(DutchStemmer.stem("brief"), DutchStemmer.stem("brieven"));
        assertEquals(DutchStemmer.stem("verlagen"), DutchStemmer.stem("verlaagd"));
        assertEquals(DutchStemmer.stem("beëindigen"), DutchStemmer.stem("beëindigd"));
        assertEquals(DutchStemmer.stem("lastig"), DutchStemmer.stem("lastige"));
        assertNotEquals(DutchStemmer.stem("brief"), DutchStemmer.stem("boete"));
        assertEquals("", DutchStemmer.stem(""));
    }

    @Test
    public void sentencesAreCutIntoClauses() {
        List<Clause> c = DutchText.clauses("Meneer vertelt dat hij geen werk kan vinden, maar eigenlijk doet hij te weinig moeite.");
        assertEquals(List.of("", "dat", "maar"), c.stream().map(Clause::opener).toList());
        assertEquals("dat hij geen werk kan vinden", c.get(1).text("Meneer vertelt dat hij geen werk kan vinden, maar eigenlijk doet hij te weinig moeite."));
        assertTrue(c.get(1).negated());
        assertFalse(c.get(2).negated());
        assertEquals(2, DutchText.clauses("Ze heeft twee kinderen en een hond; de oudste is 7.").size(), "'en' between nouns does not cut");
    }

    @Test
    public void reportedClausesEndAtMaarAndStartAtTheReportingVerb() {
        Attribution.Result r = Attribution.of("Meneer vertelt dat hij geen werk kan vinden, maar eigenlijk doet hij te weinig moeite.");
        assertEquals(3, r.clauses().size());
        assertFalse(r.reported()[0]);
        assertTrue(r.reported()[1]);
        assertFalse(r.reported()[2], "after 'maar' the writer speaks again");
        assertEquals("vertelt", r.cues()[1]);

        Attribution.Result end = Attribution.of("Het is een lastige buurman, zegt hij zelf.");
        assertTrue(end.reported()[0], "attribution afterwards");
        Attribution.Result own = Attribution.of("Ik denk dat hij lastig is.");
        for (boolean b : own.reported()) {
            assertFalse(b, "the writer's own view is not reported");
        }
        Attribution.Result finding = Attribution.of("De huisarts heeft in 2021 een depressie vastgesteld.");
        assertTrue(finding.reported()[0]);
        Attribution.Result direct = Attribution.of("Hij vindt zijn buurman lastig.");
        assertTrue(direct.reported()[0]);
        assertEquals(2, direct.from()[0], "only what follows 'vindt'");
    }

    @Test
    public void sentencesPerLineOrAcrossWrappedLines() {
        String text = "Wij hebben uw brief\nontvangen. Dank u.\nTot ziens";
        assertEquals(3, DutchText.sentences(text).size());
        assertEquals(4, DutchText.sentences(text, true).size());
        assertTrue(DutchText.isNegation("geen"));
        assertEquals("teruggevorderd", DutchText.tokens("Het wordt teruggevorderd.").get(2).lower());
        assertEquals(DutchStemmer.stem("terugvorderen"), DutchText.tokens("Het wordt teruggevorderd.").get(2).stem());
    }
}
