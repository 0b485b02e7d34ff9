// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.bench.bare;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The bare RCP window the start-up benchmark compares Leefwereld with: one window, one view with a small tree.
 * Writes the same marker as Leefwereld's navigator ({@code -Dleefwereld.startup.marker=<file>}) once the window
 * is open and its view filled.
 */
public class BareApplication implements IApplication {

    private static final String MARKER = "leefwereld.startup.marker"; //$NON-NLS-1$
    private static final String PERSPECTIVE = "nl.leefwereld.bench.bare.perspective"; //$NON-NLS-1$

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            return PlatformUI.createAndRunWorkbench(display, new WorkbenchAdvisor() {
                @Override
                public String getInitialWindowPerspectiveId() {
                    return PERSPECTIVE;
                }

                @Override
                public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
                    return new WorkbenchWindowAdvisor(configurer) {
                        @Override
                        public void preWindowOpen() {
                            configurer.setTitle("Bare RCP"); //$NON-NLS-1$
                        }
                    };
                }

                @Override
                public void postStartup() {
                    display.asyncExec(BareApplication::writeMarker);
                }
            }) == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (PlatformUI.isWorkbenchRunning()) {
            Display display = PlatformUI.getWorkbench().getDisplay();
            display.syncExec(() -> PlatformUI.getWorkbench().close());
        }
    }

    static void writeMarker() {
        String file = System.getProperty(MARKER);
        if (file == null || file.isBlank()) {
            return;
        }
        long now = System.currentTimeMillis();
        Bundle self = FrameworkUtil.getBundle(BareApplication.class);
        String active = Arrays.stream(self.getBundleContext().getBundles()).filter(b -> b.getState() == Bundle.ACTIVE)
                .map(b -> "active " + b.getSymbolicName()).sorted().collect(Collectors.joining("\n")); //$NON-NLS-1$ //$NON-NLS-2$
        String text = "filled " + now + "\nsinceJvmStart " + (now - ManagementFactory.getRuntimeMXBean().getStartTime()) //$NON-NLS-1$ //$NON-NLS-2$
                + "\n" + active + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
        Path target = Path.of(file);
        Path partial = target.resolveSibling(target.getFileName() + ".partial"); //$NON-NLS-1$
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            e.printStackTrace();
        }
    }

    /** The one perspective: the view, no editor area. */
    public static class Perspective implements IPerspectiveFactory {
        @Override
        public void createInitialLayout(IPageLayout layout) {
            layout.setEditorAreaVisible(false);
            layout.addStandaloneView("nl.leefwereld.bench.bare.view", false, IPageLayout.LEFT, 0.5f, layout.getEditorArea()); //$NON-NLS-1$
        }
    }

    /** A tree with a few rows, as a navigator would show. */
    public static class View extends ViewPart {
        private Tree tree;

        @Override
        public void createPartControl(Composite parent) {
            tree = new Tree(parent, SWT.V_SCROLL);
            for (int i = 0; i < 20; i++) {
                new TreeItem(tree, SWT.NONE).setText("Rij " + i); //$NON-NLS-1$
            }
        }

        @Override
        public void setFocus() {
            tree.setFocus();
        }
    }
}
