// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.method;

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

import nl.leefwereld.core.method.AnalyzerDescriptor.Scope;

/**
 * The installed methods and their analyzers, read from the extension points {@code nl.leefwereld.core.methods}
 * and {@code nl.leefwereld.core.analyzers}. An instance is a snapshot of the registry at the time it was
 * created: create a new one (cheap) to see bundles installed since. No static state.
 *
 * <pre>
 * MethodRegistry methods = new MethodRegistry(RegistryFactory.getRegistry());
 * MethodDescriptor m = methods.method("luisteren"); // the example method's id, ExampleMethod.METHOD_ID
 * for (AnalyzerDescriptor d : m.analyzers()) {
 *     AnalysisResult r = d.create().analyze(conversation, monitor);
 * }
 * </pre>
 * Invalid contributions (missing id, duplicate id, an analyzer of an unknown method, unknown scope) are left
 * out and described in {@link #problems()}.
 */
public final class MethodRegistry {

    /** The full id of the extension point for methods. */
    public static final String METHODS_EXTENSION_POINT = "nl.leefwereld.core.methods"; //$NON-NLS-1$
    /** The full id of the extension point for analyzers. */
    public static final String ANALYZERS_EXTENSION_POINT = "nl.leefwereld.core.analyzers"; //$NON-NLS-1$

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*"); //$NON-NLS-1$

    private final List<MethodDescriptor> methods;
    private final List<AnalyzerDescriptor> analyzers;
    private final List<String> problems = new ArrayList<>();

    /** Reads the registry now; {@code null} gives an empty registry. */
    public MethodRegistry(IExtensionRegistry registry) {
        Map<String, IConfigurationElement> methodElements = new LinkedHashMap<>();
        Map<String, List<AnalyzerDescriptor>> analyzersByMethod = new LinkedHashMap<>();
        List<AnalyzerDescriptor> allAnalyzers = new ArrayList<>();
        if (registry != null) {
            for (IConfigurationElement e : registry.getConfigurationElementsFor(METHODS_EXTENSION_POINT)) {
                if (!"method".equals(e.getName())) { //$NON-NLS-1$
                    continue;
                }
                String id = e.getAttribute("id"); //$NON-NLS-1$
                String contributor = e.getContributor().getName();
                if (id == null || !ID.matcher(id).matches()) {
                    problems.add(NLS.bind(Messages.MethodRegistry_badId, id, contributor));
                } else if (methodElements.containsKey(id)) {
                    problems.add(NLS.bind(Messages.MethodRegistry_duplicateMethod,
                            new Object[] { id, contributor, methodElements.get(id).getContributor().getName() }));
                } else {
                    methodElements.put(id, e);
                    analyzersByMethod.put(id, new ArrayList<>());
                }
            }
            Map<String, AnalyzerDescriptor> analyzerIds = new LinkedHashMap<>();
            for (IConfigurationElement e : registry.getConfigurationElementsFor(ANALYZERS_EXTENSION_POINT)) {
                if (!"analyzer".equals(e.getName())) { //$NON-NLS-1$
                    continue;
                }
                String id = e.getAttribute("id"); //$NON-NLS-1$
                String methodId = e.getAttribute("methodId"); //$NON-NLS-1$
                String contributor = e.getContributor().getName();
                String scopeValue = e.getAttribute("scope"); //$NON-NLS-1$
                Scope scope = scope(scopeValue);
                if (id == null || !ID.matcher(id).matches()) {
                    problems.add(NLS.bind(Messages.MethodRegistry_badId, id, contributor));
                } else if (analyzerIds.containsKey(id)) {
                    problems.add(NLS.bind(Messages.MethodRegistry_duplicateAnalyzer,
                            new Object[] { id, contributor, analyzerIds.get(id).contributor() }));
                } else if (methodId == null || !analyzersByMethod.containsKey(methodId)) {
                    problems.add(NLS.bind(Messages.MethodRegistry_unknownMethod, new Object[] { id, contributor, methodId }));
                } else if (scope == null) {
                    problems.add(NLS.bind(Messages.MethodRegistry_badScope, new Object[] { id, contributor, scopeValue }));
                } else {
                    AnalyzerDescriptor d = new AnalyzerDescriptor(id, methodId, e.getAttribute("name"), scope, //$NON-NLS-1$
                            contributor, () -> instantiate(e, id));
                    analyzerIds.put(id, d);
                    analyzersByMethod.get(methodId).add(d);
                    allAnalyzers.add(d);
                }
            }
        }
        List<MethodDescriptor> list = new ArrayList<>();
        for (Map.Entry<String, IConfigurationElement> entry : methodElements.entrySet()) {
            IConfigurationElement e = entry.getValue();
            List<AnalyzerDescriptor> own = analyzersByMethod.get(entry.getKey());
            own.sort(Comparator.comparing(AnalyzerDescriptor::id));
            list.add(new MethodDescriptor(entry.getKey(), e.getAttribute("name"), e.getAttribute("description"), //$NON-NLS-1$ //$NON-NLS-2$
                    e.getAttribute("source"), e.getAttribute("codebook"), e.getAttribute("icon"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    e.getContributor().getName(), own, !"false".equalsIgnoreCase(e.getAttribute("spans")))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        list.sort(Comparator.comparing(MethodDescriptor::id));
        allAnalyzers.sort(Comparator.comparing(AnalyzerDescriptor::id));
        this.methods = List.copyOf(list);
        this.analyzers = List.copyOf(allAnalyzers);
    }

    private static Scope scope(String value) {
        if (value == null || value.isBlank()) {
            return Scope.CONVERSATION;
        }
        for (Scope s : Scope.values()) {
            if (s.literal().equals(value.trim())) {
                return s;
            }
        }
        return null;
    }

    private static Analyzer instantiate(IConfigurationElement element, String id) {
        try {
            Object o = element.createExecutableExtension("class"); //$NON-NLS-1$
            if (o instanceof Analyzer a) {
                return a;
            }
            throw new IllegalStateException(NLS.bind(Messages.MethodRegistry_notAnAnalyzer, id, o.getClass().getName()));
        } catch (CoreException e) {
            throw new IllegalStateException(NLS.bind(Messages.MethodRegistry_cannotCreate, id, e.getMessage()), e);
        }
    }

    /** The installed methods, sorted by id. */
    public List<MethodDescriptor> methods() {
        return methods;
    }

    /** The method with this id, or {@code null}. */
    public MethodDescriptor method(String id) {
        for (MethodDescriptor m : methods) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        return null;
    }

    /** All analyzers of all methods, sorted by id. */
    public List<AnalyzerDescriptor> analyzers() {
        return analyzers;
    }

    /** The analyzer with this id, or {@code null}. */
    public AnalyzerDescriptor analyzer(String id) {
        for (AnalyzerDescriptor a : analyzers) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }

    /** The ids of the installed methods, sorted. */
    public List<String> methodIds() {
        return methods.stream().map(MethodDescriptor::id).toList();
    }

    /** Contributions that were left out, and why (localised). */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
