// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import nl.leefwereld.core.demo.DemoData;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.ui.editor.OpenEditors;
import nl.leefwereld.ui.security.DatabaseOpener;
import nl.leefwereld.ui.security.TeamServerConnection;
import nl.leefwereld.ui.security.TeamServers;

/** Opens the database off the UI thread once the window is up, and offers the demo data when it is empty. */
public class LeefwereldWorkbenchAdvisor extends WorkbenchAdvisor {

    private final WorkbenchStore store;
    private final boolean createDemo;

    private final String initialPerspective;

    /** @param initialPerspective the perspective to open the window in, or {@code null} for the general one */
    public LeefwereldWorkbenchAdvisor(WorkbenchStore store, boolean createDemo, String initialPerspective) {
        this.store = store;
        this.createDemo = createDemo;
        this.initialPerspective = initialPerspective;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        if (initialPerspective != null
                && PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(initialPerspective) != null) {
            return initialPerspective;
        }
        return ConversationsPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                // A transcript needs room: the screen's work area, up to a comfortable 1600 x 1000.
                org.eclipse.swt.graphics.Rectangle screen = PlatformUI.getWorkbench().getDisplay().getPrimaryMonitor().getClientArea();
                configurer.setInitialSize(new Point(Math.min(screen.width, 1600), Math.min(screen.height, 1000)));
                configurer.setShowCoolBar(true);
                // the perspective switcher: the general perspective and one per method
                configurer.setShowPerspectiveBar(true);
                configurer.setShowStatusLine(true);
                configurer.setShowProgressIndicator(true);
                configurer.setTitle(Messages.Application_title);
            }

            @Override
            public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
                return new LeefwereldActionBarAdvisor(actionBars);
            }
        };
    }

    @Override
    public void postStartup() {
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (TeamServers.rememberedUrl() != null && !Boolean.getBoolean("leefwereld.tests")) { //$NON-NLS-1$
            // the team's server, as chosen last time; cancelled: the database on this computer
            new TeamServerConnection(store, display, connected -> {
                if (connected.booleanValue()) {
                    afterOpen(display);
                } else {
                    openLocal(display);
                }
            }).start();
            return;
        }
        openLocal(display);
    }

    private void openLocal(Display display) {
        new DatabaseOpener(store, WorkbenchStore.defaultFolder(), display, new DatabaseOpener.Outcome() {
            @Override
            public void opened() {
                afterOpen(display);
            }

            @Override
            public void failed(String title, StoreException cause) {
                fail(title, cause);
            }

            @Override
            public void cancelled() {
                PlatformUI.getWorkbench().close();
            }
        }).start();
    }

    /** Fills an empty database with the demo conversations (asked, or at once with {@code -demo}). */
    private void afterOpen(Display display) {
        Job job = WorkbenchStore.openingJob(Messages.Application_openingDatabase, (IProgressMonitor monitor) -> {
            // demo data only ever goes into a database on this computer, never into the team's
            boolean empty = store.server() == null && store.store().countClients() == 0;
            if (empty && createDemo) {
                DemoData.create(store.store());
            }
            display.asyncExec(() -> {
                store.fireChanged();
                reloadRestoredEditors();
                reopenEditors();
                store.checkAuditInBackground();
                if (empty && !createDemo && !Boolean.getBoolean("leefwereld.tests")) { //$NON-NLS-1$
                    offerDemo(display.getActiveShell());
                }
            });
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    /** Editors the platform restored (after a killed workbench) before the database was open now show their conversation. */
    private void reloadRestoredEditors() {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null) {
            OpenEditors.log(RestoredEditors.reload(window.getActivePage()));
        }
    }

    /** The conversations open at the last exit, once their database is open (see {@link OpenEditors}). */
    private void reopenEditors() {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null && !Boolean.getBoolean("leefwereld.tests")) { //$NON-NLS-1$
            OpenEditors.log(OpenEditors.reopen(window.getActivePage(), store.location(), OpenEditors.defaultFile()));
        }
    }

    @Override
    public boolean preShutdown() {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null && store.isOpen() && !Boolean.getBoolean("leefwereld.tests")) { //$NON-NLS-1$
            try {
                OpenEditors.save(window.getActivePage(), store.location(), OpenEditors.defaultFile());
            } catch (java.io.IOException e) {
                OpenEditors.log(java.util.List.of(e.toString()));
            }
        }
        return super.preShutdown();
    }

    private void offerDemo(Shell shell) {
        if (MessageDialog.openQuestion(shell, Messages.Application_title, Messages.Application_offerDemo)) {
            Job demo = Job.create(Messages.Application_creatingDemo, monitor -> {
                DemoData.create(store.store());
                PlatformUI.getWorkbench().getDisplay().asyncExec(store::fireChanged);
                return Status.OK_STATUS;
            });
            demo.schedule();
        }
    }

    private void fail(String title, StoreException e) {
        Shell shell = PlatformUI.getWorkbench().getDisplay().getActiveShell();
        MessageDialog.openError(shell, title, NLS.bind(Messages.Application_databaseProblem, e.getMessage()));
        PlatformUI.getWorkbench().close();
    }
}
