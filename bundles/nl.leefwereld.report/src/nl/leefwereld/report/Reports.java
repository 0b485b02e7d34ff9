// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.report.ReportDescriptor.Subject;
import nl.leefwereld.report.internal.DocxReportWriter;
import nl.leefwereld.report.internal.HtmlReportWriter;
import nl.leefwereld.report.internal.PdfReportWriter;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.OwnerOnlyFiles;

/**
 * The report service: builds a contributed report and writes it as HTML, PDF or DOCX, as an export (audited, the
 * file owner-only, written through a temporary file and an atomic move so there is never half a report). The
 * command line ({@code leefwereld report}) and the workbench (<i>Rapport maken</i>) both call
 * {@link #export(ReportDescriptor, ReportInput, ReportFormat, Path, IProgressMonitor)}.
 */
public final class Reports {

    /** The id that stands for every client ({@code leefwereld report persona all}); the audit's object of such a report. */
    public static final String ALL = "all"; //$NON-NLS-1$

    private Reports() {
    }

    /** Writes a document in a format (the stream is flushed, not closed). */
    public static void write(ReportDocument document, ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
        case HTML -> HtmlReportWriter.write(document, out);
        case PDF -> PdfReportWriter.write(document, out);
        case DOCX -> DocxReportWriter.write(document, out);
        }
        out.flush();
    }

    /** The document as one self-contained HTML file (escaped, pictures inline). */
    public static String html(ReportDocument document) {
        return HtmlReportWriter.html(document);
    }

    /** Builds the report, checking that the input fits its subject. */
    public static ReportDocument build(ReportDescriptor report, ReportInput input, IProgressMonitor monitor)
            throws ReportException {
        if (report.subject() == Subject.CONVERSATION && input.conversation() == null) {
            throw new ReportException(NLS.bind(Messages.Reports_needsConversation, report.kind()));
        }
        if (report.subject() == Subject.CLIENT && input.client() == null) {
            throw new ReportException(NLS.bind(Messages.Reports_needsClient, report.kind()));
        }
        return report.create().build(input, monitor == null ? new NullProgressMonitor() : monitor);
    }

    /**
     * Builds the report and writes it to {@code file} (owner-only, replacing an existing file only when complete),
     * then records the export in the audit log: {@code report <kind> <format> <file>}.
     */
    public static Path export(ReportDescriptor report, ReportInput input, ReportFormat format, Path file,
            IProgressMonitor monitor) throws ReportException, IOException {
        SubMonitor sub = SubMonitor.convert(monitor, NLS.bind(Messages.Reports_task, report.name()), 3);
        ReportDocument document = build(report, input, sub.split(2));
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        OwnerOnlyFiles.createDirectories(dir);
        Path tmp = dir.resolve('.' + target.getFileName().toString() + '.' + UUID.randomUUID() + ".tmp"); //$NON-NLS-1$
        try {
            try (OutputStream out = OwnerOnlyFiles.newOutputStream(tmp)) {
                write(document, format, out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        sub.split(1);
        if (input.store() != null) {
            String object = input.conversation() != null ? input.conversation().getId()
                    : input.client() != null ? input.clientId() : ALL;
            input.store().audit(AuditAction.EXPORT, input.clientId(), object,
                    "report " + report.kind() + ' ' + format.extension() + ' ' + target); //$NON-NLS-1$
        }
        return target;
    }
}
