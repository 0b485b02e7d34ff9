// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.ui;

import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.method.stress.OpeningCheck;
import nl.leefwereld.method.stress.StressMethod;
import nl.leefwereld.method.stress.StressTrajectory;
import nl.leefwereld.method.stress.model.ScarcityDomain;
import nl.leefwereld.method.stress.model.StressAssessment;
import nl.leefwereld.method.stress.model.StressFactory;
import nl.leefwereld.method.stress.model.StressSignal;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.chart.SeriesChart;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;
import nl.leefwereld.testsupport.ui.UiTestSupport;

/** The stress views in the real workbench, on the workbench's Derby database, beside a real conversation editor. */
public class StressViewsTest {

    private static final String WELCOME = """
            # Titel: Welkomstgesprek mevrouw Yilmaz
            # Soort: welkomstgesprek
            # Professional: Klantmanager
            Klantmanager: Goedemorgen mevrouw Yilmaz. Welkom, goed dat u er bent.
            Ayşe: Dank u.
            Klantmanager: Hoe is het voor u om hier te zijn?
            Ayşe: Eerlijk gezegd vind ik het spannend.
            Klantmanager: Dat is ook niet niks. Vandaag gaan we kennismaken en kijken wat u nodig heeft.
            Ayşe: Oké.
            Klantmanager: Wat is voor u op dit moment het meest dringend?
            Ayşe: De huur.
            Klantmanager: Dan kijken we daar eerst naar. Daarna heb ik nog een paar vragen over uw inkomen.
            Ayşe: Goed.
            Klantmanager: De volgende stap is dat ik de woningcorporatie bel. Ik bel u donderdag.
            Ayşe: Dank u wel.
            """;

    private static final String INTAKE = """
            # Titel: Intake levensonderhoud
            # Soort: intake
            # Professional: Consulent
            Consulent: Goedemorgen. Kon u het een beetje vinden?
            Ayşe: Ja.
            Consulent: Mag ik uw legitimatie en uw BSN?
            Ayşe: Alstublieft.
            Consulent: Ik kan me voorstellen dat het spannend is.
            """;

    private static final String LETTER = """
            Betreft: voornemen tot het opleggen van een maatregel

            Geachte mevrouw Yilmaz,

            U dient uw reactie uiterlijk binnen 5 werkdagen na dagtekening van deze brief schriftelijk aan ons te doen toekomen, onder vermelding van uw BSN en bovengenoemd kenmerk.
            """;

    private IWorkbenchPage page;
    private WorkbenchStore store;
    private Conversation welcome;
    private Conversation intake;

    @BeforeEach
    void setUp() {
        page = page();
        store = openStore();
        Trajectory t = Fixtures.trajectory("Ayşe Yilmaz", "Schuldhulp", null);
        Client client = t.getClient();
        client.setDisplayName("Ayşe Yilmaz " + client.getId().substring(0, 6));
        store.store().saveClient(client);
        intake = conversation(t, INTAKE, "2025-09-01");
        StressAssessment a = StressFactory.eINSTANCE.createStressAssessment();
        a.setId(UUID.randomUUID().toString());
        a.setMethodId(StressMethod.METHOD_ID);
        a.setCreated(intake.getDate());
        a.setClientScore(8);
        a.getSignals().addAll(List.of(StressSignal.TIRED, StressSignal.RESTLESS, StressSignal.FORGETFUL));
        a.getDomains().add(ScarcityDomain.MONEY);
        intake.getAssessments().add(a);
        welcome = conversation(t, WELCOME, "2025-09-08");
        store.store().saveConversation(intake);
        store.store().saveConversation(welcome);
        store.fireChanged();
        processEvents();
    }

    private static Conversation conversation(Trajectory t, String transcript, String date) {
        TranscriptParseResult r = new TranscriptParser().parse(transcript);
        assertFalse(r.hasProblems(), r.problems().toString());
        Conversation c = r.conversation();
        c.setDate(Date.from(LocalDate.parse(date).atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant()));
        t.getConversations().add(c);
        return c;
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        processEvents();
    }

    private ConversationEditor open(Conversation c) throws Exception {
        ConversationEditor editor = (ConversationEditor) page.openEditor(new ConversationEditorInput(c.getId(), c.getTitle()),
                ConversationEditor.ID);
        processEvents();
        return editor;
    }

    @Test
    void theScalingQuestionAndTheObservationAreRecordedAsTheyAreEnteredAndUndone() throws Exception {
        ConversationEditor editor = open(welcome);
        StressSignalsView view = (StressSignalsView) UiTestSupport.showViewFromMenu(StressSignalsView.ID);
        processEvents();
        assertNotNull(view, "Stresssignalen opens from Venster > Weergave tonen");
        assertFalse(editor.isDirty());
        assertEquals(null, Assessments.latest(editor.getConversation(), StressAssessment.class), "nothing recorded yet");

        // the scaling question: ticked as asked, the client says 7
        view.getScoreAskedButton().setSelection(true);
        view.getScoreAskedButton().notifyListeners(SWT.Selection, new Event());
        view.getScoreSpinner().setSelection(7);
        view.getScoreSpinner().notifyListeners(SWT.Selection, new Event());
        processEvents();
        assertTrue(editor.isDirty(), "the answer marks the editor dirty");
        assertEquals(Integer.valueOf(7), Assessments.latest(editor.getConversation(), StressAssessment.class).getClientScore());
        assertEquals(nl.leefwereld.method.stress.commands.Messages.Command_clientScore,
                editor.getCommandStack().getUndoCommand().getLabel());

        // the observation applies when the user leaves the field, without a button
        Text observation = view.getObservationField();
        observation.setText("Kijkt weg, vergeet de afspraak van dinsdag");
        observation.notifyListeners(SWT.FocusOut, new Event());
        processEvents();
        assertEquals("Kijkt weg, vergeet de afspraak van dinsdag", Assessments.latest(editor.getConversation(), StressAssessment.class).getObservation());
        assertEquals(nl.leefwereld.method.stress.commands.Messages.Command_observation,
                editor.getCommandStack().getUndoCommand().getLabel());
        assertTrue(editor.isSaveOnCloseNeeded(), "closing the editor asks");

        editor.getCommandStack().undo();
        processEvents();
        assertEquals("", observation.getText(), "undo restores the previous text");
        assertEquals(Integer.valueOf(7), Assessments.latest(editor.getConversation(), StressAssessment.class).getClientScore());
        editor.getCommandStack().undo(); // 7 back to the 5 the spinner showed when the box was ticked
        processEvents();
        assertEquals(5, view.getScoreSpinner().getSelection());
        editor.getCommandStack().undo();
        processEvents();
        assertFalse(view.getScoreAskedButton().getSelection());
        assertEquals(null, Assessments.latest(editor.getConversation(), StressAssessment.class));
        assertFalse(editor.isDirty());
    }

    @Test
    void theWelcomeGuideShowsTheStepsDoneAndTheOpeningCheck() throws Exception {
        open(welcome);
        WelcomeGuideView view = (WelcomeGuideView) page.showView(WelcomeGuideView.ID);
        processEvents();
        Table steps = view.getStepsTable();
        assertEquals(6, steps.getItemCount());
        for (TableItem row : steps.getItems()) {
            assertEquals(Messages.Welcome_stateDone, row.getText(2), row.getText(1) + ": " + row.getText(3));
        }
        assertTrue(steps.getItem(1).getText(3).endsWith("Hoe is het voor u om hier te zijn?"), steps.getItem(1).getText(3));
        assertTrue(steps.getItem(1).getText(3).startsWith("3: "), "the utterance number: " + steps.getItem(1).getText(3));
        assertEquals(OpeningCheck.Verdict.CONNECTED_FIRST.label(), view.getVerdictText());
        screenshot("welcome-guide");

        // the view follows the active editor: the system-first intake
        open(intake);
        processEvents();
        assertEquals(OpeningCheck.Verdict.SYSTEM_FIRST.label(), view.getVerdictText());
        Table opening = view.getOpeningTable();
        assertEquals(Messages.Welcome_kindSystemFirst, opening.getItem(0).getText(0));
        assertEquals("Mag ik uw legitimatie en uw BSN?", opening.getItem(0).getText(2));
        assertEquals("legitimatie", opening.getItem(0).getText(3));
        List<String> kinds = new ArrayList<>();
        for (TableItem row : opening.getItems()) {
            kinds.add(row.getText(0));
        }
        assertTrue(kinds.contains(Messages.Welcome_kindSmallTalk), kinds.toString());
        assertEquals(Messages.Welcome_stateMissing, view.getStepsTable().getItem(0).getText(2), "no welcome in the intake");
    }

    @Test
    void theLetterCheckShowsFlagsAndFigures() throws Exception {
        LetterCheckView view = (LetterCheckView) page.showView(LetterCheckView.ID);
        processEvents();
        view.setText(LETTER);
        processEvents();
        Table flags = view.getFlagsTable();
        assertTrue(flags.getItemCount() >= 8, "flags: " + flags.getItemCount());
        TableItem maatregel = null;
        for (TableItem row : flags.getItems()) {
            if (row.getText(2).equals("maatregel")) {
                maatregel = row;
            }
        }
        assertNotNull(maatregel);
        assertEquals("1", maatregel.getText(0));
        assertFalse(maatregel.getText(4).isBlank(), "a plainer alternative");
        assertTrue(view.getFiguresText().contains("Flesch-Douma"), view.getFiguresText());
        screenshot("letter-check");
        double before = view.getReport().readability().fleschDouma();

        view.setText("Beste mevrouw Yilmaz,\n\nWilt u ons vóór vrijdag 12 september bellen? Dan praten we over uw brief. Lukt dat niet? Dan bellen wij u.\n");
        processEvents();
        assertEquals(0, view.getFlagsTable().getItemCount(), "the plain text adds no stress");
        assertTrue(view.getReport().readability().fleschDouma() > before + 20);
    }

    @Test
    void stressSignalsAreRecordedThroughTheCommandStackAndCharted() throws Exception {
        ConversationEditor editor = open(welcome);
        StressSignalsView view = (StressSignalsView) page.showView(StressSignalsView.ID);
        processEvents();
        SeriesChart chart = view.getChart();
        assertEquals(1, chart.getCategories().size(), "the intake's check: " + chart.getCategories());
        assertEquals(8.0, chart.getSeries().get(0).values()[0]);
        assertEquals(3.0, chart.getSeries().get(1).values()[0]);

        view.setForm(List.of(StressSignal.TIRED, StressSignal.WITHDRAWN), List.of(ScarcityDomain.MONEY, ScarcityDomain.HOUSING), 6,
                "Kijkt weg bij vragen over geld.");
        assertTrue(view.recordAssessment());
        processEvents();
        assertTrue(editor.isDirty());
        StressAssessment recorded = Assessments.latest(editor.getConversation(), StressAssessment.class);
        assertEquals(Integer.valueOf(6), recorded.getClientScore());
        assertEquals(List.of(StressSignal.TIRED, StressSignal.WITHDRAWN), recorded.getSignals());
        assertEquals(List.of(nl.leefwereld.ui.Formats.date(java.time.LocalDate.of(2025, 9, 1)),
                nl.leefwereld.ui.Formats.date(java.time.LocalDate.of(2025, 9, 8))), view.getChart().getCategories());
        assertEquals(6.0, view.getChart().getSeries().get(0).values()[1]);
        assertTrue(view.getDomainSummary().contains(StressTrajectory.label(ScarcityDomain.HOUSING)), view.getDomainSummary());
        screenshot("stress-signals");

        editor.getCommandStack().undo();
        processEvents();
        assertTrue(Assessments.all(editor.getConversation(), StressAssessment.class).isEmpty());
        assertEquals(1, view.getChart().getCategories().size());
        editor.getCommandStack().redo();
        processEvents();

        // a second record updates the same assessment
        view.setForm(List.of(StressSignal.TIRED), List.of(ScarcityDomain.MONEY), 5, "");
        assertTrue(view.recordAssessment());
        processEvents();
        assertEquals(1, Assessments.all(editor.getConversation(), StressAssessment.class).size());

        editor.doSave(new NullProgressMonitor());
        processEvents();
        assertFalse(editor.isDirty());
        Conversation stored = store.store().loadConversation(welcome.getId());
        StressAssessment saved = Assessments.latest(stored, StressAssessment.class);
        assertEquals(Integer.valueOf(5), saved.getClientScore());
        assertEquals(List.of(StressSignal.TIRED), saved.getSignals());
    }

    /** Saves a picture of the workbench window in target/screenshots (for people reviewing the views; never asserted). */
    static void screenshot(String name) {
        processEvents();
        org.eclipse.swt.widgets.Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        org.eclipse.swt.graphics.Rectangle area = shell.getBounds();
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(shell.getDisplay());
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(shell.getDisplay(), area.width, area.height);
        try {
            gc.copyArea(image, area.x, area.y);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            loader.save(dir.resolve(name + ".png").toString(), org.eclipse.swt.SWT.IMAGE_PNG);
        } catch (java.io.IOException | RuntimeException e) {
            System.out.println("no screenshot " + name + ": " + e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

}
