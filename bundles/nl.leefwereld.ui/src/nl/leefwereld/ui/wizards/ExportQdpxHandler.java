// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.leefwereld.core.exchange.QdpxExport;
import nl.leefwereld.core.exchange.QdpxWriter;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.ui.WorkbenchStore;

/**
 * <i>Bestand &gt; Exporteren als REFI-QDA-project</i>: the clients and conversations selected in the navigator, or
 * everything when nothing is selected, as a {@code .qdpx} file (owner-only, every conversation in the audit log).
 */
public class ExportQdpxHandler extends AbstractHandler {

    /** Asks where to save; the UI tests (a fragment of this bundle) replace it, since a native dialog cannot be driven. */
    static Function<Shell, String> fileChooser = ExportQdpxHandler::chooseFile;

    private static String chooseFile(Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.qdpx" }); //$NON-NLS-1$
        dialog.setFileName("leefwereld.qdpx"); //$NON-NLS-1$
        dialog.setOverwrite(true);
        return dialog.open();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        List<String> selection = selection(HandlerUtil.getCurrentSelection(event));
        String chosen = fileChooser.apply(shell);
        if (chosen == null) {
            return null;
        }
        Path file = Path.of(chosen.endsWith(".qdpx") ? chosen : chosen + ".qdpx"); //$NON-NLS-1$ //$NON-NLS-2$
        QdpxWriter.Summary[] summary = new QdpxWriter.Summary[1];
        try {
            new ProgressMonitorDialog(shell).run(true, false, monitor -> {
                monitor.beginTask(Messages.ExportQdpx_running, -1);
                try {
                    summary[0] = new QdpxExport(WorkbenchStore.get().store(),
                            QdpxExport.installedCodebooks(RegistryFactory.getRegistry())).export(selection, file);
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            MessageDialog.openError(shell, Messages.ExportQdpx_title, NLS.bind(Messages.ExportQdpx_failed, file, cause.getMessage()));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        MessageDialog.openInformation(shell, Messages.ExportQdpx_title, NLS.bind(Messages.ExportQdpx_done, new Object[] {
                file, Integer.valueOf(summary[0].conversations()), Integer.valueOf(summary[0].clients()),
                Integer.valueOf(summary[0].codings()) }));
        return null;
    }

    /** Client ids and conversation ids of the selection; {@code all} when it holds none. */
    static List<String> selection(ISelection s) {
        List<String> ids = new ArrayList<>();
        if (s instanceof IStructuredSelection structured) {
            for (Object o : structured.toList()) {
                if (o instanceof Client c) {
                    ids.add(c.getId());
                } else if (o instanceof Trajectory t) {
                    t.getConversations().forEach(c -> ids.add(c.getId()));
                } else if (o instanceof Conversation c) {
                    ids.add(c.getId());
                }
            }
        }
        return ids.isEmpty() ? List.of(QdpxExport.ALL) : ids;
    }
}
