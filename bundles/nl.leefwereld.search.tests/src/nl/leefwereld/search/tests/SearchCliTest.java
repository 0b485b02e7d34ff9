// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.search.bench.SearchBenchmark;
import nl.leefwereld.search.cli.IndexCommand;
import nl.leefwereld.search.cli.MatrixCommand;
import nl.leefwereld.search.cli.RetrieveCommand;
import nl.leefwereld.search.cli.SearchCommand;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

/** {@code search}, {@code retrieve}, {@code matrix}, {@code index} and the benchmark on a real store. */
public class SearchCliTest {

    @Test
    public void commandsAreContributed() {
        Set<String> names = Arrays.stream(Platform.getExtensionRegistry()
                .getConfigurationElementsFor("nl.leefwereld.core.cliCommands")).map(e -> e.getAttribute("name"))
                .collect(Collectors.toSet());
        assertTrue(names.containsAll(List.of("search", "retrieve", "matrix", "index", "search-bench")), names.toString());
    }

    @Test
    public void searchPrintsConversationUtteranceSpeakerAndMarkedMatch(@TempDir Path dir) throws Exception {
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation[] cs = SearchIndexTest.fill(store);
            Fixtures.Context text = new Fixtures.Context(store, dir, null);
            assertEquals(CliCommand.EXIT_OK, text.run(new SearchCommand(), "brieven", "--speaker", "client"));
            String out = text.output();
            assertTrue(out.contains(cs[0].getId() + "  Eerste gesprek"), out);
            assertTrue(out.contains("  2  Sanne (client): Ik heb de [brieven] van de gemeente niet geopend."), out);
            assertTrue(out.contains("  2  Ahmed (client): De cliëntondersteuner heeft de [brief] gelezen."), out);
            assertTrue(!out.contains("Consulent"), out);

            Fixtures.Context json = new Fixtures.Context(store, dir, "json");
            json.run(new SearchCommand(), "huur", "--client", cs[0].getTrajectory().getClient().getId(), "--code",
                    "change_talk");
            String j = json.output().replaceAll("\\s", "");
            assertTrue(j.contains("\"total\":2"), j);
            assertTrue(j.contains("\"marked\":\"De[[huur]]isnietbetaaldendeschuldloopton.\"".replace("ton", "top")), j);
            assertTrue(j.contains("\"utterance\":4"), j);

            assertThrows(CliUsageException.class, () -> text.run(new SearchCommand()));
            assertThrows(CliUsageException.class, () -> text.run(new SearchCommand(), "\"open"));
            assertThrows(CliUsageException.class, () -> text.run(new SearchCommand(), "x", "--speaker", "buurman"));
            assertThrows(CliUsageException.class, () -> text.run(new SearchCommand(), "x", "--from", "gisteren"));
        }
    }

    @Test
    public void retrieveMatrixAndIndex(@TempDir Path dir) throws Exception {
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            SearchIndexTest.fill(store);
            Fixtures.Context text = new Fixtures.Context(store, dir, null);
            text.run(new RetrieveCommand(), "--code", "mi:change_talk", "--coder", "bram");
            String out = text.output();
            assertTrue(out.contains("mi:change_talk  by bram (accepted suggestion)")
                    || out.contains("mi:change_talk  door bram (geaccepteerde suggestie)"), out);
            assertTrue(out.contains("    U maakt zich zorgen over brieven.\n  > Sanne: De huur is niet betaald"), out);

            Fixtures.Context csv = new Fixtures.Context(store, dir, "csv");
            csv.run(new RetrieveCommand(), "--code", "change_talk");
            List<String> lines = csv.output().lines().toList();
            assertEquals(4, lines.size(), csv.output());
            assertTrue(lines.get(0).startsWith("conversation,title,client,utterance,speaker,role,method,code,coder,origin,before,text,after"));
            assertThrows(CliUsageException.class, () -> text.run(new RetrieveCommand()));

            Path xlsx = dir.resolve("m.xlsx");
            assertEquals(CliCommand.EXIT_OK, text.run(new MatrixCommand(), "--by", "client", "--out", xlsx.toString()));
            assertTrue(Files.size(xlsx) > 0);
            Path csvFile = dir.resolve("m.csv");
            text.run(new MatrixCommand(), "--out", csvFile.toString());
            assertTrue(Files.readString(csvFile).startsWith("code,"), Files.readString(csvFile));
            assertThrows(CliUsageException.class, () -> text.run(new MatrixCommand(), "--out", dir.toString()));
            assertThrows(CliUsageException.class, () -> text.run(new MatrixCommand(), "--by", "coder", "--out", "x.csv"));

            Fixtures.Context index = new Fixtures.Context(store, dir, null);
            assertEquals(CliCommand.EXIT_OK, index.run(new IndexCommand(), "rebuild"));
            assertTrue(index.output().contains(" 3 "), index.output());
            assertThrows(CliUsageException.class, () -> index.run(new IndexCommand(), "drop"));
        }
    }

    @Test
    public void benchmarkRunsAtSmallScale(@TempDir Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SearchBenchmark.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8), 2000, 200, 5, 500);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.lines().count() >= 10, out);
        assertTrue(out.contains("p95"), out);
        // the full figures: -Dleefwereld.testArgs=-Dleefwereld.searchBench=<utterances>[,<database utterances>]
        String full = System.getProperty("leefwereld.searchBench");
        if (full != null) {
            String[] n = full.split(",");
            Path big = dir.resolve("full");
            SearchBenchmark.run(big, System.out, Integer.parseInt(n[0]), 100_000, 200,
                    n.length > 1 ? Integer.parseInt(n[1]) : 0);
        }
    }
}
