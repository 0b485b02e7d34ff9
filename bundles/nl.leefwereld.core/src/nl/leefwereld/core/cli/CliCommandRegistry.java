// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.osgi.util.NLS;

/** Reads the contributions to {@code nl.leefwereld.core.cliCommands}. */
public final class CliCommandRegistry {

    /** The full id of the extension point. */
    public static final String EXTENSION_POINT = "nl.leefwereld.core.cliCommands"; //$NON-NLS-1$

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*"); //$NON-NLS-1$

    private CliCommandRegistry() {
    }

    /**
     * All valid contributions, sorted by name. Invalid ones (bad name, duplicate) are skipped with a
     * warning on {@code warnings} (may be {@code null}).
     */
    public static List<CliCommandDescriptor> read(IExtensionRegistry registry, PrintStream warnings) {
        Map<String, CliCommandDescriptor> byName = new LinkedHashMap<>();
        if (registry != null) {
            for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
                if (!"command".equals(element.getName())) { //$NON-NLS-1$
                    continue;
                }
                String name = element.getAttribute("name"); //$NON-NLS-1$
                String contributor = element.getContributor().getName();
                if (name == null || !NAME.matcher(name).matches()) {
                    warn(warnings, NLS.bind(Messages.CliCommandRegistry_badName, name, contributor));
                    continue;
                }
                if (byName.containsKey(name)) {
                    warn(warnings, NLS.bind(Messages.CliCommandRegistry_duplicate,
                            new Object[] { name, contributor, byName.get(name).contributor() }));
                    continue;
                }
                byName.put(name, new CliCommandDescriptor(name, element.getAttribute("description"), contributor, //$NON-NLS-1$
                        () -> instantiate(element, name)));
            }
        }
        List<CliCommandDescriptor> result = new ArrayList<>(byName.values());
        result.sort(Comparator.comparing(CliCommandDescriptor::name));
        return result;
    }

    private static CliCommand instantiate(IConfigurationElement element, String name) {
        try {
            Object o = element.createExecutableExtension("class"); //$NON-NLS-1$
            if (o instanceof CliCommand command) {
                return command;
            }
            throw new IllegalStateException(NLS.bind(Messages.CliCommandRegistry_notACommand, name, o.getClass().getName()));
        } catch (CoreException e) {
            throw new IllegalStateException(NLS.bind(Messages.CliCommandRegistry_cannotCreate, name, e.getMessage()), e);
        }
    }

    private static void warn(PrintStream warnings, String message) {
        if (warnings != null) {
            warnings.println(message);
        }
    }
}
