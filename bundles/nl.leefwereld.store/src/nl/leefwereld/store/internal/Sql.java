// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

/**
 * Every SQL statement the row classes ({@link ClientRows}, {@link ConversationRows}, {@link ExtensionRows},
 * {@link CodebookRows}, {@link Erasure}, {@link Maintenance}) run, apart from the code that maps rows to objects. This class is the Derby
 * dialect; another database (PostgreSQL for an organisation's store) subclasses it and overrides what differs,
 * and shares the row mappers. Parameters are positional and their order is part of each statement's contract.
 */
@SuppressWarnings("nls")
public class Sql {

    /** The Derby dialect. */
    public static final Sql DERBY = new Sql();

    protected Sql() {
    }

    // --------------------------------------------------------------------------------------- dialect hooks

    /** Whether this is Derby (files of its own, system procedures) rather than a server database. */
    public boolean isDerby() {
        return true;
    }

    /** The JDBC type to bind a NULL of this column type with. */
    public int nullType(int jdbcType) {
        return jdbcType;
    }

    /**
     * One statement of a migration (written in Derby's SQL) as this dialect's statements. Derby runs it as it is;
     * {@link PostgresSql} translates types and triggers.
     */
    public java.util.List<String> ddl(String statement) {
        return java.util.List.of(statement);
    }

    /** Whether erasure rewrites the tables' files ({@link #compressTable()}) to take deleted rows off the disk. */
    public boolean compressesTables() {
        return true;
    }

    /** Whether the table {@code schema_version} exists in the application's schema. */
    public boolean versionTableExists(java.sql.Connection connection) throws java.sql.SQLException {
        try (java.sql.ResultSet rs = connection.getMetaData().getTables(null, null, "SCHEMA_VERSION",
                new String[] { "TABLE" })) {
            return rs.next();
        }
    }

    /**
     * The dialect of the database behind this connection (for code that gets only a connection, such as the audit
     * log and the migrations). Another dialect adds its product name here.
     */
    public static Sql of(java.sql.Connection c) throws java.sql.SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()) ? PostgresSql.POSTGRES : DERBY; //$NON-NLS-1$
    }

    // ----------------------------------------------------------------------------------------------- clients

    public String countClients() {
        return "SELECT COUNT(*) FROM client";
    }

    public String clientIds() {
        return "SELECT id FROM client";
    }

    /** id, display_name, pseudonym of one client (id) or of all, by name. */
    public String clients(boolean one) {
        return one ? "SELECT id, display_name, pseudonym FROM client WHERE id = ?"
                : "SELECT id, display_name, pseudonym FROM client ORDER BY UPPER(display_name), id";
    }

    /** client_id, attribute_count, attributes (encoded by {@link ClientRows#encodeAttributes}). */
    public String clientAttributes(boolean one) {
        return one ? "SELECT client_id, attribute_count, attributes FROM client_attribute_set WHERE client_id = ?"
                : "SELECT client_id, attribute_count, attributes FROM client_attribute_set";
    }

    /** client_id, seq, purpose, given, consent_date. */
    public String consents(boolean one) {
        return one ? "SELECT client_id, seq, purpose, given, consent_date FROM consent WHERE client_id = ? ORDER BY seq"
                : "SELECT client_id, seq, purpose, given, consent_date FROM consent ORDER BY client_id, seq";
    }

    /** client_id, seq, id, note_text, author, created. */
    public String clientNotes(boolean one) {
        return one ? "SELECT client_id, seq, id, note_text, author, created FROM note WHERE client_id = ? ORDER BY seq"
                : "SELECT client_id, seq, id, note_text, author, created FROM note WHERE client_id IS NOT NULL ORDER BY client_id, seq";
    }

    /** client_id, id, title, kind, change_goal, start_date. */
    public String trajectories(boolean one) {
        return one ? "SELECT client_id, id, title, kind, change_goal, start_date FROM trajectory WHERE client_id = ? ORDER BY seq"
                : "SELECT client_id, id, title, kind, change_goal, start_date FROM trajectory ORDER BY client_id, seq";
    }

    /** trajectory_id, id, title, conversation_date, kind, lang: the headers, never the content. */
    public String conversationHeaders(boolean one) {
        return one ? "SELECT v.trajectory_id, v.id, v.title, v.conversation_date, v.kind, v.lang FROM conversation v JOIN trajectory t ON v.trajectory_id = t.id WHERE t.client_id = ? ORDER BY v.trajectory_id, v.conversation_date, v.id"
                : "SELECT trajectory_id, id, title, conversation_date, kind, lang FROM conversation ORDER BY trajectory_id, conversation_date, id";
    }

    /** display_name, pseudonym, current_timestamp, id. */
    public String updateClient() {
        return "UPDATE client SET display_name = ?, pseudonym = ?, version = version + 1, updated_at = ? WHERE id = ?";
    }

    /** id, display_name, pseudonym, updated_at. */
    public String insertClient() {
        return "INSERT INTO client (id, display_name, pseudonym, version, updated_at) VALUES (?, ?, ?, 1, ?)";
    }

    /** client_id, attribute_count, attributes: all core attributes of one client in one row. */
    public String insertClientAttributes() {
        return "INSERT INTO client_attribute_set (client_id, attribute_count, attributes) VALUES (?, ?, ?)";
    }

    /** client_id, seq, purpose, given, consent_date. */
    public String insertConsent() {
        return "INSERT INTO consent (client_id, seq, purpose, given, consent_date) VALUES (?, ?, ?, ?, ?)";
    }

    /** client_id, seq, id, note_text, author, created. */
    public String insertClientNote() {
        return "INSERT INTO note (client_id, seq, id, note_text, author, created) VALUES (?, ?, ?, ?, ?, ?)";
    }

    public String deleteClientAttributes() {
        return "DELETE FROM client_attribute_set WHERE client_id = ?";
    }

    public String deleteConsents() {
        return "DELETE FROM consent WHERE client_id = ?";
    }

    public String deleteClientNotes() {
        return "DELETE FROM note WHERE client_id = ?";
    }

    public String clientExists() {
        return "SELECT 1 FROM client WHERE id = ?";
    }

    public String clientNames() {
        return "SELECT display_name, pseudonym FROM client WHERE id = ?";
    }

    // ------------------------------------------------------------------------------------------ trajectories

    /** client_id, seq, title, kind, change_goal, start_date, id. */
    public String updateTrajectory() {
        return "UPDATE trajectory SET client_id = ?, seq = ?, title = ?, kind = ?, change_goal = ?, start_date = ? WHERE id = ?";
    }

    /** client_id, seq, title, kind, change_goal, start_date, id. */
    public String insertTrajectory() {
        return "INSERT INTO trajectory (client_id, seq, title, kind, change_goal, start_date, id) VALUES (?, ?, ?, ?, ?, ?, ?)";
    }

    public String trajectoryExists() {
        return "SELECT 1 FROM trajectory WHERE id = ?";
    }

    public String clientHasTrajectory() {
        return "SELECT 1 FROM trajectory WHERE client_id = ?";
    }

    public String nextTrajectorySeq() {
        return "SELECT COALESCE(MAX(seq) + 1, 0) FROM trajectory WHERE client_id = ?";
    }

    public String clientOfTrajectory() {
        return "SELECT client_id FROM trajectory WHERE id = ?";
    }

    public String trajectoriesOfClient() {
        return "SELECT id FROM trajectory WHERE client_id = ?";
    }

    // ----------------------------------------------------------------------------------------- conversations

    public String clientOfConversation() {
        return "SELECT t.client_id FROM conversation v JOIN trajectory t ON v.trajectory_id = t.id WHERE v.id = ?";
    }

    public String conversationsOfClient() {
        return "SELECT v.id FROM conversation v JOIN trajectory t ON v.trajectory_id = t.id WHERE t.client_id = ?";
    }

    public String conversationsOfTrajectory() {
        return "SELECT id FROM conversation WHERE trajectory_id = ?";
    }

    public String conversationExists() {
        return "SELECT 1 FROM conversation WHERE id = ?";
    }

    public String conversationVersion() {
        return "SELECT version FROM conversation WHERE id = ?";
    }

    /** id, version of every conversation. */
    public String conversationVersions() {
        return "SELECT id, version FROM conversation";
    }

    /** user_name, event_time of the last change of an object. */
    public String lastChange() {
        return "SELECT user_name, event_time FROM audit_event WHERE object_id = ? AND action = 'CHANGE' ORDER BY id DESC";
    }

    /**
     * trajectory_id, title, conversation_date, kind, lang, updated_at, id[, the version loaded when
     * {@code checked}].
     */
    public String updateConversation(boolean checked) {
        return "UPDATE conversation SET trajectory_id = ?, title = ?, conversation_date = ?, kind = ?, lang = ?, updated_at = ?, version = version + 1 WHERE id = ?"
                + (checked ? " AND version = ?" : "");
    }

    /** trajectory_id, title, conversation_date, kind, lang, updated_at, id. */
    public String insertConversation() {
        return "INSERT INTO conversation (trajectory_id, title, conversation_date, kind, lang, updated_at, id, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)";
    }

    /** trajectory_id, updated_at, id. */
    public String moveConversation() {
        return "UPDATE conversation SET trajectory_id = ?, updated_at = ?, version = version + 1 WHERE id = ?";
    }

    /** The count of utterances per conversation id. */
    public String utteranceCounts() {
        return "SELECT conversation_id, COUNT(*) FROM utterance GROUP BY conversation_id";
    }

    /** id, name, organisation, job_function of the professionals taking part in a conversation. */
    public String professionalsOfConversation() {
        return professionalsOfConversations(true);
    }

    /**
     * id, name, organisation, job_function, conversation_id of the professionals taking part in one conversation
     * (id) or in every conversation (one query for all, {@link ConversationRows#readContents}).
     */
    public String professionalsOfConversations(boolean one) {
        return "SELECT DISTINCT p.id, p.name, p.organisation, p.job_function, x.conversation_id FROM professional p JOIN participant x ON x.professional_id = p.id"
                + (one ? " WHERE x.conversation_id = ?" : "");
    }

    /** name, organisation, job_function, id. */
    public String updateProfessional() {
        return "UPDATE professional SET name = ?, organisation = ?, job_function = ? WHERE id = ?";
    }

    /** name, organisation, job_function, id. */
    public String insertProfessional() {
        return "INSERT INTO professional (name, organisation, job_function, id) VALUES (?, ?, ?, ?)";
    }

    /** id, seq, name, participant_role, professional_id. */
    public String participants() {
        return participants(true);
    }

    /** id, seq, name, participant_role, professional_id, conversation_id: of one conversation (id) or of all. */
    public String participants(boolean one) {
        return "SELECT id, seq, name, participant_role, professional_id, conversation_id FROM participant"
                + (one ? " WHERE conversation_id = ? ORDER BY seq" : " ORDER BY conversation_id, seq");
    }

    /** id, seq, speaker_id, utterance_text, start_millis, end_millis. */
    public String utterances() {
        return utterances(true);
    }

    /** id, seq, speaker_id, utterance_text, start_millis, end_millis, conversation_id: of one conversation or all. */
    public String utterances(boolean one) {
        return "SELECT id, seq, speaker_id, utterance_text, start_millis, end_millis, conversation_id FROM utterance"
                + (one ? " WHERE conversation_id = ? ORDER BY seq" : " ORDER BY conversation_id, seq");
    }

    /**
     * id, seq, utterance_id, span_start, span_end, method_id, code_id, coder, origin, confidence, reason, note,
     * span_detached.
     */
    public String annotations() {
        return annotations(true);
    }

    /** As {@link #annotations()}, then conversation_id: of one conversation (id) or of all. */
    public String annotations(boolean one) {
        return "SELECT id, seq, utterance_id, span_start, span_end, method_id, code_id, coder, origin, confidence, reason, note, span_detached, conversation_id FROM annotation"
                + (one ? " WHERE conversation_id = ? ORDER BY seq" : " ORDER BY conversation_id, seq");
    }

    /** conversation_id, seq, id, note_text, author, created. */
    public String conversationNotes() {
        return conversationNotes(true);
    }

    /** conversation_id, seq, id, note_text, author, created: of one conversation (id) or of all. */
    public String conversationNotes(boolean one) {
        return "SELECT conversation_id, seq, id, note_text, author, created FROM note"
                + (one ? " WHERE conversation_id = ? ORDER BY seq" : " WHERE conversation_id IS NOT NULL ORDER BY conversation_id, seq");
    }

    /** conversation_id, id, seq, name, participant_role, professional_id. */
    public String insertParticipant() {
        return "INSERT INTO participant (conversation_id, id, seq, name, participant_role, professional_id) VALUES (?, ?, ?, ?, ?, ?)";
    }

    /** conversation_id, id, seq, speaker_id, utterance_text, start_millis, end_millis. */
    public String insertUtterance() {
        return "INSERT INTO utterance (conversation_id, id, seq, speaker_id, utterance_text, start_millis, end_millis) VALUES (?, ?, ?, ?, ?, ?, ?)";
    }

    /**
     * conversation_id, id, seq, utterance_id, span_start, span_end, method_id, code_id, coder, origin, confidence,
     * reason, note, span_detached.
     */
    public String insertAnnotation() {
        return "INSERT INTO annotation (conversation_id, id, seq, utterance_id, span_start, span_end, method_id, code_id, coder, origin, confidence, reason, note, span_detached) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    /** conversation_id, seq, id, note_text, author, created. */
    public String insertConversationNote() {
        return "INSERT INTO note (conversation_id, seq, id, note_text, author, created) VALUES (?, ?, ?, ?, ?, ?)";
    }

    /** seq, name, participant_role, professional_id, then conversation_id, id. */
    public String updateParticipant() {
        return "UPDATE participant SET seq = ?, name = ?, participant_role = ?, professional_id = ? WHERE conversation_id = ? AND id = ?";
    }

    /** seq, speaker_id, utterance_text, start_millis, end_millis, then conversation_id, id. */
    public String updateUtterance() {
        return "UPDATE utterance SET seq = ?, speaker_id = ?, utterance_text = ?, start_millis = ?, end_millis = ? WHERE conversation_id = ? AND id = ?";
    }

    /**
     * seq, utterance_id, span_start, span_end, method_id, code_id, coder, origin, confidence, reason, note,
     * span_detached, then conversation_id, id.
     */
    public String updateAnnotation() {
        return "UPDATE annotation SET seq = ?, utterance_id = ?, span_start = ?, span_end = ?, method_id = ?, code_id = ?, coder = ?, origin = ?, confidence = ?, reason = ?, note = ?, span_detached = ? WHERE conversation_id = ? AND id = ?";
    }

    /** Deletes one row (conversation_id, id) of {@code participant}, {@code utterance} or {@code annotation}. */
    public String deleteRow(String table) {
        return "DELETE FROM " + table + " WHERE conversation_id = ? AND id = ?";
    }

    /** Deletes the rows of one table ({@code annotation}, {@code utterance}, …) of one conversation. */
    public String deleteOfConversation(String table) {
        return "DELETE FROM " + table + " WHERE conversation_id = ?";
    }

    /** Deletes the rows of one table of the conversations the query (taking one parameter) selects. */
    public String deleteOfConversations(String table, String idQuery) {
        return "DELETE FROM " + table + " WHERE conversation_id IN (" + idQuery + ")";
    }

    public String deleteConversation() {
        return "DELETE FROM conversation WHERE id = ?";
    }

    public String deleteConversations(String idQuery) {
        return "DELETE FROM conversation WHERE id IN (" + idQuery + ")";
    }

    public String deleteTrajectory() {
        return "DELETE FROM trajectory WHERE id = ?";
    }

    /** Deletes the rows of one table ({@code trajectory}, {@code client_attribute_set}, …) of one client. */
    public String deleteOfClient(String table) {
        return "DELETE FROM " + table + " WHERE client_id = ?";
    }

    public String deleteClient() {
        return "DELETE FROM client WHERE id = ?";
    }

    // ------------------------------------------------------------------------------------------------- memos

    private static final String MEMO_COLUMNS = MemoRows.COLUMNS;

    /** client_id, then {@link MemoRows#COLUMNS}: the memos on clients (all, or one client's). */
    public String clientMemos(boolean one) {
        return one ? "SELECT client_id, " + MEMO_COLUMNS + " FROM memo WHERE client_id = ? ORDER BY seq"
                : "SELECT client_id, " + MEMO_COLUMNS + " FROM memo WHERE client_id IS NOT NULL ORDER BY client_id, seq";
    }

    /** conversation_id, then {@link MemoRows#COLUMNS}. */
    public String conversationMemos() {
        return conversationMemos(true);
    }

    /** conversation_id, then {@link MemoRows#COLUMNS}: of one conversation (id) or of all. */
    public String conversationMemos(boolean one) {
        return "SELECT conversation_id, " + MEMO_COLUMNS + " FROM memo"
                + (one ? " WHERE conversation_id = ? ORDER BY seq" : " WHERE conversation_id IS NOT NULL ORDER BY conversation_id, seq");
    }

    /** client_id, then {@link MemoRows#COLUMNS}. */
    public String insertClientMemo() {
        return "INSERT INTO memo (client_id, " + MEMO_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    /** conversation_id, then {@link MemoRows#COLUMNS}. */
    public String insertConversationMemo() {
        return "INSERT INTO memo (conversation_id, " + MEMO_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    // ---------------------------------------------------------------------------------------- extension rows

    /** row_id, client_id, feature, pos, object_id, ns_uri, class_name, xmi of a client's own objects. */
    public String clientExtensions(boolean one) {
        return one ? "SELECT row_id, client_id, feature, pos, object_id, ns_uri, class_name, xmi FROM extension_object WHERE client_id = ? AND conversation_id IS NULL ORDER BY pos"
                : "SELECT row_id, client_id, feature, pos, object_id, ns_uri, class_name, xmi FROM extension_object WHERE client_id IS NOT NULL AND conversation_id IS NULL ORDER BY client_id, pos";
    }

    /** row_id, conversation_id, feature, pos, object_id, ns_uri, class_name, xmi. */
    public String conversationExtensions() {
        return conversationExtensions(true);
    }

    /** As {@link #conversationExtensions()}: the objects of one conversation (id) or of all. */
    public String conversationExtensions(boolean one) {
        return "SELECT row_id, conversation_id, feature, pos, object_id, ns_uri, class_name, xmi FROM extension_object"
                + (one ? " WHERE conversation_id = ? ORDER BY pos" : " WHERE conversation_id IS NOT NULL ORDER BY conversation_id, pos");
    }

    /** row_id, feature, object_id, ns_uri, xmi of a client's own objects (for the delete before a write). */
    public String clientExtensionsToReplace() {
        return "SELECT row_id, feature, object_id, ns_uri, xmi FROM extension_object WHERE client_id = ? AND conversation_id IS NULL";
    }

    /** row_id, feature, object_id, ns_uri, xmi of a conversation's objects (for the delete before a write). */
    public String conversationExtensionsToReplace() {
        return "SELECT row_id, feature, object_id, ns_uri, xmi FROM extension_object WHERE conversation_id = ?";
    }

    /** client_id, conversation_id, feature, pos, object_id, ns_uri, class_name, xmi. */
    public String insertExtension() {
        return "INSERT INTO extension_object (client_id, conversation_id, feature, pos, object_id, ns_uri, class_name, xmi) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    }

    /** object_id, xmi of the organisation's objects of one feature (neither client nor conversation), oldest first. */
    public String organisationObjects() {
        return "SELECT object_id, xmi FROM extension_object WHERE client_id IS NULL AND conversation_id IS NULL AND feature = ? ORDER BY row_id";
    }

    public String deleteOrganisationObject() {
        return "DELETE FROM extension_object WHERE client_id IS NULL AND conversation_id IS NULL AND feature = ? AND object_id = ?";
    }

    public String deleteExtension() {
        return "DELETE FROM extension_object WHERE row_id = ?";
    }

    // ------------------------------------------------------------------------------------ erasure, backup

    /** The application's tables, by name. */
    public String applicationTables() {
        return "SELECT t.tablename FROM sys.systables t JOIN sys.sysschemas sc ON t.schemaid = sc.schemaid"
                + " WHERE sc.schemaname = 'APP' AND t.tabletype = 'T' ORDER BY t.tablename";
    }

    /** Rewrites one table (its name the parameter) so that deleted rows leave the disk. */
    public String compressTable() {
        return "CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE('APP', ?, 1)";
    }

    public String checkpoint() {
        return "CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()";
    }

    /** Sets (parameter) or removes (NULL) the harmless property erasure writes to fill the log. */
    public String setLogFiller() {
        return "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('leefwereld.erasureLogFiller', ?)";
    }

    public String clearLogFiller() {
        return "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('leefwereld.erasureLogFiller', NULL)";
    }

    /** Backs the database up into the folder given. */
    public String backup() {
        return "CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)";
    }

    // ------------------------------------------------------------------------------------------- codebooks

    /** method_id, seq, code_id, name, description, colour. */
    public String codebookEntries() {
        return "SELECT method_id, seq, code_id, name, description, colour FROM codebook_entry ORDER BY method_id, seq";
    }

    /** method_id, seq, code_id, name, description, colour. */
    public String insertCodebookEntry() {
        return "INSERT INTO codebook_entry (method_id, seq, code_id, name, description, colour) VALUES (?, ?, ?, ?, ?, ?)";
    }

    /** name, description, colour, then method_id, code_id. */
    public String updateCodebookEntry() {
        return "UPDATE codebook_entry SET name = ?, description = ?, colour = ? WHERE method_id = ? AND code_id = ?";
    }

    // ------------------------------------------------------------------------------- audit log and its chain

    /** event_time, user_name, action, client_id, object_id, detail, chain_pos, detail_digest, chain_mac, chain_link. */
    public String insertAuditEvent() {
        return "INSERT INTO audit_event (event_time, user_name, action, client_id, object_id, detail, chain_pos, detail_digest, chain_mac, chain_link) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    /** Takes the write lock on the chain's head (held until the transaction ends): audit writers queue here. */
    public String lockAuditChain() {
        return "UPDATE audit_chain SET chain_length = chain_length WHERE id = 1";
    }

    /** chain_length, chain_key, last_mac, last_link. */
    public String auditChainHead() {
        return "SELECT chain_length, chain_key, last_mac, last_link FROM audit_chain WHERE id = 1";
    }

    /** chain_length, chain_key, last_mac, last_link. */
    public String updateAuditChain() {
        return "UPDATE audit_chain SET chain_length = ?, chain_key = ?, last_mac = ?, last_link = ? WHERE id = 1";
    }

    /** chain_length, chain_key, last_mac, last_link. */
    public String insertAuditChain() {
        return "INSERT INTO audit_chain (id, chain_length, chain_key, last_mac, last_link) VALUES (1, ?, ?, ?, ?)";
    }

    /** id, event_time, user_name, action, client_id, object_id, detail, chain_pos, detail_digest, chain_mac, chain_link. */
    public String auditChainRows() {
        return "SELECT id, event_time, user_name, action, client_id, object_id, detail, chain_pos, detail_digest, chain_mac, chain_link FROM audit_event ORDER BY id";
    }

    /**
     * The rows the check without key (at open) reads, columns as {@link #auditChainRows()}. A dialect whose users
     * may see only some events ({@link PostgresSql}: row-level security) reads every event's chain values through
     * the schema owner instead, the ids pseudonymised ({@link AuditChain#pseudonymised}), no detail, and a twelfth
     * column saying whether the event was anonymised ({@link #auditChainLinksPseudonymised()}).
     */
    public String auditChainLinks() {
        return auditChainRows();
    }

    /** Whether {@link #auditChainLinks()} gives the ids pseudonymised and the anonymisation flag as column 12. */
    public boolean auditChainLinksPseudonymised() {
        return false;
    }

    /** The erasures the check without key reads (see {@link #auditErasures()}). */
    public String auditChainErasures() {
        return auditErasures();
    }

    /** client_id (a hash), the last chain_pos of the ERASE events of each erased client. */
    public String auditErasures() {
        return "SELECT client_id, MAX(chain_pos) FROM audit_event WHERE action = 'ERASE' GROUP BY client_id";
    }

    /** chain_pos, detail_digest, chain_mac, chain_link, id: chains an event written before the chain existed. */
    public String chainAuditEvent() {
        return "UPDATE audit_event SET chain_pos = ?, detail_digest = ?, chain_mac = ?, chain_link = ? WHERE id = ?";
    }

    /**
     * Migration 7, before the existing events are chained: the chain's columns and head, and the guard against
     * updates lifted (Derby: the trigger; a database that guards by privilege returns nothing here).
     */
    public java.util.List<String> auditChainSchema() {
        return java.util.List.of("ALTER TABLE audit_event ADD COLUMN chain_pos BIGINT",
                "ALTER TABLE audit_event ADD COLUMN detail_digest VARCHAR(64)",
                "ALTER TABLE audit_event ADD COLUMN chain_mac VARCHAR(64)",
                "ALTER TABLE audit_event ADD COLUMN chain_link VARCHAR(64)",
                "CREATE TABLE audit_chain (id INTEGER NOT NULL PRIMARY KEY, chain_length BIGINT NOT NULL, chain_key VARCHAR(64) NOT NULL, last_mac VARCHAR(64) NOT NULL, last_link VARCHAR(64) NOT NULL)",
                "DROP TRIGGER audit_event_no_update");
    }

    /**
     * Migration 7, after the events are chained: the guard against updates again, now also keeping the chain's
     * values; the one update it allows is the anonymisation of an erased client's events (ids become hashes, the
     * detail is emptied except that of an export).
     */
    public java.util.List<String> auditChainGuard() {
        return java.util.List.of("CREATE TRIGGER audit_event_no_update AFTER UPDATE ON audit_event REFERENCING OLD AS o NEW AS n FOR EACH ROW"
                + " WHEN (NOT (((n.client_id LIKE 'sha256:%' AND (o.client_id IS NULL OR o.client_id NOT LIKE 'sha256:%'))"
                + " OR (n.client_id IS NULL AND o.client_id IS NULL AND n.object_id LIKE 'sha256:%' AND o.object_id NOT LIKE 'sha256:%'))"
                + " AND (n.object_id IS NULL OR n.object_id LIKE 'sha256:%')"
                + " AND (n.detail IS NULL OR o.action = 'EXPORT')"
                + " AND n.event_time = o.event_time AND n.user_name = o.user_name AND n.action = o.action"
                + " AND n.chain_pos = o.chain_pos AND n.chain_mac = o.chain_mac AND n.chain_link = o.chain_link"
                + " AND ((n.detail_digest IS NULL AND o.detail_digest IS NULL) OR n.detail_digest = o.detail_digest)))"
                + " INSERT INTO audit_guard (audit_log_is_append_only) VALUES (NULL)");
    }
}
