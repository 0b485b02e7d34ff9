// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.example;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.report.ReportBuilder;
import nl.leefwereld.report.ReportContribution;
import nl.leefwereld.report.ReportDocument;
import nl.leefwereld.report.ReportInput;
import nl.leefwereld.report.ReportTexts;
import nl.leefwereld.report.chart.Charts;

/**
 * The example method's report ({@code leefwereld report example <conversation-id>}), the template for a method's
 * own: build the content with {@link ReportBuilder}; the report service writes it as PDF, DOCX or HTML, audits it and
 * keeps the file owner-only. Registered in {@code plugin.xml} under {@code nl.leefwereld.report.reports}.
 */
public class OpenQuestionReport implements ReportContribution {

    @Override
    public ReportDocument build(ReportInput input, IProgressMonitor monitor) {
        Conversation c = input.conversation();
        AnalysisResult result = new OpenQuestionAnalyzer().analyze(c, monitor);
        long professional = c.getUtterances().stream()
                .filter(u -> u.getSpeaker() != null && u.getSpeaker().getRole() == ParticipantRole.PROFESSIONAL).count();
        ReportBuilder r = new ReportBuilder(NLS.bind(Messages.Report_title, ReportTexts.title(c)));
        r.facts(List.of(List.of(Messages.Report_date, ReportTexts.date(c)),
                List.of(Messages.Report_count, Integer.toString(result.suggestions().size())),
                List.of(Messages.Report_utterances, Long.toString(professional))));
        r.picture(Charts.bars(Messages.Report_chart, List.of(Messages.Report_count, Messages.Report_utterances),
                List.of(Double.valueOf(result.suggestions().size()), Double.valueOf(professional))));
        r.heading(Messages.Report_questions);
        if (result.suggestions().isEmpty()) {
            r.paragraph(Messages.Report_none);
        }
        for (AnnotationSuggestion s : result.suggestions()) {
            r.quote(ReportTexts.meta(s.utterance()), s.utterance().getText(), s.reason());
        }
        return r.source(ExampleMethod.METHOD_ID).build();
    }
}
