// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.osgi.util.NLS;

/** Reads the contributions to {@code nl.leefwereld.core.benchRows}, in the registry's order. */
public final class BenchRegistry {

    /** The full id of the extension point. */
    public static final String EXTENSION_POINT = "nl.leefwereld.core.benchRows"; //$NON-NLS-1$

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_.-]*"); //$NON-NLS-1$

    /** One contribution: its id (also the name of its folder), the contributing bundle and how to create it. */
    public record Descriptor(String id, String contributor, Supplier<BenchContribution> create) {
    }

    private BenchRegistry() {
    }

    /** The valid contributions; invalid ones (bad or duplicate id) are skipped with a warning on {@code warnings}. */
    public static List<Descriptor> read(IExtensionRegistry registry, PrintStream warnings) {
        Map<String, Descriptor> byId = new LinkedHashMap<>();
        if (registry != null) {
            for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
                if (!"rows".equals(element.getName())) { //$NON-NLS-1$
                    continue;
                }
                String id = element.getAttribute("id"); //$NON-NLS-1$
                String contributor = element.getContributor().getName();
                if (id == null || !ID.matcher(id).matches() || byId.containsKey(id)) {
                    if (warnings != null) {
                        warnings.println(NLS.bind(Messages.BenchRegistry_badId, id, contributor));
                    }
                    continue;
                }
                byId.put(id, new Descriptor(id, contributor, () -> instantiate(element, id)));
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static BenchContribution instantiate(IConfigurationElement element, String id) {
        try {
            Object o = element.createExecutableExtension("class"); //$NON-NLS-1$
            if (o instanceof BenchContribution contribution) {
                return contribution;
            }
            throw new IllegalStateException(NLS.bind(Messages.BenchRegistry_notAContribution, id, o.getClass().getName()));
        } catch (CoreException e) {
            throw new IllegalStateException(NLS.bind(Messages.BenchRegistry_cannotCreate, id, e.getMessage()), e);
        }
    }
}
