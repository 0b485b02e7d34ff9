// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.method.persona.ClientAttributeImport;
import nl.leefwereld.method.persona.DataFileException;
import nl.leefwereld.method.persona.bench.PopulationGenerator;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

/** The client attribute table into a real Derby store: create or update, and nothing stored on a bad file. */
public class ClientAttributeImportTest {

    @TempDir
    Path dir;

    private static final String TABLE = """
            pseudoniem;leeftijdsgroep;huishouden;netto inkomen;wijk
            HUURDER-1;65-79;alleenstaand;1450,50;Noord
            HUURDER-2;25-34;gezin met kinderen;;Oost
            "HUURDER-3";45-64;"stel; geen kinderen";2100;Zuid
            """;

    private static Map<String, String> attributes(Client c) {
        return c.getAttributes().stream().collect(Collectors.toMap(ClientAttribute::getName, ClientAttribute::getValue));
    }

    @Test
    public void theTableCreatesAndUpdatesClients() throws Exception {
        Path csv = dir.resolve("huurders.csv");
        Files.writeString(csv, TABLE, StandardCharsets.UTF_8);
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Client existing = ModelFactory.eINSTANCE.createClient();
            existing.setId("c-1");
            existing.setPseudonym("HUURDER-1");
            existing.setDisplayName("Mevrouw De Boer");
            ClientAttribute old = ModelFactory.eINSTANCE.createClientAttribute();
            old.setName("Wijk");
            old.setValue("Centrum");
            existing.getAttributes().add(old);
            ClientAttribute kept = ModelFactory.eINSTANCE.createClientAttribute();
            kept.setName("taal");
            kept.setValue("nl");
            existing.getAttributes().add(kept);
            store.saveClient(existing);

            ClientAttributeImport.Plan plan = ClientAttributeImport.read(csv);
            assertEquals(4, plan.attributes().size());
            ClientAttributeImport.Outcome outcome = ClientAttributeImport.apply(plan, store, new NullProgressMonitor());
            assertEquals(2, outcome.created());
            assertEquals(1, outcome.updated());
            assertEquals(11, outcome.attributes(), "the empty cell is not a value");

            assertEquals(3, store.countClients());
            Client one = store.loadClient("c-1");
            assertEquals("Mevrouw De Boer", one.getDisplayName(), "the display name is left alone");
            Map<String, String> a = attributes(one);
            assertEquals("Noord", a.get("Wijk"), "an attribute is updated whatever the case of its name");
            assertEquals("nl", a.get("taal"), "attributes not in the file stay");
            assertEquals("1450,50", a.get("netto inkomen"));
            Client two = store.listClients().stream().filter(c -> "HUURDER-2".equals(c.getPseudonym())).findFirst()
                    .orElseThrow();
            assertNull(two.getDisplayName(), "a new client gets no name, only its pseudonym");
            assertEquals(null, attributes(two).get("netto inkomen"));
            Client three = store.listClients().stream().filter(c -> "HUURDER-3".equals(c.getPseudonym())).findFirst()
                    .orElseThrow();
            assertEquals("stel; geen kinderen", attributes(three).get("huishouden"), "quoted separator");

            // importing again updates, creates nothing
            ClientAttributeImport.Outcome again = ClientAttributeImport.apply(ClientAttributeImport.read(csv), store,
                    null);
            assertEquals(0, again.created());
            assertEquals(3, store.countClients());
        }
    }

    @Test
    public void aFileIsStoredInOneTransactionAllOrNothing() throws Exception {
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            java.util.List<Client> clients = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Client c = ModelFactory.eINSTANCE.createClient();
                c.setId("batch-" + i);
                c.setPseudonym("BATCH-" + i);
                ClientAttribute a = ModelFactory.eINSTANCE.createClientAttribute();
                a.setName("wijk");
                a.setValue("Noord");
                c.getAttributes().add(a);
                clients.add(c);
            }
            clients.get(2).setId("x".repeat(500)); // longer than an id may be: the database refuses this row
            nl.leefwereld.store.StoreException e = assertThrows(nl.leefwereld.store.StoreException.class,
                    () -> store.saveClients(clients));
            assertTrue(e.getMessage().contains("BATCH-2") || e.getMessage().contains("xxxx"), e.getMessage());
            assertEquals(0, store.countClients(), "the first two are not stored either");
            clients.get(2).setId("batch-2");
            store.saveClients(clients);
            assertEquals(3, store.countClients());
            assertEquals("Noord", store.loadClient("batch-1").getAttributes().get(0).getValue());
        }
    }

    @Test
    public void aBadRowStoresNothingAndNamesTheLine() throws Exception {
        Path csv = dir.resolve("kapot.csv");
        Files.writeString(csv, TABLE + "HUURDER-4;18-24;alleenstaand\nHUURDER-5;30-44;stel;1800;West\n",
                StandardCharsets.UTF_8);
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            DataFileException e = assertThrows(DataFileException.class, () -> ClientAttributeImport.read(csv));
            assertTrue(e.getMessage().contains("kapot.csv") && e.getMessage().contains("5:")
                    && e.getMessage().contains("5") && e.getMessage().contains("3"), e.getMessage());
            assertEquals(0, store.countClients(), "nothing stored");
        }
    }

    @Test
    public void otherProblemsAreNamedWithTheirLine() throws Exception {
        assertLine("pseudoniem,wijk\nA,Noord\n,Zuid\n", "3");
        assertLine("pseudoniem,wijk\nA,Noord\nB,Zuid\na,West\n", "4");
        assertLine("pseudoniem,wijk,Wijk\nA,Noord,Zuid\n", "Wijk");
        assertLine("pseudoniem,,wijk\nA,Noord,Zuid\n", "2");
        assertLine("pseudoniem\nA\n", "1");
        assertLine("pseudoniem,wijk\n", "t.csv");
        DataFileException quote = assertThrows(DataFileException.class,
                () -> ClientAttributeImport.parse("pseudoniem,wijk\nA,\"Noord\nB,Zuid\n", "q.csv"));
        assertTrue(quote.getMessage().contains("q.csv"), quote.getMessage());

        byte[] latin1 = "pseudoniem,wijk\nA,Noord\nB,Caf\u00E9buurt\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("latin1.csv");
        Files.write(file, latin1);
        DataFileException encoding = assertThrows(DataFileException.class, () -> ClientAttributeImport.read(file));
        assertTrue(encoding.getMessage().contains("latin1.csv") && encoding.getMessage().contains("3")
                && encoding.getMessage().contains("UTF-8"), encoding.getMessage());
        DataFileException missing = assertThrows(DataFileException.class,
                () -> ClientAttributeImport.read(dir.resolve("bestaat-niet.csv")));
        assertTrue(missing.getMessage().contains("bestaat-niet.csv"));
    }

    @Test
    public void aLargeImportStoresEveryClientWithAllItsAttributes() throws Exception {
        PopulationGenerator.Population p = PopulationGenerator.generate(6_000, 0.02,
                PopulationGenerator.Shape.BALANCED, 11);
        StringBuilder text = new StringBuilder();
        PopulationGenerator.writeCsv(p, text);
        Path csv = dir.resolve("groot.csv");
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Client existing = ModelFactory.eINSTANCE.createClient();
            existing.setId("c-1");
            existing.setPseudonym(p.pseudonyms()[17]);
            existing.setDisplayName("Bestaande huurder");
            ClientAttribute kept = ModelFactory.eINSTANCE.createClientAttribute();
            kept.setName("dossier");
            kept.setValue("2019-044");
            existing.getAttributes().add(kept);
            store.saveClient(existing);

            ClientAttributeImport.Outcome outcome = ClientAttributeImport.apply(ClientAttributeImport.read(csv), store,
                    new NullProgressMonitor());
            assertEquals(p.size() - 1, outcome.created());
            assertEquals(1, outcome.updated());
            assertEquals(p.size(), store.countClients());

            Map<String, Client> byPseudonym = store.listClients().stream()
                    .collect(Collectors.toMap(Client::getPseudonym, c -> c));
            int values = 0;
            for (int i = 0; i < p.size(); i++) {
                Client c = byPseudonym.get(p.pseudonyms()[i]);
                assertTrue(c != null, p.pseudonyms()[i]);
                Map<String, String> stored = attributes(c);
                for (int a = 0; a < p.attributes().size(); a++) {
                    String expected = p.values()[i][a];
                    if (expected.isEmpty()) {
                        assertNull(stored.get(p.attributes().get(a)), p.pseudonyms()[i]);
                    } else {
                        assertEquals(expected, stored.get(p.attributes().get(a)),
                                p.pseudonyms()[i] + " " + p.attributes().get(a));
                        values++;
                    }
                }
            }
            assertEquals(outcome.attributes(), values, "every value of the file is stored");
            Client updated = byPseudonym.get(p.pseudonyms()[17]);
            assertEquals("c-1", updated.getId(), "the known client is updated, not created again");
            assertEquals("Bestaande huurder", updated.getDisplayName());
            assertEquals("2019-044", attributes(updated).get("dossier"), "its other attributes stay");
        }
    }

    @Test
    public void aBadRowHalfwayALargeFileStoresNothingAndNamesFileAndLine() throws Exception {
        PopulationGenerator.Population p = PopulationGenerator.generate(4_000, 0.02,
                PopulationGenerator.Shape.BALANCED, 12);
        StringBuilder text = new StringBuilder();
        PopulationGenerator.writeCsv(p, text);
        String[] lines = text.toString().split("\n");
        // line 2,001 of the file (client 2,000) loses its last cell
        lines[2000] = lines[2000].substring(0, lines[2000].lastIndexOf(','));
        Path csv = dir.resolve("half-kapot.csv");
        Files.writeString(csv, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Client existing = ModelFactory.eINSTANCE.createClient();
            existing.setId("c-1");
            existing.setPseudonym(p.pseudonyms()[3]);
            ClientAttribute old = ModelFactory.eINSTANCE.createClientAttribute();
            old.setName(p.attributes().get(0));
            old.setValue("oud");
            existing.getAttributes().add(old);
            store.saveClient(existing);

            DataFileException e = assertThrows(DataFileException.class, () -> ClientAttributeImport.read(csv));
            assertTrue(e.getMessage().contains("half-kapot.csv") && e.getMessage().contains("2001"), e.getMessage());
            assertEquals(1, store.countClients(), "no client of the file is stored");
            assertEquals("oud", attributes(store.loadClient("c-1")).get(p.attributes().get(0)),
                    "the client already stored keeps its value");
        }
    }

    private static void assertLine(String text, String expected) {
        DataFileException e = assertThrows(DataFileException.class, () -> ClientAttributeImport.parse(text, "t.csv"),
                text);
        assertTrue(e.getMessage().contains("t.csv") && e.getMessage().contains(expected), e.getMessage());
    }
}
