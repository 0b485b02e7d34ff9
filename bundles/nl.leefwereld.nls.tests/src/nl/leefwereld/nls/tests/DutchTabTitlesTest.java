// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.nls.tests;

import static nl.leefwereld.testsupport.ui.UiTestSupport.leefwereldPerspectives;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openPerspectiveFromMenu;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static nl.leefwereld.testsupport.ui.UiTestSupport.tabTitleProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.ui.ConversationsPerspective;

/**
 * The Dutch tab titles are longer than the English ones ("Bevindingen", "Eigenschappen", "MG-codering"): in every
 * perspective, opened from Venster > Perspectief openen and reset, at 1280x800 and 1920x1080, every tab shows its
 * whole Dutch title and none is pushed behind the chevron (the English check is the UI tests' PerspectiveLayoutTest).
 */
class DutchTabTitlesTest {

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
        for (int i = 0; i < 20; i++) {
            processEvents();
        }
        assertEquals(new Point(width, height), shell.getSize(), "the window has the size to check"); //$NON-NLS-1$
        List<String> perspectives = leefwereldPerspectives();
        assertTrue(perspectives.size() >= 6, "the general perspective and those of the methods: " + perspectives); //$NON-NLS-1$
        for (String id : perspectives) {
            openPerspectiveFromMenu(id);
            assertEquals(List.of(), tabTitleProblems(shell), id + " at " + width + "x" + height); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
