// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi;

import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;

import nl.leefwereld.core.commands.ModelCommand;
import nl.leefwereld.method.mi.model.MiAssessment;
import nl.leefwereld.method.mi.model.MiFactory;
import nl.leefwereld.method.mi.model.MiPackage;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelPackage;

/**
 * The four MITI global ratings (1–5) of a conversation, stored as an {@link MiAssessment} in
 * {@link Conversation#getAssessments()}, one per assessor. 0 means "not rated yet". A new assessment records the
 * change goal of the trajectory ({@code Trajectory.changeGoal}) and the coded segment (first and last utterance).
 */
public final class MiRatings {

    /** The four global ratings. */
    public enum Rating {
        CULTIVATING_CHANGE_TALK(MiPackage.Literals.MI_ASSESSMENT__CULTIVATING_CHANGE_TALK),
        SOFTENING_SUSTAIN_TALK(MiPackage.Literals.MI_ASSESSMENT__SOFTENING_SUSTAIN_TALK),
        PARTNERSHIP(MiPackage.Literals.MI_ASSESSMENT__PARTNERSHIP),
        EMPATHY(MiPackage.Literals.MI_ASSESSMENT__EMPATHY);

        private final EAttribute attribute;

        Rating(EAttribute attribute) {
            this.attribute = attribute;
        }

        public EAttribute attribute() {
            return attribute;
        }

        public int of(MiAssessment a) {
            return a == null ? 0 : ((Integer) a.eGet(attribute)).intValue();
        }
    }

    private MiRatings() {
    }

    /** All MI assessments of the conversation, oldest first. */
    public static List<MiAssessment> all(Conversation c) {
        return c.getAssessments().stream().filter(MiAssessment.class::isInstance).map(MiAssessment.class::cast)
                .sorted(Comparator.comparing(a -> a.getCreated() == null ? new Date(0) : a.getCreated())).toList();
    }

    /** The assessment of this assessor ({@code null}: the newest of anyone), or {@code null}. */
    public static MiAssessment find(Conversation c, String assessor) {
        List<MiAssessment> all = all(c);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (assessor == null || assessor.equals(all.get(i).getAssessor())) {
                return all.get(i);
            }
        }
        return null;
    }

    /** A new assessment (not added) with the change goal and segment of the conversation. */
    public static MiAssessment create(Conversation c, String assessor) {
        MiAssessment a = MiFactory.eINSTANCE.createMiAssessment();
        a.setId(UUID.randomUUID().toString());
        a.setMethodId(MiMethod.METHOD_ID);
        a.setAssessor(assessor);
        a.setCreated(new Date());
        if (c.getTrajectory() != null) {
            a.setChangeGoal(c.getTrajectory().getChangeGoal());
        }
        if (!c.getUtterances().isEmpty()) {
            a.setSegmentStart(c.getUtterances().get(0));
            a.setSegmentEnd(c.getUtterances().get(c.getUtterances().size() - 1));
        }
        return a;
    }

    /**
     * The command that sets one rating of the assessor (creating the assessment when there is none yet).
     *
     * @param value 1–5, or 0 to clear
     */
    public static Command setCommand(Conversation c, String assessor, Rating rating, int value) {
        checkValue(value);
        Objects.requireNonNull(assessor);
        MiAssessment a = find(c, assessor);
        if (a == null) {
            a = create(c, assessor);
            a.eSet(rating.attribute(), Integer.valueOf(value));
            return ModelCommand.add(Messages.Command_setRating, c, ModelPackage.Literals.CONVERSATION__ASSESSMENTS,
                    List.of(a));
        }
        return ModelCommand.set(Messages.Command_setRating, a, rating.attribute(), Integer.valueOf(value));
    }

    /** Sets a rating directly (headless). */
    public static MiAssessment set(Conversation c, String assessor, Rating rating, int value) {
        setCommand(c, assessor, rating, value).execute();
        return find(c, assessor);
    }

    private static void checkValue(int value) {
        if (value < 0 || value > 5) {
            throw new IllegalArgumentException("a MITI global rating is 1-5 (0 = none): " + value); //$NON-NLS-1$
        }
    }
}
