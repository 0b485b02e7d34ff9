// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.CodebookEntry;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreException;

/** Codebook entries kept in the store (migration 5): saved per method, merged by code id, audited, kept on reopen. */
class CodebookStoreTest extends StoreTestBase {


    @Test
    void entriesAreMergedByCodeIdKeptInOrderAndAudited() {
        Path db = temp.resolve("db");
        CodebookEntry zorgen = new CodebookEntry("Zorgen", "Zorgen over geld", "De cliënt noemt schulden.", "#FF8800");
        CodebookEntry netwerk = new CodebookEntry("Netwerk", "Sociaal netwerk", null, null);
        try (ConversationStore store = open(db)) {
            assertEquals(Map.of(), store.codebooks());
            store.saveCodebook("refi-qda", List.of(zorgen, netwerk));
            store.saveCodebook("wijkteam", List.of(new CodebookEntry("w1", "Wonen", null, "#00AA00")));
            // the same id again updates it; a new id is appended; the other entry stays
            CodebookEntry zorgen2 = new CodebookEntry("Zorgen", "Geldzorgen", "Ook toeslagen.", "#112233");
            CodebookEntry werk = new CodebookEntry("Werk", "Werk en dagbesteding", "", "#0000FF");
            store.saveCodebook("refi-qda", List.of(zorgen2, werk));
            assertEquals(Map.of("refi-qda", List.of(zorgen2, netwerk, werk), "wijkteam",
                    List.of(new CodebookEntry("w1", "Wonen", null, "#00AA00"))), store.codebooks());
            long events = store.auditEvents(null).stream()
                    .filter(e -> AuditAction.CHANGE.name().equals(e.action()) && e.detail() != null && e.detail().startsWith("codebook refi-qda"))
                    .count();
            assertEquals(2, events);
            StoreException e = assertThrows(StoreException.class,
                    () -> store.saveCodebook("refi-qda", List.of(new CodebookEntry(null, "Zonder id", null, null))));
            assertTrue(e.getMessage().contains("refi-qda"), e.getMessage());
        }
        try (ConversationStore store = open(db)) {
            assertEquals(List.of("Zorgen", "Netwerk", "Werk"),
                    store.codebooks().get("refi-qda").stream().map(CodebookEntry::codeId).toList());
        }
    }
}
