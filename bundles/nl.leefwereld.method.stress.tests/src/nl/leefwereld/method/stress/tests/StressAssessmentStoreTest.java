// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.method.stress.StressMethod;
import nl.leefwereld.method.stress.StressTrajectory;
import nl.leefwereld.method.stress.model.ScarcityDomain;
import nl.leefwereld.method.stress.model.StressAssessment;
import nl.leefwereld.method.stress.model.StressSignal;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

/** Stress assessments in Conversation.assessments survive a real Derby store, and make the trajectory's stress over time. */
public class StressAssessmentStoreTest {

    @TempDir
    Path dir;

    @Test
    public void assessmentsAreStoredAndTheTrajectoryIsOrderedByDate() {
        StressData data = new StressData();
        data.saveTo(dir.resolve("db"));
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation loaded = store.loadConversation(data.welcome.getId());
            StressAssessment a = Assessments.latest(loaded, StressAssessment.class);
            assertEquals(Integer.valueOf(8), a.getClientScore());
            assertEquals(List.of(StressSignal.TIRED, StressSignal.RESTLESS, StressSignal.FORGETFUL), a.getSignals());
            assertEquals(List.of(ScarcityDomain.MONEY, ScarcityDomain.HOUSING), a.getDomains());
            assertEquals("Vergat de afspraak bijna, praat snel, kijkt veel op de telefoon.", a.getObservation());
            assertEquals(StressMethod.METHOD_ID, a.getMethodId());

            List<StressTrajectory.Point> points = StressTrajectory.of(store, data.client.getId(), Map.of());
            assertEquals(List.of(data.welcome.getId(), data.first.getId(), data.second.getId()),
                    points.stream().map(StressTrajectory.Point::conversationId).toList(), "by date; the telephone call has no check");
            assertEquals(List.of(8, 6, 3), points.stream().map(StressTrajectory.Point::clientScore).toList());
            assertEquals(List.of(3, 2, 0), points.stream().map(StressTrajectory.Point::signalCount).toList());
            Map<ScarcityDomain, Long> domains = StressTrajectory.domainCounts(points);
            assertEquals(Long.valueOf(2), domains.get(ScarcityDomain.MONEY));
            assertEquals(Long.valueOf(1), domains.get(ScarcityDomain.TIME));
            assertNull(domains.get(ScarcityDomain.RELATIONS));

            // an unsaved edit (the editor's copy) replaces the stored version
            Conversation edited = store.loadConversation(data.second.getId());
            Assessments.latest(edited, StressAssessment.class).setClientScore(Integer.valueOf(2));
            List<StressTrajectory.Point> withEdit = StressTrajectory.of(store, data.client.getId(), Map.of(edited.getId(), edited));
            assertEquals(Integer.valueOf(2), withEdit.get(2).clientScore());

            assertNull(StressTrajectory.of(store, "onbekend", Map.of()));
        }
    }

    @Test
    public void aSecondCheckInTheSameConversationReplacesTheFirstInTheTrajectory() {
        StressData data = new StressData();
        StressAssessment later = StressData.assess(data.welcome, 5, List.of(StressSignal.ANGRY), List.of(ScarcityDomain.RELATIONS), "Na het gesprek.");
        later.setCreated(new java.util.Date(data.welcome.getDate().getTime() + 3_600_000));
        data.saveTo(dir.resolve("db"));
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation loaded = store.loadConversation(data.welcome.getId());
            assertEquals(2, Assessments.all(loaded, StressAssessment.class).size());
            StressTrajectory.Point p = StressTrajectory.of(store, data.client.getId(), Map.of()).get(0);
            assertEquals(Integer.valueOf(5), p.clientScore());
            assertTrue(p.domains().contains(ScarcityDomain.RELATIONS));
        }
    }
}
