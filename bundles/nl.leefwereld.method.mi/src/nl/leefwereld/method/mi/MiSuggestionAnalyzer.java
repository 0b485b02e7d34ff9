// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.learn.StoredModel;
import nl.leefwereld.core.learn.TrainedModels;
import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.Analyzer;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;

/**
 * Suggests MI codes with {@link UtteranceClassifier} (questions open/closed, reflections, affirmations, giving
 * information on the professional's utterances; change and sustain talk on the client's), respecting the volley
 * rules: at most one question and one reflection suggestion per volley, complex before simple. Suggestions stay
 * suggestions until a person accepts them. When the conversation has human MI codes, a finding gives the MITI
 * summary scores of those codes.
 */
public class MiSuggestionAnalyzer implements Analyzer {

    private final UtteranceClassifier classifier = new UtteranceClassifier();

    @Override
    public AnalysisResult analyze(Conversation conversation, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, conversation.getUtterances().size() + 1);
        AnalysisResult.Builder result = AnalysisResult.builder();
        Map<MiCode, Integer> counts = new EnumMap<>(MiCode.class);
        for (AnnotationSuggestion s : suggest(conversation, sub)) {
            result.add(s);
            counts.merge(MiCode.byGuid(s.codeId()), Integer.valueOf(1), Integer::sum);
        }
        if (!counts.isEmpty()) {
            StringBuilder summary = new StringBuilder();
            for (Map.Entry<MiCode, Integer> e : counts.entrySet()) {
                if (summary.length() > 0) {
                    summary.append(", "); //$NON-NLS-1$
                }
                summary.append(e.getKey().abbreviation()).append(' ').append(e.getValue());
            }
            result.add(new Finding(Finding.Severity.INFO, NLS.bind(Messages.Analyzer_summary, summary),
                    Messages.Analyzer_summaryReason, conversation.getId(), List.of()));
        }
        MiScores scores = MiScores.compute(conversation);
        if (!scores.isEmpty()) {
            StringBuilder line = new StringBuilder();
            for (MiScores.Value v : scores.values()) {
                if (line.length() > 0) {
                    line.append("; "); //$NON-NLS-1$
                }
                line.append(v.score().label()).append(' ').append(v.formatted());
                if (v.score().hasThreshold() && v.level() != Level.NONE) {
                    line.append(" (").append(v.level().label()).append(')'); //$NON-NLS-1$
                }
            }
            boolean below = scores.values().stream().anyMatch(v -> v.level() == Level.BELOW_FAIR);
            result.add(new Finding(below ? Finding.Severity.WARNING : Finding.Severity.INFO,
                    NLS.bind(Messages.Analyzer_scores, line), NLS.bind(Messages.Analyzer_scoresReason,
                            scores.coder() == null ? Messages.Analyzer_allCoders : scores.coder()),
                    conversation.getId(), List.of()));
        }
        sub.worked(1);
        return result.build();
    }

    /**
     * The suggestions alone (also used by the benchmark): the organisation's trained model's when it has one
     * ({@link TrainedModels}; only those with at least {@link MiLearning#THRESHOLD} probability), else the rules'.
     */
    public List<AnnotationSuggestion> suggest(Conversation conversation, IProgressMonitor monitor) {
        StoredModel model = TrainedModels.latest(MiMethod.METHOD_ID);
        if (model != null) {
            if (monitor != null) {
                monitor.worked(conversation.getUtterances().size());
            }
            return MiLearning.suggest(model, conversation);
        }
        return rules(conversation, monitor);
    }

    /** The rules' suggestions, whether or not a trained model exists (what {@code mi evaluate} compares with). */
    public List<AnnotationSuggestion> rules(Conversation conversation, IProgressMonitor monitor) {
        List<AnnotationSuggestion> out = new ArrayList<>();
        Volleys volleys = Volleys.of(conversation);
        String previousClient = null;
        Utterance previous = null;
        int volley = -1;
        boolean volleyQuestion = false;
        AnnotationSuggestion volleyReflection = null;
        for (Utterance u : conversation.getUtterances()) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (monitor != null) {
                monitor.worked(1);
            }
            if (Volleys.isProfessional(u)) {
                int v = volleys.volleyOf(u);
                if (v != volley) {
                    volley = v;
                    volleyQuestion = false;
                    volleyReflection = null;
                    // only the client utterance right before the volley is reflected
                    previousClient = Volleys.isClient(previous) ? previous.getText() : null;
                }
                for (UtteranceClassifier.Hit h : classifier.professional(u.getText(), previousClient)) {
                    AnnotationSuggestion s = new AnnotationSuggestion(u, h.spanStart(), h.spanEnd(), MiMethod.METHOD_ID,
                            h.code().guid(), h.reason(), h.confidence());
                    if (h.code().family() == MiCode.Family.QUESTION) {
                        if (volleyQuestion) {
                            continue;
                        }
                        volleyQuestion = true;
                    } else if (h.code().family() == MiCode.Family.REFLECTION) {
                        if (volleyReflection != null) {
                            if (h.code() == MiCode.COMPLEX_REFLECTION
                                    && MiCode.SIMPLE_REFLECTION.guid().equals(volleyReflection.codeId())) {
                                out.remove(volleyReflection);
                            } else {
                                continue;
                            }
                        }
                        volleyReflection = s;
                    }
                    out.add(s);
                }
            } else if (Volleys.isClient(u)) {
                UtteranceClassifier.Hit h = classifier.client(u.getText());
                if (h != null) {
                    out.add(new AnnotationSuggestion(u, h.spanStart(), h.spanEnd(), MiMethod.METHOD_ID, h.code().guid(),
                            h.reason(), h.confidence()));
                }
            }
            previous = u;
        }
        return out;
    }
}
