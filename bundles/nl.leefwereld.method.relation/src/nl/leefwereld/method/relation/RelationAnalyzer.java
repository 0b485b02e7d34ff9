// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.Analyzer;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.method.relation.ConversationScan.Found;
import nl.leefwereld.method.relation.model.Question;
import nl.leefwereld.method.relation.model.QuestionAnswer;
import nl.leefwereld.method.relation.model.RelationAssessment;
import nl.leefwereld.method.relation.model.RelationType;
import nl.leefwereld.method.relation.model.SessionFeedback;
import nl.leefwereld.method.relation.model.TaskKind;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;

/**
 * Suggests codes for the markers of the three questions (client) and the solution-focused tools and tasks
 * (professional), each with the words that triggered it ({@link MarkerSuggestions}: the organisation's trained model
 * decides the client's markers when there is one, with its probability as confidence); reports the relation type (the stored assessment's, or the
 * one the markers suggest) and warns when the work offered does not fit it: action tasks or advice pushed on a
 * bezoeker, action tasks for a klager (observation tasks fit better), a bezoeker without a single compliment.
 */
public class RelationAnalyzer implements Analyzer {

    @Override
    public AnalysisResult analyze(Conversation conversation, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, 2);
        AnalysisResult.Builder result = AnalysisResult.builder();
        List<MarkerSuggestions.Suggested> suggested = MarkerSuggestions.of(conversation, sub.split(1));
        List<Found> found = new ArrayList<>();
        for (MarkerSuggestions.Suggested s : suggested) {
            Found x = s.found();
            found.add(x);
            result.add(new AnnotationSuggestion(x.utterance(), x.hit().start(), x.hit().end(), RelationMethod.METHOD_ID,
                    x.kind().codeId(), s.reason(), s.confidence()));
        }

        RelationAssessment stored = Assessments.latest(conversation, RelationAssessment.class);
        RelationAssessment a = stored != null ? stored : RelationAssessor.assess(conversation, found, RelationMethod.ANALYZER_MARKERS);
        RelationType type = RelationTypes.effective(a);
        if (type == null) {
            type = RelationTypes.derive(a);
        }
        result.add(typeFinding(a, stored != null, type));
        for (Finding f : workFit(type, found, stored == null ? null : stored.getFeedback())) {
            result.add(f);
        }
        sub.worked(1);
        return result.build();
    }

    /** The reason of a suggestion: the kind and the words. */
    public static String reason(Found x) {
        return NLS.bind(Messages.Reason_marker, kindLabel(x.kind()), x.hit().words());
    }

    private static Finding typeFinding(RelationAssessment a, boolean stored, RelationType type) {
        List<Utterance> evidence = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Question q : Question.VALUES) {
            QuestionAnswer qa = RelationTypes.questionAnswer(a, q);
            if (qa == null) {
                continue;
            }
            for (Utterance u : qa.getEvidence()) {
                if (!evidence.contains(u)) {
                    evidence.add(u);
                }
            }
            reasons.add(NLS.bind(Messages.Finding_answerReason, new Object[] { RelationTypes.label(q),
                    RelationTypes.label(qa.getAnswer()), qa.getReason() == null ? "" : qa.getReason() })); //$NON-NLS-1$
        }
        String source;
        if (!stored) {
            source = Messages.Finding_sourceSuggested;
        } else if (a.isOverridden() && a.getOverrideType() != null) {
            source = NLS.bind(Messages.Finding_sourceOverridden, new Object[] { a.getAssessor(),
                    RelationTypes.label(a.getDerivedType()), a.getOverrideReason() });
        } else {
            source = NLS.bind(Messages.Finding_sourceAssessed, a.getAssessor());
        }
        String message = NLS.bind(Messages.Finding_type, new Object[] { RelationTypes.label(type),
                RelationTypes.label(RelationTypes.answer(a, Question.PROBLEM)),
                RelationTypes.label(RelationTypes.answer(a, Question.HELP_REQUEST)),
                RelationTypes.label(RelationTypes.answer(a, Question.SHARE_IN_SOLUTION)) });
        String reason = source + " " + String.join("; ", reasons) + ". " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + String.join(" ", RelationTypes.guidance(type)); //$NON-NLS-1$
        return Finding.about(Finding.Severity.INFO, message, reason, evidence.toArray(Utterance[]::new));
    }

    /**
     * Findings about work that does not fit the type, each with the utterances and words that show it, and about a
     * recorded session-end task ({@code feedback}, may be null) that asks more than the type fits.
     */
    public static List<Finding> workFit(RelationType type, List<Found> found, SessionFeedback feedback) {
        List<Finding> findings = new ArrayList<>();
        Set<Utterance> action = new LinkedHashSet<>();
        List<String> actionWords = new ArrayList<>();
        boolean compliment = false;
        for (Found x : found) {
            if (x.kind() == MarkerKind.ACTION_TASK) {
                action.add(x.utterance());
                actionWords.add('"' + x.hit().words() + '"');
            } else if (x.kind() == MarkerKind.COMPLIMENT) {
                compliment = true;
            }
        }
        if (feedback != null && feedback.getCompliment() != null && !feedback.getCompliment().isBlank()) {
            compliment = true; // recorded by the professional, in words the markers may not know
        }
        String words = String.join(", ", actionWords); //$NON-NLS-1$
        if (type == RelationType.VISITOR && !action.isEmpty()) {
            findings.add(Finding.about(Finding.Severity.WARNING,
                    NLS.bind(Messages.Fit_visitorAction, Integer.valueOf(action.size())),
                    NLS.bind(Messages.Fit_visitorActionReason, words), action.toArray(Utterance[]::new)));
        } else if (type == RelationType.COMPLAINANT && !action.isEmpty()) {
            findings.add(Finding.about(Finding.Severity.WARNING,
                    NLS.bind(Messages.Fit_complainantAction, Integer.valueOf(action.size())),
                    NLS.bind(Messages.Fit_complainantActionReason, words), action.toArray(Utterance[]::new)));
        }
        TaskKind fitting = RelationTypes.fittingTask(type);
        if (feedback != null && feedback.getTaskKind() != null && feedback.getTaskKind().getValue() > fitting.getValue()) {
            findings.add(new Finding(Finding.Severity.WARNING,
                    NLS.bind(Messages.Fit_feedbackTask, RelationTypes.label(feedback.getTaskKind()), RelationTypes.label(type)),
                    NLS.bind(Messages.Fit_feedbackTaskReason, feedback.getTask() == null ? "" : feedback.getTask(), //$NON-NLS-1$
                            RelationTypes.tasks(type)),
                    conversationId(found), List.of()));
        }
        if (type == RelationType.VISITOR && !compliment) {
            findings.add(new Finding(Finding.Severity.INFO, Messages.Fit_visitorNoCompliment,
                    Messages.Fit_visitorNoComplimentReason, conversationId(found), List.of()));
        }
        return findings;
    }

    private static String conversationId(List<Found> found) {
        return found.isEmpty() || !(found.get(0).utterance().eContainer() instanceof Conversation c) ? null : c.getId();
    }

    public static String kindLabel(MarkerKind kind) {
        return switch (kind) {
            case PROBLEM_YES -> Messages.Kind_problemYes;
            case PROBLEM_NO -> Messages.Kind_problemNo;
            case HELP_YES -> Messages.Kind_helpYes;
            case HELP_NO -> Messages.Kind_helpNo;
            case SHARE_YES -> Messages.Kind_shareYes;
            case SHARE_NO -> Messages.Kind_shareNo;
            case SCALING_QUESTION -> Messages.Kind_scalingQuestion;
            case SCALING_ANSWER -> Messages.Kind_scalingAnswer;
            case MIRACLE_QUESTION -> Messages.Kind_miracleQuestion;
            case EXCEPTION_QUESTION -> Messages.Kind_exceptionQuestion;
            case COPING_QUESTION -> Messages.Kind_copingQuestion;
            case COMPLIMENT -> Messages.Kind_compliment;
            case ACTION_TASK -> Messages.Kind_actionTask;
            case OBSERVATION_TASK -> Messages.Kind_observationTask;
            case BRIDGE -> Messages.Kind_bridge;
        };
    }
}
