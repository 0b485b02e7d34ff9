// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands;

import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.core.io.JsonWriter;
import nl.leefwereld.core.method.AnalyzerDescriptor;
import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Codebook;

/**
 * {@code methods}: the installed methods with their literature source, codebook and analyzers; with
 * {@code --format json} as a JSON array. Does not open the database.
 */
public class MethodsCommand implements CliCommand {

    @Override
    public String name() {
        return "methods"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Methods_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        CliArguments a = CliArguments.parse(args, Set.of(), Set.of());
        if (!a.positionals().isEmpty()) {
            throw new CliUsageException(NLS.bind(Messages.Common_unexpected, a.positionals().get(0)));
        }
        MethodRegistry registry = MethodSupport.registry(ctx.err());
        if ("json".equals(ctx.format("text"))) { //$NON-NLS-1$ //$NON-NLS-2$
            JsonWriter json = new JsonWriter(ctx.out());
            json.beginArray();
            for (MethodDescriptor m : registry.methods()) {
                json.beginObject().field("id", m.id()).field("name", m.name()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("description", m.description()).field("source", m.source()) //$NON-NLS-1$ //$NON-NLS-2$
                        .field("bundle", m.contributor()).field("codebookPath", m.codebookPath()); //$NON-NLS-1$ //$NON-NLS-2$
                Codebook codebook = MethodSupport.codebook(m, ctx.err());
                json.name("codes"); //$NON-NLS-1$
                if (codebook == null) {
                    json.nullValue();
                } else {
                    writeCodes(json, codebook.getCodes());
                }
                json.name("analyzers").beginArray(); //$NON-NLS-1$
                for (AnalyzerDescriptor d : m.analyzers()) {
                    json.beginObject().field("id", d.id()).field("name", d.name()) //$NON-NLS-1$ //$NON-NLS-2$
                            .field("scope", d.scope().literal()).field("bundle", d.contributor()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
                }
                json.endArray().endObject();
            }
            json.endArray().finish();
            ctx.out().println();
            return EXIT_OK;
        }
        if (registry.methods().isEmpty()) {
            ctx.out().println(Messages.Methods_none);
            return EXIT_OK;
        }
        for (MethodDescriptor m : registry.methods()) {
            ctx.out().println(m.id() + "  " + m.name()); //$NON-NLS-1$
            if (!m.description().isBlank()) {
                ctx.out().println("  " + m.description()); //$NON-NLS-1$
            }
            ctx.out().println("  " + NLS.bind(Messages.Methods_source, m.source().isBlank() ? "-" : m.source())); //$NON-NLS-1$ //$NON-NLS-2$
            if (m.codebookPath() != null) {
                Codebook codebook = MethodSupport.codebook(m, ctx.err());
                ctx.out().println("  " + NLS.bind(Messages.Methods_codebook, m.codebookPath(), //$NON-NLS-1$
                        codebook == null ? "?" : Integer.valueOf(MethodSupport.countCodes(codebook.getCodes())))); //$NON-NLS-1$
            }
            for (AnalyzerDescriptor d : m.analyzers()) {
                ctx.out().println("  " + NLS.bind(Messages.Methods_analyzer, //$NON-NLS-1$
                        new Object[] { d.id(), d.name(), d.scope().literal() }));
            }
            ctx.out().println("  " + NLS.bind(Messages.Methods_bundle, m.contributor())); //$NON-NLS-1$
        }
        return EXIT_OK;
    }

    private static void writeCodes(JsonWriter json, List<Code> codes) {
        json.beginArray();
        for (Code c : codes) {
            json.beginObject().field("id", c.getId()).field("label", c.getLabel()).field("colour", c.getColour()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .field("description", c.getDescription()); //$NON-NLS-1$
            json.name("codes"); //$NON-NLS-1$
            writeCodes(json, c.getCodes());
            json.endObject();
        }
        json.endArray();
    }
}
