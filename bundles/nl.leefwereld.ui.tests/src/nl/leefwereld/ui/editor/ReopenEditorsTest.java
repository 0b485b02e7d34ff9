// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.testsupport.ui.UiTestSupport;
import nl.leefwereld.ui.WorkbenchStore;

/** The conversations open at exit are open again at the next start, the active one in front; a deleted one is skipped. */
public class ReopenEditorsTest {

    private final IWorkbenchPage page = page();

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
        UiTestSupport.processEvents();
    }

    @Test
    void editorsOpenAtExitAreReopenedThroughTheirElementFactory() throws Exception {
        WorkbenchStore store = openStore();
        Conversation first = saved(store, "Eerste gesprek");
        Conversation second = saved(store, "Tweede gesprek");
        Conversation deletedLater = saved(store, "Later verwijderd");
        page.openEditor(new ConversationEditorInput(first.getId(), first.getTitle()), ConversationEditor.ID);
        page.openEditor(new ConversationEditorInput(deletedLater.getId(), deletedLater.getTitle()), ConversationEditor.ID);
        IEditorPart active = page.openEditor(new ConversationEditorInput(second.getId(), second.getTitle()), ConversationEditor.ID);
        page.activate(active);
        UiTestSupport.processEvents();

        Path file = Files.createTempDirectory("editors").resolve("open-editors.xml"); //$NON-NLS-1$ //$NON-NLS-2$
        OpenEditors.save(page, store.location(), file);
        String saved = Files.readString(file);
        assertFalse(saved.contains("Eerste gesprek"), "only ids, no titles: " + saved);
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file)); //$NON-NLS-1$

        page.closeAllEditors(false);
        store.store().deleteConversation(deletedLater.getId());
        UiTestSupport.processEvents();
        assertEquals(0, page.getEditorReferences().length);

        List<String> problems = OpenEditors.reopen(page, store.location(), file);
        UiTestSupport.processEvents();
        assertEquals(2, page.getEditorReferences().length, "both remaining conversations open again");
        assertEquals(1, problems.size(), "the deleted one is named: " + problems);
        assertTrue(problems.get(0).contains(deletedLater.getId()), problems.toString());
        IEditorPart front = page.getActiveEditor();
        assertNotNull(front);
        assertEquals(second.getId(), ((ConversationEditorInput) front.getEditorInput()).getConversationId(), "active one in front");
        assertEquals("Tweede gesprek", front.getTitle(), "title read from the conversation"); //$NON-NLS-1$
        assertFalse(Files.exists(file), "used once");
    }

    @Test
    void anotherDatabaseOpensNothing() throws Exception {
        WorkbenchStore store = openStore();
        Conversation c = saved(store, "Ander gesprek");
        page.openEditor(new ConversationEditorInput(c.getId(), c.getTitle()), ConversationEditor.ID);
        Path file = Files.createTempDirectory("editors").resolve("open-editors.xml"); //$NON-NLS-1$ //$NON-NLS-2$
        OpenEditors.save(page, "gebruiker @ postgresql://db.example.nl:5432/leefwereld", file); //$NON-NLS-1$
        page.closeAllEditors(false);
        OpenEditors.reopen(page, store.location(), file);
        assertEquals(0, page.getEditorReferences().length);
    }

    private static Conversation saved(WorkbenchStore store, String title) {
        Conversation conversation = Fixtures.saveEmpty(store.store(), "Heropenen", title);
        return conversation;
    }
}
