// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.AuditEvent;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.OrganisationDatabase;
import nl.leefwereld.store.OrganisationDatabase.Role;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.testsupport.PostgresServer;

/**
 * Least privilege and caseloads in the organisation database, enforced by PostgreSQL itself: each professional is
 * a login role without DDL rights, and row-level security hides another team's clients even from hand-written SQL.
 */
class CaseloadPostgresTest extends StoreTestBase {

    private static final char[] ANNA = "anna-wachtwoord-1".toCharArray();
    private static final char[] BERT = "bert-wachtwoord-2".toCharArray();
    private static final char[] PRIVACY = "privacy-wachtwoord-3".toCharArray();

    @Override
    boolean postgres() {
        return true;
    }

    private static char[] admin() {
        return PostgresServer.superuserPassword().toCharArray();
    }

    @Test
    void aProfessionalSeesOnlyTheirTeamsClientsEvenWithHandWrittenSql() throws Exception {
        Path db = temp.resolve("organisatie");
        String url = url(db);
        OrganisationDatabase.init(url, PostgresServer.SUPERUSER, admin());
        OrganisationDatabase.init(url, PostgresServer.SUPERUSER, admin()); // idempotent
        OrganisationDatabase.addUser(url, PostgresServer.SUPERUSER, admin(), "anna.noord", ANNA, Role.PROFESSIONAL);
        OrganisationDatabase.joinTeam(url, PostgresServer.SUPERUSER, admin(), "anna.noord", "wijk-noord");
        OrganisationDatabase.addUser(url, PostgresServer.SUPERUSER, admin(), "bert.zuid", BERT, Role.PROFESSIONAL);
        OrganisationDatabase.joinTeam(url, PostgresServer.SUPERUSER, admin(), "bert.zuid", "wijk-zuid");
        OrganisationDatabase.addUser(url, PostgresServer.SUPERUSER, admin(), "pim.privacy", PRIVACY,
                Role.PRIVACY_OFFICER);

        Client noord = Fixtures.richClient("Sanne Noord");
        Conversation noordTalk = Talk.keukentafel(noord, "Mijn schulden bij de woningcorporatie lopen op.");
        try (ConversationStore anna = Stores.openServer(url, "anna.noord", ANNA, StoreOptions.defaults())) {
            anna.saveClient(noord);
            anna.saveConversation(noordTalk);
            assertEquals(1, anna.countClients());
        }
        Client zuid = Fixtures.richClient("Karel Zuid");
        try (ConversationStore bert = Stores.openServer(url, "bert.zuid", BERT, StoreOptions.defaults())) {
            bert.saveClient(zuid);
            // through the store: only his own client
            assertEquals(List.of("Karel Zuid"), bert.listClients().stream().map(Client::getDisplayName).toList());
            assertNull(bert.loadClient(noord.getId()));
            assertNull(bert.loadConversation(noordTalk.getId()));
            List<AuditEvent> events = bert.auditEvents(noord.getId());
            assertEquals(List.of(), events, "another team's audit trail stays hidden");
        }

        // hand-written SQL on Bert's own connection: PostgreSQL hides and protects Anna's client
        try (Connection bert = PostgresServer.shared().connect(database(db), "bert.zuid", new String(BERT));
                Statement s = bert.createStatement()) {
            assertEquals(1, count(s, "SELECT COUNT(*) FROM client"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM client WHERE display_name LIKE '%Noord%'"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM utterance WHERE utterance_text LIKE '%schulden%'"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM trajectory WHERE client_id = '" + noord.getId() + "'"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM client_attribute WHERE client_id = '" + noord.getId() + "'"));
            assertEquals(0, s.executeUpdate("UPDATE client SET display_name = 'overgenomen' WHERE id = '" + noord.getId() + "'"));
            assertEquals(0, s.executeUpdate("DELETE FROM utterance WHERE conversation_id = '" + noordTalk.getId() + "'"));
            // no way around the rules: no DDL, no policy changes, no other role, no caseload of his own making
            for (String attack : List.of("ALTER TABLE client DISABLE ROW LEVEL SECURITY",
                    "DROP POLICY caseload ON client", "CREATE TABLE kopie AS SELECT * FROM client",
                    "SET ROLE leefwereld_privacy_officer",
                    "INSERT INTO caseload (client_id, holder) VALUES ('" + noord.getId() + "', 'bert.zuid')",
                    "INSERT INTO team_member (user_name, team) VALUES ('bert.zuid', 'wijk-noord')",
                    "DELETE FROM audit_event", "UPDATE audit_event SET detail = NULL",
                    "INSERT INTO audit_event (event_time, user_name, action) VALUES (CURRENT_TIMESTAMP, 'anna.noord', 'OPEN')",
                    "DROP TRIGGER audit_event_no_delete ON audit_event",
                    "CREATE FUNCTION zie_alles() RETURNS boolean LANGUAGE sql AS 'SELECT true'")) {
                assertThrows(SQLException.class, () -> s.execute(attack), attack);
            }
            assertEquals(1, count(s, "SELECT COUNT(*) FROM client"));
        }
        // Anna's client is untouched
        try (ConversationStore anna = Stores.openServer(url, "anna.noord", ANNA, StoreOptions.defaults())) {
            Conversation loaded = anna.loadConversation(noordTalk.getId());
            assertNotNull(loaded);
            assertEquals(noordTalk.getUtterances().size(), loaded.getUtterances().size());
            assertEquals("Sanne Noord", anna.loadClient(noord.getId()).getDisplayName());
            assertNull(anna.loadClient(zuid.getId()));
        }

        // the administrator gives Anna's client to team zuid: now Bert sees it; taken back, no longer
        assertTrue(OrganisationDatabase.caseload(url, PostgresServer.SUPERUSER, admin(), "wijk-zuid", noord.getId(), true));
        try (ConversationStore bert = Stores.openServer(url, "bert.zuid", BERT, StoreOptions.defaults())) {
            assertNotNull(bert.loadConversation(noordTalk.getId()));
            assertEquals(2, bert.countClients());
        }
        assertTrue(OrganisationDatabase.caseload(url, PostgresServer.SUPERUSER, admin(), "wijk-zuid", noord.getId(), false));
        try (ConversationStore bert = Stores.openServer(url, "bert.zuid", BERT, StoreOptions.defaults())) {
            assertNull(bert.loadClient(noord.getId()));
        }

        // the privacy officer sees everyone and may erase
        try (ConversationStore privacy = Stores.openServer(url, "pim.privacy", PRIVACY, StoreOptions.defaults())) {
            assertEquals(2, privacy.countClients());
            assertTrue(privacy.eraseClient(zuid.getId()).found());
            assertEquals(1, privacy.countClients());
        }

        // a removed user can no longer log in
        assertTrue(OrganisationDatabase.removeUser(url, PostgresServer.SUPERUSER, admin(), "bert.zuid"));
        StoreException refused = assertThrows(StoreException.class,
                () -> Stores.openServer(url, "bert.zuid", BERT, StoreOptions.defaults()));
        assertTrue(refused.getMessage().contains("bert.zuid"), refused.getMessage());
        assertFalse(OrganisationDatabase.removeUser(url, PostgresServer.SUPERUSER, admin(), "bert.zuid"));
    }

    @Test
    void aProfessionalCannotMigrateOrOwnTheSchema() throws Exception {
        Path db = temp.resolve("organisatie");
        String url = url(db);
        OrganisationDatabase.init(url, PostgresServer.SUPERUSER, admin());
        OrganisationDatabase.addUser(url, PostgresServer.SUPERUSER, admin(), "anna.noord", ANNA, Role.PROFESSIONAL);
        try (Connection c = PostgresServer.shared().connectAsSuperuser(database(db)); Statement s = c.createStatement()) {
            assertEquals(0, count(s, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'leefwereld' AND tableowner = 'anna.noord'"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM pg_roles WHERE rolname = 'anna.noord' AND (rolsuper OR rolcreatedb OR rolcreaterole OR rolbypassrls)"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM pg_namespace WHERE nspname = 'leefwereld' AND has_schema_privilege('anna.noord', oid, 'CREATE')"));
            // pretend the schema is behind: the professional's open refuses and asks for admin init
            s.execute("DELETE FROM leefwereld.schema_version WHERE version = (SELECT MAX(version) FROM leefwereld.schema_version)");
        }
        StoreException behind = assertThrows(StoreException.class,
                () -> Stores.openServer(url, "anna.noord", ANNA, StoreOptions.defaults()));
        assertTrue(behind.getMessage().contains("admin init"), behind.getMessage());
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
