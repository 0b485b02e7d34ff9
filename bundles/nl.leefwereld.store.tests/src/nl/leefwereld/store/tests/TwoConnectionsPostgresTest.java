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

/** Optimistic locking between two workbenches: two stores, two real connections to one PostgreSQL database. */
class TwoConnectionsPostgresTest extends StoreTestBase {

    @Override
    boolean postgres() {
        return true;
    }

    @Test
    void theSecondWorkbenchSavingAStaleCopyIsRefusedAndTheFirstSaveIsKept() {
        Path db = temp.resolve("db");
        Client client = Fixtures.richClient("Twee Verbindingen");
        Conversation original = Talk.keukentafel(client, "Ik zoek werk in de techniek.");
        try (ConversationStore mine = open(db, StoreOptions.defaults().withUserName("m.devries"));
                ConversationStore theirs = open(db, StoreOptions.defaults().withUserName("t.bakker"))) {
            mine.saveClient(client);
            mine.saveConversation(original);
            Conversation myCopy = mine.loadConversation(original.getId());
            Conversation theirCopy = theirs.loadConversation(original.getId());

            theirCopy.getUtterances().get(1).setText("Ik zoek werk als monteur, vier dagen per week.");
            theirs.saveConversation(theirCopy);

            myCopy.getUtterances().get(1).setText("Iets anders.");
            StoreConflictException e = assertThrows(StoreConflictException.class, () -> mine.saveConversation(myCopy));
            assertTrue(e.getMessage().contains("t.bakker"), e.getMessage());
            assertEquals("Ik zoek werk als monteur, vier dagen per week.",
                    mine.loadConversation(original.getId()).getUtterances().get(1).getText());
        }
    }
}
