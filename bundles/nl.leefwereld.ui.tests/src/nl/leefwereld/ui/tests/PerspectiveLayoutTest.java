// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.tests;

import static nl.leefwereld.testsupport.ui.UiTestSupport.controls;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.plainLabel;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.ui.ConversationsPerspective;
import nl.leefwereld.ui.Messages;
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
            List<String> problems = new ArrayList<>();
            int folders = 0;
            for (CTabFolder folder : controls(shell, CTabFolder.class)) {
                if (!folder.isVisible() || folder.getItemCount() == 0) {
                    continue;
                }
                folders++;
                GC gc = new GC(folder);
                try {
                    for (CTabItem item : folder.getItems()) {
                        if (!item.isShowing()) {
                            problems.add(item.getText() + " is hidden behind the chevron"); //$NON-NLS-1$
                            continue;
                        }
                        gc.setFont(item.getFont() != null ? item.getFont() : folder.getFont());
                        int needed = gc.textExtent(item.getText(), SWT.DRAW_MNEMONIC).x
                                + (item.getImage() == null ? 0 : item.getImage().getBounds().width);
                        if (item.getBounds().width < needed) {
                            problems.add(item.getText() + " is " + item.getBounds().width + " px wide, needs " + needed); //$NON-NLS-1$ //$NON-NLS-2$
                        }
                    }
                } finally {
                    gc.dispose();
                }
            }
            assertTrue(folders >= 3, id + " has its stacks: " + folders);
            assertEquals(List.of(), problems, id + " at " + width + "x" + height); //$NON-NLS-1$ //$NON-NLS-2$
        }
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
        IPerspectiveDescriptor perspective = PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id);
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Menu menu = show(item(shell.getMenuBar(), Messages.Menu_window).getMenu());
        menu = show(item(menu, Messages.Menu_openPerspective).getMenu());
        MenuItem choice = item(menu, perspective.getLabel());
        choice.setSelection(true); // a radio item is selected before its selection event, as GTK does
        choice.notifyListeners(SWT.Selection, new Event());
        processEvents();
        assertEquals(id, page.getPerspective().getId());
        page.resetPerspective();
        settle();
    }

    private static Menu show(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        processEvents();
        return menu;
    }

    private static MenuItem item(Menu menu, String label) {
        for (MenuItem item : menu.getItems()) {
            if (plainLabel(item.getText()).equals(plainLabel(label))) {
                return item;
            }
        }
        throw new AssertionError("no " + plainLabel(label)); //$NON-NLS-1$
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

    private static void settle() {
        for (int i = 0; i < 20; i++) {
            processEvents();
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
