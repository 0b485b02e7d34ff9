// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.commands.ConversationCommands;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.method.mi.MiCode;
import nl.leefwereld.method.mi.MiCoding;
import nl.leefwereld.method.mi.MiMethod;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;

/**
 * Core's span rule with the installed MI method ({@code spans="false"} on the {@code methods} point): the command
 * layer refuses an MITI code on a span for every caller, a free code on a span is accepted; on a real Derby database.
 */
public class MiSpanRuleTest {

    @Test
    public void anMitiCodeOnASpanIsRefusedAndAFreeCodeIsAccepted(@TempDir Path dir) {
        String id;
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            id = Fixtures.save(store, Fixtures.trajectory("Sanne", "Werk", null), """
                    Klantmanager: Wat wilt u?
                    Sanne: Ik wil stoppen met de schulden, echt.
                    """).getId();
        }
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation c = store.loadConversation(id);
            Utterance u = c.getUtterances().get(1);
            BasicCommandStack stack = new BasicCommandStack();

            assertFalse(ConversationCommands.spansAllowed(MiMethod.METHOD_ID), "MITI codes whole utterances");
            assertTrue(ConversationCommands.spansAllowed(ConversationCommands.FREE_CODES));
            Annotation onSpan = MiCoding.newCode(u, 7, 14, MiCode.COMPLEX_REFLECTION, "anna");
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> ConversationCommands.addAnnotation(c, onSpan));
            String methodName = new MethodRegistry(RegistryFactory.getRegistry()).method(MiMethod.METHOD_ID).name();
            assertTrue(refused.getMessage().contains(MiCode.COMPLEX_REFLECTION.guid())
                    && refused.getMessage().contains(methodName),
                    "names the method and the code: " + refused.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> ConversationCommands.addAnnotations(c, List.of(onSpan)), "the same for many at once");
            assertThrows(IllegalArgumentException.class, () -> ConversationCommands.spanCode(u, 7, 14,
                    MiMethod.METHOD_ID, MiCode.COMPLEX_REFLECTION.guid(), "anna"), "and for Tekst coderen");

            // the whole utterance, a free code on the span, and an analyzer's suggestion with its evidence span
            stack.execute(ConversationCommands.addAnnotation(c,
                    MiCoding.newCode(u, -1, -1, MiCode.COMPLEX_REFLECTION, "anna")));
            stack.execute(ConversationCommands.addAnnotation(c, ConversationCommands.spanCode(u, 7, 14,
                    ConversationCommands.FREE_CODES, "doel", "anna")));
            Annotation suggestion = new AnnotationSuggestion(u, 7, 14, MiMethod.METHOD_ID,
                    MiCode.COMPLEX_REFLECTION.guid(), "evidence", 0.8).toAnnotation("mi.suggestions");
            assertEquals(AnnotationOrigin.SUGGESTED, suggestion.getOrigin());
            stack.execute(ConversationCommands.addAnnotations(c, List.of(suggestion)));
            store.saveConversation(c);
        }
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation c = store.loadConversation(id);
            assertEquals(3, c.getAnnotations().size());
            Annotation free = c.getAnnotations().stream().filter(a -> "doel".equals(a.getCodeId())).findFirst()
                    .orElseThrow();
            assertEquals(7, free.getSpanStart());
            assertEquals(14, free.getSpanEnd());
            assertTrue(c.getAnnotations().stream().noneMatch(a -> a.getOrigin() == AnnotationOrigin.MANUAL
                    && MiMethod.METHOD_ID.equals(a.getMethodId()) && a.getSpanStart() >= 0),
                    "no MITI code on a span was stored");
        }
    }
}
