// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leefwereld.search.SearchFilter;
import nl.leefwereld.search.SearchHit;
import nl.leefwereld.search.SearchIndex;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;

/** Real Dutch word pairs: the word searched for finds the other form, in a real Lucene index. */
public class DutchStemmingTest {

    /** {searched, written in the utterance} */
    private static final String[][] PAIRS = { { "brief", "Ik heb de brieven niet geopend." },
            { "brieven", "Er kwam een brief van de gemeente." }, { "betalen", "De huur is niet betaald." },
            { "betaald", "Ik kan de huur niet betalen." }, { "schuld", "Mijn schulden lopen op." },
            { "woning", "We zoeken andere woningen." }, { "werken", "Ik heb vroeger in de zorg gewerkt." },
            { "terugvordering", "Ze gaan het geld terugvorderen." }, { "reizen", "Die reis was te duur." },
            { "client", "De cliënt kwam niet opdagen." }, { "cliënten", "Alle clienten kregen een brief." },
            { "beëindigen", "De uitkering is beeindigd." } };

    @Test
    public void wordFormsFindEachOther() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            Client client = Fixtures.client("Sanne");
            String[] lines = new String[PAIRS.length * 2];
            for (int i = 0; i < PAIRS.length; i++) {
                lines[2 * i] = "Vertel.";
                lines[2 * i + 1] = PAIRS[i][1];
            }
            Conversation c = Fixtures.conversation(client, "Stammen", "nl", null, lines);
            index.index(c);
            index.refresh();
            for (int i = 0; i < PAIRS.length; i++) {
                List<SearchHit> hits = index.search(PAIRS[i][0], SearchFilter.none(), 10);
                String expected = PAIRS[i][1];
                assertTrue(hits.stream().anyMatch(h -> h.text().equals(expected)),
                        PAIRS[i][0] + " should find: " + expected + " but found " + hits.stream().map(SearchHit::text).toList());
            }
            // the match is marked on the word as written
            SearchHit hit = index.search("brief", SearchFilter.none(), 10).stream()
                    .filter(h -> h.text().startsWith("Ik heb de brieven")).findFirst().orElseThrow();
            assertEquals("Ik heb de [brieven] niet geopend.", hit.marked("[", "]"));
            // different words stay apart
            assertTrue(index.search("huis", SearchFilter.none(), 10).isEmpty());
        }
    }

    @Test
    public void englishConversationsStemInEnglish() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            Client client = Fixtures.client("Sam");
            Conversation en = Fixtures.conversation(client, "Intake", "en", null, "How are things?",
                    "I opened all the letters and walked to the office.");
            Conversation nl = Fixtures.conversation(client, "Intake", "nl", null, "Hoe gaat het?",
                    "De letters op het formulier zijn klein.");
            index.index(en);
            index.index(nl);
            index.refresh();
            List<SearchHit> walking = index.search("walking", SearchFilter.none(), 10);
            assertEquals(1, walking.size());
            assertEquals("I opened all the letters and [walked] to the office.", walking.get(0).marked("[", "]"));
            assertEquals(2, index.search("letter", SearchFilter.none(), 10).size(), "Dutch key and English stem");
        }
    }
}
