// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.coding;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Conversation;

/**
 * Coding by several coders: suggestions of analyzers apart from human codes, and accepting a suggestion.
 * <ul>
 * <li>A <em>human code</em> has origin {@link AnnotationOrigin#MANUAL} (or none) or {@link AnnotationOrigin#ACCEPTED};
 * its {@code coder} is the person.</li>
 * <li>A <em>suggestion</em> has origin {@link AnnotationOrigin#SUGGESTED}; its {@code coder} is the analyzer's id.
 * It counts for nothing (not in agreement, not in reports) until a person accepts it.</li>
 * </ul>
 * These helpers change the model directly; the workbench makes the same changes through EMF commands (set
 * {@code origin} and {@code coder}) so they can be undone. Stateless.
 */
public final class Annotations {

    private Annotations() {
    }

    /** True for an analyzer's suggestion that nobody accepted yet. */
    public static boolean isSuggestion(Annotation a) {
        return a.getOrigin() == AnnotationOrigin.SUGGESTED;
    }

    /** The suggestions of the conversation, in order. */
    public static List<Annotation> suggestions(Conversation c) {
        return c.getAnnotations().stream().filter(Annotations::isSuggestion).toList();
    }

    /** The human codes (manual or accepted) of the conversation, in order. */
    public static List<Annotation> humanCodes(Conversation c) {
        return c.getAnnotations().stream().filter(a -> !isSuggestion(a)).toList();
    }

    /** The human codes of one coder, optionally only of one method ({@code methodId} may be {@code null}). */
    public static List<Annotation> humanCodes(Conversation c, String coder, String methodId) {
        return humanCodes(c).stream().filter(a -> Objects.equals(coder, a.getCoder()))
                .filter(a -> methodId == null || methodId.equals(a.getMethodId())).toList();
    }

    /** The coders of human codes in the conversation, sorted. */
    public static List<String> coders(Conversation c) {
        TreeSet<String> coders = new TreeSet<>();
        for (Annotation a : humanCodes(c)) {
            if (a.getCoder() != null) {
                coders.add(a.getCoder());
            }
        }
        return List.copyOf(coders);
    }

    /**
     * A person accepts a suggestion: origin becomes {@link AnnotationOrigin#ACCEPTED} and the coder the person.
     * Reason, confidence, code and span stay, so it remains visible why the code was proposed.
     *
     * @return the same annotation
     * @throws IllegalArgumentException when the annotation is not a suggestion, or the coder is blank
     */
    public static Annotation accept(Annotation suggestion, String coder) {
        if (!isSuggestion(suggestion)) {
            throw new IllegalArgumentException(NLS.bind(Messages.Annotations_notASuggestion, suggestion.getId(),
                    suggestion.getOrigin() == null ? AnnotationOrigin.MANUAL.getLiteral() : suggestion.getOrigin().getLiteral()));
        }
        if (coder == null || coder.isBlank()) {
            throw new IllegalArgumentException(Messages.Annotations_noCoder);
        }
        suggestion.setOrigin(AnnotationOrigin.ACCEPTED);
        suggestion.setCoder(coder);
        return suggestion;
    }

    /**
     * Removes a suggestion from its conversation (a person rejects it).
     *
     * @throws IllegalArgumentException when the annotation is not a suggestion
     */
    public static void reject(Annotation suggestion) {
        if (!isSuggestion(suggestion)) {
            throw new IllegalArgumentException(NLS.bind(Messages.Annotations_notASuggestion, suggestion.getId(),
                    suggestion.getOrigin() == null ? AnnotationOrigin.MANUAL.getLiteral() : suggestion.getOrigin().getLiteral()));
        }
        if (suggestion.eContainer() instanceof Conversation c) {
            c.getAnnotations().remove(suggestion);
        }
    }

    /**
     * Removes the suggestions an analyzer made earlier in this conversation (before it runs again), keeping
     * every human code.
     *
     * @return how many were removed
     */
    public static int removeSuggestions(Conversation c, String analyzerId) {
        List<Annotation> old = suggestions(c).stream().filter(a -> Objects.equals(analyzerId, a.getCoder())).toList();
        c.getAnnotations().removeAll(old);
        return old.size();
    }
}
