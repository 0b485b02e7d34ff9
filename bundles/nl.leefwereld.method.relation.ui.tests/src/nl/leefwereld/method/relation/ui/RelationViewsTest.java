// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.ui;

import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static nl.leefwereld.testsupport.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.method.relation.RelationAssessor;
import nl.leefwereld.method.relation.RelationTypes;
import nl.leefwereld.method.relation.commands.RelationCommands;
import nl.leefwereld.method.relation.model.Answer;
import nl.leefwereld.method.relation.model.Question;
import nl.leefwereld.method.relation.model.RelationAssessment;
import nl.leefwereld.method.relation.model.RelationType;
import nl.leefwereld.method.relation.model.SessionFeedback;
import nl.leefwereld.method.relation.model.TaskKind;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;
import nl.leefwereld.testsupport.ui.UiTestSupport;

/** The relation view and the trajectory view on conversations in the real workbench, on its own database. */
public class RelationViewsTest {

    private static final String BEZOEKER = """
            # Titel: Gesprek over de uitkering
            # Datum: 2025-10-06 09:00
            # Professional: Klantmanager
            # Client: Jansen
            [00:00:02] Klantmanager: Goedemorgen meneer Jansen. U bent hier vanwege de brief over uw uitkering.
            [00:00:08] Jansen: Ik ben gestuurd. Mijn vrouw zegt dat ik moet gaan, maar er is niks aan de hand.
            [00:00:15] Klantmanager: U moet uw administratie op orde brengen.
            [00:00:20] Jansen: Dat zie ik anders.
            [00:00:24] Klantmanager: Ik stel voor dat u een budgetcursus volgt bij het wijkteam.
            [00:00:31] Jansen: Hm.
            """;
    private static final String KLAGER = """
            # Titel: Tweede gesprek Jansen
            # Datum: 2025-10-20 09:00
            # Professional: Klantmanager
            # Client: Jansen
            [00:00:02] Klantmanager: Fijn dat u er weer bent. Hoe gaat het?
            [00:00:08] Jansen: Ik maak me zorgen. Het probleem is dat de huur omhoog is gegaan.
            [00:00:15] Klantmanager: Op een schaal van 0 tot 10, hoe goed lukt het nu met de rekeningen?
            [00:00:22] Jansen: Een vier.
            [00:00:26] Jansen: Maar de gemeente moet dat gewoon regelen. Kunt u mij helpen?
            """;
    private static final String KLANT = """
            # Titel: Derde gesprek Jansen
            # Datum: 2025-11-03 09:00
            # Professional: Klantmanager
            # Client: Jansen
            [00:00:02] Klantmanager: Wat is er beter gegaan?
            [00:00:06] Jansen: Ik heb zelf de verhuurder gebeld. Ik wil graag een regeling. Wat kan ik zelf doen?
            [00:00:14] Klantmanager: Op een schaal van 0 tot 10, waar staat u nu?
            [00:00:19] Jansen: Zes.
            """;

    private IWorkbenchPage page;
    private WorkbenchStore store;
    private List<Conversation> conversations;

    @BeforeEach
    void setUp() {
        page = page();
        store = openStore();
        Trajectory t = Fixtures.trajectory("Jansen", "Inkomen Jansen", null);
        Client client = t.getClient();
        client.setDisplayName("Jansen " + client.getId());
        store.store().saveClient(client);
        for (String text : List.of(BEZOEKER, KLAGER, KLANT)) {
            TranscriptParseResult r = new TranscriptParser().parse(text);
            assertFalse(r.hasProblems(), r.problems().toString());
            Conversation c = r.conversation();
            t.getConversations().add(c);
            if (text == KLAGER) {
                // the second conversation was assessed and stored earlier
                c.getAssessments().add(RelationAssessor.assess(c, "klantmanager", new NullProgressMonitor()));
            }
            store.store().saveConversation(c);
        }
        conversations = List.copyOf(t.getConversations());
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        processEvents();
    }

    private ConversationEditor open(Conversation c) throws Exception {
        ConversationEditor editor = (ConversationEditor) page.openEditor(
                new ConversationEditorInput(c.getId(), c.getTitle()), ConversationEditor.ID);
        processEvents();
        return editor;
    }

    @Test
    void theViewsArePartOfThePerspective() {
        assertNotNull(page.findViewReference(RelationView.ID), "relation view beside the editor");
        assertNotNull(page.findViewReference(TrajectoryView.ID), "trajectory view");
    }

    @Test
    void relationViewShowsQuestionsEvidenceTypeGuidanceAndWarnings() throws Exception {
        ConversationEditor editor = open(conversations.get(0));
        RelationView view = (RelationView) page.showView(RelationView.ID);
        processEvents();

        assertTrue(view.titleText().contains("Gesprek over de uitkering"), view.titleText());
        assertTrue(view.statusText().length() > 0);
        assertEquals(RelationTypes.label(Answer.NO), view.answerText(Question.PROBLEM));
        assertEquals(RelationTypes.label(Answer.NO), view.answerText(Question.HELP_REQUEST));
        assertEquals(RelationTypes.label(Answer.NO), view.answerText(Question.SHARE_IN_SOLUTION));
        assertEquals(List.of("Jansen: Ik ben gestuurd. Mijn vrouw zegt dat ik moet gaan, maar er is niks aan de hand."),
                Arrays.asList(view.evidence(Question.HELP_REQUEST)));
        assertTrue(view.typeText().contains(RelationTypes.label(RelationType.VISITOR)), view.typeText());
        assertTrue(view.guidanceText().contains(RelationTypes.stance(RelationType.VISITOR)), view.guidanceText());
        String warnings = String.join("\n", view.warningLines());
        assertTrue(warnings.contains("Klantmanager: U moet uw administratie op orde brengen."), warnings);
        assertTrue(warnings.contains("Klantmanager: Ik stel voor dat u een budgetcursus volgt bij het wijkteam."), warnings);
        assertFalse(editor.isDirty(), "looking changes nothing");
        assertNull(Assessments.latest(editor.getConversation(), RelationAssessment.class));

        // an override needs a reason
        assertFalse(view.override(RelationType.COMPLAINANT, " "));
        assertFalse(view.overrideMessageText().isEmpty());
        assertFalse(editor.isDirty());

        // with a reason it goes through the command stack: the assessment is added, the type and guidance change
        assertTrue(view.override(RelationType.COMPLAINANT, "Hij maakt zich wel degelijk zorgen over de brief."));
        processEvents();
        assertTrue(editor.isDirty());
        RelationAssessment a = Assessments.latest(editor.getConversation(), RelationAssessment.class);
        assertNotNull(a);
        assertEquals(RelationType.VISITOR, a.getDerivedType());
        assertEquals(RelationType.COMPLAINANT, RelationTypes.effective(a));
        assertTrue(view.typeText().contains(RelationTypes.label(RelationType.COMPLAINANT)), view.typeText());
        assertTrue(view.guidanceText().contains(RelationTypes.tasks(RelationType.COMPLAINANT)), view.guidanceText());

        // undo removes it again
        editor.getCommandStack().undo();
        processEvents();
        assertNull(Assessments.latest(editor.getConversation(), RelationAssessment.class));
        assertTrue(view.typeText().contains(RelationTypes.label(RelationType.VISITOR)), view.typeText());

        // changing an answer re-derives the type; saving stores the assessment
        view.setAnswer(Question.PROBLEM, Answer.YES);
        processEvents();
        assertEquals(RelationType.COMPLAINANT, Assessments.latest(editor.getConversation(), RelationAssessment.class).getDerivedType());
        editor.doSave(new NullProgressMonitor());
        processEvents();
        Conversation reloaded = store.store().loadConversation(conversations.get(0).getId());
        assertEquals(Answer.YES, RelationTypes.answer(Assessments.latest(reloaded, RelationAssessment.class), Question.PROBLEM));
    }

    @Test
    void sessionEndFeedbackIsEditedThroughTheEditorAndStored() throws Exception {
        ConversationEditor editor = open(conversations.get(0));
        RelationView view = (RelationView) page.showView(RelationView.ID);
        processEvents();
        assertEquals(List.of("", "", "Ik stel voor dat u een budgetcursus volgt bij het wijkteam.",
                RelationTypes.label(TaskKind.ACTION)), Arrays.asList(view.feedbackTexts()),
                "the proposal takes the task from the professional's last words");

        // an action task for a visitor: recorded, and flagged as asking more than fits
        assertTrue(view.setFeedback("Fijn dat u gekomen bent.", "Omdat u wilt dat uw vrouw gerust is,",
                "Kom over twee weken nog eens langs.", TaskKind.ACTION));
        processEvents();
        assertTrue(editor.isDirty());
        assertEquals(List.of("Fijn dat u gekomen bent.", "Omdat u wilt dat uw vrouw gerust is,",
                "Kom over twee weken nog eens langs.", RelationTypes.label(TaskKind.ACTION)), Arrays.asList(view.feedbackTexts()));
        String tooMuch = org.eclipse.osgi.util.NLS.bind(nl.leefwereld.method.relation.Messages.Fit_feedbackTask,
                RelationTypes.label(TaskKind.ACTION), RelationTypes.label(RelationType.VISITOR));
        assertTrue(Arrays.stream(view.warningLines()).anyMatch(l -> l.startsWith(tooMuch)), String.join("\n", view.warningLines()));

        // an invitation to come again is no task: the warning goes, and the save stores it
        assertTrue(view.setFeedback("Fijn dat u gekomen bent.", "", "Kom over twee weken nog eens langs.", TaskKind.NONE));
        processEvents();
        assertFalse(Arrays.stream(view.warningLines()).anyMatch(l -> l.startsWith(tooMuch)));
        editor.doSave(new NullProgressMonitor());
        processEvents();
        SessionFeedback stored = Assessments.latest(store.store().loadConversation(conversations.get(0).getId()), RelationAssessment.class).getFeedback();
        assertEquals("Fijn dat u gekomen bent.", stored.getCompliment());
        assertNull(stored.getBridge(), "a blank bridge is stored as absent");
        assertEquals(TaskKind.NONE, stored.getTaskKind());

        // undo goes back to the action task
        editor.getCommandStack().undo();
        processEvents();
        assertEquals(RelationTypes.label(TaskKind.ACTION), view.feedbackTexts()[3]);
    }

    @Test
    void textFieldsApplyWhenLeftAndTheScalingAnswerIsEnteredInTheView() throws Exception {
        ConversationEditor editor = open(conversations.get(0));
        RelationView view = (RelationView) UiTestSupport.showViewFromMenu(RelationView.ID);
        processEvents();
        assertNotNull(view, "Relatie opens from Venster > Weergave tonen");
        assertFalse(editor.isDirty());

        // the compliment: typed, then the user leaves the field; no button
        org.eclipse.swt.widgets.Text compliment = view.feedbackFields()[0];
        compliment.setText("Fijn dat u er bent.");
        assertFalse(editor.isDirty(), "not applied while typing");
        compliment.notifyListeners(SWT.FocusOut, new Event());
        processEvents();
        assertTrue(editor.isDirty(), "leaving the field applies it");
        assertTrue(editor.isSaveOnCloseNeeded(), "closing the editor asks");
        assertEquals(nl.leefwereld.method.relation.commands.Messages.Command_feedback,
                editor.getCommandStack().getUndoCommand().getLabel());
        assertEquals("Fijn dat u er bent.", Assessments.latest(editor.getConversation(), RelationAssessment.class).getFeedback().getCompliment());

        // the scaling question: asked, the client answers 4
        view.scaleAskedButton().setSelection(true);
        view.scaleAskedButton().notifyListeners(SWT.Selection, new Event());
        view.scaleSpinner().setSelection(4);
        view.scaleSpinner().notifyListeners(SWT.Selection, new Event());
        processEvents();
        assertEquals(Integer.valueOf(4), RelationCommands.scale(Assessments.latest(editor.getConversation(), RelationAssessment.class)));
        assertEquals(nl.leefwereld.method.relation.commands.Messages.Command_scale,
                editor.getCommandStack().getUndoCommand().getLabel());
        assertTrue(Arrays.stream(view.toolLines()).anyMatch(l -> l.contains("4")), String.join("\n", view.toolLines()));

        // the override reason applies on Enter once the box and a type are chosen
        org.eclipse.swt.widgets.Text reason = view.overrideReasonField();
        reason.setText("Hij wil zelf iets aan de schulden doen.");
        view.override(RelationType.CUSTOMER, reason.getText());
        processEvents();
        assertEquals(RelationType.CUSTOMER, RelationTypes.effective(Assessments.latest(editor.getConversation(), RelationAssessment.class)));
        reason.setText("Hij wil zelf iets aan zijn schulden doen.");
        reason.notifyListeners(SWT.DefaultSelection, new Event());
        processEvents();
        assertEquals("Hij wil zelf iets aan zijn schulden doen.",
                Assessments.latest(editor.getConversation(), RelationAssessment.class).getOverrideReason());

        // undo brings back the previous texts, step by step
        editor.getCommandStack().undo();
        processEvents();
        assertEquals("Hij wil zelf iets aan de schulden doen.", reason.getText());
        editor.getCommandStack().undo(); // the override
        editor.getCommandStack().undo(); // 4 back to 5
        processEvents();
        assertEquals(5, view.scaleSpinner().getSelection());
        editor.getCommandStack().undo(); // not asked
        processEvents();
        assertFalse(view.scaleAskedButton().getSelection());
        editor.getCommandStack().undo();
        processEvents();
        assertEquals("", compliment.getText(), "undo restores the previous text");
        assertFalse(editor.isDirty());
    }

    @Test
    void trajectoryViewShowsTheTypesOverTimeAndTheScalingAnswers() throws Exception {
        open(conversations.get(1));
        TrajectoryView view = (TrajectoryView) page.showView(TrajectoryView.ID);
        waitUntil(() -> view.entries().size() == 3, "the trajectory's conversations are loaded");
        assertEquals(List.of(RelationType.VISITOR, RelationType.COMPLAINANT, RelationType.CUSTOMER),
                view.entries().stream().map(e -> e.type()).toList());
        assertEquals(3, view.table().getItemCount());
        assertEquals(nl.leefwereld.ui.Formats.date(java.time.LocalDate.of(2025, 10, 6)), view.table().getItem(0).getText(0));
        assertEquals(RelationTypes.label(RelationType.COMPLAINANT), view.table().getItem(1).getText(2));
        assertEquals(Messages.Trajectory_sourceAssessed, view.table().getItem(1).getText(3));
        assertEquals(Messages.Trajectory_sourceSuggested, view.table().getItem(2).getText(3));
        assertTrue(view.table().getItem(1).getText(4).contains(RelationTypes.label(RelationType.VISITOR)));
        assertEquals("4", view.table().getItem(1).getText(5));
        assertEquals("6", view.table().getItem(2).getText(5));
        assertTrue(view.chart().hasData());
        double[] values = view.chart().getSeries().get(0).values();
        assertTrue(Double.isNaN(values[0]));
        assertEquals(4.0, values[1]);
        assertEquals(6.0, values[2]);
    }

    @Test
    void atTheSmallScreenSizeTheChartKeepsAReadableHeight() throws Exception {
        var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setSize(1280, 800);
        open(conversations.get(1));
        TrajectoryView view = (TrajectoryView) page.showView(TrajectoryView.ID);
        waitUntil(() -> view.entries().size() == 3, "the trajectory's conversations are loaded");
        for (int i = 0; i < 10; i++) {
            processEvents();
            Thread.sleep(20);
        }
        int height = view.chart().getSize().y;
        assertTrue(height >= TrajectoryView.MIN_CHART_HEIGHT * 3 / 4, "chart height " + height);
        assertTrue(view.chart().getSize().x >= 200, "chart width " + view.chart().getSize().x);
    }

}
