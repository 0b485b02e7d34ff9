// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.nls.tests;

import static nl.leefwereld.testsupport.ui.UiTestSupport.controls;
import static nl.leefwereld.testsupport.ui.UiTestSupport.leefwereldPerspectives;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openPerspectiveFromMenu;
import static nl.leefwereld.testsupport.ui.UiTestSupport.settle;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.tabTitleProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.ui.ConversationsPerspective;

/**
 * The Dutch tab titles are longer than the English ones ("Bevindingen", "Eigenschappen", "Relatie door de tijd"):
 * in every perspective, opened from Venster > Perspectief openen and reset, at 1280x800 and 1920x1080, every tab
 * shows its whole Dutch title and none is pushed behind the chevron (the same check as the UI tests'
 * PerspectiveLayoutTest, which runs in English). The general perspective's stack of the methods' views showed
 * "Bevindin…" and "Suggesti…" at 1280x800.
 */
class DutchTabTitlesTest {

    private static final List<String> PERSPECTIVES = List.of(ConversationsPerspective.ID,
            "nl.leefwereld.method.mi.ui.perspective", "nl.leefwereld.method.relation.ui.perspective", //$NON-NLS-1$ //$NON-NLS-2$
            "nl.leefwereld.method.blanco.ui.perspective", "nl.leefwereld.method.stress.ui.perspective", //$NON-NLS-1$ //$NON-NLS-2$
            "nl.leefwereld.method.persona.ui.perspective"); //$NON-NLS-1$

    @AfterEach
    void backToTheGeneralPerspective() {
        openPerspectiveFromMenu(ConversationsPerspective.ID);
    }

    @Test
    void everyDutchTabTitleIsWholeAt1280x800() {
        everyTabTitleIsWhole(1280, 800);
    }

    @Test
    void everyDutchTabTitleIsWholeAt1920x1080() {
        everyTabTitleIsWhole(1920, 1080);
    }

    private static void everyTabTitleIsWhole(int width, int height) {
        assertEquals("nl", Platform.getNL().substring(0, 2), "the workbench runs in Dutch"); //$NON-NLS-1$ //$NON-NLS-2$
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setSize(width, height);
        settle();
        assertEquals(new Point(width, height), shell.getSize(), "the window has the size to check"); //$NON-NLS-1$
        assertTrue(leefwereldPerspectives().containsAll(PERSPECTIVES), "every perspective is there: " //$NON-NLS-1$
                + leefwereldPerspectives());
        for (String id : PERSPECTIVES) {
            openPerspectiveFromMenu(id);
            assertEquals(id, page().getPerspective().getId());
            int folders = 0;
            for (CTabFolder folder : controls(shell, CTabFolder.class)) {
                if (folder.isVisible() && folder.getItemCount() > 0) {
                    folders++;
                }
            }
            assertTrue(folders >= 3, id + " has its stacks: " + folders); //$NON-NLS-1$
            assertEquals(List.of(), tabTitleProblems(shell), id + " at " + width + "x" + height); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
