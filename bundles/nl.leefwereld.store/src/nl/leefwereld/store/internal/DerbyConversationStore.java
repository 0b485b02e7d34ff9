// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.CodebookEntry;
import nl.leefwereld.store.AuditCheck;
import nl.leefwereld.store.AuditEvent;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.ErasureReport;
import nl.leefwereld.store.IntegrityReport;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.OrganisationObject;
import nl.leefwereld.store.RetentionItem;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;

/**
 * The store on a Derby database: the {@link ConversationStore} API over the transaction façade
 * ({@link Transactions}) and the row classes, each one area of the schema with its SQL in {@link Sql}:
 * {@link ClientRows}, {@link ConversationRows}, {@link ExtensionRows} (objects of method packages as XMI),
 * {@link Erasure} (deleting), {@link Maintenance} (backup, retention). Opening, encryption and restore are in
 * {@link DatabaseLifecycle}. Every call here is one transaction, audited where it changes or opens client data.
 * {@link PostgresConversationStore} is the same store in an organisation's PostgreSQL database (dialect
 * {@link PostgresSql}); it overrides only what depends on Derby's files.
 */
public class DerbyConversationStore implements ConversationStore {

    private final Transactions tx;
    private final Sql sql;
    private final ClientRows clientRows;
    private final ConversationRows conversationRows;
    private final Erasure erasure;
    private final Maintenance maintenance;
    private final CodebookRows codebookRows;
    private final ExtensionRows extensionRows;
    private static final System.Logger LOG = System.getLogger(DerbyConversationStore.class.getName());

    private volatile AuditCheck auditCheckAtOpen;

    DerbyConversationStore(Transactions tx) {
        this.tx = tx;
        this.sql = tx.sql();
        this.extensionRows = new ExtensionRows(sql);
        this.clientRows = new ClientRows(sql, extensionRows);
        this.conversationRows = new ConversationRows(sql, clientRows, extensionRows);
        this.erasure = new Erasure(sql, tx);
        this.maintenance = new Maintenance(sql, tx, erasure);
        this.codebookRows = new CodebookRows(sql);
    }

    final Transactions transactions() {
        return tx;
    }

    StoreOptions options() {
        return tx.options();
    }

    @Override
    public String location() {
        return tx.location();
    }

    @Override
    public void close() {
        tx.close();
    }

    // ------------------------------------------------------------------------------------------------ reading

    @Override
    public int countClients() {
        return tx.read(clientRows::count);
    }

    @Override
    public Map<String, Integer> countUtterances() {
        return tx.read(conversationRows::countUtterances);
    }

    @Override
    public List<Client> listClients() {
        return tx.read(c -> new ArrayList<>(clientRows.read(c, null).values()));
    }

    @Override
    public Client loadClient(String clientId) {
        if (clientId == null) {
            return null;
        }
        return tx.read(c -> clientRows.read(c, clientId).get(clientId));
    }

    @Override
    public Conversation loadConversation(String conversationId) {
        if (conversationId == null) {
            return null;
        }
        return tx.read(c -> {
            String clientId = conversationRows.clientOfConversation(c, conversationId);
            if (clientId == null) {
                return null;
            }
            Client client = clientRows.read(c, clientId).get(clientId);
            if (client == null) {
                return null;
            }
            Conversation conversation = null;
            for (Trajectory trajectory : client.getTrajectories()) {
                for (Conversation each : trajectory.getConversations()) {
                    if (conversationId.equals(each.getId())) {
                        conversation = each;
                    }
                }
            }
            if (conversation != null) {
                conversationRows.readContent(c, conversation);
                LoadedVersion.set(conversation, conversationRows.version(c, conversationId));
                if (tx.options().auditReads()) {
                    tx.audit(c, AuditAction.OPEN, clientId, conversationId, null);
                }
            }
            return conversation;
        });
    }

    @Override
    public List<Client> listClientsWithConversations() {
        return listClientsWithConversations(tx.options().auditReads());
    }

    /**
     * Every client with every conversation in full: the headers as {@link #listClients()} reads them, then each
     * conversation table read once for all ({@link ConversationRows#readContents}); with {@code audit} an OPEN
     * event per conversation, in one batch.
     */
    List<Client> listClientsWithConversations(boolean audit) {
        return tx.read(c -> {
            List<Client> clients = new ArrayList<>(clientRows.read(c, null).values());
            List<Conversation> conversations = new ArrayList<>();
            List<AuditLog.Entry> opened = new ArrayList<>();
            for (Client client : clients) {
                for (Trajectory trajectory : client.getTrajectories()) {
                    for (Conversation conversation : trajectory.getConversations()) {
                        conversations.add(conversation);
                        opened.add(new AuditLog.Entry(client.getId(), conversation.getId(), null));
                    }
                }
            }
            conversationRows.readContents(c, conversations, false);
            Map<String, Integer> versions = conversationRows.versions(c);
            for (Conversation conversation : conversations) {
                Integer version = versions.get(conversation.getId());
                LoadedVersion.set(conversation, version == null ? 0 : version.intValue());
            }
            if (audit) {
                AuditLog.recordAll(c, sql, tx.options().userName(), AuditAction.OPEN, opened);
            }
            return clients;
        });
    }

    // ------------------------------------------------------------------------------------------------ writing

    @Override
    public void saveClient(Client client) {
        Rows.checkLengths(client);
        Rows.assignIds(client, false);
        tx.writeRetrying(c -> {
            clientRows.write(c, client);
            tx.audit(c, AuditAction.CHANGE, client.getId(), client.getId(), "client"); //$NON-NLS-1$
            return null;
        }, reason -> NLS.bind(Messages.Store_saveClientFailed, Rows.ownerLabel(client), reason));
    }

    @Override
    public void saveClients(List<Client> clients) {
        if (clients.isEmpty()) {
            return;
        }
        clients.forEach(client -> Rows.assignIds(client, false));
        Client[] current = { clients.get(0) };
        tx.writeRetrying(c -> {
            int created = clientRows.writeAll(c, clients, client -> current[0] = client);
            if (clients.size() == 1) {
                tx.audit(c, AuditAction.CHANGE, clients.get(0).getId(), clients.get(0).getId(), "client"); //$NON-NLS-1$
            } else {
                // one event for the import, not one per client (an audit row per client cost a third of a
                // 30,000-client import); it names no client, so an erasure has nothing to anonymise in it
                tx.audit(c, AuditAction.CHANGE, null, null, "clients saved in one import: " + clients.size() //$NON-NLS-1$
                        + " (" + created + " new)"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return null;
        }, reason -> NLS.bind(Messages.Store_saveClientFailed, Rows.ownerLabel(current[0]), reason));
    }

    @Override
    public void saveConversation(Conversation conversation) {
        saveConversations(List.of(conversation));
    }

    @Override
    public void saveConversations(List<Conversation> conversations) {
        for (Conversation conversation : conversations) {
            Trajectory trajectory = conversation.getTrajectory();
            if (trajectory == null) {
                throw new StoreException(NLS.bind(Messages.Store_noTrajectory, Rows.ownerLabel(conversation)));
            }
            Rows.checkLengths(conversation);
        }
        for (Conversation conversation : conversations) {
            Rows.assignIds(conversation, true);
            if (conversation.getTrajectory().getId() == null) {
                conversation.getTrajectory().setId(UUID.randomUUID().toString());
            }
        }
        ConversationRows.Saved[] saved = new ConversationRows.Saved[conversations.size()];
        Conversation[] current = new Conversation[1];
        tx.write(c -> {
            Set<String> knownTrajectories = new HashSet<>();
            Map<String, String> clientOfTrajectory = new HashMap<>();
            List<AuditLog.Entry> audit = new ArrayList<>();
            try (Statements st = new Statements(c)) {
                for (int i = 0; i < conversations.size(); i++) {
                    Conversation conversation = conversations.get(i);
                    current[0] = conversation;
                    saved[i] = conversationRows.write(st, conversation, knownTrajectories);
                    String trajectoryId = conversation.getTrajectory().getId();
                    String clientId = clientOfTrajectory.get(trajectoryId);
                    if (clientId == null) {
                        clientId = clientRows.clientOfTrajectory(c, trajectoryId);
                        clientOfTrajectory.put(trajectoryId, clientId);
                    }
                    audit.add(new AuditLog.Entry(clientId, conversation.getId(), "conversation")); //$NON-NLS-1$
                }
            }
            AuditLog.recordAll(c, sql, tx.options().userName(), AuditAction.CHANGE, audit);
            return null;
        }, reason -> NLS.bind(Messages.Store_saveConversationFailed,
                current[0] == null ? "-" : Rows.ownerLabel(current[0]), reason)); //$NON-NLS-1$
        for (int i = 0; i < conversations.size(); i++) {
            LoadedVersion.set(conversations.get(i), saved[i].version());
            LoadedVersion.setRows(conversations.get(i), saved[i].rows());
        }
    }

    // ----------------------------------------------------------------------------------------------- deleting

    @Override
    public void deleteConversation(String conversationId) {
        tx.write(c -> {
            String clientId = conversationRows.clientOfConversation(c, conversationId);
            if (clientId != null) {
                tx.audit(c, AuditAction.DELETE, clientId, conversationId, "conversation"); //$NON-NLS-1$
            }
            erasure.deleteConversation(c, conversationId);
            return null;
        }, reason -> NLS.bind(Messages.Store_deleteFailed, conversationId, reason));
    }

    @Override
    public void moveConversation(String conversationId, String trajectoryId) {
        tx.write(c -> {
            String from = conversationRows.clientOfConversation(c, conversationId);
            if (from == null) {
                throw new StoreException(NLS.bind(Messages.Store_unknownConversation, conversationId));
            }
            String to = clientRows.clientOfTrajectory(c, trajectoryId);
            if (to == null) {
                throw new StoreException(NLS.bind(Messages.Store_unknownTrajectory, trajectoryId));
            }
            conversationRows.move(c, conversationId, trajectoryId);
            // ids only: the audit log holds no client data
            tx.audit(c, AuditAction.CHANGE, from, conversationId, "conversation moved to trajectory " + trajectoryId); //$NON-NLS-1$
            if (!from.equals(to)) {
                tx.audit(c, AuditAction.CHANGE, to, conversationId, "conversation moved from client " + from); //$NON-NLS-1$
            }
            return null;
        }, reason -> NLS.bind(Messages.Store_moveFailed, conversationId, reason));
    }

    @Override
    public void deleteTrajectory(String trajectoryId) {
        tx.write(c -> {
            String clientId = clientRows.clientOfTrajectory(c, trajectoryId);
            if (clientId != null) {
                tx.audit(c, AuditAction.DELETE, clientId, trajectoryId, "trajectory"); //$NON-NLS-1$
            }
            erasure.deleteTrajectory(c, trajectoryId);
            return null;
        }, reason -> NLS.bind(Messages.Store_deleteFailed, trajectoryId, reason));
    }

    @Override
    public void deleteClient(String clientId) {
        eraseClient(clientId);
    }

    @Override
    public ErasureReport eraseClient(String clientId) {
        int[] objects = { -1 };
        tx.write(c -> {
            objects[0] = erasure.erase(c, clientId, "erasure"); //$NON-NLS-1$
            return null;
        }, reason -> NLS.bind(Messages.Store_deleteFailed, clientId, reason));
        List<String> compressed = objects[0] < 0 ? List.of() : erasure.removeResidue();
        Path folder = tx.folder();
        return new ErasureReport(clientId, objects[0] >= 0, Math.max(0, objects[0]), compressed,
                folder != null && DerbyEngine.isEncrypted(folder));
    }

    @Override
    public IntegrityReport checkIntegrity() {
        return tx.read(DatabaseVerification::check);
    }

    // ------------------------------------------------------------------------------ audit, backup, retention

    @Override
    public void audit(AuditAction action, String clientId, String objectId, String detail) {
        tx.write(c -> {
            tx.audit(c, action, clientId, objectId, detail);
            return null;
        }, reason -> NLS.bind(Messages.Store_auditFailed, reason));
    }

    @Override
    public List<AuditEvent> auditEvents(String clientId) {
        return tx.read(c -> AuditLog.events(c, clientId));
    }

    @Override
    public AuditCheck verifyAudit(String key) {
        AuditChain.Anchor anchor = AuditChain.Anchor.parse(key);
        if (key != null && anchor == null) {
            throw new StoreException(Messages.Audit_notAKey);
        }
        return tx.read(c -> AuditVerifier.verify(c, sql, anchor));
    }

    @Override
    public String auditKey() {
        String[] key = new String[1];
        tx.write(c -> {
            AuditChain.Head head = AuditChain.lock(c, sql);
            key[0] = AuditChain.anchor(head.length() + 1, head.key());
            // the event handing the key out is the first the key checks
            tx.audit(c, AuditAction.OTHER, null, null, "audit key handed out from event " + (head.length() + 1)); //$NON-NLS-1$
            return null;
        }, reason -> NLS.bind(Messages.Store_auditFailed, reason));
        return key[0];
    }

    /**
     * The check of the chain without key, made once, when first asked (issue #22): walking the whole audit log at
     * every open made start-up grow with the log, so the workbench asks in the background once the window shows the
     * data and the command line when it prints its warning. A broken chain is logged as a warning here. Null when
     * the store was closed before it was asked.
     */
    @Override
    public AuditCheck auditCheckAtOpen() {
        AuditCheck check = auditCheckAtOpen;
        if (check != null) {
            return check;
        }
        synchronized (this) {
            if (auditCheckAtOpen == null) {
                try {
                    auditCheckAtOpen = checkAuditAtOpen();
                } catch (StoreException e) {
                    if (!tx.isOpen()) {
                        return null;
                    }
                    throw e;
                }
            }
            return auditCheckAtOpen;
        }
    }

    /** Checks the chain without key; a broken one is reported, not refused (the data stays usable). */
    private AuditCheck checkAuditAtOpen() {
        AuditCheck audit = tx.read(c -> AuditVerifier.verify(c, sql, null));
        if (!audit.intact()) {
            LOG.log(Level.WARNING, NLS.bind(Messages.Audit_brokenAtOpen, new Object[] { location(),
                    audit.brokenEventId() == null ? "-" : audit.brokenEventId(), audit.problem() })); //$NON-NLS-1$
        }
        return audit;
    }

    @Override
    public Path backup(Path backupFolder) {
        return maintenance.backup(backupFolder);
    }

    @Override
    public Map<String, Integer> retentionPeriods() {
        return tx.read(Retention::periods);
    }

    @Override
    public void setRetentionPeriod(String trajectoryKind, int months) {
        tx.write(c -> {
            Retention.set(c, trajectoryKind, months);
            tx.audit(c, AuditAction.OTHER, null, null, "retention " + trajectoryKind + " = " + months); //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }, reason -> NLS.bind(Messages.Store_retentionFailed, reason));
    }

    @Override
    public List<RetentionItem> retentionDue(Instant now) {
        return tx.read(c -> Retention.due(c, now));
    }

    @Override
    public List<RetentionItem> applyRetention(Instant now) {
        return maintenance.applyRetention(now);
    }

    // -------------------------------------------------------------------------------------------- codebooks

    @Override
    public Map<String, List<CodebookEntry>> codebooks() {
        return tx.read(codebookRows::all);
    }

    @Override
    public void saveCodebook(String methodId, List<CodebookEntry> entries) {
        if (methodId == null || entries.stream().anyMatch(e -> e == null || e.codeId() == null)) {
            throw new StoreException(NLS.bind(Messages.Store_codebookFailed, methodId, "method or code id missing")); //$NON-NLS-1$
        }
        tx.write(c -> {
            int added = codebookRows.save(c, methodId, entries);
            tx.audit(c, AuditAction.CHANGE, null, null, "codebook " + methodId + ": " + entries.size() + " codes, " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + added + " new"); //$NON-NLS-1$
            return null;
        }, reason -> NLS.bind(Messages.Store_codebookFailed, methodId, reason));
    }

    // ------------------------------------------------------------------------------ organisation objects

    @Override
    public void saveOrganisationObject(OrganisationObject object) {
        tx.write(c -> {
            extensionRows.saveOrganisationObject(c, object);
            tx.audit(c, AuditAction.CHANGE, null, object.id(), object.kind());
            return null;
        }, reason -> NLS.bind(Messages.Store_organisationObjectFailed, object.kind(), reason));
    }

    @Override
    public List<OrganisationObject> organisationObjects(String kind) {
        return tx.read(c -> extensionRows.organisationObjects(c, kind));
    }
}
