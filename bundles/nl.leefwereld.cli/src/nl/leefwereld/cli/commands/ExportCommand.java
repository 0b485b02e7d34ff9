// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.cli.exchange.QdpxExportCommand;
import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.format.ConversationExporter;
import nl.leefwereld.core.format.FormatDescriptor;
import nl.leefwereld.core.format.FormatRegistry;
import nl.leefwereld.core.io.JsonExporter;
import nl.leefwereld.core.io.TranscriptWriter;
import nl.leefwereld.core.privacy.ExportAudit;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.OwnerOnlyFiles;

/**
 * {@code export <conversation-id> [--format json|text] [--out <file>]}: JSON by default, transcript text with
 * {@code --format text}; to stdout or, with {@code --out}, to a UTF-8 file.
 */
public class ExportCommand implements CliCommand {

    private static final String OUT = "--out"; //$NON-NLS-1$

    @Override
    public String name() {
        return "export"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Export_usage + '\n' + nl.leefwereld.cli.exchange.Messages.Export_qdpxUsage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        if ("qdpx".equals(ctx.format("json"))) { //$NON-NLS-1$ //$NON-NLS-2$
            return new QdpxExportCommand().run(ctx, args);
        }
        CliArguments a = CliArguments.parse(args, Set.of(OUT), Set.of());
        Conversation c = ShowCommand.load(ctx, args, Set.of(OUT));
        boolean json = "json".equals(ctx.format("json")); //$NON-NLS-1$ //$NON-NLS-2$
        String outName = a.option(OUT);
        ConversationExporter exporter = exporter(json ? "json" : "txt"); //$NON-NLS-1$ //$NON-NLS-2$
        if (outName == null) {
            if (json) {
                exporter.write(c, ctx.out());
            } else {
                ctx.out().print(new TranscriptWriter().write(c));
            }
            ctx.out().flush();
            ExportAudit.record(ctx.store(), c, (json ? "json" : "text") + " stdout"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return EXIT_OK;
        }
        Path out = Path.of(outName).toAbsolutePath();
        try (OutputStream stream = OwnerOnlyFiles.newOutputStream(out)) {
            exporter.write(c, stream);
        }
        ExportAudit.record(ctx.store(), c, (json ? "json " : "text ") + out); //$NON-NLS-1$ //$NON-NLS-2$
        ctx.out().println(NLS.bind(Messages.Export_done, c.getId(), out));
        return EXIT_OK;
    }

    /**
     * The exporter contributed for this file extension through {@code nl.leefwereld.core.exporters}; the core's own
     * JSON and transcript writers when none is (e.g. outside a running platform).
     */
    private static ConversationExporter exporter(String extension) {
        FormatDescriptor<ConversationExporter> d = new FormatRegistry(RegistryFactory.getRegistry()).exporterFor(extension);
        if (d != null) {
            return d.create();
        }
        if ("json".equals(extension)) { //$NON-NLS-1$
            return (conversation, out) -> new JsonExporter().write(conversation, out);
        }
        return (conversation, out) -> {
            out.write(new TranscriptWriter().write(conversation).getBytes(StandardCharsets.UTF_8));
            out.flush();
        };
    }
}
