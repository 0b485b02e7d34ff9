// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.security;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.leefwereld.ui.WorkbenchStore;

/** Bestand > Reservekopie maken: Derby's online backup of the open database into a chosen folder. */
public class BackupHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        DirectoryDialog chooser = new DirectoryDialog(shell);
        chooser.setText(Messages.Backup_choose);
        String chosen = chooser.open();
        if (chosen == null) {
            return null;
        }
        Job job = Job.create(Messages.Backup_running, (IProgressMonitor monitor) -> {
            String message;
            boolean ok;
            try {
                Path copy = WorkbenchStore.get().store().backup(Path.of(chosen));
                message = NLS.bind(Messages.Backup_done, copy);
                ok = true;
            } catch (RuntimeException e) {
                message = NLS.bind(Messages.Backup_failed, e.getMessage());
                ok = false;
            }
            String text = message;
            boolean success = ok;
            shell.getDisplay().asyncExec(() -> {
                if (success) {
                    MessageDialog.openInformation(shell, Messages.Backup_title, text);
                } else {
                    MessageDialog.openError(shell, Messages.Backup_title, text);
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return null;
    }
}
