// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.Analyzer;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.model.Conversation;

/**
 * The relation over a trajectory: for each trajectory among the conversations, the sequence of types and every move
 * from one type to another (bezoeker to klant, or back), as findings.
 */
public class TrajectoryAnalyzer implements Analyzer {

    @Override
    public AnalysisResult analyze(Conversation conversation, IProgressMonitor monitor) {
        return analyzeAll(List.of(conversation), monitor);
    }

    @Override
    public AnalysisResult analyzeAll(List<Conversation> conversations, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, 1);
        AnalysisResult.Builder result = AnalysisResult.builder();
        for (Timeline.Line line : Timeline.of(conversations)) {
            if (line.entries().size() < 2) {
                continue;
            }
            List<String> types = new ArrayList<>();
            for (Timeline.Entry e : line.entries()) {
                types.add(RelationTypes.label(e.type()));
            }
            String title = line.title() == null ? "" : line.title(); //$NON-NLS-1$
            result.add(new Finding(Finding.Severity.INFO,
                    NLS.bind(Messages.Trajectory_summary, title, String.join(" \u2192 ", types)), //$NON-NLS-1$
                    NLS.bind(Messages.Trajectory_summaryReason, Integer.valueOf(line.entries().size())), null, List.of()));
            for (Timeline.Change change : line.changes()) {
                result.add(new Finding(Finding.Severity.INFO,
                        NLS.bind(Messages.Trajectory_change, new Object[] { RelationTypes.label(change.from().type()),
                                RelationTypes.label(change.to().type()), change.to().title() }),
                        NLS.bind(Messages.Trajectory_changeReason, change.from().title(), source(change.to())),
                        change.to().conversationId(), List.of()));
            }
        }
        sub.worked(1);
        return result.build();
    }

    static String source(Timeline.Entry e) {
        return switch (e.source()) {
            case ASSESSED -> Messages.Source_assessed;
            case OVERRIDDEN -> Messages.Source_overridden;
            case SUGGESTED -> Messages.Source_suggested;
        };
    }
}
