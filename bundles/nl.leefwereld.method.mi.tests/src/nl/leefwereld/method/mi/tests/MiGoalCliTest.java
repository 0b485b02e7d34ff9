// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.CliRun;
import nl.leefwereld.testsupport.CliTestBase;

/** {@code leefwereld mi goal <conversation-id> ["<text>"]} in-process on a real Derby database. */
public class MiGoalCliTest extends CliTestBase {

    private String id;
    private String clientName;
    private int utterances;

    @BeforeEach
    void save() throws Exception {
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation c = MiScoresTest.coded();
            store.saveClient(c.getTrajectory().getClient());
            store.saveConversation(c);
            id = c.getId();
            clientName = c.getTrajectory().getClient().getDisplayName();
            utterances = c.getUtterances().size();
        }
    }

    private Conversation stored() throws Exception {
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            return store.loadConversation(id);
        }
    }

    @Test
    public void showsSetsAndClearsTheChangeGoalOfTheTrajectory() throws Exception {
        CliRun shown = run("mi", "goal", id);
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.out().contains("Betaald werk vinden"), shown.out());

        CliRun set = run("mi", "goal", id, "  Binnen een half jaar betaald werk, 20 uur  ");
        assertEquals(0, set.code(), set.err());
        assertTrue(set.out().contains("Binnen een half jaar betaald werk, 20 uur"), set.out());
        Conversation after = stored();
        assertEquals("Binnen een half jaar betaald werk, 20 uur", after.getTrajectory().getChangeGoal(), "stored, stripped");
        assertEquals(clientName, after.getTrajectory().getClient().getDisplayName(), "the client is kept");
        assertEquals(utterances, after.getUtterances().size(), "the conversation is kept");

        CliRun again = run("mi", "goal", id, "Binnen een half jaar betaald werk, 20 uur");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("Binnen een half jaar betaald werk, 20 uur"), again.out());

        CliRun cleared = run("mi", "goal", id, "");
        assertEquals(0, cleared.code(), cleared.err());
        assertNull(stored().getTrajectory().getChangeGoal(), "an empty text clears the goal");
        CliRun none = run("mi", "goal", id);
        assertFalse(none.out().contains("20 uur"), none.out());
    }

    @Test
    public void badInputIsRefusedWithAMessageAndNothingChanges() throws Exception {
        CliRun unknown = run("mi", "goal", "no-such-conversation", "Werk");
        assertNotEquals(0, unknown.code());
        assertTrue(unknown.err().contains("no-such-conversation"), unknown.err());

        CliRun tooMany = run("mi", "goal", id, "Werk", "en meer");
        assertNotEquals(0, tooMany.code());
        assertFalse(tooMany.err().isBlank(), "a message says what is wrong");
        CliRun none = run("mi", "goal");
        assertNotEquals(0, none.code());
        assertEquals("Betaald werk vinden", stored().getTrajectory().getChangeGoal(), "nothing stored is lost");
    }

    @Test
    public void helpShowsTheCommand() {
        CliRun help = run("help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("mi goal <"), help.out());
    }
}
