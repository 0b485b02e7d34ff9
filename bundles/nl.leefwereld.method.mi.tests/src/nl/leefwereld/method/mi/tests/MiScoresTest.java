// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import static nl.leefwereld.method.mi.tests.MiTestSupport.u;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.method.mi.Level;
import nl.leefwereld.method.mi.MiCode;
import nl.leefwereld.method.mi.MiCoding;
import nl.leefwereld.method.mi.MiMethod;
import nl.leefwereld.method.mi.MiRatings;
import nl.leefwereld.method.mi.MiScores;
import nl.leefwereld.method.mi.Score;
import nl.leefwereld.model.Conversation;

/** The MITI 4.2.1 summary scores, computed headless from codes and global ratings. */
public class MiScoresTest {

    private static final double EPS = 1e-9;

    private static void code(Conversation c, int utterance, MiCode code, String coder) {
        // applied directly, without the volley rules, as imported data may be
        c.getAnnotations().add(MiCoding.newCode(u(c, utterance), -1, -1, code, coder));
    }

    /** Codes the work conversation as a trainer would. */
    static Conversation coded() {
        Conversation c = MiTestSupport.parse(MiTestSupport.WORK, "Betaald werk vinden");
        code(c, 0, MiCode.OPEN_QUESTION, "anna");
        code(c, 1, MiCode.SUSTAIN_TALK, "anna");
        code(c, 2, MiCode.SIMPLE_REFLECTION, "anna");
        code(c, 3, MiCode.COMPLEX_REFLECTION, "anna"); // same volley as 2: counts as one CR
        code(c, 4, MiCode.SUSTAIN_TALK, "anna");
        code(c, 5, MiCode.AFFIRM, "anna");
        code(c, 5, MiCode.OPEN_QUESTION, "anna");
        code(c, 7, MiCode.CLOSED_QUESTION, "anna");
        code(c, 7, MiCode.OPEN_QUESTION, "anna"); // two questions in one volley: counts as one
        code(c, 8, MiCode.CHANGE_TALK, "anna");
        code(c, 9, MiCode.GIVING_INFORMATION, "anna");
        code(c, 9, MiCode.PERSUADE, "anna");
        code(c, 10, MiCode.SUSTAIN_TALK, "anna");
        code(c, 11, MiCode.EMPHASIZING_AUTONOMY, "anna");
        code(c, 11, MiCode.SEEKING_COLLABORATION, "anna");
        code(c, 11, MiCode.QUESTION, "anna");
        code(c, 12, MiCode.CHANGE_TALK, "anna");
        MiRatings.set(c, "anna", MiRatings.Rating.CULTIVATING_CHANGE_TALK, 3);
        MiRatings.set(c, "anna", MiRatings.Rating.SOFTENING_SUSTAIN_TALK, 2);
        MiRatings.set(c, "anna", MiRatings.Rating.PARTNERSHIP, 4);
        MiRatings.set(c, "anna", MiRatings.Rating.EMPATHY, 4);
        return c;
    }

    @Test
    public void summaryScoresFollowTheManualWithVolleyRulesApplied() {
        Conversation c = coded();
        MiScores s = MiScores.compute(c);
        assertEquals("anna", s.coder());
        assertEquals(4, s.count(MiCode.QUESTION), "volleys 0, 5, 7, 11 each have one question");
        assertEquals(0, s.count(MiCode.SIMPLE_REFLECTION), "complex wins over simple in the volley");
        assertEquals(1, s.count(MiCode.COMPLEX_REFLECTION));
        assertEquals(1, s.count(MiCode.AFFIRM));
        assertEquals(2, s.count(MiCode.CHANGE_TALK));
        assertEquals(3, s.count(MiCode.SUSTAIN_TALK));

        assertEquals(2.5, s.value(Score.TECHNICAL).value(), EPS);
        assertEquals(Level.BELOW_FAIR, s.value(Score.TECHNICAL).level());
        assertEquals(4.0, s.value(Score.RELATIONAL).value(), EPS);
        assertEquals(Level.GOOD, s.value(Score.RELATIONAL).level());
        assertEquals(1.0, s.value(Score.PERCENT_COMPLEX_REFLECTIONS).value(), EPS);
        assertEquals(Level.GOOD, s.value(Score.PERCENT_COMPLEX_REFLECTIONS).level());
        assertEquals(0.25, s.value(Score.REFLECTION_TO_QUESTION).value(), EPS);
        assertEquals(Level.BELOW_FAIR, s.value(Score.REFLECTION_TO_QUESTION).level());
        assertEquals("0.3:1", s.value(Score.REFLECTION_TO_QUESTION).formatted());
        assertEquals(3.0, s.value(Score.MI_ADHERENT).value(), EPS, "AF + Seek + Emph");
        assertEquals(1.0, s.value(Score.MI_NON_ADHERENT).value(), EPS, "Persuade + Confront");
        assertEquals(0.4, s.value(Score.PERCENT_CHANGE_TALK).value(), EPS);
        assertEquals("40%", s.value(Score.PERCENT_CHANGE_TALK).formatted());
        assertEquals(Level.NO_THRESHOLD, s.value(Score.PERCENT_CHANGE_TALK).level());
    }

    @Test
    public void thresholdsAreTheExpertOpinionBenchmarksOfMiti421() {
        assertEquals(Level.FAIR, Score.TECHNICAL.level(3.0));
        assertEquals(Level.GOOD, Score.TECHNICAL.level(4.0));
        assertEquals(Level.BELOW_FAIR, Score.RELATIONAL.level(3.0));
        assertEquals(Level.FAIR, Score.RELATIONAL.level(3.5));
        assertEquals(Level.FAIR, Score.PERCENT_COMPLEX_REFLECTIONS.level(0.4));
        assertEquals(Level.BELOW_FAIR, Score.PERCENT_COMPLEX_REFLECTIONS.level(0.39));
        assertEquals(Level.GOOD, Score.PERCENT_COMPLEX_REFLECTIONS.level(0.5));
        assertEquals(Level.FAIR, Score.REFLECTION_TO_QUESTION.level(1.0));
        assertEquals(Level.GOOD, Score.REFLECTION_TO_QUESTION.level(2.0));
        assertEquals(Level.NONE, Score.TECHNICAL.level(Double.NaN));
        assertEquals(Level.NO_THRESHOLD, Score.MI_ADHERENT.level(2));
    }

    @Test
    public void onlyHumanCodesOfTheChosenCoderCountAndSuggestionsDoNot() {
        Conversation c = coded();
        // bert codes reflections only; a suggestion is not a code
        code(c, 2, MiCode.SIMPLE_REFLECTION, "bert");
        code(c, 9, MiCode.SIMPLE_REFLECTION, "bert");
        AnnotationSuggestion.whole(u(c, 11), MiMethod.METHOD_ID, MiCode.CONFRONT.guid(), "test", 0.5).addTo("mi.suggestions");
        MiScores anna = MiScores.compute(c, "anna");
        assertEquals(0, anna.count(MiCode.CONFRONT));
        MiScores bert = MiScores.compute(c, "bert");
        assertEquals(2, bert.count(MiCode.SIMPLE_REFLECTION));
        assertEquals(0, bert.count(MiCode.QUESTION));
        assertTrue(Double.isInfinite(bert.value(Score.REFLECTION_TO_QUESTION).value()), "reflections without questions");
        assertEquals(Level.GOOD, bert.value(Score.REFLECTION_TO_QUESTION).level());
        assertEquals(0.0, bert.value(Score.PERCENT_COMPLEX_REFLECTIONS).value(), EPS);
        assertEquals(4.0, bert.value(Score.RELATIONAL).value(), EPS, "no own ratings: the newest assessment counts");
    }

    @Test
    public void nothingCodedGivesNoScoresNotZero() {
        Conversation c = MiTestSupport.parse(MiTestSupport.WORK, null);
        MiScores s = MiScores.compute(c);
        assertTrue(s.isEmpty());
        for (MiScores.Value v : s.values()) {
            assertEquals(Level.NONE, v.level(), v.toString());
            assertEquals("\u2013", v.formatted());
        }
    }
}
