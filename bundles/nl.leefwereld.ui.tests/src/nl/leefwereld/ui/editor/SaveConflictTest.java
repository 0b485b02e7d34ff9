// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.ui.WorkbenchStore;

/**
 * Someone else saved the conversation after this editor loaded it: the save is refused, the user keeps the changes
 * (still dirty) or reloads the other save (clean, the other title shown).
 */
public class SaveConflictTest {

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void aConflictingSaveKeepsTheChangesOrReloadsTheOtherSave() throws Exception {
        WorkbenchStore store = openStore();
        Conversation conversation = Fixtures.saveEmpty(store.store(), "Conflict", "Eerste versie");

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

}
