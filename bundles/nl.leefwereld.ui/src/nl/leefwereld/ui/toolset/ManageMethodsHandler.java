// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.toolset;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens {@link ManageMethodsDialog}. */
public class ManageMethodsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        new ManageMethodsDialog(HandlerUtil.getActiveShell(event)).open();
        return null;
    }
}
