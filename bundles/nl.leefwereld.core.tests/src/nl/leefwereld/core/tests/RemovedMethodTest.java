// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.coding.CodeLabels;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Codebook;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;

/**
 * Removing a method leaves conversations coded with it loadable: a real Derby database holds annotations of a
 * method that is not installed ({@code verwijderd.method}) beside annotations of the installed example method
 * {@code luisteren} (this fragment requires {@code nl.leefwereld.method.example}, as a product with its feature
 * would). After reopening, every annotation is back with its method and code; {@link CodeLabels} shows the
 * removed method's codes as unknown with their raw id and the example's with their codebook label; saving again
 * keeps the unknown annotations.
 */
public class RemovedMethodTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;
    private static final String REMOVED = "verwijderd.method";
    private static final String EXAMPLE = "luisteren";
    private static final String OPEN_QUESTION = "6f1d2c3a-4b5e-4f60-8a71-0c2d3e4f5a61";
    private static final String REFLECTION = "6f1d2c3a-4b5e-4f60-8a71-0c2d3e4f5a63";

    @TempDir
    Path dir;

    @Test
    public void annotationsOfARemovedMethodSurviveLoadAndResaveAndShowAsUnknown() {
        MethodRegistry registry = new MethodRegistry(RegistryFactory.getRegistry());
        assertNotNull(registry.method(EXAMPLE), "the example method is installed: " + registry.methodIds());
        assertNull(registry.method(REMOVED), "the removed method is not installed");

        String conversationId = saveCodedConversation();
        Map<String, String> expected = new TreeMap<>(Map.of( // annotation id -> method|code|coder|origin
                "a1", REMOVED + "|X1|anna|MANUAL", "a2", REMOVED + "|X2|analyse.x|SUGGESTED",
                "a3", EXAMPLE + "|" + OPEN_QUESTION + "|anna|MANUAL", "a4", EXAMPLE + "|" + REFLECTION + "|bert|ACCEPTED",
                "a5", EXAMPLE + "|Z9|bert|MANUAL"));

        Conversation loaded;
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            loaded = store.loadConversation(conversationId);
        }
        assertNotNull(loaded);
        assertEquals(expected, describe(loaded));
        Annotation span = byId(loaded, "a2");
        assertEquals(3, span.getSpanStart());
        assertEquals(9, span.getSpanEnd());
        assertEquals("Een reden van de verwijderde analyse.", span.getReason());
        assertEquals(loaded.getUtterances().get(1).getId(), span.getUtterance().getId());

        CodeLabels labels = new CodeLabels(registry);
        assertTrue(labels.isInstalled(EXAMPLE));
        assertFalse(labels.isInstalled(REMOVED));
        for (String id : List.of("a1", "a2")) {
            Annotation a = byId(loaded, id);
            assertFalse(labels.isKnown(a), id);
            assertTrue(labels.find(a).isEmpty(), id);
            String label = labels.label(a);
            assertTrue(label.contains(a.getCodeId()) && label.contains(REMOVED), "raw code and method: " + label);
        }
        assertTrue(labels.isKnown(byId(loaded, "a3")));
        assertEquals("Open vraag", labels.label(byId(loaded, "a3")));
        assertEquals("Reflectie", labels.label(byId(loaded, "a4")));
        assertEquals("#1565C0", labels.find(EXAMPLE, REFLECTION).orElseThrow().getColour());
        Annotation notInCodebook = byId(loaded, "a5");
        assertFalse(labels.isKnown(notInCodebook), "a code the installed codebook does not have");
        String label = labels.label(notInCodebook);
        assertTrue(label.contains("Z9") && label.contains(EXAMPLE), label);
        assertFalse(label.equals(labels.label(byId(loaded, "a1")).replace("X1", "Z9").replace(REMOVED, EXAMPLE)),
                "not installed and not in the codebook are told apart: " + label);
        assertTrue(labels.problems().isEmpty(), labels.problems().toString());

        // a person works on the conversation and saves: the unknown codes stay
        Annotation added = annotation("a6", loaded.getUtterances().get(2), EXAMPLE, OPEN_QUESTION, "anna",
                AnnotationOrigin.MANUAL);
        loaded.getAnnotations().add(added);
        loaded.setTitle("Vervolggesprek (bewerkt)");
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            store.saveConversation(loaded);
        }
        expected.put("a6", EXAMPLE + "|" + OPEN_QUESTION + "|anna|MANUAL");
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation again = store.loadConversation(conversationId);
            assertEquals("Vervolggesprek (bewerkt)", again.getTitle());
            assertEquals(expected, describe(again));
            assertEquals(again.getUtterances().get(0).getId(), byId(again, "a1").getUtterance().getId());
        }
    }

    @Test
    public void labelsFromCodebooksAtHand() {
        Codebook codebook = F.createCodebook();
        codebook.setId("cb");
        codebook.setMethodId("mi");
        nl.leefwereld.model.Code parent = F.createCode();
        parent.setId("vragen");
        parent.setLabel("Vragen");
        nl.leefwereld.model.Code child = F.createCode();
        child.setId("open");
        child.setLabel(" ");
        parent.getCodes().add(child);
        codebook.getCodes().add(parent);
        CodeLabels labels = new CodeLabels(List.of(codebook));

        assertEquals("Vragen", labels.label("mi", "vragen"));
        assertEquals("open", labels.label("mi", "open"), "a nested code with a blank label shows its id");
        assertTrue(labels.isInstalled("mi"));
        assertFalse(labels.isInstalled("other"));
        assertTrue(labels.label("other", "open").contains("other"));
        assertTrue(labels.label("mi", null).contains("mi"), "an annotation without code id has a label too");
        assertTrue(labels.find(null, "open").isEmpty());
    }

    private String saveCodedConversation() {
        Trajectory trajectory = Fixtures.trajectory("Sanne", "Werk en inkomen", null);
        Client client = trajectory.getClient();
        Conversation c = F.createConversation();
        c.setId(UUID.randomUUID().toString());
        c.setTitle("Vervolggesprek");
        c.setDate(new Date(1_700_500_000_000L));
        c.setKind(ConversationKind.WELCOME);
        c.setLanguage("nl");
        trajectory.getConversations().add(c);
        Participant professional = participant("Klantmanager", ParticipantRole.PROFESSIONAL);
        Participant sanne = participant("Sanne", ParticipantRole.CLIENT);
        c.getParticipants().addAll(List.of(professional, sanne));
        String[] texts = { "Hoe gaat het sinds de vorige keer?", "Beter, de schulden zijn geregeld.",
                "Je hebt het zelf geregeld." };
        for (int i = 0; i < texts.length; i++) {
            Utterance u = F.createUtterance();
            u.setId(UUID.randomUUID().toString());
            u.setSpeaker(i % 2 == 0 ? professional : sanne);
            u.setText(texts[i]);
            c.getUtterances().add(u);
        }
        c.getAnnotations().add(annotation("a1", c.getUtterances().get(0), REMOVED, "X1", "anna", AnnotationOrigin.MANUAL));
        Annotation span = annotation("a2", c.getUtterances().get(1), REMOVED, "X2", "analyse.x", AnnotationOrigin.SUGGESTED);
        span.setSpanStart(3);
        span.setSpanEnd(9);
        span.setReason("Een reden van de verwijderde analyse.");
        c.getAnnotations().add(span);
        c.getAnnotations().add(annotation("a3", c.getUtterances().get(0), EXAMPLE, OPEN_QUESTION, "anna", AnnotationOrigin.MANUAL));
        c.getAnnotations().add(annotation("a4", c.getUtterances().get(2), EXAMPLE, REFLECTION, "bert", AnnotationOrigin.ACCEPTED));
        c.getAnnotations().add(annotation("a5", c.getUtterances().get(2), EXAMPLE, "Z9", "bert", AnnotationOrigin.MANUAL));
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            store.saveClient(client);
            store.saveConversation(c);
        }
        return c.getId();
    }

    private static Participant participant(String name, ParticipantRole role) {
        Participant p = F.createParticipant();
        p.setId(UUID.randomUUID().toString());
        p.setName(name);
        p.setRole(role);
        return p;
    }

    private static Annotation annotation(String id, Utterance u, String methodId, String codeId, String coder,
            AnnotationOrigin origin) {
        Annotation a = F.createAnnotation();
        a.setId(id);
        a.setUtterance(u);
        a.setMethodId(methodId);
        a.setCodeId(codeId);
        a.setCoder(coder);
        a.setOrigin(origin);
        return a;
    }

    private static Map<String, String> describe(Conversation c) {
        Map<String, String> m = new TreeMap<>();
        for (Annotation a : c.getAnnotations()) {
            m.put(a.getId(), a.getMethodId() + '|' + a.getCodeId() + '|' + a.getCoder() + '|' + a.getOrigin().getName());
        }
        assertEquals(c.getAnnotations().size(), m.size(), "no annotation twice");
        return m;
    }

    private static Annotation byId(Conversation c, String id) {
        return c.getAnnotations().stream().filter(a -> id.equals(a.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }
}
