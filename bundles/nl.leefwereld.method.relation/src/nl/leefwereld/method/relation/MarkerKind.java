// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation;

import nl.leefwereld.method.relation.model.Answer;
import nl.leefwereld.method.relation.model.Question;

/**
 * What a marker in the words of a conversation points at: one side of one of the three questions (in the client's
 * words), or a solution-focused tool or a kind of task (in the professional's words). Each kind is a code of
 * {@code codebook/relation.qdc}.
 */
public enum MarkerKind {

    PROBLEM_YES(RelationMethod.CODE_PROBLEM_YES, true, Question.PROBLEM, Answer.YES),
    PROBLEM_NO(RelationMethod.CODE_PROBLEM_NO, true, Question.PROBLEM, Answer.NO),
    HELP_YES(RelationMethod.CODE_HELP_YES, true, Question.HELP_REQUEST, Answer.YES),
    HELP_NO(RelationMethod.CODE_HELP_NO, true, Question.HELP_REQUEST, Answer.NO),
    SHARE_YES(RelationMethod.CODE_SHARE_YES, true, Question.SHARE_IN_SOLUTION, Answer.YES),
    SHARE_NO(RelationMethod.CODE_SHARE_NO, true, Question.SHARE_IN_SOLUTION, Answer.NO),
    /** The client's number after a scaling question (found by {@link Markers#scaleAnswer(String)}). */
    SCALING_ANSWER(RelationMethod.CODE_SCALING_ANSWER, true, null, null),
    SCALING_QUESTION(RelationMethod.CODE_SCALING_QUESTION, false, null, null),
    MIRACLE_QUESTION(RelationMethod.CODE_MIRACLE_QUESTION, false, null, null),
    EXCEPTION_QUESTION(RelationMethod.CODE_EXCEPTION_QUESTION, false, null, null),
    COPING_QUESTION(RelationMethod.CODE_COPING_QUESTION, false, null, null),
    COMPLIMENT(RelationMethod.CODE_COMPLIMENT, false, null, null),
    ACTION_TASK(RelationMethod.CODE_ACTION_TASK, false, null, null),
    OBSERVATION_TASK(RelationMethod.CODE_OBSERVATION_TASK, false, null, null),
    /** The link from compliment to task through the client's own goal, in the session-end feedback. */
    BRIDGE(RelationMethod.CODE_BRIDGE, false, null, null);

    private final String codeId;
    private final boolean client;
    private final Question question;
    private final Answer answer;

    MarkerKind(String codeId, boolean client, Question question, Answer answer) {
        this.codeId = codeId;
        this.client = client;
        this.question = question;
        this.answer = answer;
    }

    /** The guid of the code in {@code codebook/relation.qdc}. */
    public String codeId() {
        return codeId;
    }

    /** Found in the client's words (otherwise in the professional's). */
    public boolean inClientWords() {
        return client;
    }

    /** The question this marker answers, or {@code null} for tools and tasks. */
    public Question question() {
        return question;
    }

    /** The answer it points to ({@link Answer#YES} or {@link Answer#NO}), or {@code null}. */
    public Answer answer() {
        return answer;
    }

    /** The kind whose code is {@code codeId}, or {@code null}. */
    public static MarkerKind ofCode(String codeId) {
        for (MarkerKind k : values()) {
            if (k.codeId.equals(codeId)) {
                return k;
            }
        }
        return null;
    }
}
