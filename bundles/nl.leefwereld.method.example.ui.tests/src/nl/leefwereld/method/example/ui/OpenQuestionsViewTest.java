// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.example.ui;

import static nl.leefwereld.testsupport.ui.UiTestSupport.clickRow;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.showViewByCommand;
import static nl.leefwereld.testsupport.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.method.example.ExampleMethod;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;

/**
 * The example view on the shared base: opened with Show View, it follows the editor, its selection both ways, codes
 * through the editor's command stack, and goes to its empty state when the editor closes.
 */
public class OpenQuestionsViewTest {

    private static final String TRANSCRIPT = """
            # Titel: Kennismaking (voorbeeld)
            # Professional: Klantmanager
            [00:00:05] Klantmanager: Welkom. Hoe gaat het met je?
            [00:00:12] Sanne: Goed, dank je.
            [00:00:20] Klantmanager: Heb je de brief gekregen?
            [00:00:24] Sanne: Ja.
            [00:00:31] Klantmanager: Wat wil je vandaag bespreken?
            """;

    private IWorkbenchPage page;
    private ConversationEditor editor;

    private static Conversation save() {
        WorkbenchStore store = openStore();
        return Fixtures.save(store.store(), Fixtures.trajectory("Sanne voorbeeld", "Kennismaking", null), TRANSCRIPT);
    }

    @AfterEach
    public void closeEditor() {
        if (page != null && editor != null) {
            page.closeEditor(editor, false);
        }
    }

    @Test
    public void followsTheEditorAndItsSelectionCodesThroughTheStackAndEmptiesWhenTheEditorCloses() throws Exception {
        page = page();
        Conversation saved = save();
        editor = (ConversationEditor) page.openEditor(new ConversationEditorInput(saved.getId(), saved.getTitle()),
                ConversationEditor.ID);
        showViewByCommand(OpenQuestionsView.ID);
        OpenQuestionsView view = (OpenQuestionsView) page.findView(OpenQuestionsView.ID);
        assertNotNull(view, "Show View opens the view");
        waitUntil(() -> view.getConversation() == editor.getConversation(), "the view follows the editor");
        assertTrue(view.getHeader().startsWith("Kennismaking (voorbeeld)"), view.getHeader());
        Table rows = view.getViewer().getTable();
        assertEquals(2, rows.getItemCount(), "two open questions; the closed one is left out");
        assertEquals("Hoe gaat het met je?", rows.getItem(0).getText(0));

        // the view's row selects its utterance in the transcript, and the transcript's selection shows here
        Conversation c = editor.getConversation();
        clickRow(rows, 1);
        assertEquals(List.of(c.getUtterances().get(4)), editor.getUtterancesViewer().getStructuredSelection().toList());
        clickRow(editor.getUtterancesViewer().getTable(), 0);
        assertEquals(0, rows.getSelectionIndex());

        // coding goes through the editor's command stack: dirty, undoable with the edit's name
        assertTrue(view.codeSelected());
        assertTrue(editor.isDirty());
        Utterance first = c.getUtterances().get(0);
        assertTrue(c.getAnnotations().stream().anyMatch(a -> a.getUtterance() == first
                && a.getOrigin() == AnnotationOrigin.MANUAL && ExampleMethod.CODE_OPEN_QUESTION.equals(a.getCodeId())));
        assertEquals(nl.leefwereld.core.commands.Messages.Command_addCode, editor.getCommandStack().getUndoCommand().getLabel());
        waitUntil(() -> !rows.getItem(0).getText(2).isEmpty(), "the view shows the code");
        // Undo with the view active, as Ctrl+Z does: it acts on the editor's stack
        page.activate(view);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        waitUntil(() -> rows.getItem(0).getText(2).isEmpty(), "the view follows undo");
        assertFalse(editor.isDirty());

        // the followed editor closes: the view moves on to the other open editor, then to its empty state
        Conversation other = save();
        ConversationEditor second = (ConversationEditor) page.openEditor(
                new ConversationEditorInput(other.getId(), other.getTitle()), ConversationEditor.ID);
        waitUntil(() -> view.getConversation() == second.getConversation(), "the view follows the new editor");
        page.activate(editor);
        waitUntil(() -> view.getConversation() == editor.getConversation(), "and back");
        page.closeEditor(editor, false);
        editor = second;
        waitUntil(() -> view.getConversation() == second.getConversation(), "the view moves on to the open editor");
        page.closeEditor(second, false);
        editor = null;
        waitUntil(() -> view.getConversation() == null, "the view lets go of the closed editor");
        assertEquals(0, rows.getItemCount());
    }

    @Test
    public void resetPerspectivePutsTheViewInTheGeneralAndTheMethodPerspective() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        for (String id : List.of("nl.leefwereld.ui.perspective", "nl.leefwereld.method.example.ui.perspective")) { //$NON-NLS-1$ //$NON-NLS-2$
            page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id));
            waitUntil(() -> true, "events");
            if (page.findView(OpenQuestionsView.ID) != null) {
                page.hideView(page.findView(OpenQuestionsView.ID));
                waitUntil(() -> true, "events");
            }
            assertTrue(page.findView(OpenQuestionsView.ID) == null, "closed in " + id);
            page.resetPerspective();
            waitUntil(() -> true, "events");
            assertNotNull(page.findView(OpenQuestionsView.ID), "Open vragen back after Perspectief herstellen in " + id);
            assertNotNull(page.findView("nl.leefwereld.ui.suggestions"), "Suggesties beside it in " + id); //$NON-NLS-1$
        }
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId("nl.leefwereld.ui.perspective")); //$NON-NLS-1$
    }
}
