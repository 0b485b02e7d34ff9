// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.method.relation.ConversationScan.Found;
import nl.leefwereld.method.relation.model.Answer;
import nl.leefwereld.method.relation.model.Question;
import nl.leefwereld.method.relation.model.QuestionAnswer;
import nl.leefwereld.method.relation.model.RelationAssessment;
import nl.leefwereld.method.relation.model.RelationFactory;
import nl.leefwereld.method.relation.model.SessionFeedback;
import nl.leefwereld.method.relation.model.SolutionTool;
import nl.leefwereld.method.relation.model.TaskKind;
import nl.leefwereld.method.relation.model.ToolKind;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

/**
 * Proposes a {@link RelationAssessment} for a conversation from the markers in it: for each question an answer with
 * the utterances that support it and the reason, the derived type, the solution-focused tools used (scaling answers
 * included) and the session-end task. The result is not added to the conversation: the caller (a person in the view,
 * or {@code leefwereld relation assess --save}) decides to keep it.
 * <p>
 * Answer rule per question: only "yes" markers: yes; only "no" markers: no; both: the side with at least twice as
 * many markers, otherwise maybe; none: problem maybe, request for help no, share no (the visitor's profile, where a
 * conversation starts until the client shows otherwise).
 */
public final class RelationAssessor {

    /** How many of the professional's last utterances count as the session-end feedback. */
    private static final int END_WINDOW = 3;

    private RelationAssessor() {
    }

    /** The assessment the suggested markers ({@link MarkerSuggestions}: the trained model's when there is one) give. */
    public static RelationAssessment assess(Conversation conversation, String assessor, IProgressMonitor monitor) {
        return assess(conversation, MarkerSuggestions.found(conversation, monitor), assessor);
    }

    public static RelationAssessment assess(Conversation conversation, List<Found> found, String assessor) {
        RelationFactory f = RelationFactory.eINSTANCE;
        RelationAssessment a = f.createRelationAssessment();
        a.setId(UUID.randomUUID().toString());
        a.setMethodId(RelationMethod.METHOD_ID);
        a.setAssessor(assessor);
        a.setCreated(new Date());
        for (Question q : Question.VALUES) {
            a.getAnswers().add(answer(q, found));
        }
        a.setDerivedType(RelationTypes.derive(a));

        for (int i = 0; i < found.size(); i++) {
            Found x = found.get(i);
            ToolKind kind = switch (x.kind()) {
                case SCALING_QUESTION -> ToolKind.SCALING_QUESTION;
                case MIRACLE_QUESTION -> ToolKind.MIRACLE_QUESTION;
                case EXCEPTION_QUESTION -> ToolKind.EXCEPTION_QUESTION;
                case COPING_QUESTION -> ToolKind.COPING_QUESTION;
                case COMPLIMENT -> ToolKind.COMPLIMENT;
                default -> null;
            };
            if (kind == null || alreadyHas(a, kind, x.utterance())) {
                continue;
            }
            SolutionTool t = f.createSolutionTool();
            t.setKind(kind);
            t.setUtterance(x.utterance());
            if (kind == ToolKind.SCALING_QUESTION) {
                for (int j = i + 1; j < found.size(); j++) {
                    Found y = found.get(j);
                    if (y.kind() == MarkerKind.SCALING_ANSWER) {
                        t.setClientAnswer(y.utterance());
                        t.setScale(Markers.scaleAnswer(y.utterance().getText()));
                        break;
                    }
                    if (y.kind() == MarkerKind.SCALING_QUESTION && y.utterance() != x.utterance()) {
                        break;
                    }
                }
            }
            a.getTools().add(t);
        }
        a.setFeedback(feedback(conversation, found));
        return a;
    }

    private static boolean alreadyHas(RelationAssessment a, ToolKind kind, Utterance u) {
        return a.getTools().stream().anyMatch(t -> t.getKind() == kind && t.getUtterance() == u);
    }

    private static QuestionAnswer answer(Question q, List<Found> found) {
        Set<Utterance> yes = new LinkedHashSet<>();
        Set<Utterance> no = new LinkedHashSet<>();
        List<String> yesWords = new ArrayList<>();
        List<String> noWords = new ArrayList<>();
        for (Found x : found) {
            if (x.kind().question() != q) {
                continue;
            }
            if (x.kind().answer() == Answer.YES) {
                yes.add(x.utterance());
                yesWords.add('"' + x.hit().words() + '"');
            } else {
                no.add(x.utterance());
                noWords.add('"' + x.hit().words() + '"');
            }
        }
        Answer answer;
        String reason;
        List<Utterance> evidence = new ArrayList<>();
        int y = yesWords.size();
        int n = noWords.size();
        if (y == 0 && n == 0) {
            answer = q == Question.PROBLEM ? Answer.MAYBE : Answer.NO;
            reason = q == Question.PROBLEM ? Messages.Assess_noMarkersProblem : Messages.Assess_noMarkers;
        } else if (n == 0 || y >= 2 * n) {
            answer = Answer.YES;
            evidence.addAll(yes);
            reason = NLS.bind(n == 0 ? Messages.Assess_yes : Messages.Assess_yesMostly,
                    new Object[] { String.join(", ", yesWords), String.join(", ", noWords) }); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (y == 0 || n >= 2 * y) {
            answer = Answer.NO;
            evidence.addAll(no);
            reason = NLS.bind(y == 0 ? Messages.Assess_no : Messages.Assess_noMostly,
                    new Object[] { String.join(", ", noWords), String.join(", ", yesWords) }); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            answer = Answer.MAYBE;
            evidence.addAll(yes);
            evidence.addAll(no);
            reason = NLS.bind(Messages.Assess_maybe, String.join(", ", yesWords), String.join(", ", noWords)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        QuestionAnswer qa = RelationFactory.eINSTANCE.createQuestionAnswer();
        qa.setQuestion(q);
        qa.setAnswer(answer);
        qa.getEvidence().addAll(evidence);
        qa.setReason(reason);
        return qa;
    }

    /**
     * The session-end feedback: compliment, bridge and task in the professional's last utterances, each as the
     * sentence that holds the marker (one utterance often holds all three); null when there is no compliment and no
     * task.
     */
    private static SessionFeedback feedback(Conversation conversation, List<Found> found) {
        List<Utterance> last = new ArrayList<>();
        List<Utterance> all = conversation.getUtterances();
        for (int i = all.size() - 1; i >= 0 && last.size() < END_WINDOW; i--) {
            if (ConversationScan.role(all.get(i)) == ParticipantRole.PROFESSIONAL) {
                last.add(0, all.get(i));
            }
        }
        Found compliment = null;
        Found bridge = null;
        Found task = null;
        TaskKind taskKind = TaskKind.NONE;
        for (Found x : found) {
            if (!last.contains(x.utterance())) {
                continue;
            }
            if (x.kind() == MarkerKind.COMPLIMENT && compliment == null) {
                compliment = x;
            } else if (x.kind() == MarkerKind.BRIDGE && bridge == null) {
                bridge = x;
            } else if (x.kind() == MarkerKind.OBSERVATION_TASK && taskKind != TaskKind.ACTION) {
                task = x;
                taskKind = TaskKind.OBSERVATION;
            } else if (x.kind() == MarkerKind.ACTION_TASK) {
                task = x;
                taskKind = TaskKind.ACTION;
            }
        }
        if (compliment == null && task == null) {
            return null;
        }
        SessionFeedback fb = RelationFactory.eINSTANCE.createSessionFeedback();
        fb.setCompliment(compliment == null ? null : sentence(compliment));
        String taskText = task == null ? null : sentence(task);
        String bridgeText = bridge == null ? null : sentence(bridge);
        if (bridge != null && task != null && bridge.utterance() == task.utterance()
                && bridge.hit().start() < task.hit().start()) {
            String text = task.utterance().getText();
            int from = sentenceStart(text, task.hit().start());
            if (sentenceStart(text, bridge.hit().start()) == from) {
                // "Omdat u graag rust wilt, stel ik voor dat u ...": the bridge leads into the task in one sentence
                bridgeText = text.substring(from, task.hit().start()).strip().replaceAll("[,;:]$", ""); //$NON-NLS-1$ //$NON-NLS-2$
                taskText = text.substring(task.hit().start(), sentenceEnd(text, task.hit().start())).strip();
            }
        }
        fb.setBridge(bridgeText);
        fb.setTask(taskText);
        fb.setTaskKind(taskKind);
        return fb;
    }

    private static String sentence(Found x) {
        return sentence(x.utterance().getText(), x.hit().start());
    }

    /** The sentence of {@code text} around {@code index}: from after the previous . ! or ? to the next one. */
    static String sentence(String text, int index) {
        return text.substring(sentenceStart(text, index), sentenceEnd(text, index)).strip();
    }

    private static int sentenceStart(String text, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (isSentenceEnd(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int index) {
        for (int i = index; i < text.length(); i++) {
            if (isSentenceEnd(text, i)) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }
}
