// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.Analyzer;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;

/**
 * The opening check: a finding when system questions come before connection (with the utterances), suggestions of
 * the codes "Verbinding" and "Systeemvraag" for the utterances that made the verdict.
 */
public class OpeningAnalyzer implements Analyzer {

    @Override
    public AnalysisResult analyze(Conversation conversation, IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        OpeningCheck.Result r = OpeningCheck.check(conversation);
        AnalysisResult.Builder result = AnalysisResult.builder();
        for (OpeningCheck.Hit h : r.connections()) {
            result.add(AnnotationSuggestion.whole(h.utterance(), StressMethod.METHOD_ID, StressMethod.CODE_CONNECTION,
                    NLS.bind(Messages.Opening_connectionReason, h.trigger()), 0.7));
        }
        for (OpeningCheck.Hit h : r.systemQuestions()) {
            result.add(AnnotationSuggestion.whole(h.utterance(), StressMethod.METHOD_ID, StressMethod.CODE_SYSTEM_QUESTION,
                    NLS.bind(Messages.Opening_systemReason, h.trigger()), 0.7));
        }
        List<Utterance> shown = new ArrayList<>();
        String reason;
        Finding.Severity severity;
        switch (r.verdict()) {
            case SYSTEM_FIRST -> {
                severity = Finding.Severity.WARNING;
                r.systemQuestionsBeforeConnection().forEach(h -> shown.add(h.utterance()));
                if (r.firstConnection() != null) {
                    shown.add(r.firstConnection().utterance());
                    reason = NLS.bind(Messages.Opening_systemFirstReason, r.firstSystemQuestion().trigger(), r.firstConnection().trigger());
                } else {
                    reason = NLS.bind(Messages.Opening_systemNoConnectionReason, r.firstSystemQuestion().trigger());
                }
            }
            case CONNECTED_FIRST -> {
                severity = Finding.Severity.INFO;
                shown.add(r.firstConnection().utterance());
                shown.add(r.firstSystemQuestion().utterance());
                reason = NLS.bind(Messages.Opening_connectedFirstReason, r.firstConnection().trigger(), r.firstSystemQuestion().trigger());
            }
            case NO_SYSTEM_QUESTIONS -> {
                severity = Finding.Severity.INFO;
                shown.add(r.firstConnection().utterance());
                reason = NLS.bind(Messages.Opening_connectionReason, r.firstConnection().trigger());
            }
            default -> {
                severity = Finding.Severity.INFO;
                reason = Messages.Opening_neitherReason;
            }
        }
        if (!r.smallTalk().isEmpty() && r.verdict() != OpeningCheck.Verdict.CONNECTED_FIRST
                && r.verdict() != OpeningCheck.Verdict.NO_SYSTEM_QUESTIONS) {
            reason = reason + "; " + NLS.bind(Messages.Opening_smallTalkReason, r.smallTalk().get(0).trigger()); //$NON-NLS-1$
        }
        if (shown.isEmpty()) {
            result.add(new Finding(severity, r.verdict().label(), reason, conversation.getId(), List.of()));
        } else {
            result.add(Finding.about(severity, r.verdict().label(), reason, shown.toArray(Utterance[]::new)));
        }
        return result.build();
    }
}
