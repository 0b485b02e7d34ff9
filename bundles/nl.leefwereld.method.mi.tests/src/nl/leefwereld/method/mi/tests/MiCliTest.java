// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.method.mi.cli.MiCommand;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.TestCliContext;

/** {@code leefwereld mi scores|report|import} on a real Derby store. */
public class MiCliTest {

    private static Conversation store(ConversationStore store) {
        Conversation c = MiScoresTest.coded();
        store.saveClient(c.getTrajectory().getClient());
        store.saveConversation(c);
        return c;
    }

    @Test
    public void scoresAsTextAndJson(@TempDir Path dir) throws Exception {
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation c = store(store);
            TestCliContext text = TestCliContext.of(store, dir, null);
            assertEquals(CliCommand.EXIT_OK, text.run(new MiCommand(), "scores", c.getId()));
            String out = text.output();
            assertTrue(out.contains(c.getId()) && out.contains("anna"), out);
            assertTrue(out.contains("0.3:1") && out.contains("100%") && out.contains("40%"), out);
            assertTrue(out.contains("Q 4") && out.contains("CR 1") && out.contains("SR 0"), out);

            TestCliContext json = TestCliContext.of(store, dir, "json");
            assertEquals(CliCommand.EXIT_OK, json.run(new MiCommand(), "scores", "all"));
            String j = json.output();
            assertTrue(j.contains("\"conversationId\":\"" + c.getId() + "\"") || j.contains("\"conversationId\": \"" + c.getId() + "\""), j);
            assertTrue(j.replaceAll("\\s", "").contains("\"technical\":{\"value\":2.5"), j);
            assertTrue(j.replaceAll("\\s", "").contains("\"level\":\"below_fair\""), j);
            assertTrue(j.replaceAll("\\s", "").contains("\"changeGoal\":\"Betaaldwerkvinden\""), j);

            TestCliContext local = TestCliContext.of(store, dir, null);
            local.run(new MiCommand(), "scores", c.getId(), "--format", "json", "--coder", "nobody");
            assertTrue(local.output().replaceAll("\\s", "").contains("\"coder\":\"nobody\""), local.output());

            assertThrows(CliUsageException.class, () -> text.run(new MiCommand(), "scores", "no-such-id"));
            assertThrows(CliUsageException.class, () -> text.run(new MiCommand(), "scorez", c.getId()));
            assertThrows(CliUsageException.class, () -> text.run(new MiCommand()));
        }
    }

    @Test
    public void theReportShowsScoresThresholdsAndExamples(@TempDir Path dir) throws Exception {
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation c = store(store);
            Path html = dir.resolve("rapport.html");
            TestCliContext ctx = TestCliContext.of(store, dir, null);
            assertEquals(CliCommand.EXIT_OK, ctx.run(new MiCommand(), "report", c.getId(), html.toString()));
            String report = Files.readString(html, StandardCharsets.UTF_8);
            assertTrue(report.startsWith("<!DOCTYPE html>"));
            assertTrue(report.contains("Betaald werk vinden"), "change goal");
            assertTrue(report.contains("Het klinkt alsof je er moedeloos van wordt."), "an example of CR");
            assertTrue(report.contains("Complexe reflectie"), "the codebook's Dutch label");
            assertTrue(report.contains("2.5") && report.contains("4.0") && report.contains("0.3:1"), report);
            assertTrue(report.contains("Moyers"), "the benchmarks are attributed");
            assertTrue(store.auditEvents(null).stream().anyMatch(e -> e.action().equals("EXPORT")
                    && c.getId().equals(e.objectId()) && e.detail().equals("mi report " + html.toAbsolutePath())),
                    "the report is an export in the audit log");
            assertThrows(CliUsageException.class,
                    () -> ctx.run(new MiCommand(), "report", c.getId(), dir.resolve("no/such/dir/r.html").toString()));
        }
    }

    @Test
    public void importStoresCodedTranscriptsOrNothing(@TempDir Path dir) throws Exception {
        Path csv = MiCsvImportTest.write(dir, "annomi.csv", MiCsvImportTest.ANNOMI);
        Path mapping = MiCsvImportTest.write(dir, "koppeling.properties", MiCsvImportTest.MAPPING);
        Path bad = MiCsvImportTest.write(dir, "bad.csv", MiCsvImportTest.ANNOMI.replace(",open,", ",opne,"));
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            TestCliContext ctx = TestCliContext.of(store, dir, null);
            assertEquals(CliCommand.EXIT_USAGE, ctx.run(new MiCommand(), "import", bad.toString(), "--mapping", mapping.toString()));
            assertTrue(ctx.errors().contains("bad.csv") && ctx.errors().contains("opne"), ctx.errors());
            assertEquals(0, store.countClients());

            assertEquals(CliCommand.EXIT_OK, ctx.run(new MiCommand(), "import", csv.toString(), "--mapping", mapping.toString()));
            assertEquals(2, ctx.output().lines().filter(l -> l.contains("annomi.csv")).count(), ctx.output());
            TestCliContext scores = TestCliContext.of(store, dir, null);
            scores.run(new MiCommand(), "scores", "all");
            assertTrue(scores.output().contains("annomi") && scores.output().contains("50%"), scores.output());
            assertFalse(scores.output().isBlank());

            // a malformed time is a warning on the error stream naming the line: the import goes on
            Path late = MiCsvImportTest.write(dir, "late.csv", MiCsvImportTest.ANNOMI.replace("00:00:25", "00:09:025"));
            TestCliContext warned = TestCliContext.of(store, dir, null);
            assertEquals(CliCommand.EXIT_OK, warned.run(new MiCommand(), "import", late.toString(), "--mapping", mapping.toString()));
            assertTrue(warned.errors().contains("late.csv") && warned.errors().contains("00:09:025")
                    && warned.errors().contains(" 7:"), warned.errors());
            assertEquals(2, warned.output().lines().filter(l -> l.contains("late.csv")).count(), warned.output());
        }
    }
}
