// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.demo.DemoData;
import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.core.io.TranscriptWriter;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

public class DemoDataTest {

    private static List<Conversation> conversations(List<Client> clients) {
        List<Conversation> result = new ArrayList<>();
        for (Client c : clients) {
            for (Trajectory t : c.getTrajectories()) {
                result.addAll(t.getConversations());
            }
        }
        return result;
    }

    private static String allText(Conversation c) {
        StringBuilder b = new StringBuilder();
        for (Utterance u : c.getUtterances()) {
            b.append(u.getText()).append('\n');
        }
        return b.toString();
    }

    @Test
    public void buildsFourRealisticConversations() {
        List<Client> clients = DemoData.build();
        List<Conversation> all = conversations(clients);
        assertEquals(4, all.size());
        for (Conversation c : all) {
            int n = c.getUtterances().size();
            assertTrue(n >= 15 && n <= 40, c.getTitle() + " has " + n + " utterances");
            assertNotNull(c.getDate());
            assertNotNull(c.getKind());
            assertFalse(c.getNotes().isEmpty());
            assertTrue(c.getParticipants().stream().anyMatch(p -> p.getRole() == ParticipantRole.PROFESSIONAL));
            assertTrue(c.getUtterances().stream().allMatch(u -> u.getStartMillis() != null), "every utterance has a time");
        }
        for (Client client : clients) {
            assertNotNull(client.getPseudonym());
            assertTrue(client.getAttributes().stream().anyMatch(a -> "wijk".equals(a.getName())));
            for (Trajectory t : client.getTrajectories()) {
                assertNotNull(t.getChangeGoal());
            }
        }
        assertEquals(ConversationKind.WELCOME, all.get(0).getKind());
        assertTrue(allText(all.get(0)).contains("Welkom, goed dat u er bent. Hoe is het voor u om hier te zijn?"));
        assertEquals(ConversationKind.FOLLOW_UP, all.get(1).getKind());
        assertTrue(allText(all.get(1)).contains("Wat vind je zelf belangrijk"));
        assertTrue(allText(all.get(1)).contains("Wat is je eerste stap?"));
        assertTrue(allText(all.get(2)).contains("omdat ik moet van mijn moeder"));
        Conversation panel = all.get(3);
        assertEquals(ConversationKind.PANEL, panel.getKind());
        assertEquals(1, panel.getParticipants().stream().filter(p -> p.getRole() == ParticipantRole.PROFESSIONAL).count());
        assertTrue(panel.getParticipants().stream().filter(p -> p.getRole() == ParticipantRole.CLIENT).count() >= 3);
        assertEquals(clients.get(0), all.get(1).getTrajectory().getClient(), "welkomst- and vervolggesprek share a client");
    }

    @Test
    public void demoTranscriptsRoundTripThroughTheWriter() {
        for (Conversation c : conversations(DemoData.build())) {
            TranscriptParseResult again = new TranscriptParser().parse(new TranscriptWriter().write(c));
            assertFalse(again.hasProblems(), () -> again.problems().toString());
            Conversation d = again.conversation();
            assertEquals(c.getTitle(), d.getTitle());
            assertEquals(c.getKind(), d.getKind());
            assertEquals(c.getParticipants().size(), d.getParticipants().size());
            assertEquals(c.getUtterances().size(), d.getUtterances().size());
            for (int i = 0; i < c.getUtterances().size(); i++) {
                Utterance u = c.getUtterances().get(i);
                Utterance v = d.getUtterances().get(i);
                assertEquals(u.getText(), v.getText());
                assertEquals(u.getStartMillis(), v.getStartMillis());
                assertEquals(u.getSpeaker().getName(), v.getSpeaker().getName());
                assertEquals(u.getSpeaker().getRole(), v.getSpeaker().getRole());
            }
        }
    }

    @Test
    public void createsIntoAnEmptyDerbyStoreOnlyOnce(@TempDir Path dir) {
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            assertEquals(4, DemoData.create(store));
            assertEquals(3, store.countClients());
            List<Conversation> headers = conversations(store.listClients());
            assertEquals(4, headers.size());
            for (Conversation header : headers) {
                Conversation full = store.loadConversation(header.getId());
                assertNotNull(full);
                assertTrue(full.getUtterances().size() >= 15, full.getTitle());
                assertNotNull(full.getUtterances().get(0).getSpeaker());
            }
            assertEquals(0, DemoData.create(store), "a second run does not duplicate");
            assertEquals(3, store.countClients());
            assertEquals(4, conversations(store.listClients()).size());
        }
        try (ConversationStore reopened = Stores.openEmbedded(dir.resolve("db"))) {
            assertEquals(0, DemoData.create(reopened));
            assertEquals(4, conversations(reopened.listClients()).size());
        }
    }
}
