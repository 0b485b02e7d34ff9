// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.ui;

import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static nl.leefwereld.testsupport.ui.UiTestSupport.waitUntil;
import static nl.leefwereld.testsupport.Fixtures.attribute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.method.persona.PersonaAnalysis.ClientSet;
import nl.leefwereld.method.persona.PersonaBuilder;
import nl.leefwereld.method.persona.PersonaReport;
import nl.leefwereld.method.persona.RepresentativenessReport.Status;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.ui.WorkbenchStore;

/** The persona and representativeness views in the real workbench, on tenants stored in its database. */
public class PersonaViewsTest {

    private static final String[][] GROUPS = {
            { "65+", "alleenstaand", "Noord", "De lift is weer kapot en ik kom de trap bijna niet meer op." },
            { "25-44", "gezin met kinderen", "Oost", "Met drie kinderen op twee slaapkamers is het huis echt te klein." },
            { "45-64", "stel", "Zuid", "De huur gaat elk jaar omhoog maar aan onderhoud gebeurt bijna niets." } };

    private static final String POPULATION = """
            kenmerk,categorie,aandeel
            leeftijdsgroep,18-24,15%
            leeftijdsgroep,25-44,35%
            leeftijdsgroep,45-64,30%
            leeftijdsgroep,65+,20%
            """;

    private static Path population;

    @BeforeAll
    static void storeTenants() throws Exception {
        waitUntil(() -> WorkbenchStore.get().isOpen(), "the database opens");
        ConversationStore store = WorkbenchStore.get().store();
        // the test database lives on between runs: start from the same clients every time
        for (Client old : store.listClients()) {
            if (old.getPseudonym() != null && old.getPseudonym().startsWith("UI-")) {
                store.deleteClient(old.getId());
            }
        }
        for (int g = 0; g < GROUPS.length; g++) {
            for (int i = 0; i < 12; i++) {
                save(store, "UI-" + g + "-" + i, GROUPS[g], "geen");
            }
        }
        for (int i = 0; i < 3; i++) {
            save(store, "UI-N-" + i, new String[] { "65+", "alleenstaand", "Noord",
                    "Ik lees de brieven niet goed, mijn dochter helpt mij altijd met bellen." }, "eerste generatie");
        }
        population = Files.createTempFile("bevolking", ".csv");
        Files.writeString(population, POPULATION, StandardCharsets.UTF_8);
    }

    private static void save(ConversationStore store, String pseudonym, String[] group, String migration) {
        ModelFactory f = ModelFactory.eINSTANCE;
        Client c = f.createClient();
        c.setId(UUID.randomUUID().toString());
        c.setPseudonym(pseudonym);
        c.setDisplayName("Naam van " + pseudonym);
        String[] names = { "leeftijdsgroep", "huishouden", "wijk" };
        for (int a = 0; a < 3; a++) {
            attribute(c, names[a], group[a]);
        }
        attribute(c, "migratieachtergrond", migration);
        Trajectory t = f.createTrajectory();
        t.setId(UUID.randomUUID().toString());
        t.setTitle("Keukentafelgesprekken");
        c.getTrajectories().add(t);
        store.saveClient(c);
        TranscriptParseResult parse = new TranscriptParser().parse("""
                # Professional: Woonconsulent
                # Huurder: Bewoner
                Woonconsulent: Hoe gaat het met wonen hier?
                Bewoner: %s
                """.formatted(group[3]));
        Conversation conversation = parse.conversation();
        conversation.setId(UUID.randomUUID().toString());
        t.getConversations().add(conversation);
        store.saveConversation(conversation);
    }


    @Test
    void personaViewShowsPersonasWithFiguresQuotesAndTheSmallGroup() throws Exception {
        PersonaView view = (PersonaView) page().showView(PersonaView.ID);
        assertTrue(view.getStatusText().length() > 0);
        Job job = view.build(ClientSet.ALL, 0, 42, null);
        waitForJob(job);
        waitUntil(() -> view.getReport() != null, "the personas are shown: " + view.getStatusText());
        PersonaReport r = view.getReport();
        assertEquals("lca", r.model(), "the latent class model is the default");
        assertTrue(view.getStatusText().contains("BIC") && view.getStatusText().contains("EM"),
                "the model and the BIC of each k are shown: " + view.getStatusText());
        TableItem[] rows = view.getViewer().getTable().getItems();
        assertEquals(r.personas().size(), rows.length);
        assertTrue(rows.length >= 3, "three groups of tenants at least: " + view.getStatusText());
        List<String> titles = new ArrayList<>();
        for (TableItem row : rows) {
            titles.add(row.getText(1));
            assertFalse(row.getText(2).isBlank(), "size");
            assertTrue(row.getText(3).endsWith("%"), "share: " + row.getText(3));
        }
        assertTrue(titles.stream().anyMatch(t -> t.contains("gezin met kinderen")), titles.toString());
        int families = indexOf(titles, "gezin met kinderen");
        view.getViewer().getTable().select(families);
        view.getViewer().setSelection(view.getViewer().getSelection());
        processEvents();
        view.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(r.personas().get(families)));
        processEvents();
        String details = view.getDetailsText();
        assertTrue(details.contains("huishouden = gezin met kinderen"), details);
        assertTrue(details.contains("Met drie kinderen op twee slaapkamers"), "a quote in their own words: " + details);
        assertTrue(details.contains("UI-1-"), "named by pseudonym: " + details);
        assertFalse(details.contains("Naam van"), "never by display name");
        // the three newcomers are either a persona (small group) of their own or named below the table
        assertTrue(view.getMinoritiesText().contains("eerste generatie")
                || titles.stream().anyMatch(t -> t.contains("eerste generatie")),
                "the small group is not absorbed in silence: " + titles + view.getMinoritiesText());
        assertFalse(view.getWarningText().isBlank(), "says representativeness was not checked");
        maximized(view, () -> screenshot(view.getViewer().getControl().getParent().getParent().getParent(),
                "persona-view.png"));

        // with the population table the warning names the missing young people
        Job withPopulation = view.build(ClientSet.ALL, 3, 42, population);
        waitForJob(withPopulation);
        waitUntil(() -> view.getReport() != null && view.getReport().representativeness() != null,
                "personas with representativeness");
        assertEquals(3, view.getViewer().getTable().getItemCount());
        assertTrue(view.getWarningText().contains("18-24"), view.getWarningText());
        assertFalse(view.getViewer().getTable().getItem(0).getText(4).equals("-"), "weighted share shown");

        // k-prototypes stays available
        Job kPrototypes = view.build(ClientSet.ALL, 0, 42, null, PersonaBuilder.Model.KPROTOTYPES);
        waitForJob(kPrototypes);
        waitUntil(() -> view.getReport() != null && "kprototypes".equals(view.getReport().model()),
                "personas by k-prototypes");
        assertTrue(view.getStatusText().contains("k-prototypes") && !view.getStatusText().contains("BIC"),
                view.getStatusText());
    }

    @Test
    void representativenessViewMarksUnderRepresentedGroups() throws Exception {
        RepresentativenessView view = (RepresentativenessView) page().showView(RepresentativenessView.ID);
        Job job = view.check(ClientSet.ALL, population);
        waitForJob(job);
        waitUntil(() -> view.getReport() != null, "the comparison is shown: " + view.getWarningText());
        TableItem[] rows = view.getViewer().getTable().getItems();
        assertEquals(4, rows.length, "the four age groups of the table");
        TableItem young = Arrays.stream(rows).filter(r -> r.getText(1).equals("18-24")).findFirst().orElseThrow();
        assertEquals("leeftijdsgroep", young.getText(0));
        assertEquals("0", young.getText(2));
        assertEquals(Status.ABSENT.label(), young.getText(5));
        TableItem old = Arrays.stream(rows).filter(r -> r.getText(1).equals("65+")).findFirst().orElseThrow();
        assertEquals(Status.OVER.label(), old.getText(5));
        assertTrue(view.getReport().skewed());
        assertTrue(view.getWarningText().contains("18-24"), view.getWarningText());
        maximized(view, () -> screenshot(view.getViewer().getControl().getParent(), "representativeness-view.png"));

        Path broken = Files.createTempFile("kapot", ".csv");
        Files.writeString(broken, "kenmerk,categorie,aandeel\nleeftijdsgroep,18-24,veel\n", StandardCharsets.UTF_8);
        Job bad = view.check(ClientSet.ALL, broken);
        waitForJob(bad);
        waitUntil(() -> view.getReport() == null, "the error is shown");
        assertTrue(view.getWarningText().contains(broken.getFileName().toString())
                && view.getWarningText().contains("2"), view.getWarningText());
        assertEquals(0, view.getViewer().getTable().getItemCount());
    }

    @Test
    void theViewsAreInTheMenu() {
        assertNotNull(PlatformUI.getWorkbench().getViewRegistry().find(PersonaView.ID));
        assertNotNull(PlatformUI.getWorkbench().getViewRegistry().find(RepresentativenessView.ID));
    }

    private static void maximized(org.eclipse.ui.IViewPart view, Runnable r) {
        var ref = page().getReference(view);
        page().setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
        processEvents();
        try {
            r.run();
        } finally {
            page().setPartState(ref, IWorkbenchPage.STATE_RESTORED);
            processEvents();
        }
    }

    private static int indexOf(List<String> titles, String part) {
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    private static void waitForJob(Job job) {
        waitUntil(() -> job.getState() == Job.NONE, "the job ends");
        processEvents();
    }

    /** A picture of the view for a person to look at (target/), not compared. */
    private static void screenshot(Control control, String name) {
        try {
            processEvents();
            var size = control.getSize();
            Image image = new Image(control.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
            GC gc = new GC(control);
            gc.copyArea(image, 0, 0);
            gc.dispose();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Files.createDirectories(Path.of("target"));
            loader.save(Path.of("target", name).toString(), SWT.IMAGE_PNG);
            image.dispose();
        } catch (Exception e) {
            System.out.println("no screenshot: " + e);
        }
    }
}
