// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.commands.ModelCommand;
import nl.leefwereld.method.relation.RelationTypes;
import nl.leefwereld.method.relation.model.Answer;
import nl.leefwereld.method.relation.model.Question;
import nl.leefwereld.method.relation.model.QuestionAnswer;
import nl.leefwereld.method.relation.model.RelationAssessment;
import nl.leefwereld.method.relation.model.RelationFactory;
import nl.leefwereld.method.relation.model.RelationPackage;
import nl.leefwereld.method.relation.model.RelationType;
import nl.leefwereld.method.relation.model.SessionFeedback;
import nl.leefwereld.method.relation.model.SolutionTool;
import nl.leefwereld.method.relation.model.TaskKind;
import nl.leefwereld.method.relation.model.ToolKind;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelPackage;

/**
 * The edits of a relationship assessment as undoable commands with their names, for the Relatie view and headless
 * use. An assessment that is only a proposal (not yet in the conversation) is added in the same step as the first
 * change to it. Each returns {@code null} when there is nothing to change.
 */
public final class RelationCommands {

    private static final RelationPackage R = RelationPackage.eINSTANCE;

    private RelationCommands() {
    }

    private static CompoundCommand keeping(String label, Conversation c, RelationAssessment a) {
        CompoundCommand command = new CompoundCommand(label);
        if (!c.getAssessments().contains(a)) {
            command.append(ModelCommand.add(label, c, ModelPackage.Literals.CONVERSATION__ASSESSMENTS, List.of(a)));
        }
        return command;
    }

    /** Keeps the proposal from the markers as the conversation's assessment. */
    public static Command keep(Conversation c, RelationAssessment proposal) {
        CompoundCommand command = keeping(Messages.Command_keep, c, proposal);
        return command.isEmpty() ? null : command;
    }

    /** Sets the answer to a question (the professional's, named as the reason) and the type derived with it. */
    public static Command setAnswer(Conversation c, RelationAssessment a, Question q, Answer answer, String assessor) {
        QuestionAnswer qa = RelationTypes.questionAnswer(a, q);
        if (qa == null) {
            return null;
        }
        List<Answer> answers = new ArrayList<>();
        for (Question x : Question.VALUES) {
            answers.add(x == q ? answer : RelationTypes.answer(a, x));
        }
        RelationType derived = RelationTypes.derive(answers.get(0), answers.get(1), answers.get(2));
        CompoundCommand command = keeping(Messages.Command_answer, c, a);
        String label = command.getLabel();
        command.append(ModelCommand.set(label, qa, R.getQuestionAnswer_Answer(), answer));
        command.append(ModelCommand.set(label, qa, R.getQuestionAnswer_Reason(),
                NLS.bind(Messages.Command_answerByProfessional, assessor)));
        command.append(ModelCommand.set(label, a, R.getRelationAssessment_DerivedType(), derived));
        return command;
    }

    /** Records the session-end feedback; blank texts are stored as absent. */
    public static Command setFeedback(Conversation c, RelationAssessment a, String compliment, String bridge,
            String task, TaskKind kind) {
        CompoundCommand command = keeping(Messages.Command_feedback, c, a);
        String label = command.getLabel();
        SessionFeedback fb = a.getFeedback();
        if (fb == null) {
            fb = RelationFactory.eINSTANCE.createSessionFeedback();
            command.append(ModelCommand.set(label, a, R.getRelationAssessment_Feedback(), fb));
        }
        command.append(ModelCommand.set(label, fb, R.getSessionFeedback_Compliment(), blankToNull(compliment)));
        command.append(ModelCommand.set(label, fb, R.getSessionFeedback_Bridge(), blankToNull(bridge)));
        command.append(ModelCommand.set(label, fb, R.getSessionFeedback_Task(), blankToNull(task)));
        command.append(ModelCommand.set(label, fb, R.getSessionFeedback_TaskKind(), kind));
        return command;
    }

    /**
     * Overrides the type with a reason, by this assessor; {@code type == null} removes the override ({@code null}
     * when there is none). Without a reason there is no override, and the same override again changes nothing:
     * {@code null}.
     */
    public static Command override(Conversation c, RelationAssessment a, RelationType type, String reason,
            String assessor) {
        if (type == null) {
            return a.isOverridden() ? ModelCommand.set(Messages.Command_override, a,
                    R.getRelationAssessment_Overridden(), Boolean.FALSE) : null;
        }
        if (reason == null || reason.isBlank() || a.isOverridden() && a.getOverrideType() == type
                && reason.strip().equals(a.getOverrideReason()) && c.getAssessments().contains(a)) {
            return null;
        }
        CompoundCommand command = keeping(Messages.Command_override, c, a);
        String label = command.getLabel();
        command.append(ModelCommand.set(label, a, R.getRelationAssessment_Overridden(), Boolean.TRUE));
        command.append(ModelCommand.set(label, a, R.getRelationAssessment_OverrideType(), type));
        command.append(ModelCommand.set(label, a, R.getRelationAssessment_OverrideReason(), reason.strip()));
        command.append(ModelCommand.set(label, a, ModelPackage.Literals.ASSESSMENT__ASSESSOR, assessor));
        return command;
    }

    /**
     * Sets the client's answer to the scaling question (0-10; {@code null}: not asked) on the assessment's last
     * scaling question, or adds a scaling question with this answer when the assessment holds none. {@code null}
     * when nothing would change.
     */
    public static Command setScale(Conversation c, RelationAssessment a, Integer scale) {
        if (scale != null && (scale.intValue() < 0 || scale.intValue() > 10)) {
            throw new IllegalArgumentException(String.valueOf(scale));
        }
        SolutionTool last = lastScalingQuestion(a);
        if (last == null ? scale == null : java.util.Objects.equals(last.getScale(), scale)) {
            return null;
        }
        CompoundCommand command = keeping(Messages.Command_scale, c, a);
        if (last == null) {
            SolutionTool tool = RelationFactory.eINSTANCE.createSolutionTool();
            tool.setKind(ToolKind.SCALING_QUESTION);
            tool.setScale(scale);
            command.append(ModelCommand.add(command.getLabel(), a, R.getRelationAssessment_Tools(), List.of(tool)));
        } else {
            command.append(ModelCommand.set(command.getLabel(), last, R.getSolutionTool_Scale(), scale));
        }
        return command;
    }

    /** The client's answer to the last scaling question of the assessment, or {@code null}. */
    public static Integer scale(RelationAssessment a) {
        SolutionTool last = lastScalingQuestion(a);
        return last == null ? null : last.getScale();
    }

    private static SolutionTool lastScalingQuestion(RelationAssessment a) {
        SolutionTool last = null;
        for (SolutionTool t : a.getTools()) {
            if (t.getKind() == ToolKind.SCALING_QUESTION) {
                last = t;
            }
        }
        return last;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
