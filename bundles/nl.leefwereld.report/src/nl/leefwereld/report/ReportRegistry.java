// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.report.ReportDescriptor.Subject;

/**
 * The installed reports, read from {@code nl.leefwereld.report.reports}: a snapshot taken when the instance is
 * created. No static state.
 */
public final class ReportRegistry {

    /** The full id of the extension point. */
    public static final String EXTENSION_POINT = "nl.leefwereld.report.reports"; //$NON-NLS-1$

    private final List<ReportDescriptor> reports;
    private final List<String> problems = new ArrayList<>();

    public ReportRegistry(IExtensionRegistry registry) {
        Map<String, ReportDescriptor> byKind = new LinkedHashMap<>();
        if (registry != null) {
            for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
                if (!"report".equals(e.getName())) { //$NON-NLS-1$
                    continue;
                }
                String contributor = e.getContributor().getName();
                String id = e.getAttribute("id"); //$NON-NLS-1$
                String kind = e.getAttribute("kind"); //$NON-NLS-1$
                Subject subject = subject(e.getAttribute("subject")); //$NON-NLS-1$
                if (id == null || id.isBlank() || kind == null || kind.isBlank() || subject == null) {
                    problems.add(NLS.bind(Messages.Registry_incomplete, contributor));
                    continue;
                }
                if (byKind.containsKey(kind)) {
                    problems.add(NLS.bind(Messages.Registry_duplicate,
                            new Object[] { kind, contributor, byKind.get(kind).contributor() }));
                    continue;
                }
                String method = e.getAttribute("methodId"); //$NON-NLS-1$
                String options = e.getAttribute("options"); //$NON-NLS-1$
                List<String> names = options == null || options.isBlank() ? List.of()
                        : Arrays.stream(options.split(",")).map(String::strip).filter(o -> !o.isEmpty()).toList(); //$NON-NLS-1$
                byKind.put(kind, new ReportDescriptor(id, kind, subject, method == null ? "" : method, //$NON-NLS-1$
                        e.getAttribute("name"), e.getAttribute("description"), names, contributor, //$NON-NLS-1$ //$NON-NLS-2$
                        () -> instantiate(e, id)));
            }
        }
        List<ReportDescriptor> list = new ArrayList<>(byKind.values());
        list.sort(Comparator.comparing(ReportDescriptor::kind));
        reports = List.copyOf(list);
    }

    private static Subject subject(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Subject.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ReportContribution instantiate(IConfigurationElement element, String id) {
        try {
            Object o = element.createExecutableExtension("class"); //$NON-NLS-1$
            if (o instanceof ReportContribution r) {
                return r;
            }
            throw new IllegalStateException(NLS.bind(Messages.Registry_wrongType, id, o.getClass().getName()));
        } catch (CoreException e) {
            throw new IllegalStateException(NLS.bind(Messages.Registry_cannotCreate, id, e.getMessage()), e);
        }
    }

    /** All reports, sorted by kind. */
    public List<ReportDescriptor> reports() {
        return reports;
    }

    /** The report of this kind ({@code mi}, {@code transcript}, …), or {@code null}. */
    public ReportDescriptor byKind(String kind) {
        return reports.stream().filter(r -> r.kind().equals(kind)).findFirst().orElse(null);
    }

    /** The report with this id, or {@code null}. */
    public ReportDescriptor byId(String id) {
        return reports.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    /** The reports of a method (by method id). */
    public List<ReportDescriptor> ofMethod(String methodId) {
        return reports.stream().filter(r -> r.methodId().equals(methodId)).toList();
    }

    /** Contributions that were left out, and why (localised). */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
