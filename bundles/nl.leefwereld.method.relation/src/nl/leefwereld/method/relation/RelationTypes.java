// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.method.relation.model.Answer;
import nl.leefwereld.method.relation.model.Question;
import nl.leefwereld.method.relation.model.QuestionAnswer;
import nl.leefwereld.method.relation.model.RelationAssessment;
import nl.leefwereld.method.relation.model.RelationType;
import nl.leefwereld.method.relation.model.TaskKind;

/**
 * The derivation of the relation type from the three questions (seed 002, after Berg &amp; De Shazer), the labels of
 * types and answers, and the stance and tasks that fit each type (Berg 1989).
 * <ul>
 * <li>klant (customer): a share in the solution (yes) and a problem that is not denied;</li>
 * <li>klager (complainant): a problem or a request for help (yes), but no share of his own in the solution yet;</li>
 * <li>bezoeker (visitor): otherwise (problem maybe/no, no request for help, no share).</li>
 * </ul>
 */
public final class RelationTypes {

    private RelationTypes() {
    }

    /** The type the three answers point to. {@code null} answers count as "no" (problem: "maybe"). */
    public static RelationType derive(Answer problem, Answer helpRequest, Answer share) {
        Answer p = problem == null ? Answer.MAYBE : problem;
        Answer h = helpRequest == null ? Answer.NO : helpRequest;
        Answer s = share == null ? Answer.NO : share;
        if (s == Answer.YES && p != Answer.NO) {
            return RelationType.CUSTOMER;
        }
        if (p == Answer.YES || h == Answer.YES) {
            return RelationType.COMPLAINANT;
        }
        return RelationType.VISITOR;
    }

    /** The type derived from an assessment's answers (not the stored one, not the override). */
    public static RelationType derive(RelationAssessment a) {
        return derive(answer(a, Question.PROBLEM), answer(a, Question.HELP_REQUEST), answer(a, Question.SHARE_IN_SOLUTION));
    }

    /** The type that counts: the professional's override when set, otherwise the derived type. */
    public static RelationType effective(RelationAssessment a) {
        if (a.isOverridden() && a.getOverrideType() != null) {
            return a.getOverrideType();
        }
        return a.getDerivedType();
    }

    /** The answer to one question, or {@code null} when the assessment has none. */
    public static Answer answer(RelationAssessment a, Question q) {
        QuestionAnswer qa = questionAnswer(a, q);
        return qa == null ? null : qa.getAnswer();
    }

    public static QuestionAnswer questionAnswer(RelationAssessment a, Question q) {
        for (QuestionAnswer qa : a.getAnswers()) {
            if (qa.getQuestion() == q) {
                return qa;
            }
        }
        return null;
    }

    /** "bezoeker", "klager", "klant" (in the user's language). */
    public static String label(RelationType type) {
        if (type == null) {
            return Messages.Type_none;
        }
        return switch (type) {
            case VISITOR -> Messages.Type_visitor;
            case COMPLAINANT -> Messages.Type_complainant;
            case CUSTOMER -> Messages.Type_customer;
        };
    }

    /** The type for a word the user types: the literal, the Dutch or English name, case ignored; or {@code null}. */
    public static RelationType parse(String word) {
        if (word == null) {
            return null;
        }
        String w = word.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (w) {
            case "bezoeker", "visitor" -> RelationType.VISITOR; //$NON-NLS-1$ //$NON-NLS-2$
            case "klager", "complainant" -> RelationType.COMPLAINANT; //$NON-NLS-1$ //$NON-NLS-2$
            case "klant", "customer" -> RelationType.CUSTOMER; //$NON-NLS-1$ //$NON-NLS-2$
            default -> null;
        };
    }

    /** The task kind for a word the user types (geen/none, observatie/observation, actie/action); or {@code null}. */
    public static TaskKind parseTaskKind(String word) {
        if (word == null) {
            return null;
        }
        return switch (word.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "geen", "none" -> TaskKind.NONE; //$NON-NLS-1$ //$NON-NLS-2$
            case "observatie", "observation" -> TaskKind.OBSERVATION; //$NON-NLS-1$ //$NON-NLS-2$
            case "actie", "action" -> TaskKind.ACTION; //$NON-NLS-1$ //$NON-NLS-2$
            default -> null;
        };
    }

    public static String label(Answer answer) {
        if (answer == null) {
            return Messages.Answer_none;
        }
        return switch (answer) {
            case YES -> Messages.Answer_yes;
            case MAYBE -> Messages.Answer_maybe;
            case NO -> Messages.Answer_no;
        };
    }

    public static String label(Question question) {
        return switch (question) {
            case PROBLEM -> Messages.Question_problem;
            case HELP_REQUEST -> Messages.Question_helpRequest;
            case SHARE_IN_SOLUTION -> Messages.Question_share;
        };
    }

    public static String label(nl.leefwereld.method.relation.model.ToolKind kind) {
        return switch (kind) {
            case SCALING_QUESTION -> Messages.Tool_scaling;
            case EXCEPTION_QUESTION -> Messages.Tool_exception;
            case MIRACLE_QUESTION -> Messages.Tool_miracle;
            case COPING_QUESTION -> Messages.Tool_coping;
            case COMPLIMENT -> Messages.Tool_compliment;
        };
    }

    public static String label(TaskKind kind) {
        if (kind == null) {
            return Messages.Task_none;
        }
        return switch (kind) {
            case NONE -> Messages.Task_none;
            case OBSERVATION -> Messages.Task_observation;
            case ACTION -> Messages.Task_action;
        };
    }

    /** The stance that fits the type, one line. */
    public static String stance(RelationType type) {
        return switch (type) {
            case VISITOR -> Messages.Stance_visitor;
            case COMPLAINANT -> Messages.Stance_complainant;
            case CUSTOMER -> Messages.Stance_customer;
        };
    }

    /** The kind of task that fits the type, one line. */
    public static String tasks(RelationType type) {
        return switch (type) {
            case VISITOR -> Messages.Tasks_visitor;
            case COMPLAINANT -> Messages.Tasks_complainant;
            case CUSTOMER -> Messages.Tasks_customer;
        };
    }

    /**
     * The most a session-end task may ask of the type: nothing of a visitor, observing of a complainant, acting of a
     * customer (Berg 1989).
     */
    public static TaskKind fittingTask(RelationType type) {
        return switch (type) {
            case VISITOR -> TaskKind.NONE;
            case COMPLAINANT -> TaskKind.OBSERVATION;
            case CUSTOMER -> TaskKind.ACTION;
        };
    }

    /** Stance and tasks as lines, for views and the command line. */
    public static List<String> guidance(RelationType type) {
        return List.of(NLS.bind(Messages.Guidance_stance, stance(type)), NLS.bind(Messages.Guidance_tasks, tasks(type)));
    }
}
