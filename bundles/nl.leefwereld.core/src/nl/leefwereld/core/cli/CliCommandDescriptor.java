// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.cli;

import java.util.Objects;
import java.util.function.Supplier;

/** One contributed command: its name, description, contributing bundle and a factory for instances. */
public final class CliCommandDescriptor {

    private final String name;
    private final String description;
    private final String contributor;
    private final Supplier<CliCommand> factory;

    public CliCommandDescriptor(String name, String description, String contributor, Supplier<CliCommand> factory) {
        this.name = Objects.requireNonNull(name);
        this.description = description == null ? "" : description; //$NON-NLS-1$
        this.contributor = contributor == null ? "" : contributor; //$NON-NLS-1$
        this.factory = Objects.requireNonNull(factory);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** Symbolic name of the contributing bundle. */
    public String contributor() {
        return contributor;
    }

    /** A new instance of the command. */
    public CliCommand create() {
        return factory.get();
    }
}
