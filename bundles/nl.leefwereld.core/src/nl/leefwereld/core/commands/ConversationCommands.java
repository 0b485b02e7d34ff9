// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.Utterance;

/**
 * The edits of a conversation that the editor, the method views and the command line make, as undoable EMF
 * commands with a name in the user's language. One rule, one place: the editor runs them on its command stack,
 * the CLI executes them directly. Methods keep commands that touch their own model in their own bundle.
 */
public final class ConversationCommands {

    private static final ModelPackage M = ModelPackage.eINSTANCE;

    /** The method id of free codes: codes a person types in, of no method's codebook. */
    public static final String FREE_CODES = "free"; //$NON-NLS-1$

    private ConversationCommands() {
    }

    // --- codes ---

    /** Adds a code (or suggestion) to the conversation. */
    public static Command addAnnotation(Conversation c, Annotation annotation) {
        checkSpanAllowed(annotation);
        return ModelCommand.add(Messages.Command_addCode, c, M.getConversation_Annotations(), List.of(annotation));
    }

    /** Adds codes (or suggestions) to the conversation in one step. */
    public static Command addAnnotations(Conversation c, Collection<Annotation> annotations) {
        for (Annotation a : annotations) {
            checkSpanAllowed(a);
        }
        return ModelCommand.add(Messages.Command_addCode, c, M.getConversation_Annotations(), annotations);
    }

    /**
     * Whether a person may put a code of this method on a span of an utterance's text: the method's {@code spans}
     * declaration on the {@code methods} extension point (MITI codes whole utterances). Free codes and codes of a
     * method that is not installed may.
     */
    public static boolean spansAllowed(String methodId) {
        if (methodId == null || FREE_CODES.equals(methodId)) {
            return true;
        }
        MethodDescriptor method = new MethodRegistry(RegistryFactory.getRegistry()).method(methodId);
        return method == null || method.spans();
    }

    /**
     * The one rule on coding spans, for every way a code is applied (the transcript, the command line, imports):
     * refuses a code a person puts on a span of the text when its method codes whole utterances, naming both. A
     * suggestion (and a suggestion accepted) keeps the span an analyzer gave as its evidence.
     *
     * @throws IllegalArgumentException with the message to show
     */
    public static void checkSpanAllowed(Annotation a) {
        if (a.getSpanStart() >= 0 && a.getOrigin() == AnnotationOrigin.MANUAL && !spansAllowed(a.getMethodId())) {
            throw new IllegalArgumentException(spansRefused(a.getMethodId(), a.getCodeId()));
        }
    }

    /** Why a code of this method cannot cover a span, for a refusal or an import's warning. */
    public static String spansRefused(String methodId, String codeId) {
        MethodDescriptor method = new MethodRegistry(RegistryFactory.getRegistry()).method(methodId);
        return NLS.bind(Messages.Code_noSpans, method == null ? methodId : method.name(), codeId);
    }

    /**
     * Deletes utterances in one step. A memo on one of them is never lost with it: it moves to the conversation and
     * its text ends with a marker naming what it was about ("(utterance 3 deleted)", with a span's words), as a
     * coded span whose words are deleted is kept and flagged.
     */
    public static Command removeUtterances(Conversation c, Collection<Utterance> utterances) {
        CompoundCommand remove = new CompoundCommand(Messages.Command_removeUtterances);
        for (Memo memo : c.getMemos()) {
            if (memo.getUtterance() == null || !utterances.contains(memo.getUtterance())) {
                continue;
            }
            String marker = NLS.bind(Messages.Memo_utteranceDeleted, MemoCommands.describeTarget(memo));
            String text = memo.getText() == null || memo.getText().isBlank() ? marker
                    : memo.getText() + "\n\n" + marker; //$NON-NLS-1$
            remove.append(ModelCommand.set(Messages.Command_removeUtterances, memo, M.getMemo_Text(), text));
            if (memo.getSpanStart() >= 0) {
                remove.append(ModelCommand.set(Messages.Command_removeUtterances, memo, M.getMemo_SpanStart(),
                        Integer.valueOf(-1)));
                remove.append(ModelCommand.set(Messages.Command_removeUtterances, memo, M.getMemo_SpanEnd(),
                        Integer.valueOf(-1)));
            }
            remove.append(ModelCommand.set(Messages.Command_removeUtterances, memo, M.getMemo_Utterance(), null));
        }
        remove.append(ModelCommand.remove(Messages.Command_removeUtterances, c, M.getConversation_Utterances(),
                utterances));
        return remove;
    }

    /** Removes codes from the conversation. */
    public static Command removeAnnotations(Conversation c, Collection<Annotation> annotations) {
        return ModelCommand.remove(Messages.Command_removeCode, c, M.getConversation_Annotations(), annotations);
    }

    /**
     * A person accepts suggestions: origin {@code ACCEPTED}, coder the person, in one step. Annotations that are not
     * suggestions are left out; {@code null} when none is left.
     */
    public static Command acceptSuggestions(Collection<Annotation> suggestions, String coder) {
        List<Annotation> open = suggestions.stream().filter(a -> a.getOrigin() == AnnotationOrigin.SUGGESTED).toList();
        if (open.isEmpty()) {
            return null;
        }
        CompoundCommand command = new CompoundCommand(open.size() == 1 ? Messages.Command_acceptSuggestion
                : NLS.bind(Messages.Command_acceptSuggestions, Integer.valueOf(open.size())));
        for (Annotation a : open) {
            command.append(ModelCommand.set(command.getLabel(), a, M.getAnnotation_Origin(), AnnotationOrigin.ACCEPTED));
            command.append(ModelCommand.set(command.getLabel(), a, M.getAnnotation_Coder(), coder));
        }
        return command;
    }

    /** A person rejects suggestions: they are removed. Annotations that are not suggestions are left out. */
    public static Command rejectSuggestions(Conversation c, Collection<Annotation> suggestions) {
        List<Annotation> open = suggestions.stream().filter(a -> a.getOrigin() == AnnotationOrigin.SUGGESTED).toList();
        if (open.isEmpty()) {
            return null;
        }
        return ModelCommand.remove(open.size() == 1 ? Messages.Command_rejectSuggestion
                : NLS.bind(Messages.Command_rejectSuggestions, Integer.valueOf(open.size())), c,
                M.getConversation_Annotations(), open);
    }

    /**
     * Stores an analysis: replaces the earlier suggestions of these analyzers by their new ones. The suggestions may
     * point at utterances of a copy of this conversation: they are matched by id. A suggestion a person already
     * accepted (same utterance, method, code and span) is not suggested again. When the new suggestions are the old
     * ones, nothing changes (and nothing is marked dirty).
     *
     * @param byAnalyzer the suggestions per analyzer id
     * @return the command with the annotations it adds, or {@code null} when nothing would change
     */
    public static SuggestionsCommand applySuggestions(Conversation c, Map<String, List<AnnotationSuggestion>> byAnalyzer) {
        List<Annotation> old = c.getAnnotations().stream()
                .filter(a -> a.getOrigin() == AnnotationOrigin.SUGGESTED && byAnalyzer.containsKey(a.getCoder())).toList();
        List<Annotation> added = new ArrayList<>();
        for (Map.Entry<String, List<AnnotationSuggestion>> entry : byAnalyzer.entrySet()) {
            for (AnnotationSuggestion s : entry.getValue()) {
                Utterance utterance = utterance(c, s.utteranceId());
                if (utterance == null || alreadyCoded(c, utterance, s)) {
                    continue;
                }
                added.add(new AnnotationSuggestion(utterance, s.spanStart(), s.spanEnd(), s.methodId(), s.codeId(),
                        s.reason(), s.confidence()).toAnnotation(entry.getKey()));
            }
        }
        if (keys(old).equals(keys(added))) {
            return null;
        }
        return new SuggestionsCommand(c, old, added);
    }

    /** The analysis step: the old suggestions out, the new ones in; {@link #added()} tells which. */
    public static final class SuggestionsCommand extends CompoundCommand {
        private final List<Annotation> added;

        SuggestionsCommand(Conversation c, List<Annotation> old, List<Annotation> added) {
            super(Messages.Command_analysis);
            this.added = List.copyOf(added);
            if (!old.isEmpty()) {
                append(ModelCommand.remove(getLabel(), c, M.getConversation_Annotations(), old));
            }
            if (!added.isEmpty()) {
                append(ModelCommand.add(getLabel(), c, M.getConversation_Annotations(), added));
            }
        }

        /** The suggestions this command adds. */
        public List<Annotation> added() {
            return added;
        }
    }

    /** Whether a person already coded what the suggestion proposes (so it is not suggested again). */
    public static boolean alreadyCoded(Conversation c, Utterance utterance, AnnotationSuggestion s) {
        for (Annotation a : c.getAnnotations()) {
            if (a.getOrigin() != AnnotationOrigin.SUGGESTED && a.getUtterance() == utterance
                    && Objects.equals(a.getMethodId(), s.methodId()) && Objects.equals(a.getCodeId(), s.codeId())
                    && a.getSpanStart() == s.spanStart() && a.getSpanEnd() == s.spanEnd()) {
                return true;
            }
        }
        return false;
    }

    /** What makes two suggestions the same suggestion: analyzer, utterance, method, code, span and reason. */
    private static Map<List<Object>, Long> keys(List<Annotation> annotations) {
        return annotations.stream().collect(Collectors.groupingBy(a -> Arrays.asList(a.getCoder(),
                a.getUtterance() == null ? null : a.getUtterance().getId(), a.getMethodId(), a.getCodeId(),
                Integer.valueOf(a.getSpanStart()), Integer.valueOf(a.getSpanEnd()), a.getReason()),
                Collectors.counting()));
    }

    private static Utterance utterance(Conversation c, String id) {
        for (Utterance u : c.getUtterances()) {
            if (u.getId().equals(id)) {
                return u;
            }
        }
        return null;
    }

    // --- the conversation's own fields ---

    public static Command setTitle(Conversation c, String title) {
        return ModelCommand.set(Messages.Command_setTitle, c, M.getConversation_Title(), title);
    }

    public static Command setKind(Conversation c, ConversationKind kind) {
        return ModelCommand.set(Messages.Command_setKind, c, M.getConversation_Kind(), kind);
    }

    public static Command setDate(Conversation c, Date date) {
        return ModelCommand.set(Messages.Command_setDate, c, M.getConversation_Date(), date);
    }

    public static Command setSpeaker(Utterance u, Participant speaker) {
        return ModelCommand.set(Messages.Command_setSpeaker, u, M.getUtterance_Speaker(), speaker);
    }

    /**
     * Sets the change goal (veranderdoel) of the conversation's trajectory, which MI names before coding; blank is
     * absent. {@code null} without a trajectory or when the goal is already this one. The editor's save stores it with
     * the trajectory.
     */
    public static Command setChangeGoal(Conversation c, String goal) {
        String value = goal == null || goal.isBlank() ? null : goal.strip();
        if (c.getTrajectory() == null || Objects.equals(c.getTrajectory().getChangeGoal(), value)) {
            return null;
        }
        return ModelCommand.set(Messages.Command_setChangeGoal, c.getTrajectory(), M.getTrajectory_ChangeGoal(), value);
    }

    /**
     * Sets a field of the conversation, an utterance or a participant as the editor's tables do, named after the
     * field ("tekst wijzigen"); {@code null} when the value is already there.
     */
    public static Command set(EObject owner, EStructuralFeature feature, Object value) {
        if (Objects.equals(owner.eGet(feature), value)) {
            return null;
        }
        if (feature == M.getUtterance_Text() && owner instanceof Utterance u) {
            return setText(u, (String) value);
        }
        return ModelCommand.set(labelOf(feature), owner, feature, value);
    }

    /**
     * Changes the text of an utterance and, in the same step, moves the coded spans and span memos on it by the
     * {@link Spans} rule: a coded span whose text was deleted is kept, marked detached (a warning the transcript
     * shows); a span memo whose text was deleted becomes a memo on the whole utterance. {@code null} when the text is
     * already this one.
     */
    public static Command setText(Utterance u, String text) {
        String before = u.getText();
        if (Objects.equals(before, text)) {
            return null;
        }
        CompoundCommand edit = new CompoundCommand(Messages.Command_setText);
        edit.append(ModelCommand.set(Messages.Command_setText, u, M.getUtterance_Text(), text));
        if (u.eContainer() instanceof Conversation c) {
            for (Annotation a : c.getAnnotations()) {
                if (a.getUtterance() != u || a.getSpanStart() < 0 || a.isSpanDetached()) {
                    continue;
                }
                Spans.Shifted moved = Spans.shift(before, text, a.getSpanStart(), a.getSpanEnd());
                appendSpan(edit, a, M.getAnnotation_SpanStart(), M.getAnnotation_SpanEnd(), moved.start(), moved.end());
                if (moved.detached()) {
                    edit.append(ModelCommand.set(Messages.Command_setText, a, M.getAnnotation_SpanDetached(),
                            Boolean.TRUE));
                }
            }
            for (Memo memo : c.getMemos()) {
                if (memo.getUtterance() != u || memo.getSpanStart() < 0) {
                    continue;
                }
                Spans.Shifted moved = Spans.shift(before, text, memo.getSpanStart(), memo.getSpanEnd());
                appendSpan(edit, memo, M.getMemo_SpanStart(), M.getMemo_SpanEnd(), moved.detached() ? -1 : moved.start(),
                        moved.detached() ? -1 : moved.end());
            }
        }
        return edit.unwrap();
    }

    private static void appendSpan(CompoundCommand edit, EObject owner, EStructuralFeature startFeature,
            EStructuralFeature endFeature, int start, int end) {
        if (!Objects.equals(owner.eGet(startFeature), Integer.valueOf(start))) {
            edit.append(ModelCommand.set(Messages.Command_setText, owner, startFeature, Integer.valueOf(start)));
        }
        if (!Objects.equals(owner.eGet(endFeature), Integer.valueOf(end))) {
            edit.append(ModelCommand.set(Messages.Command_setText, owner, endFeature, Integer.valueOf(end)));
        }
    }

    /**
     * Codes a span [start, end) of an utterance's text (or the whole utterance when {@code start < 0}) with a code of
     * a method or a free code; the span must lie in the text.
     */
    public static Annotation spanCode(Utterance u, int start, int end, String methodId, String codeId, String coder) {
        if (start >= 0) {
            MemoCommands.checkSpan(u, start, end);
            if (!spansAllowed(methodId)) {
                throw new IllegalArgumentException(spansRefused(methodId, codeId));
            }
        }
        Annotation a = nl.leefwereld.model.ModelFactory.eINSTANCE.createAnnotation();
        a.setId(java.util.UUID.randomUUID().toString());
        a.setUtterance(u);
        a.setSpanStart(start >= 0 ? start : -1);
        a.setSpanEnd(start >= 0 ? end : -1);
        a.setMethodId(methodId);
        a.setCodeId(codeId);
        a.setCoder(coder);
        a.setOrigin(AnnotationOrigin.MANUAL);
        return a;
    }

    private static String labelOf(EStructuralFeature feature) {
        if (feature == M.getConversation_Title()) {
            return Messages.Command_setTitle;
        } else if (feature == M.getConversation_Kind()) {
            return Messages.Command_setKind;
        } else if (feature == M.getConversation_Date()) {
            return Messages.Command_setDate;
        } else if (feature == M.getUtterance_Speaker()) {
            return Messages.Command_setSpeaker;
        } else if (feature == M.getUtterance_Text()) {
            return Messages.Command_setText;
        } else if (feature == M.getUtterance_StartMillis()) {
            return Messages.Command_setTime;
        } else if (feature == M.getParticipant_Name()) {
            return Messages.Command_setName;
        } else if (feature == M.getParticipant_Role()) {
            return Messages.Command_setRole;
        }
        return Messages.Command_set;
    }
}
