// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.ui.WorkbenchStore;

/**
 * Someone else saved the conversation after this editor loaded it: the save is refused, the user keeps the changes
 * (still dirty) or reloads the other save (clean, the other title shown).
 */
public class SaveConflictTest {

    private IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void aConflictingSaveKeepsTheChangesOrReloadsTheOtherSave() throws Exception {
        WorkbenchStore store = WorkbenchStore.get();
        long end = System.currentTimeMillis() + 60_000;
        while (!store.isOpen() && System.currentTimeMillis() < end) {
            processEvents();
        }
        Client client = ModelFactory.eINSTANCE.createClient();
        client.setId(UUID.randomUUID().toString());
        client.setDisplayName("Conflict");
        Trajectory trajectory = ModelFactory.eINSTANCE.createTrajectory();
        trajectory.setId(UUID.randomUUID().toString());
        client.getTrajectories().add(trajectory);
        store.store().saveClient(client);
        Conversation conversation = ModelFactory.eINSTANCE.createConversation();
        conversation.setId(UUID.randomUUID().toString());
        conversation.setTitle("Eerste versie");
        trajectory.getConversations().add(conversation);
        store.store().saveConversation(conversation);

        ConversationEditor editor = (ConversationEditor) page().openEditor(
                new ConversationEditorInput(conversation.getId(), conversation.getTitle()), ConversationEditor.ID);
        processEvents();
        List<String> asked = new ArrayList<>();

        // a colleague saves first
        Conversation theirs = store.store().loadConversation(conversation.getId());
        theirs.setTitle("Versie van de collega");
        store.store().saveConversation(theirs);

        editor.execute(SetCommand.create(editor.getEditingDomain(), editor.getConversation(),
                ModelPackage.Literals.CONVERSATION__TITLE, "Mijn versie"));
        assertTrue(editor.isDirty());

        editor.conflictAnswer = message -> {
            asked.add(message);
            return ConversationEditor.ConflictAnswer.KEEP;
        };
        editor.doSave(new NullProgressMonitor());
        processEvents();
        assertEquals(1, asked.size(), "the user is asked");
        assertTrue(editor.isDirty(), "kept: still unsaved");
        assertEquals("Mijn versie", editor.getConversation().getTitle());
        assertEquals("Versie van de collega", store.store().loadConversation(conversation.getId()).getTitle(),
                "the other save is not overwritten");

        editor.conflictAnswer = message -> ConversationEditor.ConflictAnswer.RELOAD;
        editor.doSave(new NullProgressMonitor());
        processEvents();
        assertFalse(editor.isDirty(), "reloaded: nothing unsaved");
        assertEquals("Versie van de collega", editor.getConversation().getTitle());
        assertFalse(editor.getCommandStack().canUndo(), "the dropped changes cannot be undone into the new version");

        // and saving works again on the reloaded version
        editor.execute(SetCommand.create(editor.getEditingDomain(), editor.getConversation(),
                ModelPackage.Literals.CONVERSATION__TITLE, "Samen verbeterd"));
        editor.doSave(new NullProgressMonitor());
        assertEquals("Samen verbeterd", store.store().loadConversation(conversation.getId()).getTitle());
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }
}
