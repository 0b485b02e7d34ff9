// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.AuditEvent;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.testsupport.Fixtures;

/** Right to erasure: after deleting a client no table holds their id, name or words; only the audit record stays. */
class ErasureTest extends StoreTestBase {

    private static final String SECRET_A = "Sinds de scheiding van Ruud slaap ik op de bank bij mijn zus in Kampen";
    private static final String SECRET_B = "Mijn zoon Jayden zit sinds maart thuis van school";


    @Test
    void erasingAClientLeavesNothingOfThemInAnyTable() throws Exception {
        Path db = temp.resolve("db");
        Client anna = Fixtures.richClient("Anna Veenstra-Bakker");
        anna.setPseudonym("PSN-77-ANNA-KAMPEN");
        anna.getAttributes().get(1).setValue("woont tijdelijk bij zus in Kampen");
        Trajectory second = Fixtures.F.createTrajectory();
        second.setId(Fixtures.id());
        second.setTitle("Schuldhulp Anna");
        second.setKind("schulden");
        anna.getTrajectories().add(second);
        Note note = anna.getNotes().get(0);
        note.setText("Anna wil niet gebeld worden op haar werk bij de Jumbo.");
        Conversation first = Talk.keukentafel(anna, SECRET_A);
        Conversation later = Talk.of(anna, "Hoe ging het met de aanvraag?", SECRET_A + ", nog steeds.");
        // move the second conversation to the second trajectory
        second.getConversations().add(later);

        Client bert = Fixtures.richClient("Bert Jansen");
        Conversation bertTalk = Talk.keukentafel(bert, SECRET_B);

        try (ConversationStore store = open(db)) {
            store.saveClient(anna);
            store.saveConversation(first);
            store.saveConversation(later);
            store.saveClient(bert);
            store.saveConversation(bertTalk);
            store.loadConversation(first.getId()); // an OPEN event naming Anna
            store.audit(AuditAction.EXPORT, anna.getId(), first.getId(), "export to gesprek-anna-veenstra.json");

            try (Jdbc jdbc = jdbc(db)) {
                // the search is real: before the erasure it finds Anna everywhere
                assertTrue(DatabaseScan.findInTables(jdbc.connection(), anna.getId()).size() >= 8,
                        DatabaseScan.findInTables(jdbc.connection(), anna.getId()).toString());
                assertTrue(DatabaseScan.findInTables(jdbc.connection(), SECRET_A).contains("UTTERANCE.UTTERANCE_TEXT"));
                assertTrue(DatabaseScan.findInTables(jdbc.connection(), "Veenstra").size() >= 2);
            }

            store.deleteClient(anna.getId());

            try (Jdbc jdbc = jdbc(db)) {
                for (String needle : List.of(anna.getId(), "Anna Veenstra", "Veenstra", SECRET_A, "PSN-77-ANNA-KAMPEN",
                        "bij zus in Kampen", "bij de Jumbo", first.getId(), later.getId(), second.getId(),
                        first.getUtterances().get(0).getId(), "Schuldhulp Anna")) {
                    assertEquals(List.of(), DatabaseScan.findInTables(jdbc.connection(), needle), needle);
                }
                // Bert is untouched
                assertTrue(DatabaseScan.findInTables(jdbc.connection(), SECRET_B).contains("UTTERANCE.UTTERANCE_TEXT"));
                assertEquals(1, jdbc.count("SELECT COUNT(*) FROM client"));
            }
            assertNull(store.loadClient(anna.getId()));
            assertNull(store.loadConversation(first.getId()));
            assertEquals(SECRET_B, store.loadConversation(bertTalk.getId()).getUtterances().get(1).getText()
                    .substring("Niet zo goed. ".length()));

            // only the audit record stays, findable by the administrator who knows the id
            List<AuditEvent> events = store.auditEvents(anna.getId());
            assertTrue(events.size() >= 6, events.toString());
            AuditEvent erase = events.get(events.size() - 1);
            assertEquals(AuditAction.ERASE.name(), erase.action());
            for (AuditEvent event : events) {
                assertTrue(event.clientId().startsWith("sha256:"), event.toString());
                assertTrue(event.objectId() == null || event.objectId().startsWith("sha256:"), event.toString());
                if (event.action().equals(AuditAction.EXPORT.name())) { // what went where stays, without the name
                    assertEquals("export to gesprek-[erased]-[erased].json", event.detail());
                } else {
                    assertTrue(event.action().equals(AuditAction.ERASE.name()) || event.detail() == null, event.toString());
                }
            }
            assertFalse(store.auditEvents(bert.getId()).isEmpty());
            assertTrue(store.auditEvents(bert.getId()).stream().allMatch(e -> bert.getId().equals(e.clientId())));
        }
    }
}
