// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.method.relation.model.RelationType;
import nl.leefwereld.report.ReportBuilder;
import nl.leefwereld.report.ReportContribution;
import nl.leefwereld.report.ReportDocument;
import nl.leefwereld.report.ReportInput;
import nl.leefwereld.report.ReportTexts;
import nl.leefwereld.report.chart.Charts;

/**
 * The relation timeline of a client ({@code leefwereld report relation <client-id>}): per trajectory the relationship
 * type of each conversation by date as a chart and a table (source, change, scaling answer), and the scaling answers
 * over time.
 */
public class RelationReport implements ReportContribution {

    @Override
    public ReportDocument build(ReportInput input, IProgressMonitor monitor) {
        ReportBuilder r = new ReportBuilder(NLS.bind(Messages.Report_title, input.clientName()));
        r.note(Messages.Report_purpose);
        List<Timeline.Line> lines = Timeline.of(input.conversations());
        if (lines.isEmpty()) {
            r.paragraph(Messages.Report_noConversations);
        }
        List<String> levels = List.of(RelationTypes.label(RelationType.VISITOR), RelationTypes.label(RelationType.COMPLAINANT),
                RelationTypes.label(RelationType.CUSTOMER));
        for (Timeline.Line line : lines) {
            r.heading(NLS.bind(Messages.Report_trajectory, line.title() == null ? "" : line.title())); //$NON-NLS-1$
            List<String> dates = new ArrayList<>();
            List<Integer> types = new ArrayList<>();
            List<Double> scales = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            Timeline.Entry previous = null;
            for (Timeline.Entry e : line.entries()) {
                dates.add(ReportTexts.date(e.date()));
                types.add(e.type() == null ? null : Integer.valueOf(e.type().getValue()));
                scales.add(e.lastScale() == null ? null : Double.valueOf(e.lastScale().doubleValue()));
                String change = previous != null && previous.type() != e.type()
                        ? RelationTypes.label(previous.type()) + " \u2192 " + RelationTypes.label(e.type()) : ""; //$NON-NLS-1$ //$NON-NLS-2$
                rows.add(List.of(ReportTexts.date(e.date()), e.title() == null ? "" : e.title(), RelationTypes.label(e.type()), //$NON-NLS-1$
                        source(e.source()), change, e.lastScale() == null ? "" : e.lastScale().toString())); //$NON-NLS-1$
                previous = e;
            }
            r.picture(Charts.steps(Messages.Report_typeChart, dates, levels, types));
            r.table(List.of(Messages.Report_date, Messages.Report_conversation, Messages.Report_type, Messages.Report_source,
                    Messages.Report_change, Messages.Report_scale), rows);
            if (scales.stream().anyMatch(s -> s != null)) {
                r.picture(Charts.line(Messages.Report_scaleChart, dates, List.of(new Charts.Series(Messages.Report_scale, scales)),
                        0, 10, 2));
            }
        }
        return r.source(RelationMethod.METHOD_ID).build();
    }

    private static String source(Timeline.Source source) {
        return switch (source) {
        case ASSESSED -> Messages.Report_sourceAssessed;
        case OVERRIDDEN -> Messages.Report_sourceOverridden;
        case SUGGESTED -> Messages.Report_sourceSuggested;
        };
    }
}
