// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import nl.leefwereld.ui.Messages;
import nl.leefwereld.ui.Perspectives;

/** Opens a view as a user does: Venster > Weergave tonen > the view's group > the view. */
final class ViewMenu {

    private ViewMenu() {
    }

    static IViewPart show(String viewId) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        for (Perspectives.ViewGroup group : Perspectives.viewGroups()) {
            for (var view : group.views()) {
                if (view.getId().equals(viewId)) {
                    Menu menu = open(find(window.getShell().getMenuBar(), Messages.Menu_window).getMenu());
                    menu = open(find(menu, Messages.Menu_showView).getMenu());
                    menu = open(find(menu, group.label()).getMenu());
                    find(menu, view.getLabel()).notifyListeners(SWT.Selection, new Event());
                    drain();
                    return window.getActivePage().findView(viewId);
                }
            }
        }
        throw new AssertionError(viewId + " is not in Venster > Weergave tonen");
    }

    private static Menu open(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        drain();
        return menu;
    }

    private static MenuItem find(Menu menu, String label) {
        StringBuilder seen = new StringBuilder();
        for (MenuItem item : menu.getItems()) {
            if (plain(item.getText()).equals(plain(label))) {
                return item;
            }
            seen.append(plain(item.getText())).append("; "); //$NON-NLS-1$
        }
        throw new AssertionError("No " + plain(label) + " in " + seen);
    }

    private static String plain(String label) {
        int tab = label.indexOf('\t');
        return (tab < 0 ? label : label.substring(0, tab)).replace("&", "").trim(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void drain() {
        while (Display.getCurrent().readAndDispatch()) {
            // events
        }
    }
}
