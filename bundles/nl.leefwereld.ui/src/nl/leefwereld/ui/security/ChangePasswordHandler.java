// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.security;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;
import nl.leefwereld.ui.WorkbenchStore;

/**
 * Bestand > Databasewachtwoord wijzigen: closes the database, lets Derby re-encrypt it under the new password,
 * and opens it again (also encrypting a database that was not encrypted yet).
 */
public class ChangePasswordHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        if (page != null && page.getDirtyEditors().length > 0) {
            MessageDialog.openInformation(shell, Messages.Password_changeTitle, Messages.Password_saveFirst);
            return null;
        }
        WorkbenchStore workbench = WorkbenchStore.get();
        Path folder = workbench.folder();
        boolean encrypted = Stores.isEncrypted(folder);
        PasswordDialog dialog = new PasswordDialog(shell, encrypted ? PasswordDialog.Mode.CHANGE : PasswordDialog.Mode.CHOOSE, null);
        if (dialog.open() != Window.OK) {
            return null;
        }
        StoreException[] failure = new StoreException[1];
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            String user = StoreOptions.defaults().userName();
            workbench.close();
            try {
                if (encrypted) {
                    Stores.changeBootPassword(folder, dialog.getOldPassword(), dialog.getPassword(), user);
                } else {
                    Stores.encrypt(folder, dialog.getPassword(), user);
                }
            } catch (StoreException e) {
                failure[0] = e;
            }
            try {
                // Reopen with whichever password is now valid.
                workbench.open(folder, failure[0] == null ? dialog.getPassword() : encrypted ? dialog.getOldPassword() : null);
            } catch (StoreException e) {
                failure[0] = failure[0] == null ? e : failure[0];
            }
        });
        if (failure[0] != null) {
            MessageDialog.openError(shell, Messages.Password_changeTitle, NLS.bind(Messages.Password_changeFailed, failure[0].getMessage()));
        } else {
            if (dialog.isRemember()) {
                DatabasePassword.remember(folder, dialog.getPassword());
            } else {
                DatabasePassword.forget(folder);
            }
            MessageDialog.openInformation(shell, Messages.Password_changeTitle, Messages.Password_changed);
        }
        dialog.clear();
        workbench.fireChanged();
        return null;
    }
}
