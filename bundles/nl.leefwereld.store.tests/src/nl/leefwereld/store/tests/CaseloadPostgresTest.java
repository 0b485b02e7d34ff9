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
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.store.AuditCheck;
import nl.leefwereld.store.AuditEvent;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.OrganisationDatabase;
import nl.leefwereld.store.OrganisationDatabase.Role;
import nl.leefwereld.store.OrganisationObject;
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
    private static final char[] TRAINER = "trainer-wachtwoord-4".toCharArray();

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
            assertEquals(0, count(s, "SELECT COUNT(*) FROM client_attribute_set WHERE client_id = '" + noord.getId() + "'"));
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

    /**
     * A trainer sees trainees' role plays, not clients: with a role-play client and a real client both in the
     * trainer's caseload, the trainer's connection finds the role play and nothing of the real client (no name, no
     * trajectory, no conversation), through the store and with hand-written SQL.
     */
    @Test
    void aTrainerSeesRolePlaysButNoClientEvenInTheirCaseload() throws Exception {
        Path db = temp.resolve("opleiding");
        String url = url(db);
        OrganisationDatabase.init(url, PostgresServer.SUPERUSER, admin());
        OrganisationDatabase.addUser(url, PostgresServer.SUPERUSER, admin(), "anna.noord", ANNA, Role.PROFESSIONAL);
        OrganisationDatabase.addUser(url, PostgresServer.SUPERUSER, admin(), "tina.trainer", TRAINER, Role.TRAINER);

        Client real = Fixtures.richClient("Sanne Echt");
        Conversation realTalk = Talk.keukentafel(real, "Mijn schulden lopen op.");
        Client trainee = Fixtures.richClient("Oefencliënt Groep 3");
        Conversation rolePlay = Talk.keukentafel(trainee, "Ik speel een cliënt met huurachterstand.");
        rolePlay.setKind(nl.leefwereld.model.ConversationKind.ROLE_PLAY);
        try (ConversationStore anna = Stores.openServer(url, "anna.noord", ANNA, StoreOptions.defaults())) {
            anna.saveClient(real);
            anna.saveConversation(realTalk);
            anna.saveClient(trainee);
            anna.saveConversation(rolePlay);
        }
        for (Client c : List.of(real, trainee)) {
            OrganisationDatabase.caseload(url, PostgresServer.SUPERUSER, admin(), "tina.trainer", c.getId(), true);
        }
        try (ConversationStore tina = Stores.openServer(url, "tina.trainer", TRAINER, StoreOptions.defaults())) {
            assertEquals(List.of("Oefencliënt Groep 3"), tina.listClients().stream().map(Client::getDisplayName).toList());
            assertNull(tina.loadClient(real.getId()));
            assertNotNull(tina.loadConversation(rolePlay.getId()));
        }
        try (Connection tina = PostgresServer.shared().connect(database(db), "tina.trainer", new String(TRAINER));
                Statement s = tina.createStatement()) {
            assertEquals(0, count(s, "SELECT COUNT(*) FROM client WHERE id = '" + real.getId() + "' OR display_name LIKE '%Echt%'"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM trajectory WHERE client_id = '" + real.getId() + "'"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM conversation WHERE id = '" + realTalk.getId() + "'"));
            assertEquals(1, count(s, "SELECT COUNT(*) FROM conversation WHERE id = '" + rolePlay.getId() + "'"));
        }
    }

    /**
     * What migrations 4 to 7 added is covered too: another team's memos and attribute sets stay hidden from
     * hand-written SQL, every professional's open checks the whole audit chain (through the owner's pseudonymising
     * function) although they read only their own clients' events, and organisation objects (trained models) are read
     * by every working role but written by a trainer only.
     */
    @Test
    void memosAttributeSetsTheAuditChainAndOrganisationObjectsFollowTheRules() throws Exception {
        Path db = temp.resolve("organisatie");
        String url = url(db);
        OrganisationDatabase.init(url, PostgresServer.SUPERUSER, admin());
        OrganisationDatabase.addUser(url, PostgresServer.SUPERUSER, admin(), "anna.noord", ANNA, Role.PROFESSIONAL);
        OrganisationDatabase.joinTeam(url, PostgresServer.SUPERUSER, admin(), "anna.noord", "wijk-noord");
        OrganisationDatabase.addUser(url, PostgresServer.SUPERUSER, admin(), "bert.zuid", BERT, Role.PROFESSIONAL);
        OrganisationDatabase.joinTeam(url, PostgresServer.SUPERUSER, admin(), "bert.zuid", "wijk-zuid");
        OrganisationDatabase.addUser(url, PostgresServer.SUPERUSER, admin(), "tina.trainer", TRAINER, Role.TRAINER);

        Client noord = Fixtures.richClient("Sanne Noord");
        assertFalse(noord.getAttributes().isEmpty());
        noord.getMemos().add(memo("Let op: schulden bij de buurman"));
        Conversation noordTalk = Talk.keukentafel(noord, "Mijn schulden bij de woningcorporatie lopen op.");
        noordTalk.getMemos().add(memo("Gesprek over de huurachterstand"));
        try (ConversationStore anna = Stores.openServer(url, "anna.noord", ANNA, StoreOptions.defaults())) {
            anna.saveClient(noord);
            anna.saveConversation(noordTalk);
            assertEquals(1, anna.loadClient(noord.getId()).getMemos().size());
        }
        Client zuid = Fixtures.richClient("Karel Zuid");
        zuid.getMemos().add(memo("Eigen memo van Bert"));
        try (ConversationStore bert = Stores.openServer(url, "bert.zuid", BERT, StoreOptions.defaults())) {
            AuditCheck check = bert.auditCheckAtOpen();
            assertTrue(check.intact(), check.toString());
            bert.saveClient(zuid);
            assertThrows(StoreException.class,
                    () -> bert.saveOrganisationObject(new OrganisationObject("model:mi", "v-bert", "{}")),
                    "a professional does not write organisation objects");
        }
        try (ConversationStore tina = Stores.openServer(url, "tina.trainer", TRAINER, StoreOptions.defaults())) {
            assertTrue(tina.auditCheckAtOpen().intact(), tina.auditCheckAtOpen().toString());
            tina.saveOrganisationObject(new OrganisationObject("model:mi", "v1", "{\"gewichten\": [1, 2]}"));
        }
        try (ConversationStore bert = Stores.openServer(url, "bert.zuid", BERT, StoreOptions.defaults())) {
            AuditCheck check = bert.auditCheckAtOpen();
            assertTrue(check.intact(), check.toString());
            assertTrue(check.eventsChecked() > bert.auditEvents(null).size(),
                    "the check covers events Bert may not read: " + check);
            assertEquals(List.of("v1"), bert.organisationObjects("model:mi").stream().map(OrganisationObject::id).toList());
        }

        try (Connection bert = PostgresServer.shared().connect(database(db), "bert.zuid", new String(BERT));
                Statement s = bert.createStatement()) {
            assertEquals(1, count(s, "SELECT COUNT(*) FROM memo"), "only his own client's memo");
            assertEquals(0, count(s, "SELECT COUNT(*) FROM memo WHERE memo_text LIKE '%schulden%' OR client_id = '"
                    + noord.getId() + "' OR conversation_id = '" + noordTalk.getId() + "'"));
            assertEquals(1, count(s, "SELECT COUNT(*) FROM client_attribute_set"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM client_attribute_set WHERE client_id = '" + noord.getId() + "'"));
            assertEquals(0, s.executeUpdate("UPDATE memo SET memo_text = 'weg' WHERE client_id = '" + noord.getId() + "'"));
            assertEquals(0, s.executeUpdate("DELETE FROM client_attribute_set WHERE client_id = '" + noord.getId() + "'"));
            assertEquals(0, s.executeUpdate("DELETE FROM extension_object WHERE client_id IS NULL AND conversation_id IS NULL"));
            // the chain's values of every event, but no client id in the clear and no detail
            assertTrue(count(s, "SELECT COUNT(*) FROM audit_chain_links()") > count(s, "SELECT COUNT(*) FROM audit_event"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM audit_chain_links() WHERE client_id = '" + noord.getId()
                    + "' OR object_id = '" + noordTalk.getId() + "' OR detail IS NOT NULL"));
            for (String attack : List.of(
                    "INSERT INTO memo (id, client_id, seq, memo_text) VALUES ('m-x', '" + noord.getId() + "', 9, 'erbij')",
                    "INSERT INTO client_attribute_set (client_id, attribute_count, attributes) VALUES ('" + noord.getId() + "', 0, '')",
                    "DELETE FROM audit_chain",
                    "DROP FUNCTION audit_chain_links()")) {
                assertThrows(SQLException.class, () -> s.execute(attack), attack);
            }
        }
        try (ConversationStore anna = Stores.openServer(url, "anna.noord", ANNA, StoreOptions.defaults())) {
            Client loaded = anna.loadClient(noord.getId());
            assertEquals(noord.getAttributes().size(), loaded.getAttributes().size());
            assertEquals("Let op: schulden bij de buurman", loaded.getMemos().get(0).getText());
            assertEquals(1, anna.loadConversation(noordTalk.getId()).getMemos().size());
            assertTrue(anna.auditCheckAtOpen().intact(), anna.auditCheckAtOpen().toString());
        }
    }

    private static Memo memo(String text) {
        Memo memo = ModelFactory.eINSTANCE.createMemo();
        memo.setId(Fixtures.id());
        memo.setText(text);
        memo.setAuthor("Sanne de Vries");
        memo.setCreated(new java.util.Date(1_700_000_000_000L));
        memo.setModified(new java.util.Date(1_700_000_000_000L));
        return memo;
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
