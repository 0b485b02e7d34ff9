// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.leefwereld.core.io.JsonExporter;
import nl.leefwereld.core.io.JsonWriter;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;

public class JsonExporterTest {

    private static final String TRICKY = "Ze zei: \"nee\" \\ echt\nnieuwe regel\ttab \u0001\u001f\u007f \u2028 é 😀 </script>";

    @Test
    public void quoteEscapesWhatJsonRequires() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f\"", JsonWriter.quote("a\"b\\c\n\r\t\b\f\u0001\u001f"));
        assertEquals("\"\\u2028\\u2029\"", JsonWriter.quote("\u2028\u2029"));
        assertEquals("\"é 😀\"", JsonWriter.quote("é 😀"), "non-ASCII and non-BMP stay as characters");
        assertEquals("\"\\ud800x\\udc00\"", JsonWriter.quote("\ud800x\udc00"), "unpaired surrogates are escaped");
    }

    @Test
    public void writerRejectsMisuse() {
        StringBuilder b = new StringBuilder();
        JsonWriter w = new JsonWriter(b).beginObject();
        assertThrows(IllegalStateException.class, () -> w.value("zonder naam"));
        JsonWriter w2 = new JsonWriter(new StringBuilder()).beginArray();
        assertThrows(IllegalStateException.class, () -> w2.name("x"));
        assertThrows(IllegalStateException.class, w2::finish);
    }

    @Test
    public void emptyContainers() {
        StringBuilder b = new StringBuilder();
        new JsonWriter(b).beginObject().name("a").beginArray().endArray().name("b").beginObject().endObject().endObject().finish();
        assertEquals(Map.of("a", List.of(), "b", Map.of()), MiniJson.parse(b.toString()));
    }

    @Test
    @SuppressWarnings("unchecked")
    public void conversationParsesBackWithAllParts() {
        Conversation c = sample();
        String json = new JsonExporter().toJson(c);
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(json);
        assertEquals(c.getId(), root.get("id"));
        assertEquals("Titel met \"quotes\"", root.get("title"));
        assertEquals("welcome", root.get("kind"));
        assertEquals("Sanne V.", ((Map<String, Object>) root.get("client")).get("displayName"));
        assertEquals("Rust in de geldzaken", ((Map<String, Object>) root.get("trajectory")).get("changeGoal"));

        List<Object> participants = (List<Object>) root.get("participants");
        assertEquals(2, participants.size());
        assertEquals("professional", ((Map<String, Object>) participants.get(0)).get("role"));

        List<Object> utterances = (List<Object>) root.get("utterances");
        assertEquals(2, utterances.size());
        Map<String, Object> first = (Map<String, Object>) utterances.get(0);
        assertEquals("Klantmanager", first.get("speaker"));
        assertEquals(Double.valueOf(65_000), first.get("startMillis"));
        assertEquals("00:01:05", first.get("start"));
        assertEquals("Welkom, goed dat u er bent.", first.get("text"));
        Map<String, Object> second = (Map<String, Object>) utterances.get(1);
        assertEquals(TRICKY, second.get("text"), "escaping round-trips exactly");
        assertNull(second.get("startMillis"));
        assertTrue(second.containsKey("startMillis"));

        Map<String, Object> annotation = (Map<String, Object>) ((List<Object>) root.get("annotations")).get(0);
        assertEquals(second.get("id"), annotation.get("utteranceId"));
        assertEquals("mi", annotation.get("methodId"));
        assertEquals("suggested", annotation.get("origin"));
        assertEquals(Double.valueOf(0.75), annotation.get("confidence"));

        Map<String, Object> note = (Map<String, Object>) ((List<Object>) root.get("notes")).get(0);
        assertEquals("Op het nachtkastje: \"te laat\"", note.get("text"));
        assertTrue(((String) note.get("created")).matches("\\d{4}-\\d\\d-\\d\\dT.*"));
        assertEquals(List.of(), root.get("assessments"));
    }

    @Test
    public void streamIsStrictUtf8WithFourByteEmoji() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(sample(), out);
        byte[] bytes = out.toByteArray();
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        assertTrue(text.contains("😀"));
        assertTrue(indexOf(bytes, new byte[] { (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80 }) >= 0);
        for (byte b : bytes) {
            assertTrue(b < 0 || b >= 0x20 || b == '\n', "no raw control characters in the output");
        }
        MiniJson.parse(text);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static Conversation sample() {
        ModelFactory f = ModelFactory.eINSTANCE;
        Client client = f.createClient();
        client.setId("client-1");
        client.setDisplayName("Sanne V.");
        Trajectory t = f.createTrajectory();
        t.setId("traject-1");
        t.setTitle("Bijstand");
        t.setChangeGoal("Rust in de geldzaken");
        client.getTrajectories().add(t);
        Conversation c = f.createConversation();
        c.setId("gesprek-1");
        c.setTitle("Titel met \"quotes\"");
        c.setKind(ConversationKind.WELCOME);
        c.setDate(new Date(1_757_318_400_000L));
        c.setTrajectory(t);
        Participant km = f.createParticipant();
        km.setId("p1");
        km.setName("Klantmanager");
        km.setRole(ParticipantRole.PROFESSIONAL);
        Participant sanne = f.createParticipant();
        sanne.setId("p2");
        sanne.setName("Sanne");
        sanne.setRole(ParticipantRole.CLIENT);
        c.getParticipants().addAll(List.of(km, sanne));
        Utterance u1 = f.createUtterance();
        u1.setId("u1");
        u1.setSpeaker(km);
        u1.setText("Welkom, goed dat u er bent.");
        u1.setStartMillis(Long.valueOf(65_000));
        Utterance u2 = f.createUtterance();
        u2.setId("u2");
        u2.setSpeaker(sanne);
        u2.setText(TRICKY);
        c.getUtterances().addAll(List.of(u1, u2));
        Annotation a = f.createAnnotation();
        a.setId("a1");
        a.setUtterance(u2);
        a.setMethodId("mi");
        a.setCodeId("CR");
        a.setOrigin(AnnotationOrigin.SUGGESTED);
        a.setConfidence(0.75);
        c.getAnnotations().add(a);
        Note n = f.createNote();
        n.setId("n1");
        n.setText("Op het nachtkastje: \"te laat\"");
        n.setCreated(new Date());
        c.getNotes().add(n);
        return c;
    }
}
