// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.Analyzer;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;

/**
 * Stress-adding language in the professional's utterances: one suggestion per flag (code of its kind, reason with the
 * words and the plainer alternative) and one finding counting them by kind.
 */
public class StressLanguageAnalyzer implements Analyzer {

    @Override
    public AnalysisResult analyze(Conversation conversation, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, conversation.getUtterances().size());
        StressLanguage language = StressLanguage.defaults();
        AnalysisResult.Builder result = AnalysisResult.builder();
        Map<StressLanguage.Kind, Integer> counts = new EnumMap<>(StressLanguage.Kind.class);
        List<Utterance> flagged = new ArrayList<>();
        for (Utterance u : conversation.getUtterances()) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            sub.worked(1);
            if (!Patterns.isProfessional(u)) {
                continue;
            }
            for (StressLanguage.Flag f : language.check(u.getText())) {
                result.add(new AnnotationSuggestion(u, f.start(), f.end(), StressMethod.METHOD_ID, f.kind().codeId(),
                        reasonWithAlternative(f), f.kind() == StressLanguage.Kind.JARGON || f.kind() == StressLanguage.Kind.LONG_SENTENCE ? 0.9 : 0.75));
                counts.merge(f.kind(), 1, Integer::sum);
                if (!flagged.contains(u)) {
                    flagged.add(u);
                }
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total > 0) {
            List<String> parts = new ArrayList<>();
            counts.forEach((k, n) -> parts.add(k.label() + " " + n)); //$NON-NLS-1$
            result.add(Finding.about(total >= 5 ? Finding.Severity.WARNING : Finding.Severity.INFO,
                    NLS.bind(Messages.LanguageAnalyzer_summary, Integer.valueOf(total), Integer.valueOf(flagged.size())),
                    NLS.bind(Messages.LanguageAnalyzer_summaryReason, String.join(", ", parts)), flagged.toArray(Utterance[]::new))); //$NON-NLS-1$
        } else {
            result.add(new Finding(Finding.Severity.INFO, Messages.LanguageAnalyzer_none, Messages.LanguageAnalyzer_noneReason,
                    conversation.getId(), List.of()));
        }
        return result.build();
    }

    /** The flag's reason followed by the alternative, when one is known. */
    public static String reasonWithAlternative(StressLanguage.Flag f) {
        return f.alternative() == null ? f.reason() : NLS.bind(Messages.Flag_withAlternative, f.reason(), f.alternative());
    }
}
