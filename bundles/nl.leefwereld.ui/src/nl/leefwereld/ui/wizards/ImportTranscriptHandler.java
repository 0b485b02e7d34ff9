// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

public class ImportTranscriptHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Wizards.open(HandlerUtil.getActiveShell(event), new ImportTranscriptWizard(
                HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), HandlerUtil.getCurrentSelection(event)), 760, 440);
        return null;
    }
}
