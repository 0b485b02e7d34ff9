// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.methods;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.ui.Perspectives;

/** "Openen in methode": switches to the perspective of the method selected in the Methods view. */
public class OpenInMethodHandler extends AbstractHandler {

    public static final String COMMAND_ID = "nl.leefwereld.ui.openInMethod"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (!(selection instanceof IStructuredSelection s && s.getFirstElement() instanceof MethodDescriptor method)) {
            MessageDialog.openInformation(window.getShell(), Messages.Analysis_command, Messages.Methods_selectOne);
            return null;
        }
        open(method, window);
        return null;
    }

    /** Shows the method's perspective in this window, or says that the method has none. */
    public static void open(MethodDescriptor method, IWorkbenchWindow window) throws ExecutionException {
        String id = Perspectives.perspectiveIdOf(method);
        if (PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id) == null) {
            MessageDialog.openInformation(window.getShell(), method.name(),
                    NLS.bind(Messages.Methods_noPerspective, method.name(), method.contributor() + ".ui")); //$NON-NLS-1$
            return;
        }
        try {
            PlatformUI.getWorkbench().showPerspective(id, window);
        } catch (WorkbenchException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
    }
}
