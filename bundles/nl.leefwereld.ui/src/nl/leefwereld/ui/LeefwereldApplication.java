// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui;

import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * The Leefwereld workbench. Program argument {@code -demo} fills an empty database with the demo conversations;
 * {@code -perspective <id>} opens the window in that perspective (e.g. a method's, for a training session).
 */
public class LeefwereldApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        boolean demo = Arrays.asList(args).contains("-demo") || Boolean.getBoolean("leefwereld.demo"); //$NON-NLS-1$ //$NON-NLS-2$
        Display display = PlatformUI.createDisplay();
        WorkbenchStore store = new WorkbenchStore();
        ServiceRegistration<WorkbenchStore> registration = FrameworkUtil.getBundle(getClass()).getBundleContext()
                .registerService(WorkbenchStore.class, store, null);
        try {
            List<String> arguments = Arrays.asList(args);
            int at = arguments.indexOf("-perspective"); //$NON-NLS-1$
            String perspective = at >= 0 && at + 1 < args.length ? args[at + 1] : null;
            int code = PlatformUI.createAndRunWorkbench(display, new LeefwereldWorkbenchAdvisor(store, demo, perspective));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            registration.unregister();
            store.close();
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
