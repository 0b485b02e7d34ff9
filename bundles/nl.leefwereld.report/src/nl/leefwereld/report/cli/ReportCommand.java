// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.cli.CliArguments;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.report.ReportDescriptor;
import nl.leefwereld.report.ReportDescriptor.Subject;
import nl.leefwereld.report.ReportException;
import nl.leefwereld.report.ReportFormat;
import nl.leefwereld.report.ReportInput;
import nl.leefwereld.report.ReportRegistry;
import nl.leefwereld.report.Reports;

/**
 * {@code report <kind> <conversation-id|client-id|all> [--format pdf|docx|html] --out <file> [--<option> <value>]} writes a contributed report
 * through the report service (audited, owner-only); {@code report --list} lists the kinds. The format defaults to
 * the extension of the file.
 */
public class ReportCommand implements CliCommand {

    private static final String OUT = "--out"; //$NON-NLS-1$
    private static final String LIST = "--list"; //$NON-NLS-1$

    @Override
    public String name() {
        return "report"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Report_usage;
    }

    @Override
    public int run(CliContext ctx, List<String> args) throws Exception {
        ReportRegistry registry = new ReportRegistry(RegistryFactory.getRegistry());
        Set<String> valueOptions = new HashSet<>(Set.of(OUT));
        registry.reports().forEach(d -> d.options().forEach(o -> valueOptions.add("--" + o))); //$NON-NLS-1$
        CliArguments a = CliArguments.parse(args, valueOptions, Set.of(LIST));
        if (a.flag(LIST) || a.positionals().isEmpty()) {
            if (!a.flag(LIST)) {
                throw new CliUsageException(Messages.Report_noKind);
            }
            for (ReportDescriptor d : registry.reports()) {
                ctx.out().println(NLS.bind(Messages.Report_listLine, new Object[] { d.kind(),
                        subject(d) + options(d),
                        d.name() }));
            }
            registry.problems().forEach(ctx.err()::println);
            return EXIT_OK;
        }
        List<String> p = a.positionals();
        ReportDescriptor report = registry.byKind(p.get(0));
        if (report == null) {
            throw new CliUsageException(NLS.bind(Messages.Report_unknownKind, p.get(0),
                    String.join(", ", registry.reports().stream().map(ReportDescriptor::kind).toList()))); //$NON-NLS-1$
        }
        if (p.size() != 2) {
            throw new CliUsageException(Messages.Report_noId);
        }
        String outName = a.option(OUT);
        if (outName == null) {
            throw new CliUsageException(Messages.Report_noOut);
        }
        Path out = Path.of(outName).toAbsolutePath();
        ReportFormat format = ctx.format() != null ? ReportFormat.named(ctx.format()) : ReportFormat.of(out);
        if (format == null) {
            throw new CliUsageException(NLS.bind(Messages.Report_unknownFormat, ctx.format() == null ? out : ctx.format()));
        }
        Map<String, String> options = new HashMap<>();
        for (String o : valueOptions) {
            String name = o.substring(2);
            if (a.option(o) != null && !OUT.equals(o)) {
                if (!report.options().contains(name)) {
                    throw new CliUsageException(NLS.bind(Messages.Report_unknownOption, o, report.kind()));
                }
                options.put(name, a.option(o));
            }
        }
        ReportInput input = input(ctx, report, p.get(1)).with(options);
        try {
            Reports.export(report, input, format, out, new NullProgressMonitor());
        } catch (ReportException e) {
            throw new CliUsageException(e.getMessage());
        }
        ctx.out().println(NLS.bind(Messages.Report_written, new Object[] { report.kind(), format.extension(), out }));
        return EXIT_OK;
    }

    private static String subject(ReportDescriptor d) {
        return switch (d.subject()) {
        case CLIENT -> Messages.Report_subjectClient;
        case ALL -> Messages.Report_subjectAll;
        case CONVERSATION -> Messages.Report_subjectConversation;
        };
    }

    private static String options(ReportDescriptor d) {
        return d.options().stream().map(o -> " [--" + o + " <" + o + ">]").reduce("", String::concat); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** A conversation id, or a client id (for client reports also a conversation of the client). */
    private static ReportInput input(CliContext ctx, ReportDescriptor report, String id) throws CliUsageException {
        if (report.subject() == Subject.ALL) {
            if (!Reports.ALL.equals(id)) {
                throw new CliUsageException(NLS.bind(Messages.Report_needsAll, report.kind()));
            }
            return ReportInput.ofAll(ctx.store());
        }
        Conversation conversation = ctx.store().loadConversation(id);
        if (conversation != null) {
            ReportInput input = ReportInput.of(ctx.store(), conversation);
            return report.subject() == Subject.CLIENT ? new ReportInput(ctx.store(), null, input.client()) : input;
        }
        Client client = ctx.store().loadClient(id);
        if (client == null) {
            throw new CliUsageException(NLS.bind(Messages.Report_unknownId, id));
        }
        if (report.subject() == Subject.CONVERSATION) {
            throw new CliUsageException(NLS.bind(Messages.Report_needsConversation, report.kind(), id));
        }
        return ReportInput.ofClient(ctx.store(), client);
    }
}
