// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.method.blanco.model.LifeFilm;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.CliRun;
import nl.leefwereld.testsupport.CliTestBase;

/** {@code leefwereld blanco film|check} and {@code analyze --method blanco}, in-process on a real Derby database. */
public class CliTest extends CliTestBase {

    private Client store(Client client) {
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            store.saveClient(client);
            for (Conversation c : client.getTrajectories().get(0).getConversations()) {
                store.saveConversation(c);
            }
        }
        return client;
    }

    @Test
    public void evaluatePrintsPrecisionRecallAndF1OfALabelledSet() throws Exception {
        Path set = dir.resolve("gelabeld.tsv");
        Files.writeString(set, "# test\nJ\tnl\tMeneer is ongemotiveerd.\nF\tnl\tMeneer kwam om tien uur.\n"
                + "J\tnl\tMeneer vertelt dat hij geen werk kan vinden, maar eigenlijk doet hij gewoon te weinig moeite.\n"
                + "F\tnl\tHet is een lastige buurman, zegt hij zelf.\n", StandardCharsets.UTF_8);
        CliRun r = run("blanco", "evaluate", set.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("4 "), r.out());
        assertTrue(r.out().contains("1.000") && r.out().contains("F1"), r.out());
        CliRun json = run("--format", "json", "blanco", "evaluate", set.toString());
        assertTrue(json.out().contains("\"judgmentF1\": 1.0"), json.out());

        Files.writeString(set, "J\tnl\tGoed.\nX zonder tabs\n", StandardCharsets.UTF_8);
        CliRun bad = run("blanco", "evaluate", set.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("gelabeld.tsv") && bad.err().contains("2"), bad.err());
    }

    @Test
    public void checkClassifiesTheSentencesOfANotesFileWithReasons() throws Exception {
        Path notes = dir.resolve("notities.txt");
        Files.writeString(notes, "Meneer kwam op de fiets.\nHij is waarschijnlijk ongemotiveerd. Zijn zus helpt met de post.\n",
                StandardCharsets.UTF_8);
        CliRun text = run("blanco", "check", notes.toString());
        assertEquals(0, text.code(), text.err());
        List<String> lines = text.out().lines().toList();
        assertTrue(lines.get(0).contains("1") && lines.get(0).contains("Meneer kwam op de fiets."), text.out());
        int judgment = lines.indexOf(lines.stream().filter(l -> l.contains("ongemotiveerd.")).findFirst().orElseThrow());
        assertTrue(lines.get(judgment).contains(" 2 "), "line 2: " + lines.get(judgment));
        assertTrue(lines.get(judgment + 1).contains("'waarschijnlijk'") && lines.get(judgment + 1).contains("'ongemotiveerd'"),
                lines.get(judgment + 1));
        assertTrue(lines.get(lines.size() - 1).startsWith("3 "), text.out());

        CliRun json = run("--format", "json", "blanco", "check", notes.toString());
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"kind\": \"judgment\""), json.out());
        assertTrue(json.out().contains("\"words\": \"waarschijnlijk\""), json.out());
        assertTrue(json.out().contains("\"line\": 2"), json.out());
    }

    @Test
    public void badNotesFilesGetAClearMessageWithoutAStackTrace() throws Exception {
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Eerste regel.\nMeneer is naar de caf\u00E9 geweest.\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun bad = run("blanco", "check", latin1.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("latin1.txt") && bad.err().contains("UTF-8") && bad.err().contains("2"), bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());

        CliRun missing = run("blanco", "check", dir.resolve("bestaat-niet.txt").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("bestaat-niet.txt"), missing.err());

        CliRun wrong = run("blanco", "kijk", "x");
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("kijk"), wrong.err());
    }

    @Test
    public void filmSuggestsSavesAndPrintsTheFilmOfAClient() {
        Client client = store(BlancoTestData.client("Henk de Vries", BlancoTestData.BLANCO));

        CliRun empty = run("blanco", "film", client.getId());
        assertEquals(0, empty.code(), empty.err());
        assertTrue(empty.out().contains("Henk de Vries"), empty.out());

        CliRun saved = run("blanco", "film", client.getId(), "--suggest", "--save");
        assertEquals(0, saved.code(), saved.err());
        String out = saved.out();
        assertTrue(out.indexOf("In 2019") < out.indexOf("sinds 2021"), "timeline in time order: " + out);
        assertTrue(out.indexOf("Lisa") < out.indexOf("Kees"), "network from close to far: " + out);

        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            LifeFilm film = Assessments.latest(store.loadClient(client.getId()), LifeFilm.class);
            assertNotNull(film, "--save stored the film in the client's assessments");
            assertEquals(5, film.getPeople().size());
        }

        CliRun json = run("--format", "json", "blanco", "film", client.getId());
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"name\": \"Lisa\""), json.out());
        assertTrue(json.out().contains("\"closeness\": 5"), json.out());
        assertTrue(json.out().contains("\"year\": 2019"), json.out());

        CliRun unknown = run("blanco", "film", "geen-client");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("geen-client"), unknown.err());
    }

    @Test
    public void analyzeWithMethodBlancoRunsBothAnalyzers() {
        Client client = store(BlancoTestData.client("Karin", BlancoTestData.EARLY_OPINION));
        String id = client.getTrajectories().get(0).getConversations().get(0).getId();
        CliRun r = run("analyze", "--method", "blanco", id);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("blanco.judgments") && r.out().contains("blanco.phase"), r.out());
        assertTrue(r.out().contains("Wat vindt u zelf van uw situatie?"), r.out());
        assertTrue(r.out().contains("'gemotiveerd'"), r.out());
    }
}
