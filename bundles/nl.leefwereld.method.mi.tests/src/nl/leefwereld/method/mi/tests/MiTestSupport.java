// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;


import java.util.Date;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.testsupport.Fixtures;

/** Transcripts shared by the MI tests, built on the shared fixtures. */
final class MiTestSupport {

    /** A follow-up conversation of a klantmanager with a client about finding work, with a change goal. */
    static final String WORK = """
            # Titel: Vervolggesprek werk
            # Professional: Klantmanager
            [00:00:05] Klantmanager: Goedemiddag Ahmed. Hoe gaat het met solliciteren?
            [00:00:12] Ahmed: Niet goed. Het lukt me niet, ik krijg nooit antwoord.
            [00:00:20] Klantmanager: Je krijgt nooit antwoord.
            [00:00:24] Klantmanager: Het klinkt alsof je er moedeloos van wordt.
            [00:00:31] Ahmed: Ja. Ik heb geen zin meer in brieven schrijven.
            [00:00:38] Klantmanager: Tien brieven in een maand, dat vraagt doorzettingsvermogen. Hoeveel reacties kreeg je?
            [00:00:47] Ahmed: Geen enkele.
            [00:00:52] Klantmanager: Heb je je cv laten nakijken? En wat zou je zelf willen proberen?
            [00:01:03] Ahmed: Ik wil wel een keer een sollicitatiegesprek oefenen.
            [00:01:10] Klantmanager: De regel is dat je vijf sollicitaties per week doet. Dat moet je gewoon doen.
            [00:01:18] Ahmed: Vijf per week, dat gaat niet.
            [00:01:25] Klantmanager: Jij bepaalt wat voor jou haalbaar is. Zullen we samen kijken?
            [00:01:33] Ahmed: Goed, ik ga volgende week oefenen.
            """;

    private MiTestSupport() {
    }

    /** The conversation of the transcript (dated now if it has no date), inside a trajectory with the change goal. */
    static Conversation parse(String transcript, String changeGoal) {
        Conversation c = Fixtures.parse(transcript);
        if (c.getDate() == null) {
            c.setDate(new Date());
        }
        Fixtures.trajectory("Ahmed", "Werk", changeGoal).getConversations().add(c);
        return c;
    }

    static Utterance u(Conversation c, int index) {
        return c.getUtterances().get(index);
    }
}
