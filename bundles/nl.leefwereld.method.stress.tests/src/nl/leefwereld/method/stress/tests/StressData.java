// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import nl.leefwereld.method.stress.StressMethod;
import nl.leefwereld.method.stress.model.ScarcityDomain;
import nl.leefwereld.method.stress.model.StressAssessment;
import nl.leefwereld.method.stress.model.StressFactory;
import nl.leefwereld.method.stress.model.StressSignal;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;

/** A client with a trajectory of three conversations with a stress check each, stored in a real Derby database. */
final class StressData {

    static final String FOLLOW_UP_1 = """
            # Titel: Vervolggesprek 1
            # Soort: vervolggesprek
            # Professional: Klantmanager
            Klantmanager: Fijn u weer te zien. Hoe is het nu met u?
            Ayşe: Beter dan vorige keer. De huurachterstand is geregeld.
            Klantmanager: Wat heeft u nu het meest nodig?
            Ayşe: Slapen. Ik lig 's nachts wakker van de rekeningen.
            """;

    static final String FOLLOW_UP_2 = """
            # Titel: Vervolggesprek 2
            # Soort: vervolggesprek
            # Professional: Klantmanager
            Klantmanager: Hoe is het eigenlijk met u?
            Ayşe: Rustiger. Er is een budgetcoach en ik heb weer overzicht.
            """;

    final Client client;
    final Conversation welcome;
    final Conversation first;
    final Conversation second;
    final Conversation unchecked;

    StressData() {
        Trajectory t = Fixtures.trajectory("Ayşe Yilmaz", "Schuldhulp en inkomen", null);
        client = t.getClient();
        // added out of date order on purpose
        second = conversation(t, FOLLOW_UP_2, "2025-10-06");
        welcome = conversation(t, Conversations.WELCOME, "2025-09-08");
        first = conversation(t, FOLLOW_UP_1, "2025-09-22");
        unchecked = conversation(t, FOLLOW_UP_2.replace("Vervolggesprek 2", "Telefoontje"), "2025-09-29");
        assess(welcome, 8, List.of(StressSignal.TIRED, StressSignal.RESTLESS, StressSignal.FORGETFUL),
                List.of(ScarcityDomain.MONEY, ScarcityDomain.HOUSING), "Vergat de afspraak bijna, praat snel, kijkt veel op de telefoon.");
        assess(first, 6, List.of(StressSignal.TIRED, StressSignal.SLEEPLESS), List.of(ScarcityDomain.MONEY, ScarcityDomain.HEALTH),
                "Moe, slaapt slecht.");
        assess(second, 3, List.of(), List.of(ScarcityDomain.TIME), "Rustig, heeft overzicht.");
    }

    private static Conversation conversation(Trajectory t, String transcript, String date) {
        Conversation c = Fixtures.conversation(t, transcript);
        c.setDate(Fixtures.date(date));
        return c;
    }

    static StressAssessment assess(Conversation c, Integer score, List<StressSignal> signals, List<ScarcityDomain> domains, String observation) {
        StressAssessment a = StressFactory.eINSTANCE.createStressAssessment();
        a.setId(UUID.randomUUID().toString());
        a.setMethodId(StressMethod.METHOD_ID);
        a.setAssessor("Sanne Bakker");
        a.setCreated(c.getDate());
        a.setClientScore(score);
        a.getSignals().addAll(signals);
        a.getDomains().addAll(domains);
        a.setObservation(observation);
        c.getAssessments().add(a);
        return a;
    }

    /** Saves everything into a new database at {@code folder} and closes it. */
    void saveTo(Path folder) {
        try (ConversationStore store = Stores.openEmbedded(folder)) {
            store.saveClient(client);
            for (Conversation c : List.copyOf(client.getTrajectories().get(0).getConversations())) {
                store.saveConversation(c);
            }
        }
    }
}
