// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreValueException;
import nl.leefwereld.testsupport.Fixtures;

/** Issue #17, item 7: a title too long for its column is refused with the field and the limit, nothing saved. */
class ValueLengthTest extends StoreTestBase {


    @Test
    void aTooLongTitleNamesTheFieldAndTheLimit() {
        try (ConversationStore store = open(temp.resolve("db"))) {
            Client client = Fixtures.richClient("Anna");
            store.saveClient(client);
            Conversation conversation = Fixtures.richConversation(client, 3);
            conversation.setTitle("x".repeat(5000));
            StoreValueException e = assertThrows(StoreValueException.class, () -> store.saveConversation(conversation));
            assertTrue(e.getMessage().contains("title") && e.getMessage().contains("5000")
                    && e.getMessage().contains("4000"), e.getMessage());
            assertTrue(e.getMessage().length() < 400, "the title itself is not repeated: " + e.getMessage());
            assertNull(store.loadConversation(conversation.getId()));
            assertEquals(1, store.countClients());
        }
    }
}
