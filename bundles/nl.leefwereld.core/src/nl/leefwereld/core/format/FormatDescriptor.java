// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.format;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One importer or exporter contributed through {@code nl.leefwereld.core.importers} or
 * {@code nl.leefwereld.core.exporters}. Immutable.
 *
 * @param <T> {@link ConversationImporter} or {@link ConversationExporter}
 */
public final class FormatDescriptor<T> {

    private final String id;
    private final String name;
    private final List<String> extensions;
    private final String contributor;
    private final Supplier<T> factory;

    public FormatDescriptor(String id, String name, List<String> extensions, String contributor, Supplier<T> factory) {
        this.id = Objects.requireNonNull(id);
        this.name = name == null || name.isBlank() ? id : name;
        this.extensions = extensions.stream().map(e -> e.trim().toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty())
                .toList();
        this.contributor = contributor == null ? "" : contributor; //$NON-NLS-1$
        this.factory = Objects.requireNonNull(factory);
    }

    public String id() {
        return id;
    }

    /** The name in the user's language, e.g. "Transcript (text)". */
    public String name() {
        return name;
    }

    /** File extensions without dot, lower case, e.g. {@code [txt]}. */
    public List<String> extensions() {
        return extensions;
    }

    public String contributor() {
        return contributor;
    }

    /** True when the extension (with or without dot, any case) is one of this format's. */
    public boolean handles(String extension) {
        if (extension == null) {
            return false;
        }
        String e = extension.startsWith(".") ? extension.substring(1) : extension; //$NON-NLS-1$
        return extensions.contains(e.toLowerCase(Locale.ROOT));
    }

    /** A new instance; throws {@link IllegalStateException} naming the class when it cannot be created. */
    public T create() {
        return factory.get();
    }

    @Override
    public String toString() {
        return id + ' ' + extensions;
    }
}
