// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.io.TranscriptImporter;
import nl.leefwereld.core.io.TranscriptImporter.Target;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

/**
 * SQL metacharacters (quotes, semicolons, comments, LIKE wildcards, backslashes) in every text field survive a round
 * trip through a real embedded Derby store unchanged, and do nothing to the database.
 */
public class SqlMetacharactersTest {

    private static final List<String> HOSTILE = List.of("'; DROP TABLE client; --", "O'Brien", "Robert'); DELETE FROM utterance; --",
            "100% _zeker_ \\ \"quote\" `tick`", "' OR '1'='1", "%", "_", "--", "/* x */", "\\'; SELECT * FROM sys.systables; --",
            "a\u0000b".replace("\u0000", ""), "Zoë; 'nee' -- \u201Cja\u201D 😀");

    @TempDir
    Path dir;

    @Test
    public void everyTextFieldRoundTripsUnchanged() throws Exception {
        ModelFactory f = ModelFactory.eINSTANCE;
        String conversationId;
        String clientId;
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            for (int i = 0; i < HOSTILE.size(); i++) {
                String h = HOSTILE.get(i);
                Client client = f.createClient();
                client.setId(UUID.randomUUID().toString());
                client.setDisplayName(h);
                client.setPseudonym(h);
                ClientAttribute a = f.createClientAttribute();
                a.setName("wijk" + i + h);
                a.setValue(h);
                client.getAttributes().add(a);
                Note cn = f.createNote();
                cn.setId(UUID.randomUUID().toString());
                cn.setText(h);
                cn.setAuthor(h);
                client.getNotes().add(cn);
                Trajectory t = f.createTrajectory();
                t.setId(UUID.randomUUID().toString());
                t.setTitle(h);
                t.setKind(h);
                t.setChangeGoal(h);
                client.getTrajectories().add(t);
                store.saveClient(client);
            }
            Client first = store.listClients().stream().filter(c -> c.getDisplayName().equals(HOSTILE.get(0))).findFirst().orElseThrow();
            clientId = first.getId();
            Conversation c = f.createConversation();
            c.setId(UUID.randomUUID().toString());
            c.setTitle(HOSTILE.get(0));
            c.setLanguage("nl'--");
            c.setKind(ConversationKind.FOLLOW_UP);
            c.setDate(new Date());
            c.setTrajectory(first.getTrajectories().get(0));
            for (String h : HOSTILE) {
                Participant p = f.createParticipant();
                p.setId(UUID.randomUUID().toString());
                p.setName(h);
                p.setRole(ParticipantRole.CLIENT);
                c.getParticipants().add(p);
                Utterance u = f.createUtterance();
                u.setId(UUID.randomUUID().toString());
                u.setSpeaker(p);
                u.setText(h);
                c.getUtterances().add(u);
                Annotation an = f.createAnnotation();
                an.setId(UUID.randomUUID().toString());
                an.setUtterance(u);
                an.setMethodId(h);
                an.setCodeId(h);
                an.setCoder(h);
                an.setReason(h);
                an.setNote(h);
                an.setOrigin(AnnotationOrigin.MANUAL);
                c.getAnnotations().add(an);
                Note n = f.createNote();
                n.setId(UUID.randomUUID().toString());
                n.setText(h);
                n.setAuthor(h);
                c.getNotes().add(n);
            }
            store.saveConversation(c);
            conversationId = c.getId();
        }
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            assertEquals(HOSTILE.size(), store.countClients(), "no table dropped, no row deleted");
            for (String h : HOSTILE) {
                Client client = store.listClients().stream().filter(c -> h.equals(c.getDisplayName())).findFirst().orElseThrow(() -> new AssertionError(h));
                assertEquals(h, client.getPseudonym());
                assertEquals(h, client.getAttributes().get(0).getValue());
                assertTrue(client.getAttributes().get(0).getName().endsWith(h));
                assertEquals(h, client.getNotes().get(0).getText());
                assertEquals(h, client.getNotes().get(0).getAuthor());
                assertEquals(h, client.getTrajectories().get(0).getTitle());
                assertEquals(h, client.getTrajectories().get(0).getKind());
                assertEquals(h, client.getTrajectories().get(0).getChangeGoal());
            }
            Conversation c = store.loadConversation(conversationId);
            assertEquals(clientId, c.getTrajectory().getClient().getId());
            assertEquals(HOSTILE.get(0), c.getTitle());
            assertEquals("nl'--", c.getLanguage());
            for (int i = 0; i < HOSTILE.size(); i++) {
                String h = HOSTILE.get(i);
                assertEquals(h, c.getParticipants().get(i).getName());
                assertEquals(h, c.getUtterances().get(i).getText());
                assertEquals(h, c.getUtterances().get(i).getSpeaker().getName());
                Annotation an = c.getAnnotations().get(i);
                assertEquals(List.of(h, h, h, h, h), List.of(an.getMethodId(), an.getCodeId(), an.getCoder(), an.getReason(), an.getNote()));
                assertEquals(c.getUtterances().get(i), an.getUtterance());
                assertEquals(h, c.getNotes().get(i).getText());
                assertEquals(h, c.getNotes().get(i).getAuthor());
            }
            assertTrue(store.loadConversation("' OR '1'='1") == null, "an id with SQL in it finds nothing");
            assertTrue(store.loadClient("%") == null, "a LIKE wildcard as id finds nothing");
        }
    }

    @Test
    public void aTranscriptWithSqlInNamesAndTextImportsUnchanged() throws Exception {
        String text = """
                # Titel: Gesprek met O'Brien; DROP TABLE conversation; --
                Klantmanager: Meneer O'Brien, u schreef '; DROP TABLE client; -- in het formulier?
                O'Brien: Ja, en 100% van de _velden_ met -- ertussen.
                """;
        Path file = dir.resolve("sql.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db2"))) {
            TranscriptImporter.Result r = new TranscriptImporter(store).importFile(file, Target.none());
            assertTrue(r.saved(), r.parse().problems().toString());
            Conversation c = store.loadConversation(r.conversation().getId());
            assertEquals("Gesprek met O'Brien; DROP TABLE conversation; --", c.getTitle());
            assertEquals("Meneer O'Brien, u schreef '; DROP TABLE client; -- in het formulier?", c.getUtterances().get(0).getText());
            assertEquals("O'Brien", c.getUtterances().get(1).getSpeaker().getName());
            assertEquals("Ja, en 100% van de _velden_ met -- ertussen.", c.getUtterances().get(1).getText());
            assertEquals(1, store.countClients());
        }
    }
}
