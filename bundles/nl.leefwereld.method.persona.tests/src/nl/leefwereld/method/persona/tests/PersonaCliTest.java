// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.CliRun;
import nl.leefwereld.testsupport.CliTestBase;

/** {@code leefwereld persona build|representativeness|import} on a real database. */
public class PersonaCliTest extends CliTestBase {

    private void storeTenants() {
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            for (Client c : Tenants.make(3).clients) {
                store.saveClient(c);
                for (Trajectory t : c.getTrajectories()) {
                    for (Conversation conv : t.getConversations()) {
                        store.saveConversation(conv);
                    }
                }
            }
        }
    }

    @Test
    public void generateWritesAPopulationThatImportsAndBuildsWithEitherModel() throws Exception {
        Path csv = dir.resolve("pop.csv");
        CliRun generated = run("persona", "generate", "--clients", "1500", "--seed", "3", "--shape", "unbalanced", csv.toString());
        assertEquals(0, generated.code(), generated.err());
        assertEquals(1501, Files.readAllLines(csv).size());
        Path segments = dir.resolve("pop-segments.csv");
        assertTrue(Files.readString(segments).contains("oudere niet-Nederlandstalige huurders"));
        assertEquals(java.util.Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(csv));
        CliRun imported = run("persona", "import", csv.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("1500"), imported.out());

        CliRun lca = run("persona", "build", "--seed", "5", "--format", "json");
        assertEquals(0, lca.code(), lca.err());
        assertTrue(lca.out().contains("\"model\": \"lca\"") && lca.out().contains("\"bic\""), lca.out());
        assertTrue(lca.out().contains("\"icl\""), "k chosen by ICL by default: " + lca.out());
        CliRun text = run("persona", "build", "--seed", "5");
        assertTrue(text.out().contains("ICL") && text.out().contains("BIC"), text.out());
        CliRun bic = run("persona", "build", "--seed", "5", "--criterion", "bic", "--format", "json");
        assertEquals(0, bic.code(), bic.err());
        assertTrue(bic.out().contains("\"bic\"") && !bic.out().contains("\"icl\""), bic.out());
        CliRun badCriterion = run("persona", "build", "--criterion", "aic");
        assertEquals(1, badCriterion.code());
        assertTrue(badCriterion.err().contains("aic"), badCriterion.err());
        CliRun kp = run("persona", "build", "--model", "kprototypes", "--k", "5", "--format", "json");
        assertEquals(0, kp.code(), kp.err());
        assertTrue(kp.out().contains("\"model\": \"kprototypes\"") && !kp.out().contains("\"bic\""));

        CliRun badModel = run("persona", "build", "--model", "kmeans");
        assertEquals(1, badModel.code());
        assertTrue(badModel.err().contains("kmeans"), badModel.err());
        CliRun badShape = run("persona", "generate", "--shape", "round", dir.resolve("x.csv").toString());
        assertEquals(1, badShape.code());
        assertTrue(badShape.err().contains("round"), badShape.err());
        assertFalse(Files.exists(dir.resolve("x.csv")));
        CliRun help = run("help");
        assertTrue(help.out().contains("persona generate") && help.out().contains("--model lca|kprototypes"),
                help.out());
    }

    @Test
    public void buildPrintsPersonasWithEvidenceAsTextAndJson() {
        storeTenants();
        CliRun text = run("persona", "build", "--k", "auto", "--seed", "5");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("--population"), "says representativeness was not checked: " + text.out());
        assertTrue(text.out().contains("gezin met kinderen"), text.out());
        assertTrue(text.out().contains("HUURDER-"), text.out());
        assertFalse(text.out().contains("Mevrouw Jansen"), "never a display name");

        CliRun json = run("persona", "build", "--k", "3", "--seed", "5", "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().startsWith("{") && json.out().contains("\"k\": 3") && json.out().contains("\"quotes\""),
                json.out());
        assertTrue(json.out().contains("eerste generatie"), "the newcomers are named: " + json.out());
        CliRun again = run("persona", "build", "--k", "3", "--seed", "5", "--format", "json");
        assertEquals(json.out().replaceAll("\"millis\": \\d+", ""), again.out().replaceAll("\"millis\": \\d+", ""),
                "same database, same seed: same output");
        assertTrue(Files.exists(dir.resolve("persona-hmac.key")), "the key is kept beside the database");
    }

    @Test
    public void representativenessAndBuildWithAPopulationWarnAboutASkewedPanel() throws Exception {
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            RepresentativenessTest.skewedPanel().forEach(store::saveClient);
        }
        Path population = dir.resolve("bevolking.csv");
        Files.writeString(population, RepresentativenessTest.POPULATION, StandardCharsets.UTF_8);
        CliRun r = run("persona", "representativeness", "--population", population.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("18-29") && r.out().contains("65+"), r.out());
        assertTrue(r.out().contains(nl.leefwereld.method.persona.RepresentativenessReport.Status.UNDER.label()), r.out());

        CliRun build = run("persona", "build", "--population", population.toString(), "--weighted", "--k", "2");
        assertEquals(0, build.code(), build.err());
        int warning = build.out().indexOf("18-29");
        int firstPersona = build.out().indexOf("HUURDER");
        assertTrue(warning >= 0, build.out());
        assertTrue(firstPersona < 0 || warning < firstPersona, "the warning comes before the personas");

        CliRun json = run("--format", "json", "persona", "representativeness", "--population", population.toString());
        assertTrue(json.out().contains("\"skewed\": true"), json.out());
    }

    @Test
    public void importStoresTheTableAndBadInputGivesAClearMessage() throws Exception {
        Path csv = dir.resolve("kenmerken.csv");
        Files.writeString(csv, "pseudoniem;leeftijdsgroep;wijk\nH-1;65-79;Noord\nH-2;25-34;Oost\n",
                StandardCharsets.UTF_8);
        CliRun ok = run("persona", "import", csv.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("2"), ok.out());
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            assertEquals(2, store.countClients());
        }
        Path bad = dir.resolve("kapot.csv");
        Files.writeString(bad, "pseudoniem;wijk\nH-3;West\nH-4\n", StandardCharsets.UTF_8);
        CliRun failed = run("persona", "import", bad.toString());
        assertEquals(1, failed.code());
        assertTrue(failed.err().contains("kapot.csv") && failed.err().contains("3"), failed.err());
        assertFalse(failed.err().contains("Exception"), "no stack trace: " + failed.err());
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            assertEquals(2, store.countClients(), "nothing of the bad file stored");
        }
        CliRun noPopulation = run("persona", "representativeness");
        assertEquals(1, noPopulation.code());
        assertTrue(noPopulation.err().contains("--population"), noPopulation.err());
        CliRun badK = run("persona", "build", "--k", "veel");
        assertEquals(1, badK.code());
        assertTrue(badK.err().contains("veel"), badK.err());
        CliRun missingFile = run("persona", "representativeness", "--population", dir.resolve("nee.csv").toString());
        assertEquals(1, missingFile.code());
        assertTrue(missingFile.err().contains("nee.csv"), missingFile.err());
    }
}
