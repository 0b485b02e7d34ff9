// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openPerspectiveFromMenu;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import nl.leefwereld.method.mi.MiCode;

/**
 * At 1280x800 every MI code button can be reached: the keys are in sight below the list (not pushed out of the view
 * by it) and none is cut off at the right edge of the coding view.
 */
public class MiLayoutTest {

    @Test
    void everyCodeButtonLiesInsideTheCodingViewAt1280x800() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setSize(1280, 800);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        MiCodingView coding = (MiCodingView) page.showView(MiCodingView.ID);
        settle();
        // the view's own composite holds the list (in a sash) and, below it, the keys in a scroller of their own
        Composite root = coding.getUtterancesViewer().getTable().getParent().getParent();
        List<Button> buttons = new ArrayList<>();
        for (Button b : buttons(root)) {
            for (MiCode code : MiCode.values()) {
                if (code.key() != '\0' && b.getText().startsWith(code.key() + "  ")) {
                    buttons.add(b);
                }
            }
        }
        long keys = java.util.Arrays.stream(MiCode.values()).filter(c -> c.key() != '\0').count();
        assertEquals(keys, buttons.size(), "one button per key");
        Control inside = buttons.get(0);
        while (!(inside instanceof ScrolledComposite)) {
            inside = inside.getParent();
        }
        ScrolledComposite keysArea = (ScrolledComposite) inside;
        int width = keysArea.getClientArea().width;
        assertTrue(width > 0 && width < 1280, "the view is part of the window: " + width);
        // the keys are in sight without scrolling the whole view: their area starts inside the view, with room
        Rectangle area = keysArea.getDisplay().map(keysArea.getParent(), root, keysArea.getBounds());
        int viewHeight = root.getClientArea().height;
        assertTrue(area.y >= 0 && area.y + area.height <= viewHeight && area.height >= 40,
                "the keys' area " + area + " is in the view's " + viewHeight + " px");
        for (Button b : buttons) {
            Rectangle r = b.getDisplay().map(b.getParent(), keysArea, b.getBounds());
            assertTrue(r.x >= 0 && r.x + r.width <= width,
                    b.getText() + " at " + r + " lies inside the view's width " + width);
            assertTrue(r.y + r.height <= Math.max(keysArea.getMinHeight(), keysArea.getClientArea().height)
                    + keysArea.getOrigin().y, b.getText() + " can be scrolled to: " + r);
        }
    }

    /**
     * In the MG-codering perspective at 1280x800 every key is in sight without scrolling (a quarter of the height
     * showed two of five rows there), and the list beside them still shows three rows.
     */
    @Test
    void everyKeyIsInSightInTheMethodPerspectiveAt1280x800() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setSize(1280, 800);
        openPerspectiveFromMenu("nl.leefwereld.method.mi.ui.perspective");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        MiCodingView coding = (MiCodingView) page.findView(MiCodingView.ID);
        assertTrue(coding != null, "MG-codering is part of its perspective");
        page.activate(coding);
        settle();
        Composite root = coding.getUtterancesViewer().getTable().getParent().getParent();
        List<Button> keys = new ArrayList<>();
        for (Button b : buttons(root)) {
            for (MiCode code : MiCode.values()) {
                if (code.key() != '\0' && b.getText().startsWith(code.key() + "  ")) {
                    keys.add(b);
                }
            }
        }
        Control inside = keys.get(0);
        while (!(inside instanceof ScrolledComposite)) {
            inside = inside.getParent();
        }
        ScrolledComposite keysArea = (ScrolledComposite) inside;
        Rectangle visible = keysArea.getClientArea();
        for (Button b : keys) {
            Rectangle r = b.getDisplay().map(b.getParent(), keysArea, b.getBounds());
            assertTrue(r.y >= 0 && r.y + r.height <= visible.height,
                    b.getText() + " at " + r + " is in sight in the keys' " + visible.height + " px");
        }
        org.eclipse.swt.widgets.Table table = coding.getUtterancesViewer().getTable();
        int threeRows = table.getHeaderHeight() + 3 * table.getItemHeight();
        assertTrue(table.getClientArea().height >= threeRows,
                "the list shows three rows: " + table.getClientArea().height + " px, " + threeRows + " needed");
        openPerspectiveFromMenu("nl.leefwereld.ui.perspective");
    }

    private static List<Button> buttons(Composite root) {
        List<Button> found = new ArrayList<>();
        for (Control c : root.getChildren()) {
            if (c instanceof Button b) {
                found.add(b);
            }
            if (c instanceof Composite composite) {
                found.addAll(buttons(composite));
            }
        }
        return found;
    }

    private static void settle() throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            while (Display.getCurrent().readAndDispatch()) {
                // drain
            }
            Thread.sleep(20);
        }
    }
}
