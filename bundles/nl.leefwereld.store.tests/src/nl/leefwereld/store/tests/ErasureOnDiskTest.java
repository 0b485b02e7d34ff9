// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.AuditEvent;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.ErasureReport;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;

/**
 * Erasure is real on disk (issue #17, item 2): after erasing a client from an unencrypted database no file under
 * the database folder (data files in seg0, the transaction log) holds their name, street or BSN; export events
 * keep what was exported where, without the client's name.
 */
class ErasureOnDiskTest {

    private static final String NAME = "Annabel Zwartkruis";
    private static final String STREET = "Kwikstaartlaan 17";
    private static final String BSN = "987654329";

    @TempDir
    Path temp;

    @Test
    void afterErasingNoFileOfTheDatabaseHoldsTheClientsNameStreetOrBsn() throws Exception {
        Path db = temp.resolve("db");
        Client anna = Fixtures.richClient(NAME);
        ClientAttribute street = Fixtures.F.createClientAttribute();
        street.setName("adres");
        street.setValue(STREET + ", Zwolle");
        ClientAttribute bsn = Fixtures.F.createClientAttribute();
        bsn.setName("bsn");
        bsn.setValue(BSN);
        anna.getAttributes().add(street);
        anna.getAttributes().add(bsn);
        Conversation talk = Talk.keukentafel(anna, "Ik woon nog aan de " + STREET + ", mijn BSN is " + BSN + ".");
        Client bert = Fixtures.richClient("Bert Jansen");
        Conversation bertTalk = Talk.keukentafel(bert, "Het gaat wel.");
        String exportDetail = "json /home/sanne/export/gesprek-annabel-zwartkruis.json";
        try (ConversationStore store = Stores.openEmbedded(db)) { // unencrypted: the bytes are greppable
            store.saveClient(anna);
            store.saveConversation(talk);
            store.saveClient(bert);
            store.saveConversation(bertTalk);
            store.audit(AuditAction.EXPORT, anna.getId(), talk.getId(), exportDetail);
            for (String needle : List.of(NAME, STREET, BSN)) {
                assertFalse(DatabaseScan.findInFiles(db, needle).isEmpty(), "the scan finds " + needle + " before");
            }

            ErasureReport report = store.eraseClient(anna.getId());

            assertTrue(report.found());
            assertFalse(report.encrypted());
            assertTrue(report.tablesCompressed().contains("CLIENT_ATTRIBUTE_SET"), report.toString());
            for (String needle : List.of(NAME, STREET, BSN, "Zwartkruis")) {
                assertEquals(List.of(), DatabaseScan.findInFiles(db, needle), needle + " is gone from every file");
            }
            // the export event keeps its facts (format, folder, time), without the client's name or id
            AuditEvent export = store.auditEvents(anna.getId()).stream()
                    .filter(e -> AuditAction.EXPORT.name().equals(e.action())).findFirst().orElseThrow();
            assertNotNull(export.detail(), "the export event keeps its detail");
            assertTrue(export.detail().startsWith("json /home/sanne/export/gesprek-"), export.detail());
            assertFalse(export.detail().toLowerCase().contains("annabel"), export.detail());
            assertFalse(export.detail().toLowerCase().contains("zwartkruis"), export.detail());
            assertTrue(export.clientId().startsWith("sha256:"), export.toString());
            assertNotNull(export.time());
            // the other client is untouched
            assertEquals(5, store.loadConversation(bertTalk.getId()).getUtterances().size());
        }
        for (String needle : List.of(NAME, STREET, BSN)) {
            assertEquals(List.of(), DatabaseScan.findInFiles(db, needle), needle + " is gone after closing too");
        }
    }
}
