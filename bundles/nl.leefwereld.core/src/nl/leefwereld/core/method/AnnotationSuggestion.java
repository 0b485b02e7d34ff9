// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.method;

import java.util.Objects;
import java.util.UUID;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Utterance;

/**
 * A code an analyzer proposes for an utterance (or a span of it). It becomes an {@link Annotation} with origin
 * {@link AnnotationOrigin#SUGGESTED} through {@link #toAnnotation(String)}; a person turns that into
 * {@link AnnotationOrigin#ACCEPTED} with {@code nl.leefwereld.core.coding.Annotations.accept}.
 *
 * @param utterance  the utterance, contained in its conversation
 * @param spanStart  first character of the span, or -1 for the whole utterance
 * @param spanEnd    end (exclusive) of the span, or -1 for the whole utterance
 * @param methodId   the method whose codebook holds the code
 * @param codeId     the code's id (its {@code guid} in the method's .qdc codebook)
 * @param reason     why, in the user's language: the person deciding must be able to check it
 * @param confidence between 0 and 1
 */
public record AnnotationSuggestion(Utterance utterance, int spanStart, int spanEnd, String methodId, String codeId,
        String reason, double confidence) {

    public AnnotationSuggestion {
        Objects.requireNonNull(utterance, "utterance"); //$NON-NLS-1$
        Objects.requireNonNull(methodId, "methodId"); //$NON-NLS-1$
        Objects.requireNonNull(codeId, "codeId"); //$NON-NLS-1$
        Objects.requireNonNull(reason, "reason"); //$NON-NLS-1$
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence); //$NON-NLS-1$
        }
        if (spanStart < -1 || spanEnd < -1 || (spanStart >= 0 && spanEnd < spanStart)) {
            throw new IllegalArgumentException("bad span " + spanStart + ".." + spanEnd); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** A suggestion for the whole utterance. */
    public static AnnotationSuggestion whole(Utterance utterance, String methodId, String codeId, String reason,
            double confidence) {
        return new AnnotationSuggestion(utterance, -1, -1, methodId, codeId, reason, confidence);
    }

    public String utteranceId() {
        return utterance.getId();
    }

    /** The id of the conversation holding the utterance, or {@code null}. */
    public String conversationId() {
        return utterance.eContainer() instanceof Conversation c ? c.getId() : null;
    }

    /**
     * A new annotation (not yet added to the conversation) with origin {@link AnnotationOrigin#SUGGESTED}.
     *
     * @param coder who suggests it: by convention the analyzer's id
     */
    public Annotation toAnnotation(String coder) {
        Annotation a = ModelFactory.eINSTANCE.createAnnotation();
        a.setId(UUID.randomUUID().toString());
        a.setUtterance(utterance);
        a.setSpanStart(spanStart);
        a.setSpanEnd(spanEnd);
        a.setMethodId(methodId);
        a.setCodeId(codeId);
        a.setCoder(coder);
        a.setOrigin(AnnotationOrigin.SUGGESTED);
        a.setConfidence(confidence);
        a.setReason(reason);
        return a;
    }

    /** Creates the annotation and adds it to the utterance's conversation. */
    public Annotation addTo(String coder) {
        Annotation a = toAnnotation(coder);
        if (!(utterance.eContainer() instanceof Conversation c)) {
            throw new IllegalStateException("the utterance is not in a conversation"); //$NON-NLS-1$
        }
        c.getAnnotations().add(a);
        return a;
    }
}
