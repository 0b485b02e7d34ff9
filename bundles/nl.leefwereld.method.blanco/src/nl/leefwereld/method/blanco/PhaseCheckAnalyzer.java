// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.Analyzer;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.core.text.DutchText;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

/**
 * Blanco listening asks for the client's opinion only after the film is understood. This analyzer counts the
 * client's factual utterances (see {@link #isFactual(Utterance)}) and flags every opinion question of the
 * professional ("Wat vindt u ...?", "Hoe beoordeelt u ...?", "Wat is uw mening ...?") asked before there were
 * {@link #DEFAULT_THRESHOLD} of them, as a finding with the utterance and a suggestion of the code
 * "Oordeelsvraag te vroeg".
 * <p>
 * Why five: the film needs at least an answer to each of the five w-questions a blanco listener asks first
 * (wie, wat, waar, wanneer, hoe: who is around, what happened, where, when, how the client lives); one factual
 * utterance per question is the least that can make a film. The threshold is a parameter for institutes that
 * want more.
 * </p>
 */
public class PhaseCheckAnalyzer implements Analyzer {

    /** Factual client utterances needed before an opinion question. */
    public static final int DEFAULT_THRESHOLD = 5;
    /** Words a factual utterance needs at least: "Ja." or "Klopt." tell no film. */
    public static final int MIN_WORDS = 4;

    private final int threshold;
    private final SentenceClassifier classifier = new SentenceClassifier();

    public PhaseCheckAnalyzer() {
        this(DEFAULT_THRESHOLD);
    }

    public PhaseCheckAnalyzer(int threshold) {
        this.threshold = threshold;
    }

    @Override
    public AnalysisResult analyze(Conversation conversation, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, conversation.getUtterances().size());
        AnalysisResult.Builder result = AnalysisResult.builder();
        int facts = 0;
        List<Utterance> early = new ArrayList<>();
        for (Utterance u : conversation.getUtterances()) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            sub.worked(1);
            if (u.getSpeaker() == null || u.getText() == null) {
                continue;
            }
            if (u.getSpeaker().getRole() == ParticipantRole.CLIENT) {
                if (isFactual(u)) {
                    facts++;
                }
            } else if (u.getSpeaker().getRole() == ParticipantRole.PROFESSIONAL && facts < threshold) {
                for (Sentence s : classifier.sentences(u.getText())) {
                    String words = OpinionQuestions.match(s.text());
                    if (words != null) {
                        String reason = NLS.bind(Messages.Phase_reason, new Object[] { words, Integer.valueOf(facts),
                                Integer.valueOf(threshold) });
                        result.add(Finding.about(Finding.Severity.WARNING, NLS.bind(Messages.Phase_early, s.text()),
                                reason, u));
                        result.add(new AnnotationSuggestion(u, s.start(), s.end(), BlancoMethod.METHOD_ID,
                                BlancoMethod.CODE_EARLY_OPINION_QUESTION, reason, 0.8));
                        early.add(u);
                    }
                }
            }
        }
        if (early.isEmpty()) {
            result.add(Finding.about(Finding.Severity.INFO,
                    NLS.bind(Messages.Phase_ok, Integer.valueOf(facts), Integer.valueOf(threshold)),
                    Messages.Phase_okReason));
        }
        return result.build();
    }

    /**
     * A factual client utterance: at least {@link #MIN_WORDS} words in a sentence that is not a question and holds
     * no judgment language.
     */
    public boolean isFactual(Utterance u) {
        for (Sentence s : classifier.sentences(u.getText())) {
            if (s.text().endsWith("?") || DutchText.words(s.text()).size() < MIN_WORDS) { //$NON-NLS-1$
                continue;
            }
            if (!classifier.classify(s.text()).isJudgment()) {
                return true;
            }
        }
        return false;
    }
}
