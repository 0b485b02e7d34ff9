// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.RetentionItem;
import nl.leefwereld.testsupport.Fixtures;

/** Retention periods per trajectory kind: what is due, and applying them. */
class RetentionTest extends StoreTestBase {


    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private static Client client(String name, String kind, String lastTalk) {
        Client client = Fixtures.richClient(name);
        Trajectory trajectory = client.getTrajectories().get(0);
        trajectory.setKind(kind);
        trajectory.setStartDate(Date.from(Instant.parse("2019-01-07T09:00:00Z")));
        return client;
    }

    private static Conversation talk(Client client, String date) {
        Conversation conversation = Talk.keukentafel(client, "Het gaat nu beter met de schulden.");
        conversation.setDate(Date.from(Instant.parse(date)));
        return conversation;
    }

    @Test
    void dueTrajectoriesAreListedAndDeletedWithTheirClientWhenNothingIsLeft() throws Exception {
        Path db = temp.resolve("db");
        try (ConversationStore store = open(db)) {
            // participatie: 24 months; schulden: 84 months; every other kind: 180 months
            store.setRetentionPeriod("participatie", 24);
            store.setRetentionPeriod("schulden", 84);
            store.setRetentionPeriod("*", 180);
            assertEquals(Map.of("participatie", 24, "schulden", 84, "*", 180), store.retentionPeriods());

            Client oud = client("Henk Oudshoorn", "participatie", null); // last talk 2023-03: due since 2025-03
            store.saveClient(oud);
            store.saveConversation(talk(oud, "2022-05-10T10:00:00Z"));
            store.saveConversation(talk(oud, "2023-03-01T10:00:00Z"));

            Client recent = client("Ilse Recent", "participatie", null); // last talk 2025-06: due 2027-06
            store.saveClient(recent);
            store.saveConversation(talk(recent, "2025-06-01T10:00:00Z"));

            Client gemengd = client("Gerrit Gemengd", "participatie", null);
            Trajectory schulden = Fixtures.F.createTrajectory();
            schulden.setId(Fixtures.id());
            schulden.setKind("schulden");
            schulden.setTitle("Schuldhulp");
            gemengd.getTrajectories().add(schulden);
            store.saveClient(gemengd);
            store.saveConversation(talk(gemengd, "2021-01-15T10:00:00Z")); // participatie: due
            Conversation debts = talk(gemengd, "2021-01-15T10:00:00Z");
            schulden.getConversations().add(debts); // schulden: 84 months, due 2028
            store.saveConversation(debts);

            Client zonder = client("Zonder Gesprek", "jeugd", null); // no conversation: counts from start 2019-01
            store.saveClient(zonder); // "*" = 180 months: due 2034

            List<RetentionItem> due = store.retentionDue(NOW);
            assertEquals(2, due.size(), due.toString());
            RetentionItem henk = due.stream().filter(i -> i.clientId().equals(oud.getId())).findFirst().orElseThrow();
            assertEquals(Instant.parse("2023-03-01T10:00:00Z"), henk.lastActivity());
            assertEquals(Instant.parse("2025-03-01T10:00:00Z"), henk.dueSince());
            assertEquals(2, henk.conversations());
            assertTrue(due.stream().anyMatch(i -> i.clientId().equals(gemengd.getId())
                    && i.trajectoryId().equals(gemengd.getTrajectories().get(0).getId())));
            assertEquals(4, store.countClients()); // listing deletes nothing

            List<RetentionItem> applied = store.applyRetention(NOW);
            assertEquals(due, applied);
            assertNull(store.loadClient(oud.getId())); // nothing left: erased
            Client left = store.loadClient(gemengd.getId());
            assertNotNull(left);
            assertEquals(1, left.getTrajectories().size());
            assertEquals("schulden", left.getTrajectories().get(0).getKind());
            assertNotNull(store.loadClient(recent.getId()));
            assertNotNull(store.loadClient(zonder.getId()));
            assertEquals(List.of(), store.retentionDue(NOW));
            assertTrue(store.auditEvents(oud.getId()).stream().anyMatch(e -> e.action().equals(AuditAction.ERASE.name())));
            assertTrue(store.auditEvents(gemengd.getId()).stream()
                    .anyMatch(e -> e.action().equals(AuditAction.RETENTION.name())));

            // ten years later the rest is due too
            assertEquals(3, store.retentionDue(Instant.parse("2036-01-01T00:00:00Z")).size());
            store.setRetentionPeriod("*", 0);
            assertEquals(2, store.retentionDue(Instant.parse("2036-01-01T00:00:00Z")).size());
        }
    }
}
