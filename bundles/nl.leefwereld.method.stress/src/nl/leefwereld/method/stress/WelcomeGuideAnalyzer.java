// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.Analyzer;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;

/** One finding per step of the welkomstgesprek: done (with the utterance and the words), out of order, or missing. */
public class WelcomeGuideAnalyzer implements Analyzer {

    @Override
    public AnalysisResult analyze(Conversation conversation, IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        AnalysisResult.Builder result = AnalysisResult.builder();
        boolean welcome = conversation.getKind() == null || conversation.getKind() == ConversationKind.WELCOME;
        int done = 0;
        for (WelcomeGuide.StepCheck s : WelcomeGuide.check(conversation)) {
            if (s.done()) {
                done++;
                String reason = NLS.bind(Messages.WelcomeAnalyzer_doneReason, s.trigger());
                if (s.inOrder()) {
                    result.add(Finding.about(Finding.Severity.INFO, NLS.bind(Messages.WelcomeAnalyzer_done, s.step().label()), reason,
                            s.utterance()));
                } else {
                    result.add(Finding.about(Finding.Severity.WARNING, NLS.bind(Messages.WelcomeAnalyzer_outOfOrder, s.step().label()),
                            reason + "; " + Messages.WelcomeAnalyzer_outOfOrderReason, s.utterance())); //$NON-NLS-1$
                }
            } else if (s.step() == WelcomeGuide.Step.SYSTEM_QUESTIONS) {
                // seed 001 asks to put system questions after the need, not to ask them at all: none is no fault
                result.add(new Finding(Finding.Severity.INFO, Messages.WelcomeAnalyzer_noSystemQuestions,
                        Messages.WelcomeAnalyzer_noSystemQuestionsReason, conversation.getId(), java.util.List.of()));
            } else {
                result.add(new Finding(welcome ? Finding.Severity.WARNING : Finding.Severity.INFO,
                        NLS.bind(Messages.WelcomeAnalyzer_missing, s.step().label()),
                        NLS.bind(Messages.WelcomeAnalyzer_missingReason, s.step().example()), conversation.getId(),
                        java.util.List.of()));
            }
        }
        result.add(new Finding(Finding.Severity.INFO,
                NLS.bind(Messages.WelcomeAnalyzer_summary, Integer.valueOf(done), Integer.valueOf(WelcomeGuide.Step.values().length)),
                Messages.WelcomeAnalyzer_summaryReason, conversation.getId(), java.util.List.of()));
        return result.build();
    }
}
