// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.security;

import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import nl.leefwereld.store.StoreException;
import nl.leefwereld.ui.WorkbenchStore;

/**
 * Connects the workbench to an organisation database (PostgreSQL): asks address, user and password (prefilled with
 * the remembered server), connects off the UI thread, asks again with the server's answer when it refuses, warns
 * when the database's audit chain is broken, and remembers the server (not the password) for the next start when
 * the user wants that.
 */
public final class TeamServerConnection {

    private final WorkbenchStore store;
    private final Display display;
    private final Consumer<Boolean> done;

    /** {@code done} gets true once connected, false when the user cancels. Runs in the UI thread. */
    public TeamServerConnection(WorkbenchStore store, Display display, Consumer<Boolean> done) {
        this.store = store;
        this.display = display;
        this.done = done;
    }

    /** Call in the UI thread. */
    public void start() {
        ask(TeamServers.rememberedUrl(), TeamServers.rememberedUser(), null);
    }

    private void ask(String url, String user, String problem) {
        Shell shell = display.getActiveShell();
        TeamServerDialog dialog = new TeamServerDialog(shell, url, user, problem);
        if (dialog.open() != Window.OK) {
            done.accept(Boolean.FALSE);
            return;
        }
        connect(dialog.getUrl(), dialog.getUser(), dialog.getPassword(), dialog.isRemember());
    }

    /** Connects with these credentials (no dialog first); a refusal opens the dialog with the reason. */
    public void connect(String url, String user, char[] password, boolean remember) {
        Job job = Job.create(NLS.bind(Messages.Team_connecting, url), (IProgressMonitor monitor) -> {
            try {
                store.openRemote(url, user, password);
            } catch (StoreException e) {
                display.asyncExec(() -> ask(url, user, e.getMessage()));
                return Status.OK_STATUS;
            } finally {
                Arrays.fill(password, '\0');
            }
            display.asyncExec(() -> {
                if (remember) {
                    TeamServers.remember(url, user);
                } else {
                    TeamServers.forget();
                }
                showLocation(store);
                if (store.isOpen()) {
                    AuditWarning.show(display.getActiveShell(), store.store());
                }
                store.fireChanged();
                done.accept(Boolean.TRUE);
            });
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    /** Shows where the data is in the window's title (only when it is a team server). */
    public static void showLocation(WorkbenchStore store) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null) {
            return;
        }
        String base = nl.leefwereld.ui.Messages.Application_title;
        window.getShell().setText(store.server() == null ? base : NLS.bind(Messages.Team_windowTitle, base, store.location()));
    }
}
