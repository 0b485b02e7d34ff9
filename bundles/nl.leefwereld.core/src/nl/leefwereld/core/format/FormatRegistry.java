// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.osgi.util.NLS;

/**
 * The installed importers and exporters, read from {@code nl.leefwereld.core.importers} and
 * {@code nl.leefwereld.core.exporters}: a snapshot taken when the instance is created. No static state.
 */
public final class FormatRegistry {

    /** The full id of the extension point for importers. */
    public static final String IMPORTERS_EXTENSION_POINT = "nl.leefwereld.core.importers"; //$NON-NLS-1$
    /** The full id of the extension point for exporters. */
    public static final String EXPORTERS_EXTENSION_POINT = "nl.leefwereld.core.exporters"; //$NON-NLS-1$

    private final List<FormatDescriptor<ConversationImporter>> importers;
    private final List<FormatDescriptor<ConversationExporter>> exporters;
    private final List<String> problems = new ArrayList<>();

    public FormatRegistry(IExtensionRegistry registry) {
        importers = read(registry, IMPORTERS_EXTENSION_POINT, "importer", ConversationImporter.class); //$NON-NLS-1$
        exporters = read(registry, EXPORTERS_EXTENSION_POINT, "exporter", ConversationExporter.class); //$NON-NLS-1$
    }

    private <T> List<FormatDescriptor<T>> read(IExtensionRegistry registry, String point, String element, Class<T> type) {
        Map<String, FormatDescriptor<T>> byId = new LinkedHashMap<>();
        if (registry != null) {
            for (IConfigurationElement e : registry.getConfigurationElementsFor(point)) {
                if (!element.equals(e.getName())) {
                    continue;
                }
                String id = e.getAttribute("id"); //$NON-NLS-1$
                String contributor = e.getContributor().getName();
                if (id == null || id.isBlank()) {
                    problems.add(NLS.bind(Messages.FormatRegistry_noId, element, contributor));
                    continue;
                }
                if (byId.containsKey(id)) {
                    problems.add(NLS.bind(Messages.FormatRegistry_duplicate,
                            new Object[] { id, contributor, byId.get(id).contributor() }));
                    continue;
                }
                String extensions = e.getAttribute("extensions"); //$NON-NLS-1$
                List<String> list = extensions == null ? List.of() : Arrays.asList(extensions.split(",")); //$NON-NLS-1$
                byId.put(id, new FormatDescriptor<>(id, e.getAttribute("name"), list, contributor, //$NON-NLS-1$
                        () -> instantiate(e, id, type)));
            }
        }
        List<FormatDescriptor<T>> result = new ArrayList<>(byId.values());
        result.sort(Comparator.comparing(FormatDescriptor::id));
        return List.copyOf(result);
    }

    private static <T> T instantiate(IConfigurationElement element, String id, Class<T> type) {
        try {
            Object o = element.createExecutableExtension("class"); //$NON-NLS-1$
            if (type.isInstance(o)) {
                return type.cast(o);
            }
            throw new IllegalStateException(NLS.bind(Messages.FormatRegistry_wrongType,
                    new Object[] { id, o.getClass().getName(), type.getSimpleName() }));
        } catch (CoreException e) {
            throw new IllegalStateException(NLS.bind(Messages.FormatRegistry_cannotCreate, id, e.getMessage()), e);
        }
    }

    /** All importers, sorted by id. */
    public List<FormatDescriptor<ConversationImporter>> importers() {
        return importers;
    }

    /** All exporters, sorted by id. */
    public List<FormatDescriptor<ConversationExporter>> exporters() {
        return exporters;
    }

    /** The first importer (by id) whose extensions include the file's, or {@code null}. */
    public FormatDescriptor<ConversationImporter> importerFor(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString(); //$NON-NLS-1$
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1); //$NON-NLS-1$
        return importers.stream().filter(d -> d.handles(extension)).findFirst().orElse(null);
    }

    /** The first exporter (by id) writing files with this extension (e.g. {@code json}), or {@code null}. */
    public FormatDescriptor<ConversationExporter> exporterFor(String extension) {
        return exporters.stream().filter(d -> d.handles(extension)).findFirst().orElse(null);
    }

    /** Contributions that were left out, and why (localised). */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
