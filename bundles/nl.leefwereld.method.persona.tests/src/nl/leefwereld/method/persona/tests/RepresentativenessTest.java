// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.tests;

import static nl.leefwereld.testsupport.Fixtures.attribute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import nl.leefwereld.method.persona.DataFileException;
import nl.leefwereld.method.persona.PersonaAnalysis;
import nl.leefwereld.method.persona.PersonaBuilder;
import nl.leefwereld.method.persona.PersonaInput;
import nl.leefwereld.method.persona.PersonaReport;
import nl.leefwereld.method.persona.PopulationTable;
import nl.leefwereld.method.persona.PseudonymKey;
import nl.leefwereld.method.persona.RepresentativenessReport;
import nl.leefwereld.method.persona.RepresentativenessReport.AttributeCheck;
import nl.leefwereld.method.persona.RepresentativenessReport.CategoryCheck;
import nl.leefwereld.method.persona.RepresentativenessReport.Status;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ModelFactory;

/** A panel against CBS-style population figures: skew marked, warned, and weighted. */
public class RepresentativenessTest {

    /** Tenants of the district (fictional figures in the shape of CBS tables), Dutch header, percentages. */
    static final String POPULATION = """
            kenmerk;categorie;aandeel
            leeftijd;18-29;20%
            leeftijd;30-44;25%
            leeftijd;45-64;30%
            leeftijd;65+;25%
            huishouden;alleenstaand;40
            huishouden;stel;25
            huishouden;gezin met kinderen;35
            migratieachtergrond;geen;70
            migratieachtergrond;eerste generatie;15
            migratieachtergrond;tweede generatie;15
            """;

    private static final PseudonymKey KEY = new PseudonymKey(new byte[32]);

    /** A panel of "beroepsmeepraters": mostly older, single, no migration background; hardly any young people. */
    static List<Client> skewedPanel() {
        List<Client> panel = new ArrayList<>();
        int i = 0;
        for (int n = 0; n < 24; n++) {
            panel.add(client(i++, Integer.toString(66 + n % 15), n % 4 == 0 ? "stel" : "alleenstaand", "geen"));
        }
        for (int n = 0; n < 10; n++) {
            panel.add(client(i++, Integer.toString(47 + n), n < 3 ? "stel" : n < 6 ? "gezin met kinderen" : "alleenstaand",
                    n < 8 ? "geen" : "tweede generatie"));
        }
        for (int n = 0; n < 5; n++) {
            panel.add(client(i++, Integer.toString(33 + n), "gezin met kinderen", n < 3 ? "geen" : "eerste generatie"));
        }
        panel.add(client(i++, "24", "stel", "geen"));
        return panel;
    }

    static Client client(int i, String age, String household, String migration) {
        Client c = ModelFactory.eINSTANCE.createClient();
        c.setId(UUID.randomUUID().toString());
        c.setPseudonym("PANEL-" + i);
        attribute(c, "leeftijd", age);
        attribute(c, "huishouden", household);
        attribute(c, "migratieachtergrond", migration);
        return c;
    }


    @Test
    public void thePopulationTableIsReadWithPercentagesRangesAndDutchHeaders() throws Exception {
        PopulationTable t = PopulationTable.parse(POPULATION, "wijk-oost.csv");
        assertEquals(List.of("leeftijd", "huishouden", "migratieachtergrond"), List.copyOf(t.attributes().keySet()));
        PopulationTable.Category young = t.attributes().get("leeftijd").get(0);
        assertEquals(0.20, young.share(), 1e-9);
        assertTrue(young.matches("18") && young.matches("29") && !young.matches("30") && !young.matches("17"));
        assertTrue(t.attributes().get("leeftijd").get(3).matches("92"), "65+ is open-ended");
        assertEquals(0.35, t.attributes().get("huishouden").get(2).share(), 1e-9, "numbers adding up to 100");
        assertTrue(t.attributes().get("huishouden").get(2).matches("Gezin met kinderen"), "case does not matter");
        PopulationTable fractions = PopulationTable.parse("attribute,category,share\nwijk,Noord,\"0,6\"\nwijk,Zuid,0.4\n",
                "f.csv");
        assertEquals(0.6, fractions.attributes().get("wijk").get(0).share(), 1e-9);
    }

    @Test
    public void aBadPopulationTableIsRefusedWithFileAndLine() {
        DataFileException sum = assertThrows(DataFileException.class, () -> PopulationTable
                .parse("attribute,category,share\nleeftijd,18-29,20%\nleeftijd,30+,60%\n", "bevolking.csv"));
        assertTrue(sum.getMessage().contains("bevolking.csv") && sum.getMessage().contains("2")
                && sum.getMessage().contains("leeftijd") && sum.getMessage().contains("80"), sum.getMessage());
        DataFileException share = assertThrows(DataFileException.class, () -> PopulationTable
                .parse("attribute,category,share\nwijk,Noord,0.5\nwijk,Zuid,veel\n", "bevolking.csv"));
        assertTrue(share.getMessage().contains("3") && share.getMessage().contains("veel"), share.getMessage());
        DataFileException header = assertThrows(DataFileException.class,
                () -> PopulationTable.parse("naam,waarde\nwijk,Noord\n", "bevolking.csv"));
        assertTrue(header.getMessage().contains("1"), header.getMessage());
        DataFileException twice = assertThrows(DataFileException.class, () -> PopulationTable
                .parse("attribute,category,share\nwijk,Noord,0.5\nwijk,noord,0.5\n", "bevolking.csv"));
        assertTrue(twice.getMessage().contains("3"), twice.getMessage());
        DataFileException columns = assertThrows(DataFileException.class, () -> PopulationTable
                .parse("attribute,category,share\nwijk,Noord,0.5,extra\n", "bevolking.csv"));
        assertTrue(columns.getMessage().contains("2"), columns.getMessage());
    }

    @Test
    public void aSkewedPanelIsMarkedAndWarnedAbout() throws Exception {
        PersonaInput panel = PersonaInput.of(skewedPanel(), null, KEY, null, new NullProgressMonitor());
        RepresentativenessReport r = RepresentativenessReport.check(panel, "klantenpanel",
                PopulationTable.parse(POPULATION, "wijk-oost.csv"));
        assertTrue(r.skewed());
        AttributeCheck age = r.attributes().get(0);
        assertEquals(40, age.known(), "numeric ages fall into the table's age ranges");
        CategoryCheck young = age.categories().get(0);
        assertEquals("18-29", young.category());
        assertEquals(1, young.count());
        assertEquals(Status.UNDER, young.status());
        assertEquals(0.025, young.share(), 1e-9);
        assertEquals(Status.OVER, age.categories().get(3).status(), "65+ over-represented: " + age.categories().get(3));
        assertTrue(age.pValue() < 0.001, "chi-square p " + age.pValue());
        CategoryCheck firstGeneration = r.attributes().get(2).categories().get(1);
        assertEquals(Status.UNDER, firstGeneration.status());
        assertTrue(r.warnings().get(0).contains("klantenpanel"), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("18-29")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("eerste generatie")), r.warnings().toString());
        assertFalse(r.warnings().stream().anyMatch(w -> w.contains("65+")), "over-representation is shown, not warned");
    }

    @Test
    public void postStratificationWeightsRestoreThePopulationShares() throws Exception {
        List<Client> clients = skewedPanel();
        PersonaInput panel = PersonaInput.of(clients, null, KEY, null, new NullProgressMonitor());
        RepresentativenessReport r = RepresentativenessReport.check(panel, "klantenpanel",
                PopulationTable.parse(POPULATION, "wijk-oost.csv"));
        double[] w = r.weights();
        assertEquals(40, w.length);
        double total = 0;
        double young = 0;
        double families = 0;
        double firstGeneration = 0;
        for (int i = 0; i < w.length; i++) {
            total += w[i];
            PersonaInput.Member m = panel.members().get(i);
            if (Double.parseDouble(m.attributes().get("leeftijd")) < 30) {
                young += w[i];
            }
            if (m.attributes().get("huishouden").equals("gezin met kinderen")) {
                families += w[i];
            }
            if (m.attributes().get("migratieachtergrond").equals("eerste generatie")) {
                firstGeneration += w[i];
            }
        }
        assertEquals(40, total, 1e-6, "mean weight 1");
        assertEquals(0.20, young / total, 0.01);
        assertEquals(0.35, families / total, 0.01);
        assertEquals(0.15, firstGeneration / total, 0.01);
        assertEquals(0.20 / 0.025, r.attributes().get(0).categories().get(0).weight(), 1e-9);

        PersonaReport personas = PersonaAnalysis.build(panel, PersonaAnalysis.ClientSet.PANEL,
                PopulationTable.parse(POPULATION, "wijk-oost.csv"), true,
                PersonaBuilder.Settings.defaults().withK(2), new NullProgressMonitor());
        assertTrue(personas.representativeness().skewed(), "the warning travels with the personas");
        double weighted = personas.personas().stream().mapToDouble(PersonaReport.Persona::weightedShare).sum();
        assertEquals(1.0, weighted, 1e-9);
        assertTrue(personas.personas().stream().anyMatch(p -> Math.abs(p.weightedShare() - p.share()) > 0.05),
                "weights change the shares of the personas");
    }

    @Test
    public void aPanelInProportionIsNotMarked() throws Exception {
        List<Client> fair = new ArrayList<>();
        String[] ages = { "20", "25", "31", "38", "40", "50", "55", "60", "70", "80" };
        String[] households = { "alleenstaand", "alleenstaand", "alleenstaand", "alleenstaand", "stel", "stel",
                "gezin met kinderen", "gezin met kinderen", "gezin met kinderen", "gezin met kinderen" };
        for (int i = 0; i < 100; i++) {
            // 18-29: 2/10, 30-44: 3/10, 45-64: 3/10, 65+: 2/10
            fair.add(client(i, ages[i % 10], households[(i / 10 + i) % 10],
                    i % 20 < 14 ? "geen" : i % 20 < 17 ? "eerste generatie" : "tweede generatie"));
        }
        RepresentativenessReport r = RepresentativenessReport.check(
                PersonaInput.of(fair, null, KEY, null, new NullProgressMonitor()), "alle huurders",
                PopulationTable.parse(POPULATION, "wijk-oost.csv"));
        assertFalse(r.skewed(), r.warnings().toString());
        assertTrue(r.attributes().stream().flatMap(a -> a.categories().stream())
                .allMatch(c -> c.status() == Status.OK), r.attributes().toString());
    }
}
