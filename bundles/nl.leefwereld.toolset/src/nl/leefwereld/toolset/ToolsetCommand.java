// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.toolset;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.io.JsonWriter;

/**
 * {@code toolset installed | available <repository> | install <repository> <feature>... | remove <feature>...}:
 * the organisation's choice of methods in this installation, changed offline from a p2 repository folder or zip.
 */
public class ToolsetCommand implements CliCommand {

    @Override
    public String name() {
        return "toolset"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Command_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        List<String> words = CliArguments.parse(args, Set.of(), Set.of()).positionals();
        if (words.isEmpty()) {
            throw new CliUsageException(Messages.Command_missingAction);
        }
        String action = words.get(0);
        List<String> rest = words.subList(1, words.size());
        try {
            switch (action) {
                case "installed" -> { //$NON-NLS-1$
                    expect(rest, 0, 0);
                    print(ctx, Toolset.running().installed());
                }
                case "available" -> { //$NON-NLS-1$
                    expect(rest, 1, 1);
                    print(ctx, Toolset.running().available(Toolset.repositoryLocation(rest.get(0)), null));
                }
                case "install" -> { //$NON-NLS-1$
                    expect(rest, 2, Integer.MAX_VALUE);
                    URI repository = Toolset.repositoryLocation(rest.get(0));
                    List<String> features = rest.subList(1, rest.size());
                    Toolset.running().install(repository, features, null);
                    ctx.out().println(NLS.bind(Messages.Command_installed, String.join(", ", features))); //$NON-NLS-1$
                }
                case "remove" -> { //$NON-NLS-1$
                    expect(rest, 1, Integer.MAX_VALUE);
                    Toolset.running().remove(rest, null);
                    ctx.out().println(NLS.bind(Messages.Command_removed, String.join(", ", rest))); //$NON-NLS-1$
                }
                default -> throw new CliUsageException(NLS.bind(Messages.Command_unknownAction, action));
            }
        } catch (ToolsetException e) {
            ctx.err().println(e.getMessage());
            return EXIT_USAGE;
        }
        return EXIT_OK;
    }

    private static void expect(List<String> args, int min, int max) throws CliUsageException {
        if (args.size() < min || args.size() > max) {
            throw new CliUsageException(Messages.Command_wrongArguments);
        }
    }

    private static void print(CliContext ctx, List<Toolset.MethodFeature> features) {
        if ("json".equals(ctx.format("text"))) { //$NON-NLS-1$ //$NON-NLS-2$
            JsonWriter json = new JsonWriter(ctx.out());
            json.beginArray();
            for (Toolset.MethodFeature f : features) {
                json.beginObject().field("id", f.id()).field("name", f.name()).field("version", f.version()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .field("installed", f.installed()).endObject(); //$NON-NLS-1$
            }
            json.endArray();
            ctx.out().println();
            return;
        }
        if (features.isEmpty()) {
            ctx.out().println(Messages.Command_none);
        }
        for (Toolset.MethodFeature f : features) {
            ctx.out().println(f.id() + "  " + f.version() + "  " + f.name() //$NON-NLS-1$ //$NON-NLS-2$
                    + (f.installed() ? "  " + Messages.Command_installedMark : "")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
