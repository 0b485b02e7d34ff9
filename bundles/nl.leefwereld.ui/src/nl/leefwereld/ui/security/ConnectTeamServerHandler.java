// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.security;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.leefwereld.ui.WorkbenchStore;

/** Bestand > Verbinden met teamserver: work on the team's shared database instead of the one on this computer. */
public class ConnectTeamServerHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        // open conversations belong to the database they came from: save or drop them first
        if (page != null && !page.closeAllEditors(true)) {
            return null;
        }
        new TeamServerConnection(WorkbenchStore.get(), HandlerUtil.getActiveShell(event).getDisplay(), connected -> {
            // cancelled: the workbench stays on the database it had
        }).start();
        return null;
    }
}
