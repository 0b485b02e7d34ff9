// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

import nl.leefwereld.core.coding.Annotations;
import nl.leefwereld.core.commands.ConversationCommands;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Utterance;

/**
 * Coding one utterance with one MI code under MITI's volley rules, for one coder:
 * <ul>
 * <li>at most one question code per volley: a new question code replaces the coder's earlier one in the volley;</li>
 * <li>at most one reflection code per volley, and complex wins over simple: a complex reflection replaces a simple one,
 * a simple reflection is not added where the volley already has a complex one;</li>
 * <li>one client-language code per client utterance (a new one replaces the old);</li>
 * <li>behaviour codes only on the professional's utterances, client codes only on the client's;</li>
 * <li>coding the same code on the same utterance again removes it (a toggle, for fast keyboard coding).</li>
 * </ul>
 * The plan changes nothing until applied; {@link Plan#toCommand(Conversation)} gives the EMF command for an editor's
 * command stack (undo), {@link Plan#apply(Conversation)} applies it directly (headless).
 */
public final class MiCoding {

    /** What coding does. */
    public enum Outcome {
        /** The code is added. */
        ADDED,
        /** The code replaces another code of the same kind in the volley (or utterance). */
        REPLACED,
        /** The same code was there and is removed. */
        REMOVED,
        /** Nothing changes: the volley already has a complex reflection. */
        KEPT_COMPLEX,
        /** Nothing changes: a behaviour code on a client utterance, or a client code on a professional's. */
        WRONG_SPEAKER
    }

    /** The changes of one coding step. */
    public record Plan(Outcome outcome, List<Annotation> toAdd, List<Annotation> toRemove) {
        public Plan {
            toAdd = List.copyOf(toAdd);
            toRemove = List.copyOf(toRemove);
        }

        public boolean changes() {
            return !toAdd.isEmpty() || !toRemove.isEmpty();
        }

        /** Applies the plan to the conversation directly. */
        public void apply(Conversation c) {
            c.getAnnotations().removeAll(toRemove);
            c.getAnnotations().addAll(toAdd);
        }

        /** The plan as one undoable EMF command on the conversation, or {@code null} when nothing changes. */
        public Command toCommand(Conversation c) {
            if (!changes()) {
                return null;
            }
            Command remove = toRemove.isEmpty() ? null : ConversationCommands.removeAnnotations(c, toRemove);
            Command add = toAdd.isEmpty() ? null : ConversationCommands.addAnnotations(c, toAdd);
            CompoundCommand cc = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL,
                    (add != null ? add : remove).getLabel());
            if (remove != null) {
                cc.append(remove);
            }
            if (add != null) {
                cc.append(add);
            }
            return cc;
        }
    }

    private MiCoding() {
    }

    /** Plans coding the whole utterance. */
    public static Plan plan(Conversation c, Utterance u, MiCode code, String coder) {
        return plan(c, u, -1, -1, code, coder);
    }

    /**
     * Plans coding a span of the utterance ({@code -1, -1} = the whole utterance).
     *
     * @param coder the person coding (not blank)
     */
    public static Plan plan(Conversation c, Utterance u, int spanStart, int spanEnd, MiCode code, String coder) {
        Objects.requireNonNull(code);
        if (coder == null || coder.isBlank()) {
            throw new IllegalArgumentException("coder"); //$NON-NLS-1$
        }
        boolean professional = Volleys.isProfessional(u);
        if (code.isBehaviour() != professional) {
            return new Plan(Outcome.WRONG_SPEAKER, List.of(), List.of());
        }
        List<Annotation> mine = Annotations.humanCodes(c, coder, MiMethod.METHOD_ID);
        for (Annotation a : mine) {
            if (a.getUtterance() == u && code.guid().equals(a.getCodeId())) {
                return new Plan(Outcome.REMOVED, List.of(), List.of(a));
            }
        }
        List<Utterance> scope = code.family() == MiCode.Family.CLIENT ? List.of(u) : Volleys.of(c).volley(u);
        List<Annotation> remove = new ArrayList<>();
        for (Annotation a : mine) {
            MiCode other = MiCode.byGuid(a.getCodeId());
            if (other == null || !scope.contains(a.getUtterance())) {
                continue;
            }
            switch (code.family()) {
            case QUESTION, CLIENT -> {
                if (other.family() == code.family()) {
                    remove.add(a);
                }
            }
            case REFLECTION -> {
                if (other == MiCode.COMPLEX_REFLECTION && code == MiCode.SIMPLE_REFLECTION) {
                    return new Plan(Outcome.KEPT_COMPLEX, List.of(), List.of());
                }
                if (other.family() == MiCode.Family.REFLECTION) {
                    remove.add(a);
                }
            }
            case OTHER -> {
                // several other codes may share a volley
            }
            }
        }
        Annotation added = newCode(u, spanStart, spanEnd, code, coder);
        return new Plan(remove.isEmpty() ? Outcome.ADDED : Outcome.REPLACED, List.of(added), remove);
    }

    /**
     * Plans accepting an MI suggestion as the coder's code under the volley rules: the suggestion is removed and, unless
     * the rules keep it out (or the coder has the code there already), an accepted code with the suggestion's span,
     * reason and confidence takes its place.
     */
    public static Plan accept(Conversation c, Annotation suggestion, String coder) {
        MiCode code = MiCode.byGuid(suggestion.getCodeId());
        if (code == null || !Annotations.isSuggestion(suggestion)) {
            throw new IllegalArgumentException("not an MI suggestion: " + suggestion.getId()); //$NON-NLS-1$
        }
        Plan plan = plan(c, suggestion.getUtterance(), suggestion.getSpanStart(), suggestion.getSpanEnd(), code, coder);
        List<Annotation> remove = new ArrayList<>();
        remove.add(suggestion);
        if (plan.outcome() != Outcome.ADDED && plan.outcome() != Outcome.REPLACED) {
            return new Plan(plan.outcome(), List.of(), remove);
        }
        remove.addAll(plan.toRemove());
        Annotation accepted = plan.toAdd().get(0);
        accepted.setOrigin(AnnotationOrigin.ACCEPTED);
        accepted.setReason(suggestion.getReason());
        accepted.setConfidence(suggestion.getConfidence());
        return new Plan(plan.outcome(), List.of(accepted), remove);
    }

    /** A new human code (origin manual), not yet added. */
    public static Annotation newCode(Utterance u, int spanStart, int spanEnd, MiCode code, String coder) {
        Annotation a = ModelFactory.eINSTANCE.createAnnotation();
        a.setId(UUID.randomUUID().toString());
        a.setUtterance(u);
        a.setSpanStart(spanStart);
        a.setSpanEnd(spanEnd);
        a.setMethodId(MiMethod.METHOD_ID);
        a.setCodeId(code.guid());
        a.setCoder(coder);
        a.setOrigin(AnnotationOrigin.MANUAL);
        a.setConfidence(1.0);
        return a;
    }

    /**
     * The next utterance after {@code u} whose speaker has the same role, as MITI coders go through a transcript
     * (professional to professional, client to client); {@code null} when there is none or {@code u} has no role.
     */
    public static Utterance nextOfSameRole(Conversation c, Utterance u) {
        if (u == null || u.getSpeaker() == null || u.getSpeaker().getRole() == null) {
            return null;
        }
        List<Utterance> all = c.getUtterances();
        for (int i = all.indexOf(u) + 1; i > 0 && i < all.size(); i++) {
            Utterance next = all.get(i);
            if (next.getSpeaker() != null && next.getSpeaker().getRole() == u.getSpeaker().getRole()) {
                return next;
            }
        }
        return null;
    }
}
