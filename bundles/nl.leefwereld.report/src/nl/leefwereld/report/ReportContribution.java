// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A report of a method (or of the core), contributed through the extension point
 * {@code nl.leefwereld.report.reports}. It only builds the content; {@link Reports} writes it as HTML, PDF or DOCX,
 * audits it and keeps the file owner-only. Runs headless (command line and workbench alike), with a new instance for
 * every report; no state between runs.
 */
public interface ReportContribution {

    /**
     * Builds the report of a conversation (subject {@code conversation}: {@link ReportInput#conversation()} is set)
     * or of a client (subject {@code client}: {@link ReportInput#client()} is set; {@link ReportInput#conversations()}
     * loads its conversations). Texts in the user's language (the contribution's Messages).
     *
     * @throws ReportException when there is nothing to report, with a message saying why
     */
    ReportDocument build(ReportInput input, IProgressMonitor monitor) throws ReportException;
}
