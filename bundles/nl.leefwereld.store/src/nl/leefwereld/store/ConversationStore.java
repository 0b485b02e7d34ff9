// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;

/**
 * Persistence of clients and conversations. Implementations are thread-safe: calls are serialised.
 * Every save is one transaction; on failure a {@link StoreException} is thrown and nothing changes.
 */
public interface ConversationStore extends AutoCloseable {

    /** The file in a backup copy with its rows per table and the checksum of every file. */
    String BACKUP_MANIFEST = "leefwereld-backup.manifest"; //$NON-NLS-1$

    /**
     * All clients, each with its attributes, consents, notes and trajectories, and each trajectory with its
     * conversation headers (id, title, date, kind, language). Never loads participants, utterances, annotations.
     */
    List<Client> listClients();

    /** Same shape as one element of {@link #listClients()}, or null. */
    Client loadClient(String clientId);

    /**
     * A full conversation (participants, utterances in order, annotations, notes, assessments), contained in a
     * header copy of its Trajectory, itself contained in a header copy of its Client; null when unknown.
     */
    Conversation loadConversation(String conversationId);

    /**
     * Every client as {@link #listClients()} gives it, but with every conversation in full, as
     * {@link #loadConversation} gives it (the headers replaced by the full conversations), for work over all
     * clients such as a persona build. The store reads each table once for all conversations, not once per
     * conversation; each conversation is audited as opened, as {@link #loadConversation} would. This default loads
     * the conversations one by one.
     */
    default List<Client> listClientsWithConversations() {
        List<Client> clients = listClients();
        for (Client client : clients) {
            for (nl.leefwereld.model.Trajectory trajectory : client.getTrajectories()) {
                for (int i = 0; i < trajectory.getConversations().size(); i++) {
                    Conversation full = loadConversation(trajectory.getConversations().get(i).getId());
                    if (full != null) {
                        trajectory.getConversations().set(i, full);
                    }
                }
            }
        }
        return clients;
    }

    /**
     * Inserts or updates the client row and its attributes/consents/notes and trajectory rows (not conversation
     * content). One transaction. Trajectories missing from the client are not deleted (a header copy of a client
     * holds only some of them); use {@link #deleteTrajectory(String)} for that.
     */
    void saveClient(Client client);

    /**
     * Saves many clients as {@link #saveClient(Client)} does, for imports: in the Derby store in one transaction
     * (all or none are stored), which is what makes importing tens of thousands of clients take seconds, and
     * audited as one event for the whole list (not one per client) when it holds more than one. This default saves
     * them one by one.
     */
    default void saveClients(List<Client> clients) {
        clients.forEach(this::saveClient);
    }

    /**
     * Inserts or replaces the whole conversation (header, participants, utterances, annotations, notes,
     * assessments, and objects of unknown method EPackages). conversation.getTrajectory() must be set and already
     * saved (or saved in the same call). One transaction: on failure nothing changes.
     */
    void saveConversation(Conversation conversation);

    /**
     * Saves several conversations in one transaction: all are stored, or (on any failure, or when the process
     * dies halfway) none. Each as in {@link #saveConversation(Conversation)}.
     */
    default void saveConversations(List<Conversation> conversations) {
        throw new UnsupportedOperationException();
    }

    /**
     * Erases a client (right to erasure): the client row, attributes, consents, notes, assessments and other
     * method objects, trajectories, and all their conversations with participants, utterances, annotations, notes
     * and assessments. In the same transaction the audit events about the client are anonymised (ids replaced by
     * {@code sha256:} hashes, details emptied) and an {@link AuditAction#ERASE} event is added.
     */
    void deleteClient(String clientId);

    /**
     * Erases a client as {@link #deleteClient(String)} does, then makes the erasure real on disk: the tables are
     * compressed and a checkpoint is forced, so neither the data files nor the transaction log keep the deleted
     * rows. Backups made before still hold them (encrypted when the database was).
     */
    default ErasureReport eraseClient(String clientId) {
        throw new UnsupportedOperationException();
    }

    /**
     * Verifies the database: Derby's {@code SYSCS_CHECK_TABLE} on every table, and the rows per table. The report
     * lists what is wrong; nothing is changed.
     */
    default IntegrityReport checkIntegrity() {
        throw new UnsupportedOperationException();
    }

    void deleteConversation(String conversationId);

    /** Deletes a trajectory with all its conversations. */
    void deleteTrajectory(String trajectoryId);

    /**
     * Moves a conversation, with everything in it, into another trajectory (possibly of another client). One
     * transaction; recorded in the audit log of the old and the new client. Throws a {@link StoreException} naming
     * the unknown id when the conversation or the trajectory does not exist; then nothing changes.
     */
    default void moveConversation(String conversationId, String trajectoryId) {
        throw new UnsupportedOperationException();
    }

    int countClients();

    /**
     * The number of utterances of each conversation that has any, by conversation id: one query, so listing a
     * database shows its sizes without loading (and auditing as opened) every conversation.
     */
    Map<String, Integer> countUtterances();

    /** The database folder (embedded) or the JDBC URL. */
    String location();

    @Override
    void close();

    // ------------------------------------------------------------------ added for privacy and security (#9)

    /**
     * Records an event in the audit log (for reads and exports the store cannot see, e.g. an export to a file).
     * Saves and deletes are recorded by the store itself, in their own transaction.
     */
    default void audit(AuditAction action, String clientId, String objectId, String detail) {
        throw new UnsupportedOperationException();
    }

    /**
     * Audit events, oldest first; of one client when {@code clientId} is not null (also the anonymised events of
     * a client erased under that id). The log cannot be changed through the store.
     */
    default List<AuditEvent> auditEvents(String clientId) {
        throw new UnsupportedOperationException();
    }

    /**
     * An online backup (the database stays usable) into {@code folder}; returns the folder of the copy
     * ({@code folder/<database name>}), which {@link Stores#restore} takes. The copy of an encrypted database is
     * encrypted with the same password. A manifest in the copy ({@value #BACKUP_MANIFEST}) holds the rows per
     * table and the size and SHA-256 of every file, which {@link Stores#restore} verifies.
     */
    default Path backup(Path folder) {
        throw new UnsupportedOperationException();
    }

    /** Retention periods in months by trajectory kind; the kind {@code "*"} applies to kinds not listed. */
    default Map<String, Integer> retentionPeriods() {
        throw new UnsupportedOperationException();
    }

    /** Sets the retention period of a trajectory kind ({@code "*"}: every other kind); months &lt;= 0 removes it. */
    default void setRetentionPeriod(String trajectoryKind, int months) {
        throw new UnsupportedOperationException();
    }

    /** Trajectories whose retention period has passed at {@code now}. */
    default List<RetentionItem> retentionDue(Instant now) {
        throw new UnsupportedOperationException();
    }

    /**
     * Deletes what {@link #retentionDue(Instant)} lists, in one transaction, with audit events; a client left
     * without trajectories by this is erased as in {@link #deleteClient(String)}. Returns what was deleted.
     */
    default List<RetentionItem> applyRetention(Instant now) {
        throw new UnsupportedOperationException();
    }

    // ------------------------------------------------------------------------------------ codebooks (#19)

    /** The codebook entries kept in the store, by method id, each list in the order saved. */
    default Map<String, List<CodebookEntry>> codebooks() {
        return Map.of();
    }

    /**
     * Adds the entries to the method's codebook in the store, or updates those with a code id it has; other entries
     * are kept. One transaction, recorded in the audit log.
     */
    default void saveCodebook(String methodId, List<CodebookEntry> entries) {
        throw new UnsupportedOperationException();
    }

    // ------------------------------------------------------------------------- tamper-evident audit (#20)

    /**
     * Checks the audit log's hash chain: every event in its place (no gap, nothing inserted), each hash link, the
     * chain's head (nothing removed at the end), and that events carry hashed ids only after an erasure of that
     * client. With {@code key} (what {@link #auditKey()} gave the privacy officer) also each event's MAC and detail
     * from the key's place on, which whoever reads the database later cannot recompute. Changes nothing.
     *
     * @param key the privacy officer's key text, or null
     * @throws StoreException when the key is not a key of this log
     */
    default AuditCheck verifyAudit(String key) {
        throw new UnsupportedOperationException();
    }

    /**
     * The key of the next audit event, for the privacy officer to keep outside the database: with it
     * {@link #verifyAudit(String)} checks every event from then on. Recorded in the audit log.
     */
    default String auditKey() {
        throw new UnsupportedOperationException();
    }

    /**
     * The check of the audit chain without key, made once per opened store when first asked (not during the open
     * itself, whose time would grow with the audit log), or null when none can be made.
     */
    default AuditCheck auditCheckAtOpen() {
        return null;
    }

    // ------------------------------------------------------------------ organisation objects (#21)

    /**
     * Stores an object of the organisation (replacing one of the same kind and id), in one transaction, audited as
     * a change.
     */
    default void saveOrganisationObject(OrganisationObject object) {
        throw new UnsupportedOperationException();
    }

    /** The organisation's objects of this kind, oldest first. */
    default java.util.List<OrganisationObject> organisationObjects(String kind) {
        throw new UnsupportedOperationException();
    }
}
