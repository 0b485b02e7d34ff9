// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.method;

import java.util.Objects;
import java.util.function.Supplier;

/** One analyzer contributed through {@code nl.leefwereld.core.analyzers}. Immutable. */
public final class AnalyzerDescriptor {

    /** What an analyzer looks at. */
    public enum Scope {
        /** One conversation at a time: {@link Analyzer#analyze}. */
        CONVERSATION,
        /** Several conversations together: {@link Analyzer#analyzeAll}. */
        MANY;

        /** The value in plugin.xml: {@code conversation} or {@code many}. */
        public String literal() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String id;
    private final String methodId;
    private final String name;
    private final Scope scope;
    private final String contributor;
    private final Supplier<Analyzer> factory;

    public AnalyzerDescriptor(String id, String methodId, String name, Scope scope, String contributor,
            Supplier<Analyzer> factory) {
        this.id = Objects.requireNonNull(id);
        this.methodId = Objects.requireNonNull(methodId);
        this.name = name == null || name.isBlank() ? id : name;
        this.scope = scope == null ? Scope.CONVERSATION : scope;
        this.contributor = contributor == null ? "" : contributor; //$NON-NLS-1$
        this.factory = Objects.requireNonNull(factory);
    }

    public String id() {
        return id;
    }

    public String methodId() {
        return methodId;
    }

    public String name() {
        return name;
    }

    public Scope scope() {
        return scope;
    }

    public String contributor() {
        return contributor;
    }

    /**
     * A new instance of the analyzer.
     *
     * @throws IllegalStateException when the class cannot be created (the message names it)
     */
    public Analyzer create() {
        return factory.get();
    }

    @Override
    public String toString() {
        return id + " (" + methodId + ", " + scope.literal() + ')'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
