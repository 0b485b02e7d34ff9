// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

public class NewClientHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Wizards.open(HandlerUtil.getActiveShell(event), new NewClientWizard());
        return null;
    }
}
