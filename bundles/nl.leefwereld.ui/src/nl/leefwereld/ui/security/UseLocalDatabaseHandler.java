// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.security;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.leefwereld.store.StoreException;
import nl.leefwereld.ui.WorkbenchStore;

/** Bestand > Lokale database gebruiken: back from a team server to the database on this computer. */
public class UseLocalDatabaseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        if (page != null && !page.closeAllEditors(true)) {
            return null;
        }
        TeamServers.forget();
        WorkbenchStore store = WorkbenchStore.get();
        Display display = HandlerUtil.getActiveShell(event).getDisplay();
        new DatabaseOpener(store, WorkbenchStore.defaultFolder(), display, new DatabaseOpener.Outcome() {
            @Override
            public void opened() {
                TeamServerConnection.showLocation(store);
                store.fireChanged();
            }

            @Override
            public void failed(String title, StoreException cause) {
                MessageDialog.openError(display.getActiveShell(), title, cause.getMessage());
            }

            @Override
            public void cancelled() {
                // no password given: the workbench stays on the team server
            }
        }).start();
        return null;
    }

    @Override
    public boolean isEnabled() {
        return PlatformUI.isWorkbenchRunning() && WorkbenchStore.get().server() != null;
    }
}
