// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.leefwereld.cli.CliMain;
import nl.leefwereld.core.cli.CliCommandDescriptor;
import nl.leefwereld.core.cli.CliCommandRegistry;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.CliRun;
import nl.leefwereld.testsupport.CliTestBase;

import org.eclipse.core.runtime.RegistryFactory;

/** Runs the commands in-process through the same dispatcher as the application, on a real Derby database. */
public class CliCommandsTest extends CliTestBase {

    private Path transcript(String text) throws Exception {
        Path file = dir.resolve("gesprek.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String conversationId(String importOutput) {
        Matcher m = Pattern.compile("([0-9a-f]{8}-[0-9a-f-]{27})").matcher(importOutput);
        assertTrue(m.find(), importOutput);
        return m.group(1);
    }

    @Test
    public void theCommandsAreContributedThroughTheExtensionPoint() {
        List<String> names = CliCommandRegistry.read(RegistryFactory.getRegistry(), null).stream()
                .map(CliCommandDescriptor::name).toList();
        assertTrue(names.containsAll(List.of("demo", "export", "help", "import", "list", "show")), names.toString());
    }

    @Test
    public void importThenListShowAndExport() throws Exception {
        Path file = transcript("""
                # Titel: Welkomstgesprek "test"
                # Soort: welkomstgesprek
                [00:00:04] Klantmanager: Welkom, goed dat u er bent. Hoe is het voor u om hier te zijn?
                [00:00:12] Sanne: Spannend. Ik slaap slecht van de brieven 😀.
                  Echt waar.
                [00:01:05] Klantmanager: Dat kost moeite, en toch bent u gekomen.
                """);
        CliRun imported = run("import", file.toString());
        assertEquals(0, imported.code(), imported.err());
        String id = conversationId(imported.out());

        CliRun list = run("list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains(id), list.out());
        assertTrue(list.out().contains("Welkomstgesprek \"test\""), list.out());
        assertTrue(list.out().contains(" 3 "), "utterance count: " + list.out());

        CliRun show = run("show", id);
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("[00:00:04] Klantmanager: Welkom, goed dat u er bent. Hoe is het voor u om hier te zijn?"), show.out());
        assertTrue(show.out().contains("[00:00:12] Sanne: Spannend. Ik slaap slecht van de brieven 😀.\n  Echt waar."), show.out());
        assertTrue(show.out().contains("[00:01:05] Klantmanager: Dat kost moeite"), show.out());

        CliRun export = run("export", id, "--format", "json");
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().trim().startsWith("{") && export.out().trim().endsWith("}"), export.out());
        assertTrue(export.out().contains("\"id\": \"" + id + "\""), export.out());
        assertTrue(export.out().contains("\"text\": \"Spannend. Ik slaap slecht van de brieven 😀.\\nEcht waar.\""), export.out());
        assertTrue(export.out().contains("\"title\": \"Welkomstgesprek \\\"test\\\"\""), export.out());
        assertTrue(export.out().contains("\"startMillis\": 65000"), export.out());

        Path out = dir.resolve("export.json");
        CliRun toFile = run("export", id, "--out", out.toString());
        assertEquals(0, toFile.code(), toFile.err());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("\"speaker\": \"Sanne\""));
        String audit = run("audit", "--csv").out();
        assertTrue(audit.contains(",EXPORT,") && audit.contains("," + id + ",json stdout"), audit);
        assertTrue(audit.contains("," + id + ",json " + out.toAbsolutePath()), "the export to a file is audited: " + audit);

        CliRun listJson = run("--format", "json", "list");
        assertEquals(0, listJson.code(), listJson.err());
        assertTrue(listJson.out().contains("\"utterances\": 3"), listJson.out());
    }

    @Test
    public void moveTakesAConversationToAnotherClientAndIsAudited() throws Exception {
        assertEquals(0, run("demo").code());
        String id = conversationId(run("import", transcript("Dhr. Jansen: Goedemorgen.\nMw. de Boer: Dag.\n").toString()).out());
        String clientId;
        String trajectoryId;
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            var target = store.listClients().stream().filter(c -> c.getTrajectories().size() == 1
                    && !c.getTrajectories().get(0).getConversations().stream().anyMatch(v -> v.getId().equals(id)))
                    .findFirst().orElseThrow(() -> new AssertionError("a demo client with one trajectory"));
            clientId = target.getId();
            trajectoryId = target.getTrajectories().get(0).getId();
        }
        CliRun toTheOnlyTrajectory = run("move", id, "--client", clientId);
        assertEquals(0, toTheOnlyTrajectory.code(), toTheOnlyTrajectory.err());
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            assertEquals(trajectoryId, store.loadConversation(id).getTrajectory().getId());
            var client = store.loadClient(clientId);
            var second = nl.leefwereld.model.ModelFactory.eINSTANCE.createTrajectory();
            second.setId(java.util.UUID.randomUUID().toString());
            second.setTitle("Schuldhulp");
            client.getTrajectories().add(second);
            store.saveClient(client);
            trajectoryId = second.getId();
        }
        CliRun choose = run("move", id, "--client", clientId);
        assertEquals(1, choose.code(), choose.out());
        assertTrue(choose.err().contains(trajectoryId), "names the trajectories to choose from: " + choose.err());
        CliRun moved = run("move", id, "--client", clientId, "--trajectory", trajectoryId);
        assertEquals(0, moved.code(), moved.err());
        assertTrue(moved.out().contains(id), moved.out());
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            assertEquals(trajectoryId, store.loadConversation(id).getTrajectory().getId());
        }
        String audit = run("audit", "--csv").out();
        assertTrue(audit.contains(",CHANGE,") && audit.contains(id + ",conversation moved to trajectory " + trajectoryId), audit);

        assertEquals(1, run("move", id).code(), "--client is required");
        CliRun unknown = run("move", id, "--client", "geen-client");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("geen-client"), unknown.err());
        CliRun wrongTrajectory = run("move", id, "--client", clientId, "--trajectory", "geen-traject");
        assertEquals(1, wrongTrajectory.code());
        assertTrue(wrongTrajectory.err().contains("geen-traject"), wrongTrajectory.err());
        assertTrue(run("help").out().contains("move"));
    }

    @Test
    public void badFileGivesExitCodeOneAndTheLineNumber() throws Exception {
        Path file = transcript("Klantmanager: Welkom.\nSanne: Dank u.\n[99:xx] Klantmanager: Hm.\n\n\n\n[00:00:10] zonder spreker\n");
        CliRun r = run("import", file.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().matches("(?s).*(regel|line) 3: .*'\\[99:xx\\]'.*"), r.err());
        assertTrue(r.err().matches("(?s).*(regel|line) 7: .*"), r.err());
        assertTrue(r.err().contains("gesprek.txt"), r.err());
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            assertEquals(0, store.countClients(), "nothing imported");
        }
    }

    @Test
    public void binaryAndMissingFilesGiveExitCodeOne() throws Exception {
        Path binary = dir.resolve("foto.jpg");
        Files.write(binary, new byte[] { (byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2 });
        CliRun r = run("import", binary.toString());
        assertEquals(1, r.code());
        assertFalse(r.err().isBlank());
        CliRun missing = run("import", dir.resolve("nergens.txt").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nergens.txt"), missing.err());
    }

    @Test
    public void unknownIdsAndUsageErrorsGiveExitCodeOne() {
        CliRun show = run("show", "bestaat-niet");
        assertEquals(1, show.code());
        assertTrue(show.err().contains("bestaat-niet"), show.err());
        assertEquals(1, run("export", "bestaat-niet").code());
        assertEquals(1, run("show").code());
        assertEquals(1, run("list", "--onzin").code());
        assertEquals(1, run("--format", "xml", "list").code());
        CliRun trajectory = run("import", "x.txt", "--trajectory");
        assertEquals(1, trajectory.code());
    }

    @Test
    public void unknownCommandListsTheAvailableOnes() {
        CliRun r = run("analyseer");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("analyseer"), r.err());
        assertTrue(r.err().contains("import") && r.err().contains("list") && r.err().contains("export"), r.err());
        CliRun none = run();
        assertEquals(1, none.code());
    }

    @Test
    public void demoCreatesFourConversationsOnce() {
        CliRun first = run("demo");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("4"), first.out());
        CliRun list = run("list");
        assertTrue(list.out().contains("Welkomstgesprek werk en inkomen"), list.out());
        assertTrue(list.out().contains("Klantenpanel onderhoud en bereikbaarheid"), list.out());
        CliRun second = run("demo");
        assertEquals(0, second.code());
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            assertEquals(3, store.countClients());
        }
    }

    @Test
    public void helpListsCommands() {
        CliRun r = run("help");
        assertEquals(0, r.code(), r.err());
        for (String name : List.of("import", "list", "show", "export", "demo", "help")) {
            assertTrue(r.out().contains(name), r.out());
        }
        assertEquals(0, run("help", "import").code());
        assertEquals(1, run("help", "onbekend").code());
    }

    @Test
    public void unusableDatabaseGivesExitCodeTwo() throws Exception {
        Path notAFolder = dir.resolve("gewoon-een-bestand");
        Files.writeString(notAFolder, "geen database");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CliMain.run(new String[] { "list", "--db", notAFolder.toString() }, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("gewoon-een-bestand"));
    }
}
