// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.security;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreLockedException;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;
import nl.leefwereld.ui.WorkbenchStore;

/**
 * Opens the workbench's database at start: encrypted by default. A new database gets a password the user
 * chooses; an existing encrypted one the password from the environment, secure storage or the user (again after
 * a wrong one); an unencrypted database from an earlier version is offered encryption. Dialogs run in the UI
 * thread, Derby in a Job.
 */
public final class DatabaseOpener {

    /** What happens after opening, or when it cannot be opened (title and cause). */
    public interface Outcome {
        void opened();

        void failed(String title, StoreException cause);

        void cancelled();
    }

    private enum Source {
        ENVIRONMENT, REMEMBERED, TYPED, NONE
    }

    private final WorkbenchStore store;
    private final Path folder;
    private final Display display;
    private final Outcome outcome;

    public DatabaseOpener(WorkbenchStore store, Path folder, Display display, Outcome outcome) {
        this.store = store;
        this.folder = folder;
        this.display = display;
        this.outcome = outcome;
    }

    /** Call in the UI thread. */
    public void start() {
        char[] environment = StoreOptions.passwordFromEnvironment();
        if (environment != null) {
            if (DatabasePassword.exists(folder) && !Stores.isEncrypted(folder) && !Boolean.getBoolean("leefwereld.tests")) { //$NON-NLS-1$
                // the password in the environment is not used: the user must not believe the data is encrypted
                MessageDialog.openWarning(shell(), Messages.Password_title,
                        NLS.bind(Messages.Password_plainDespiteEnvironment, folder, StoreOptions.PASSWORD_ENVIRONMENT_VARIABLE));
            }
            open(environment, Source.ENVIRONMENT, false);
            return;
        }
        if (Boolean.getBoolean("leefwereld.tests")) { //$NON-NLS-1$
            // UI tests without a password in the environment: no dialog can be answered, use a plain database.
            open(null, Source.NONE, false);
            return;
        }
        if (DatabasePassword.exists(folder) && !Stores.isEncrypted(folder)) {
            if (MessageDialog.openQuestion(shell(), Messages.Password_title, Messages.Password_encryptExisting)) {
                ask(PasswordDialog.Mode.CHOOSE, null, true);
            } else {
                open(null, Source.NONE, false);
            }
            return;
        }
        char[] remembered = DatabasePassword.remembered(folder);
        if (remembered != null) {
            open(remembered, Source.REMEMBERED, false);
            return;
        }
        ask(DatabasePassword.exists(folder) ? PasswordDialog.Mode.ENTER : PasswordDialog.Mode.CHOOSE, null, false);
    }

    private Shell shell() {
        return display.getActiveShell();
    }

    private void ask(PasswordDialog.Mode mode, String problem, boolean encryptFirst) {
        PasswordDialog dialog = new PasswordDialog(shell(), mode, problem);
        if (dialog.open() != Window.OK) {
            outcome.cancelled();
            return;
        }
        char[] password = dialog.getPassword();
        if (encryptFirst) {
            encryptThenOpen(password, dialog.isRemember());
        } else {
            open(password, Source.TYPED, dialog.isRemember());
        }
    }

    private void encryptThenOpen(char[] password, boolean remember) {
        Job job = Job.create(Messages.Password_encrypting, (IProgressMonitor monitor) -> {
            try {
                Stores.encrypt(folder, password, StoreOptions.defaults().userName());
            } catch (StoreException e) {
                display.asyncExec(() -> outcome.failed(Messages.Password_title, e));
                return Status.OK_STATUS;
            }
            display.asyncExec(() -> open(password, Source.TYPED, remember));
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private void open(char[] password, Source source, boolean remember) {
        Job job = WorkbenchStore.openingJob(nl.leefwereld.ui.Messages.Application_openingDatabase, (IProgressMonitor monitor) -> {
            try {
                store.open(folder, password);
            } catch (StoreLockedException e) {
                display.asyncExec(() -> outcome.failed(nl.leefwereld.ui.Messages.Application_databaseLocked, e));
                return Status.OK_STATUS;
            } catch (StoreException e) {
                boolean passwordProblem = password != null && Stores.isEncrypted(folder) && source != Source.ENVIRONMENT;
                if (source == Source.REMEMBERED) {
                    DatabasePassword.forget(folder);
                }
                display.asyncExec(() -> {
                    if (passwordProblem) {
                        ask(PasswordDialog.Mode.ENTER, e.getMessage(), false);
                    } else {
                        outcome.failed(nl.leefwereld.ui.Messages.Application_databaseError, e);
                    }
                });
                return Status.OK_STATUS;
            }
            String notRemembered = remember && password != null ? DatabasePassword.rememberAndNote(folder, password) : null;
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            display.asyncExec(() -> {
                if (notRemembered != null) {
                    MessageDialog.openWarning(shell(), Messages.Password_title, NLS.bind(Messages.Password_notRemembered, notRemembered));
                }
                // the store checked its audit chain at open (#20): a broken chain is told once, without blocking
                if (store.isOpen()) {
                    AuditWarning.show(shell(), store.store());
                }
                outcome.opened();
            });
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }
}
