// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * A command's own arguments split into options and positional words. Options take the forms
 * {@code --name value}, {@code --name=value} and (for flags) {@code --name}; {@code --} ends the options.
 */
public final class CliArguments {

    private final Map<String, String> options;
    private final Set<String> flags;
    private final List<String> positionals;

    private CliArguments(Map<String, String> options, Set<String> flags, List<String> positionals) {
        this.options = options;
        this.flags = flags;
        this.positionals = positionals;
    }

    /**
     * @param args          the words
     * @param valueOptions  options that take a value, e.g. {@code --client}
     * @param flagOptions   options without a value, e.g. {@code --no-counts}
     * @throws CliUsageException on an unknown option or an option without its value
     */
    public static CliArguments parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions)
            throws CliUsageException {
        Map<String, String> options = new LinkedHashMap<>();
        Set<String> flags = new LinkedHashSet<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("--")) { //$NON-NLS-1$
                positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) { //$NON-NLS-1$
                optionsEnded = true;
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (valueOptions.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new CliUsageException(NLS.bind(Messages.CliArguments_missingValue, name));
                    }
                    value = args.get(++i);
                }
                options.put(name, value);
            } else if (flagOptions.contains(name) && value == null) {
                flags.add(name);
            } else {
                throw new CliUsageException(NLS.bind(Messages.CliArguments_unknownOption, arg));
            }
        }
        return new CliArguments(Collections.unmodifiableMap(options), Collections.unmodifiableSet(flags),
                Collections.unmodifiableList(positionals));
    }

    /** The value of an option, or {@code null}. */
    public String option(String name) {
        return options.get(name);
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public List<String> positionals() {
        return positionals;
    }
}
