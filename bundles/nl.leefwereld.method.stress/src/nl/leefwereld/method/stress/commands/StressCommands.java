// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.commands;

import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.leefwereld.core.commands.ModelCommand;
import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.method.stress.StressMethod;
import nl.leefwereld.method.stress.model.ScarcityDomain;
import nl.leefwereld.method.stress.model.StressAssessment;
import nl.leefwereld.method.stress.model.StressFactory;
import nl.leefwereld.method.stress.model.StressPackage;
import nl.leefwereld.method.stress.model.StressSignal;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelPackage;

/**
 * The stress check of a conversation as undoable commands with their names, for the Stresssignalen view and headless
 * use: what the professional observes, the client's own score on the scaling question (0-10, or not asked), the
 * scarcity domains and the observation in words. The conversation's latest stress assessment is changed; a
 * conversation without one gets a new one in the same step. Each returns {@code null} when nothing would change.
 */
public final class StressCommands {

    private static final StressPackage S = StressPackage.eINSTANCE;

    /** The content of a stress check: signals, domains, the client's score ({@code null}: not asked), observation. */
    public record Check(List<StressSignal> signals, List<ScarcityDomain> domains, Integer clientScore, String observation) {
        public Check {
            signals = List.copyOf(signals);
            domains = List.copyOf(domains);
            observation = observation == null || observation.isBlank() ? null : observation.strip();
        }

        /** What an assessment holds ({@code null}: an empty check). */
        public static Check of(StressAssessment a) {
            return a == null ? new Check(List.of(), List.of(), null, null)
                    : new Check(a.getSignals(), a.getDomains(), a.getClientScore(), a.getObservation());
        }

        public Check withClientScore(Integer score) {
            return new Check(signals, domains, score, observation);
        }

        public Check withObservation(String text) {
            return new Check(signals, domains, clientScore, text);
        }
    }

    private StressCommands() {
    }

    /** Sets only the client's answer to the scaling question (0-10; {@code null}: not asked). */
    public static Command setClientScore(Conversation c, Integer score, String assessor) {
        if (score != null && (score.intValue() < 0 || score.intValue() > 10)) {
            throw new IllegalArgumentException(String.valueOf(score));
        }
        return record(c, Check.of(Assessments.latest(c, StressAssessment.class)).withClientScore(score), assessor);
    }

    /** Sets only the observation in the professional's words (blank: none). */
    public static Command setObservation(Conversation c, String text, String assessor) {
        return record(c, Check.of(Assessments.latest(c, StressAssessment.class)).withObservation(text), assessor);
    }

    /**
     * Records the check in the conversation as one command, named after what changed ("score op de schaalvraag
     * wijzigen", "waarneming wijzigen", or "stresscheck vastleggen").
     */
    public static Command record(Conversation c, Check check, String assessor) {
        StressAssessment existing = Assessments.latest(c, StressAssessment.class);
        Check before = Check.of(existing);
        if (before.equals(check) && existing != null) {
            return null;
        }
        String label = label(before, check);
        if (existing == null) {
            StressAssessment a = StressFactory.eINSTANCE.createStressAssessment();
            a.setId(UUID.randomUUID().toString());
            a.setMethodId(StressMethod.METHOD_ID);
            a.setAssessor(assessor);
            a.setCreated(new Date());
            a.getSignals().addAll(check.signals());
            a.getDomains().addAll(check.domains());
            a.setClientScore(check.clientScore());
            a.setObservation(check.observation());
            return ModelCommand.add(label, c, ModelPackage.Literals.CONVERSATION__ASSESSMENTS, List.of(a));
        }
        CompoundCommand command = new CompoundCommand(label);
        replace(command, existing, S.getStressAssessment_Signals(), existing.getSignals(), check.signals());
        replace(command, existing, S.getStressAssessment_Domains(), existing.getDomains(), check.domains());
        if (!Objects.equals(existing.getClientScore(), check.clientScore())) {
            command.append(ModelCommand.set(label, existing, S.getStressAssessment_ClientScore(), check.clientScore()));
        }
        if (!Objects.equals(existing.getObservation(), check.observation())) {
            command.append(ModelCommand.set(label, existing, S.getStressAssessment_Observation(), check.observation()));
        }
        return command.isEmpty() ? null : command;
    }

    /** Replaces the values of a many-valued feature, keeping the order given. */
    private static void replace(CompoundCommand command, StressAssessment a, EStructuralFeature feature, List<?> now,
            List<?> wanted) {
        if (now.equals(wanted)) {
            return;
        }
        if (!now.isEmpty()) {
            command.append(ModelCommand.remove(command.getLabel(), a, feature, List.copyOf(now)));
        }
        if (!wanted.isEmpty()) {
            command.append(ModelCommand.add(command.getLabel(), a, feature, wanted));
        }
    }

    private static String label(Check before, Check after) {
        boolean sameRest = before.signals().equals(after.signals()) && before.domains().equals(after.domains());
        if (sameRest && Objects.equals(before.observation(), after.observation())) {
            return Messages.Command_clientScore;
        }
        if (sameRest && Objects.equals(before.clientScore(), after.clientScore())) {
            return Messages.Command_observation;
        }
        return Messages.Command_record;
    }
}
