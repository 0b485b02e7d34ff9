// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.ui;

import static nl.leefwereld.testsupport.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;
import nl.leefwereld.testsupport.ui.UiTestSupport;

/**
 * MG-codering, opened from Venster > Weergave tonen: the change goal MITI asks for is typed in the view; it goes
 * through the editor's command stack (dirty, the close prompt, undo with its Dutch name) and is stored on save.
 */
public class MiChangeGoalTest {

    private IWorkbenchPage page;
    private ConversationEditor editor;

    @AfterEach
    public void closeEditor() {
        if (page != null && editor != null) {
            page.closeEditor(editor, false);
        }
    }

    private static Conversation saveWithoutGoal() {
        WorkbenchStore store = WorkbenchStore.get();
        waitUntil(store::isOpen, "the store is open");
        Client client = ModelFactory.eINSTANCE.createClient();
        client.setId(UUID.randomUUID().toString());
        client.setDisplayName("Ahmed veranderdoel");
        Trajectory t = ModelFactory.eINSTANCE.createTrajectory();
        t.setId(UUID.randomUUID().toString());
        t.setTitle("Werk");
        client.getTrajectories().add(t);
        store.store().saveClient(client);
        Conversation c = new TranscriptParser().parse("""
                # Titel: Veranderdoel benoemen
                # Professional: Klantmanager
                Klantmanager: Waar wil je over een half jaar staan?
                Ahmed: Ik wil werk, al is het maar twintig uur.
                """).conversation();
        c.setDate(new Date());
        t.getConversations().add(c);
        store.store().saveConversation(c);
        return c;
    }

    @Test
    public void theChangeGoalIsTypedInTheCodingViewUndoneAndStoredOnSave() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Conversation saved = saveWithoutGoal();
        editor = (ConversationEditor) page.openEditor(new ConversationEditorInput(saved.getId(), saved.getTitle()),
                ConversationEditor.ID);
        MiCodingView view = (MiCodingView) UiTestSupport.showViewFromMenu(MiCodingView.ID);
        waitUntil(() -> view.getConversation() == editor.getConversation(), "MG-codering follows the editor");
        Text goal = view.getChangeGoalField();
        assertFalse(goal.getMessage().isEmpty(), "the empty field asks to name the goal");
        assertTrue(goal.isEnabled());
        assertEquals("", goal.getText());

        goal.setText("Binnen een half jaar betaald werk, 20 uur"); // as typing does: Modify events
        goal.notifyListeners(SWT.DefaultSelection, new Event()); // Enter
        waitUntil(() -> true, "events");
        assertTrue(editor.isDirty(), "the change goal marks the editor dirty");
        assertTrue(editor.isSaveOnCloseNeeded(), "closing the editor asks");
        assertEquals(nl.leefwereld.core.commands.Messages.Command_setChangeGoal,
                editor.getCommandStack().getUndoCommand().getLabel());
        assertEquals("Binnen een half jaar betaald werk, 20 uur", editor.getConversation().getTrajectory().getChangeGoal());
        waitUntil(() -> view.getHeader().contains("Binnen een half jaar betaald werk"), "the header names the goal");

        editor.getCommandStack().undo();
        waitUntil(() -> goal.getText().isEmpty(), "undo empties the field again");
        assertNull(editor.getConversation().getTrajectory().getChangeGoal());
        assertFalse(editor.isDirty());
        editor.getCommandStack().redo();
        waitUntil(() -> goal.getText().equals("Binnen een half jaar betaald werk, 20 uur"), "redo");

        // a pause in typing applies the text too, without leaving the field
        goal.setText("Binnen een half jaar betaald werk, 24 uur");
        waitUntil(() -> "Binnen een half jaar betaald werk, 24 uur".equals(
                editor.getConversation().getTrajectory().getChangeGoal()), "a pause in typing applies it");

        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        Conversation reloaded = WorkbenchStore.get().store().loadConversation(saved.getId());
        assertEquals("Binnen een half jaar betaald werk, 24 uur", reloaded.getTrajectory().getChangeGoal(),
                "the save stores the goal with the trajectory");
        assertEquals("Ahmed veranderdoel", reloaded.getTrajectory().getClient().getDisplayName(), "the client is kept");
    }
}
