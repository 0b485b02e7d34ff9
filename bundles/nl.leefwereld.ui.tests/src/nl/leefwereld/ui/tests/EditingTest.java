// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.tests;

import static nl.leefwereld.testsupport.Fixtures.participant;
import static nl.leefwereld.testsupport.Fixtures.utterance;
import static nl.leefwereld.testsupport.ui.UiTestSupport.controls;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static nl.leefwereld.testsupport.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.coding.Annotations;
import nl.leefwereld.method.example.ExampleMethod;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;
import nl.leefwereld.ui.methods.AnalyzeHandler;
import nl.leefwereld.ui.methods.SuggestionsView;

/** Editing as a user does it: the title field and the save prompt, deciding on suggestions one by one or all. */
public class EditingTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private IWorkbenchPage page;
    private WorkbenchStore store;

    @BeforeEach
    void setUp() {
        page = page();
        store = openStore();
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        processEvents();
    }

    @Test
    void typingATitleMarksTheEditorDirtyAndClosingItAsks() throws Exception {
        Conversation saved = save("Titeltest");
        ConversationEditor editor = open(saved);
        assertFalse(editor.isDirty());
        Text title = controls(editor.getUtterancesViewer().getTable().getParent(), Text.class).get(0);
        assertEquals("Titeltest", title.getText());
        title.setText("Titeltest, gewijzigd"); // as typing does: a Modify event, no focus change
        assertTrue(editor.isDirty(), "typing in the title marks the editor dirty");

        // what the workbench asks before it closes a part: closing now prompts to save
        assertTrue(editor.isSaveOnCloseNeeded(), "closing the editor asks");
        assertTrue(page.isPartVisible(editor));

        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        assertEquals("Titeltest, gewijzigd", store.store().loadConversation(saved.getId()).getTitle());
        assertTrue(editor.getCommandStack().getUndoCommand().getLabel().contains(
                nl.leefwereld.core.commands.Messages.Command_setTitle), "the edit is on the stack with its name");
    }

    @Test
    void suggestionsAreDecidedOneByOneOrAllAndAnalysingAgainLeavesTheEditorClean() throws Exception {
        Conversation saved = save("Suggestietest");
        ConversationEditor editor = open(saved);
        Conversation c = editor.getConversation();
        analyze(editor);
        waitUntil(() -> Annotations.suggestions(c).size() == 3, "three open questions suggested");
        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());

        // the same analysis again stores nothing new: the editor stays clean
        analyze(editor);
        assertFalse(editor.isDirty(), "an analysis that changes nothing does not mark the conversation dirty");
        assertEquals(3, Annotations.suggestions(c).size());

        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Command showView = window.getService(ICommandService.class).getCommand(IWorkbenchCommandConstants.VIEWS_SHOW_VIEW);
        window.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(showView,
                Map.of(IWorkbenchCommandConstants.VIEWS_SHOW_VIEW_PARM_ID, SuggestionsView.ID)), null);
        processEvents();
        SuggestionsView view = (SuggestionsView) page.findView(SuggestionsView.ID);
        assertNotNull(view, "Show View opens the suggestions");
        page.activate(editor);
        waitUntil(() -> view.getConversation() == c, "the view follows the editor");
        Table rows = view.getViewer().getTable();
        assertEquals(3, rows.getItemCount());
        assertTrue(view.getHeader().contains("3"), view.getHeader());
        assertTrue(view.getAcceptAllButton().getText().contains("3"), view.getAcceptAllButton().getText());

        // the transcript's selection selects its suggestion; Enter accepts that one only
        editor.getUtterancesViewer().getTable().setSelection(2);
        editor.getUtterancesViewer().getTable().notifyListeners(SWT.Selection, new Event());
        processEvents();
        assertEquals(1, rows.getSelectionCount());
        key(rows, SWT.CR, 0);
        assertEquals(1, c.getAnnotations().stream().filter(a -> a.getOrigin() == AnnotationOrigin.ACCEPTED).count());
        assertEquals(c.getUtterances().get(2), c.getAnnotations().stream()
                .filter(a -> a.getOrigin() == AnnotationOrigin.ACCEPTED).findFirst().orElseThrow().getUtterance());
        assertEquals(2, rows.getItemCount(), "the accepted one leaves the list");

        // Delete rejects the chosen one
        rows.setSelection(0);
        rows.notifyListeners(SWT.Selection, new Event());
        key(rows, '\u007f', SWT.DEL);
        assertEquals(1, Annotations.suggestions(c).size());
        assertTrue(view.getAcceptAllButton().getText().contains("1"), view.getAcceptAllButton().getText());

        // all at once, one undoable step
        assertEquals(1, view.acceptAll());
        assertEquals(0, Annotations.suggestions(c).size());
        editor.getCommandStack().undo();
        assertEquals(1, Annotations.suggestions(c).size());
        assertTrue(editor.isDirty());
    }

    private static void key(Table table, char character, int keyCode) {
        Event e = new Event();
        e.character = character;
        e.keyCode = keyCode == 0 ? character : keyCode;
        e.doit = true;
        table.notifyListeners(SWT.KeyDown, e);
        processEvents();
    }

    /** Runs the example method's analysis through the command, as the menu does, and waits for it to finish. */
    private void analyze(ConversationEditor editor) throws Exception {
        page.activate(editor);
        Command analyze = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(AnalyzeHandler.COMMAND_ID);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(
                analyze, Map.of(AnalyzeHandler.METHOD_PARAMETER, ExampleMethod.METHOD_ID)), null);
        waitUntil(() -> Job.getJobManager().isIdle(), "the analysis finishes");
        processEvents();
    }

    private ConversationEditor open(Conversation c) throws Exception {
        ConversationEditor editor = (ConversationEditor) page.openEditor(
                new ConversationEditorInput(c.getId(), c.getTitle()), ConversationEditor.ID);
        processEvents();
        return editor;
    }

    private Conversation save(String title) {
        Trajectory trajectory = Fixtures.trajectory("Bewerktest " + UUID.randomUUID(), "Traject", null);
        Client client = trajectory.getClient();
        store.store().saveClient(client);
        Conversation c = F.createConversation();
        c.setId(UUID.randomUUID().toString());
        c.setTitle(title);
        c.setKind(ConversationKind.FOLLOW_UP);
        c.setDate(new Date());
        Participant professional = participant(c, "Consulent", ParticipantRole.PROFESSIONAL);
        Participant client1 = participant(c, "Cli\u00ebnt", ParticipantRole.CLIENT);
        utterance(c, professional, null, "Hoe gaat het met u?");
        utterance(c, client1, null, "Goed.");
        utterance(c, professional, null, "Wat wilt u vandaag bespreken?");
        utterance(c, client1, null, "De brief.");
        utterance(c, professional, null, "Welke brief bedoelt u?");
        trajectory.getConversations().add(c);
        store.store().saveConversation(c);
        return c;
    }
}
