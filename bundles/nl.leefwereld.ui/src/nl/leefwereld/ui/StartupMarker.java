// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import nl.leefwereld.store.OwnerOnlyFiles;

/**
 * For the start-up benchmark ({@code tools/bench/startup.sh}): with the system property
 * {@value #PROPERTY}{@code =<file>} the workbench writes that file (owner-only) once, when the navigator first shows
 * the clients of the open database: the wall-clock time, the milliseconds since the JVM started, the number of
 * clients and the symbolic names of the bundles that are ACTIVE at that moment. Without the property nothing happens.
 */
public final class StartupMarker {

    /** System property naming the file to write. */
    public static final String PROPERTY = "leefwereld.startup.marker"; //$NON-NLS-1$

    private static final AtomicBoolean WRITTEN = new AtomicBoolean();

    private StartupMarker() {
    }

    /** Called by the navigator each time it shows the listing of an open database; writes the file the first time. */
    public static void navigatorFilled(int clients) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank() || !WRITTEN.compareAndSet(false, true)) {
            return;
        }
        long now = System.currentTimeMillis();
        long sinceJvmStart = now - ManagementFactory.getRuntimeMXBean().getStartTime();
        Bundle self = FrameworkUtil.getBundle(StartupMarker.class);
        String active = Arrays.stream(self.getBundleContext().getBundles())
                .filter(bundle -> bundle.getState() == Bundle.ACTIVE)
                .map(bundle -> "active " + bundle.getSymbolicName()) //$NON-NLS-1$
                .sorted().collect(Collectors.joining("\n")); //$NON-NLS-1$
        String text = "filled " + now + "\nsinceJvmStart " + sinceJvmStart + "\nclients " + clients + "\n" + active + "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        Path target = Path.of(file);
        Path partial = target.resolveSibling(target.getFileName() + ".partial"); //$NON-NLS-1$
        try {
            // whole or not at all: the benchmark polls for the file
            OwnerOnlyFiles.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Platform.getLog(StartupMarker.class).error(file, e);
        }
    }
}
