// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreConflictException;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.testsupport.Fixtures;

/** Optimistic locking: a save of a stale copy is refused and the other save kept. */
class ConflictTest extends StoreTestBase {


    @Test
    void theSecondSaveOfTheSameConversationIsRefusedAndNothingIsLost() throws Exception {
        Path db = temp.resolve("db");
        Client client = Fixtures.richClient("Lotte Hendriks");
        Conversation original = Talk.keukentafel(client, "Ik wil graag een baan in de zorg.");
        try (ConversationStore store = open(db, StoreOptions.defaults().withUserName("j.pietersen"))) {
            store.saveClient(client);
            store.saveConversation(original);

            Conversation mine = store.loadConversation(original.getId());
            Conversation theirs = store.loadConversation(original.getId());
            theirs.getUtterances().get(1).setText("Ik wil graag een baan in de thuiszorg, drie dagen per week.");
            store.saveConversation(theirs);
            theirs.getUtterances().get(3).setText("Ik open de post nu samen met mijn buurvrouw.");
            store.saveConversation(theirs); // the same copy may save again

            mine.getUtterances().get(1).setText("Iets anders.");
            StoreConflictException e = assertThrows(StoreConflictException.class, () -> store.saveConversation(mine));
            assertTrue(e.getMessage().contains("j.pietersen"), e.getMessage());
            assertTrue(e.getMessage().contains(original.getTitle()), e.getMessage());

            Conversation now = store.loadConversation(original.getId());
            assertEquals("Ik wil graag een baan in de thuiszorg, drie dagen per week.", now.getUtterances().get(1).getText());
            assertEquals("Ik open de post nu samen met mijn buurvrouw.", now.getUtterances().get(3).getText());

            now.getUtterances().get(1).setText("Iets anders.");
            store.saveConversation(now); // reloaded: saves
            assertEquals("Iets anders.", store.loadConversation(original.getId()).getUtterances().get(1).getText());
        }
    }
}
