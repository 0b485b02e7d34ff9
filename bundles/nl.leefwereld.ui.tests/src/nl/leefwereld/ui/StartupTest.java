// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;
import nl.leefwereld.ui.navigator.NavigatorView;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.testsupport.ui.UiTestSupport;

/**
 * Start-up: the window is up before the database, no method bundle is active once the navigator is filled, and an
 * editor restored before the database was open (after a killed workbench) shows its conversation once it is open.
 * First in the suite, before other tests use the methods.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class StartupTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
        UiTestSupport.processEvents();
    }

    @Test
    @Order(1)
    void noMethodBundleIsActiveWhenTheNavigatorIsFilled() throws Exception {
        WorkbenchStore store = WorkbenchStore.get();
        UiTestSupport.waitUntil(store::isOpen, "the database is open");
        NavigatorView navigator = (NavigatorView) page.showView(NavigatorView.ID);
        TreeViewer viewer = navigator.getViewer();
        UiTestSupport.waitUntil(() -> viewer.getTree().getItemCount() > 0
                && !nl.leefwereld.ui.navigator.Messages.Navigator_opening.equals(viewer.getTree().getItem(0).getText()),
                "the navigator shows the open database");
        Bundle[] bundles = FrameworkUtil.getBundle(StartupTest.class).getBundleContext().getBundles();
        List<String> methods = Arrays.stream(bundles).map(Bundle::getSymbolicName)
                .filter(name -> name.startsWith("nl.leefwereld.method.") && !name.endsWith(".tests")).toList();
        assertFalse(methods.isEmpty(), "the method bundles are installed in the test runtime");
        List<String> active = Arrays.stream(bundles)
                .filter(b -> methods.contains(b.getSymbolicName()) && b.getState() == Bundle.ACTIVE)
                .map(Bundle::getSymbolicName).toList();
        assertEquals(List.of(), active, "method bundles activated at start");
    }

    @Test
    @Order(2)
    void anEditorRestoredBeforeTheDatabaseWasOpenShowsItsConversationOnceItIs() throws Exception {
        WorkbenchStore store = WorkbenchStore.get();
        UiTestSupport.waitUntil(store::isOpen, "the database is open");
        Conversation conversation = Fixtures.saveEmpty(store.store(), "Na een harde stop", "Hersteld gesprek");
        Path folder = store.folder();

        // what the platform does after a killed workbench: it restores the editor while the database is not open
        store.close();
        IEditorPart restored = page.openEditor(new ConversationEditorInput(conversation.getId(), ""), ConversationEditor.ID);
        UiTestSupport.processEvents();
        assertFalse(restored instanceof ConversationEditor, "without a database the editor cannot load: " + restored);

        store.open(folder);
        List<String> problems = RestoredEditors.reload(page);
        UiTestSupport.processEvents();

        assertEquals(List.of(), problems);
        assertEquals(1, page.getEditorReferences().length, "one tab, not the error and the conversation");
        ConversationEditor editor = assertInstanceOf(ConversationEditor.class, page.getActiveEditor());
        assertEquals("Hersteld gesprek", editor.getTitle());
        assertEquals(conversation.getId(), ((ConversationEditorInput) editor.getEditorInput()).getConversationId());
        assertTrue(RestoredEditors.reload(page).isEmpty(), "a loaded editor is left alone");
        assertEquals(editor, page.getActiveEditor());
    }
}
