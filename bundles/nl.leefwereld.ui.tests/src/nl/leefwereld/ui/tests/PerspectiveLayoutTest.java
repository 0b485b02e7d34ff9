// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.tests;

import static nl.leefwereld.testsupport.ui.UiTestSupport.controls;
import static nl.leefwereld.testsupport.ui.UiTestSupport.leefwereldPerspectives;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openPerspectiveFromMenu;
import static nl.leefwereld.testsupport.ui.UiTestSupport.settle;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.tabTitleProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.ui.ConversationsPerspective;
import nl.leefwereld.ui.methods.FindingsView;
import nl.leefwereld.ui.methods.MethodsView;

/**
 * Every perspective, opened from Venster > Perspectief openen and reset, at 1280x800 and 1920x1080: every tab of
 * every stack shows its whole title (the general perspective's single bottom stack of eight tabs showed "Eigen…",
 * "Bevin…" at 1280x800) and no tab is pushed behind the chevron.
 */
class PerspectiveLayoutTest {

    private static final List<String> PERSPECTIVES = List.of(ConversationsPerspective.ID,
            "nl.leefwereld.method.mi.ui.perspective", "nl.leefwereld.method.relation.ui.perspective", //$NON-NLS-1$ //$NON-NLS-2$
            "nl.leefwereld.method.blanco.ui.perspective", "nl.leefwereld.method.stress.ui.perspective", //$NON-NLS-1$ //$NON-NLS-2$
            "nl.leefwereld.method.persona.ui.perspective"); //$NON-NLS-1$

    private final IWorkbenchPage page = page();

    @AfterEach
    void backToTheGeneralPerspective() {
        open(ConversationsPerspective.ID);
    }

    @Test
    void everyTabTitleIsWholeAt1280x800() throws Exception {
        everyTabTitleIsWhole(1280, 800);
    }

    @Test
    void everyTabTitleIsWholeAt1920x1080() throws Exception {
        everyTabTitleIsWhole(1920, 1080);
    }

    @Test
    void theGeneralPerspectiveKeepsTheWorkbenchViewsAndTheMethodViewsInTwoStacksBelow() throws Exception {
        size(1280, 800);
        open(ConversationsPerspective.ID);
        CTabFolder findings = folderWith(page.findViewReference(FindingsView.ID).getPartName());
        CTabFolder methods = folderWith(page.findViewReference(MethodsView.ID).getPartName());
        assertTrue(findings != methods, "two stacks below the transcript");
        assertTrue(findings.getDisplay().map(findings.getParent(), null, findings.getBounds()).y > 400
                && methods.getDisplay().map(methods.getParent(), null, methods.getBounds()).y > 400, "both below");
        // MG-codering and the other views of the methods join the findings (relative to them in their plugin.xml)
        assertNotNull(item(findings, page.findViewReference("nl.leefwereld.method.mi.ui.coding").getPartName()), //$NON-NLS-1$
                "MG-codering beside the findings");
        assertTrue(findings.getSize().x > methods.getSize().x, "the methods' stack gets the larger share: "
                + findings.getSize() + " / " + methods.getSize());
        assertTrue(findings.getSize().y >= 200, "and the height for a list with keys below it: " + findings.getSize());
    }

    private void everyTabTitleIsWhole(int width, int height) throws Exception {
        Shell shell = size(width, height);
        for (String id : PERSPECTIVES) {
            open(id);
            int folders = 0;
            for (CTabFolder folder : controls(shell, CTabFolder.class)) {
                if (folder.isVisible() && folder.getItemCount() > 0) {
                    folders++;
                }
            }
            assertTrue(folders >= 3, id + " has its stacks: " + folders);
            assertEquals(List.of(), tabTitleProblems(shell), id + " at " + width + "x" + height); //$NON-NLS-1$ //$NON-NLS-2$
        }
        assertTrue(leefwereldPerspectives().containsAll(PERSPECTIVES), "every perspective checked is Leefwereld's");
    }

    private static Shell size(int width, int height) {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setSize(width, height);
        settle();
        Point size = shell.getSize();
        assertEquals(new Point(width, height), size, "the window has the size to check");
        return shell;
    }

    /** Venster > Perspectief openen > the perspective, then Perspectief herstellen (without its confirmation). */
    private void open(String id) {
        openPerspectiveFromMenu(id);
        assertEquals(id, page.getPerspective().getId());
    }

    private static CTabFolder folderWith(String title) {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        for (CTabFolder folder : controls(shell, CTabFolder.class)) {
            if (item(folder, title) != null) {
                return folder;
            }
        }
        throw new AssertionError("no tab " + title); //$NON-NLS-1$
    }

    private static CTabItem item(CTabFolder folder, String title) {
        for (CTabItem item : folder.getItems()) {
            if (title.equals(item.getText())) {
                return item;
            }
        }
        return null;
    }
}
