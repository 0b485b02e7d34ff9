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
import nl.leefwereld.method.blanco.model.EntryKind;
import nl.leefwereld.method.blanco.model.ListeningNotebook;
import nl.leefwereld.method.blanco.model.NotebookEntry;
import nl.leefwereld.model.Assessment;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

/**
 * Flags judgment language (valuations, interpretations, generalisations, conclusions, diagnoses) in the
 * professional's utterances (as suggestions of the code "Oordeel" on the sentence), in the conversation's notes and
 * in listening-notebook entries kept as facts (as findings), each with the words that triggered it.
 * In a question of the professional only valuations, generalisations and diagnoses count: "Dus u woont sinds maart
 * in Zwolle?" is a summary, "Bent u niet gewoon lui?" is not.
 */
public class JudgmentLanguageAnalyzer implements Analyzer {

    private final SentenceClassifier classifier = new SentenceClassifier();

    @Override
    public AnalysisResult analyze(Conversation conversation, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, conversation.getUtterances().size() + 1);
        AnalysisResult.Builder result = AnalysisResult.builder();
        int sentences = 0;
        List<Utterance> flagged = new ArrayList<>();
        int judgments = 0;
        for (Utterance u : conversation.getUtterances()) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            sub.worked(1);
            if (u.getSpeaker() == null || u.getSpeaker().getRole() != ParticipantRole.PROFESSIONAL || u.getText() == null) {
                continue;
            }
            for (Sentence s : classifier.sentences(u.getText())) {
                sentences++;
                Classification c = judgmentOf(s.text());
                if (c != null) {
                    judgments++;
                    result.add(new AnnotationSuggestion(u, s.start(), s.end(), BlancoMethod.METHOD_ID,
                            BlancoMethod.CODE_JUDGMENT, c.reason(), confidence(c)));
                    if (!flagged.contains(u)) {
                        flagged.add(u);
                    }
                }
            }
        }
        for (Note note : conversation.getNotes()) {
            for (Sentence s : classifier.sentences(note.getText())) {
                Classification c = classifier.classify(s.text());
                if (c.isJudgment()) {
                    result.add(Finding.about(Finding.Severity.INFO, NLS.bind(Messages.Judgments_inNote, s.text()),
                            c.reason()));
                }
            }
        }
        for (Assessment a : conversation.getAssessments()) {
            if (a instanceof ListeningNotebook notebook) {
                for (NotebookEntry e : notebook.getEntries()) {
                    Classification c = classifier.classify(e.getText());
                    if (e.getKind() == EntryKind.FACT && c.isJudgment()) {
                        result.add(Finding.about(Finding.Severity.WARNING,
                                NLS.bind(Messages.Judgments_factEntry, e.getText()), c.reason()));
                    }
                }
            }
        }
        sub.worked(1);
        if (sentences > 0) {
            result.add(Finding.about(judgments == 0 ? Finding.Severity.INFO : Finding.Severity.WARNING,
                    NLS.bind(Messages.Judgments_summary, Integer.valueOf(judgments), Integer.valueOf(sentences)),
                    Messages.Judgments_summaryReason, flagged.toArray(Utterance[]::new)));
        }
        return result.build();
    }

    /** The classification when {@code sentence} of the professional counts as a judgment, else {@code null}. */
    Classification judgmentOf(String sentence) {
        Classification c = classifier.classify(sentence);
        if (!c.isJudgment()) {
            return null;
        }
        if (sentence.strip().endsWith("?")) { //$NON-NLS-1$
            List<Cue> strong = c.cues().stream().filter(q -> q.kind() == CueKind.EVALUATION
                    || q.kind() == CueKind.GENERALISATION || q.kind() == CueKind.DIAGNOSIS).toList();
            if (strong.isEmpty() || OpinionQuestions.match(sentence) != null) {
                return null;
            }
            return new Classification(sentence, EntryKind.JUDGMENT, strong);
        }
        return c;
    }

    private static double confidence(Classification c) {
        return Math.min(0.9, 0.5 + 0.15 * c.cues().size());
    }
}
