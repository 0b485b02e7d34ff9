// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.Consent;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.Identified;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Professional;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.AuditEvent;
import nl.leefwereld.store.RetentionItem;
import nl.leefwereld.store.StoreConflictException;
import nl.leefwereld.store.ErasureReport;
import nl.leefwereld.store.IntegrityReport;
import nl.leefwereld.store.OwnerOnlyFiles;
import nl.leefwereld.store.RestoredDatabase;
import nl.leefwereld.store.StoreValueException;

/**
 * The store on an embedded Apache Derby database: one connection, calls serialised, every save one transaction
 * (autocommit off, rollback on any failure).
 * <p>
 * Objects whose class is not exactly the core class of the list they are in (subclasses of Annotation, Note,
 * Assessment, … from method EPackages) are written as XMI into {@code extension_object}. Identified core types
 * (participants, utterances, annotations, notes) also keep a core row, the "shadow", so that SQL over annotations
 * sees them and foreign keys hold. A row whose package is not installed is reported, not shown, and kept when its
 * owner is saved again.
 */
public final class DerbyConversationStore implements ConversationStore {

    private static final System.Logger LOG = System.getLogger(DerbyConversationStore.class.getName());

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    // Features whose elements are stored as core rows when their class is exactly the feature's type.
    private static final EReference CLIENT_ATTRIBUTES = ModelPackage.Literals.CLIENT__ATTRIBUTES;
    private static final EReference CLIENT_CONSENTS = ModelPackage.Literals.CLIENT__CONSENTS;
    private static final EReference CLIENT_NOTES = ModelPackage.Literals.CLIENT__NOTES;
    private static final EReference CLIENT_ASSESSMENTS = ModelPackage.Literals.CLIENT__ASSESSMENTS;
    private static final EReference PARTICIPANTS = ModelPackage.Literals.CONVERSATION__PARTICIPANTS;
    private static final EReference UTTERANCES = ModelPackage.Literals.CONVERSATION__UTTERANCES;
    private static final EReference ANNOTATIONS = ModelPackage.Literals.CONVERSATION__ANNOTATIONS;
    private static final EReference CONVERSATION_NOTES = ModelPackage.Literals.CONVERSATION__NOTES;
    private static final EReference ASSESSMENTS = ModelPackage.Literals.CONVERSATION__ASSESSMENTS;
    private static final List<EReference> CLIENT_FEATURES = List.of(CLIENT_ATTRIBUTES, CLIENT_CONSENTS, CLIENT_NOTES,
            CLIENT_ASSESSMENTS);
    private static final List<EReference> CONVERSATION_FEATURES = List.of(PARTICIPANTS, UTTERANCES, ANNOTATIONS,
            CONVERSATION_NOTES, ASSESSMENTS);

    /** The database folder (embedded), or null (remote). */
    private final Path folder;
    /** The folder or the URL, for messages. */
    private final String location;
    private final String url;
    private final Driver driver;
    private final StoreOptions options;
    private Connection connection;

    private DerbyConversationStore(Path folder, String url, Driver driver, Connection connection,
            StoreOptions options) {
        this.folder = folder;
        this.location = folder != null ? folder.toString() : url;
        this.url = url;
        this.driver = driver;
        this.connection = connection;
        this.options = options;
    }

    // ------------------------------------------------------------------------------------------------ opening

    /** See {@link nl.leefwereld.store.Stores#openEmbedded(Path, StoreOptions)}. */
    public static DerbyConversationStore openEmbedded(Path databaseFolder, StoreOptions options) {
        Path folder = databaseFolder.toAbsolutePath().normalize();
        DerbyEngine.prepareFolder(folder);
        if (options.hasBootPassword() && !DerbyEngine.isDatabase(folder)) {
            char[] password = options.bootPassword();
            try {
                DerbyEngine.checkPassword(password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        DerbyConversationStore store = open(folder, options, DerbyEngine.bootProperties(folder, options), null, null);
        restrictQuietly(folder);
        return store;
    }

    /** Closes what Derby (or an older version of the product) left readable by others. */
    private static void restrictQuietly(Path folder) {
        try {
            OwnerOnlyFiles.restrictTree(folder);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot make " + folder + " owner-only", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * Boots the database with these connection attributes, migrates the schema, and records {@code event} (if any)
     * in the audit log.
     */
    private static DerbyConversationStore open(Path folder, StoreOptions options, Properties properties,
            AuditAction event, String detail) {
        String name = folder.toString();
        DerbyEngine.configureDerbyLog(folder);
        Driver driver = DerbyEngine.loadDriver();
        String url = "jdbc:derby:" + name; //$NON-NLS-1$
        boolean encrypted = DerbyEngine.isEncrypted(folder);
        Connection connection = DerbyEngine.connect(driver, url, properties, name, encrypted,
                properties.containsKey("bootPassword")); //$NON-NLS-1$
        properties.clear();
        DerbyConversationStore store = new DerbyConversationStore(folder, url, driver, connection, options);
        return initialise(store, connection, name, event, detail);
    }

    /** See {@link nl.leefwereld.store.Stores#openRemote}. */
    public static DerbyConversationStore openRemote(String url, String user, char[] password, StoreOptions options) {
        Driver driver = DerbyEngine.loadClientDriver();
        Properties properties = new Properties();
        properties.setProperty("user", user); //$NON-NLS-1$
        properties.setProperty("password", new String(password == null ? new char[0] : password)); //$NON-NLS-1$
        Connection connection;
        try {
            connection = driver.connect(url, properties);
        } catch (SQLException e) {
            throw DerbyEngine.remoteFailure(url, user, e);
        } finally {
            properties.clear();
        }
        if (connection == null) {
            throw new StoreException(NLS.bind(Messages.Store_notARemoteUrl, url));
        }
        DerbyConversationStore store = new DerbyConversationStore(null, url, driver, connection,
                options.withUserName(user));
        return initialise(store, connection, url, null, null);
    }

    /** Checks and migrates the schema, records the event (if any); closes the store on failure. */
    private static DerbyConversationStore initialise(DerbyConversationStore store, Connection connection,
            String name, AuditAction event, String detail) {
        StoreOptions options = store.options;
        try {
            DerbyEngine.useApplicationSchema(connection);
            connection.setAutoCommit(false);
            int version = Schema.currentVersion(connection);
            if (version > Schema.latestVersion()) {
                throw new StoreException(
                        NLS.bind(Messages.Store_newerSchema, new Object[] { name, version, Schema.latestVersion() }));
            }
            Schema.migrate(connection, (migration, cause) -> {
                throw new StoreException(NLS.bind(Messages.Store_migrationFailed,
                        new Object[] { name, migration.version(), describe(cause) }), cause);
            });
            if (event != null) {
                AuditLog.record(connection, options.userName(), event, null, null, detail);
                connection.commit();
            }
            return store;
        } catch (SQLException e) {
            store.close();
            throw new StoreException(NLS.bind(Messages.Store_cannotOpen, name, describe(e)), e);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** An existing database folder, or a clear failure. */
    private static Path existingDatabase(Path databaseFolder) {
        Path folder = databaseFolder.toAbsolutePath().normalize();
        if (!DerbyEngine.isDatabase(folder)) {
            throw new StoreException(NLS.bind(Messages.Store_noDatabase, folder));
        }
        return folder;
    }

    /** See {@link nl.leefwereld.store.Stores#encrypt}. */
    public static void encrypt(Path databaseFolder, char[] newPassword, String userName) {
        Path folder = existingDatabase(databaseFolder);
        if (DerbyEngine.isEncrypted(folder)) {
            throw new StoreException(NLS.bind(Messages.Store_alreadyEncrypted, folder));
        }
        DerbyEngine.checkPassword(newPassword);
        Properties properties = new Properties();
        properties.setProperty("bootPassword", new String(newPassword)); //$NON-NLS-1$
        DerbyEngine.encryptionProperties(properties);
        StoreOptions options = StoreOptions.defaults().withUserName(userName);
        open(folder, options, properties, AuditAction.ENCRYPT, DerbyEngine.ENCRYPTION_ALGORITHM).close();
    }

    /** See {@link nl.leefwereld.store.Stores#changeBootPassword}. */
    public static void changeBootPassword(Path databaseFolder, char[] oldPassword, char[] newPassword,
            String userName) {
        Path folder = existingDatabase(databaseFolder);
        if (!DerbyEngine.isEncrypted(folder)) {
            throw new StoreException(NLS.bind(Messages.Store_notEncrypted, folder));
        }
        DerbyEngine.checkPassword(newPassword);
        StoreOptions options = StoreOptions.defaults().withUserName(userName);
        String old = new String(oldPassword == null ? new char[0] : oldPassword);
        // Check the old password with a plain boot first: a failed boot carrying newBootPassword must not happen.
        Properties check = new Properties();
        check.setProperty("bootPassword", old); //$NON-NLS-1$
        open(folder, options, check, null, null).close();
        Properties properties = new Properties();
        properties.setProperty("bootPassword", old); //$NON-NLS-1$
        properties.setProperty("newBootPassword", new String(newPassword)); //$NON-NLS-1$
        try {
            open(folder, options, properties, AuditAction.PASSWORD, null).close();
        } catch (StoreException e) {
            if (!hasState(e, DerbyEngine.SQLSTATE_WRONG_PASSWORD)) {
                throw e;
            }
            // Derby 10.17, in a JVM that has seen a failed boot of this database, re-encrypts with the new password
            // and then reports XBM06 anyway. Whether the change happened shows by booting with the new password.
            Properties retry = new Properties();
            retry.setProperty("bootPassword", new String(newPassword)); //$NON-NLS-1$
            try {
                open(folder, options, retry, AuditAction.PASSWORD, null).close();
            } catch (StoreException again) {
                e.addSuppressed(again);
                throw e;
            }
        }
    }

    /** See {@link nl.leefwereld.store.Stores#restore}. */
    public static RestoredDatabase restore(Path backup, Path targetFolder, StoreOptions options) {
        Path source = backup.toAbsolutePath().normalize();
        if (!DerbyEngine.isDatabase(source)) {
            List<Path> copies = new ArrayList<>();
            if (Files.isDirectory(source)) {
                try (Stream<Path> children = Files.list(source)) {
                    children.filter(DerbyEngine::isDatabase).forEach(copies::add);
                } catch (IOException e) {
                    throw new StoreException(NLS.bind(Messages.Store_noBackup, source), e);
                }
            }
            if (copies.size() != 1) {
                throw new StoreException(NLS.bind(Messages.Store_noBackup, source));
            }
            source = copies.get(0);
        }
        Path folder = targetFolder.toAbsolutePath().normalize();
        if (Files.exists(folder)) {
            boolean empty;
            try (Stream<Path> children = Files.list(folder)) {
                empty = children.findAny().isEmpty();
            } catch (IOException e) {
                empty = false;
            }
            if (!empty) {
                throw new StoreException(NLS.bind(Messages.Store_restoreTargetNotEmpty, folder));
            }
        }
        boolean encrypted = DerbyEngine.isEncrypted(source);
        if (encrypted && !options.hasBootPassword()) {
            throw new StoreException(NLS.bind(Messages.Store_passwordNeeded, source,
                    StoreOptions.PASSWORD_ENVIRONMENT_VARIABLE));
        }
        // First the files against the manifest: a damaged copy is refused before anything is written.
        List<String> problems = new ArrayList<>();
        Properties manifest;
        int filesVerified;
        try {
            manifest = DatabaseVerification.readManifest(source);
            filesVerified = manifest == null ? 0 : DatabaseVerification.verifyFiles(source, manifest, problems);
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.Store_restoreRefused, source, describe(e)), e);
        }
        if (!problems.isEmpty()) {
            throw new StoreException(NLS.bind(Messages.Store_restoreRefused, source, String.join("; ", problems))); //$NON-NLS-1$
        }
        DerbyEngine.prepareFolder(folder);
        Properties properties = new Properties();
        properties.setProperty("restoreFrom", source.toString()); //$NON-NLS-1$
        if (options.hasBootPassword()) {
            char[] password = options.bootPassword();
            properties.setProperty("bootPassword", new String(password)); //$NON-NLS-1$
            Arrays.fill(password, '\0');
        }
        DerbyConversationStore store = null;
        try {
            store = open(folder, options, properties, AuditAction.RESTORE, source.toString());
            Files.deleteIfExists(folder.resolve(ConversationStore.BACKUP_MANIFEST)); // Derby copied it along
            restrictQuietly(folder);
            IntegrityReport check = store.checkIntegrity();
            problems.addAll(check.problems());
            if (manifest != null) {
                Map<String, Long> rows = new HashMap<>(check.rowCounts());
                rows.computeIfPresent("AUDIT_EVENT", (table, n) -> n - 1); // the RESTORE event just recorded //$NON-NLS-1$
                DatabaseVerification.compareRows(manifest, rows, problems);
            }
            if (!problems.isEmpty()) {
                throw new StoreException(NLS.bind(Messages.Store_restoreRefused, source, String.join("; ", problems))); //$NON-NLS-1$
            }
            return new RestoredDatabase(store, new IntegrityReport(check.tablesChecked(), check.rowCounts(), manifest != null,
                    filesVerified, List.of()));
        } catch (IOException | RuntimeException e) {
            if (store != null) {
                store.close();
            }
            deleteTree(folder);
            if (e instanceof StoreException storeException && !(e.getMessage().contains(source.toString()))) {
                throw new StoreException(NLS.bind(Messages.Store_restoreRefused, source, e.getMessage()), e);
            }
            throw e instanceof StoreException storeException ? storeException
                    : new StoreException(NLS.bind(Messages.Store_restoreRefused, source, describe(e)), e);
        }
    }

    /** Removes what a failed restore left (Derby may have copied some or all files). */
    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot remove the failed restore in " + root, e); //$NON-NLS-1$
        }
    }

    private static String describe(Throwable e) {
        return DerbyEngine.describe(e);
    }

    private static boolean hasState(Throwable e, String state) {
        return DerbyEngine.hasState(e, state);
    }

    /** Explains a failed write: the kinds we can name, then Derby's own message. */
    private static String explainWrite(Exception e) {
        String details = describe(e);
        if (details.contains("AUDIT_LOG_IS_APPEND_ONLY")) { //$NON-NLS-1$
            return Messages.Store_auditAppendOnly;
        }
        if (hasState(e, DerbyEngine.SQLSTATE_TOO_LONG)) {
            return NLS.bind(Messages.Store_valueTooLong, details);
        }
        if (hasState(e, DerbyEngine.SQLSTATE_FOREIGN_KEY)) {
            return NLS.bind(Messages.Store_danglingReference, details);
        }
        if (hasState(e, DerbyEngine.SQLSTATE_DUPLICATE)) {
            return NLS.bind(Messages.Store_duplicateId, details);
        }
        return details;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Closing the connection to " + location + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        connection = null;
        if (folder != null) { // a remote database stays up: the server owns it
            DerbyEngine.shutdown(driver, url, location);
        }
    }

    // ------------------------------------------------------------------------------------------ transactions

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Connection connection() {
        if (connection == null) {
            throw new StoreException(NLS.bind(Messages.Store_closed, location));
        }
        return connection;
    }

    private synchronized <T> T read(Work<T> work) {
        Connection c = connection();
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException e) {
            rollback(c);
            throw new StoreException(NLS.bind(Messages.Store_readFailed, location, describe(e)), e);
        } catch (RuntimeException e) {
            rollback(c);
            throw e;
        }
    }

    private synchronized void write(Work<?> work, Function<String, String> failure) {
        Connection c = connection();
        try {
            work.run(c);
            c.commit();
        } catch (StoreException e) {
            rollback(c);
            throw e;
        } catch (SQLException | RuntimeException e) {
            rollback(c);
            throw new StoreException(failure.apply(explainWrite(e)), e);
        }
    }

    private void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Rollback failed in " + location, e); //$NON-NLS-1$
        }
    }

    // ------------------------------------------------------------------------------------------------ reading

    @Override
    public int countClients() {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM client"); //$NON-NLS-1$
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    public Map<String, Integer> countUtterances() {
        return read(c -> {
            Map<String, Integer> counts = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT conversation_id, COUNT(*) FROM utterance GROUP BY conversation_id"); //$NON-NLS-1$
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), Integer.valueOf(rs.getInt(2)));
                }
            }
            return counts;
        });
    }

    @Override
    public List<Client> listClients() {
        return read(c -> new ArrayList<>(readClients(c, null).values()));
    }

    @Override
    public Client loadClient(String clientId) {
        if (clientId == null) {
            return null;
        }
        return read(c -> readClients(c, clientId).get(clientId));
    }

    /** Row of extension_object, read. */
    private record Extension(long rowId, String ownerId, String feature, int pos, String objectId, String nsUri,
            String className, String xmi) {
    }

    /** Clients (all, or one) with attributes, consents, notes, trajectories and conversation headers. */
    private Map<String, Client> readClients(Connection c, String onlyId) throws SQLException {
        boolean one = onlyId != null;
        Map<String, Client> clients = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(one
                ? "SELECT id, display_name, pseudonym FROM client WHERE id = ?" //$NON-NLS-1$
                : "SELECT id, display_name, pseudonym FROM client ORDER BY UPPER(display_name), id")) { //$NON-NLS-1$
            bindOptional(s, onlyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Client client = FACTORY.createClient();
                    client.setId(rs.getString(1));
                    client.setDisplayName(rs.getString(2));
                    client.setPseudonym(rs.getString(3));
                    clients.put(client.getId(), client);
                }
            }
        }
        if (clients.isEmpty()) {
            return clients;
        }
        Map<String, List<Slot>> attributes = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(one
                ? "SELECT client_id, seq, name, attr_value FROM client_attribute WHERE client_id = ? ORDER BY seq" //$NON-NLS-1$
                : "SELECT client_id, seq, name, attr_value FROM client_attribute ORDER BY client_id, seq")) { //$NON-NLS-1$
            bindOptional(s, onlyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ClientAttribute attribute = FACTORY.createClientAttribute();
                    attribute.setName(rs.getString(3));
                    attribute.setValue(rs.getString(4));
                    attributes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Slot(rs.getInt(2), attribute));
                }
            }
        }
        Map<String, List<Slot>> consents = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(one
                ? "SELECT client_id, seq, purpose, given, consent_date FROM consent WHERE client_id = ? ORDER BY seq" //$NON-NLS-1$
                : "SELECT client_id, seq, purpose, given, consent_date FROM consent ORDER BY client_id, seq")) { //$NON-NLS-1$
            bindOptional(s, onlyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Consent consent = FACTORY.createConsent();
                    consent.setPurpose(rs.getString(3));
                    consent.setGiven(rs.getBoolean(4));
                    consent.setDate(date(rs.getTimestamp(5)));
                    consents.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Slot(rs.getInt(2), consent));
                }
            }
        }
        Map<String, List<Slot>> notes = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(one
                ? "SELECT client_id, seq, id, note_text, author, created FROM note WHERE client_id = ? ORDER BY seq" //$NON-NLS-1$
                : "SELECT client_id, seq, id, note_text, author, created FROM note WHERE client_id IS NOT NULL ORDER BY client_id, seq")) { //$NON-NLS-1$
            bindOptional(s, onlyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    notes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Slot(rs.getInt(2), readNote(rs, 3)));
                }
            }
        }
        Map<String, List<Extension>> extensions = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(one
                ? "SELECT row_id, client_id, feature, pos, object_id, ns_uri, class_name, xmi FROM extension_object WHERE client_id = ? AND conversation_id IS NULL ORDER BY pos" //$NON-NLS-1$
                : "SELECT row_id, client_id, feature, pos, object_id, ns_uri, class_name, xmi FROM extension_object WHERE client_id IS NOT NULL AND conversation_id IS NULL ORDER BY client_id, pos")) { //$NON-NLS-1$
            bindOptional(s, onlyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Extension e = readExtension(rs);
                    extensions.computeIfAbsent(e.ownerId(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        Map<String, Trajectory> trajectories = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(one
                ? "SELECT client_id, id, title, kind, change_goal, start_date FROM trajectory WHERE client_id = ? ORDER BY seq" //$NON-NLS-1$
                : "SELECT client_id, id, title, kind, change_goal, start_date FROM trajectory ORDER BY client_id, seq")) { //$NON-NLS-1$
            bindOptional(s, onlyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Client client = clients.get(rs.getString(1));
                    if (client == null) {
                        continue;
                    }
                    Trajectory trajectory = FACTORY.createTrajectory();
                    trajectory.setId(rs.getString(2));
                    trajectory.setTitle(rs.getString(3));
                    trajectory.setKind(rs.getString(4));
                    trajectory.setChangeGoal(rs.getString(5));
                    trajectory.setStartDate(date(rs.getTimestamp(6)));
                    client.getTrajectories().add(trajectory);
                    trajectories.put(trajectory.getId(), trajectory);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(one
                ? "SELECT v.trajectory_id, v.id, v.title, v.conversation_date, v.kind, v.lang FROM conversation v JOIN trajectory t ON v.trajectory_id = t.id WHERE t.client_id = ? ORDER BY v.trajectory_id, v.conversation_date, v.id" //$NON-NLS-1$
                : "SELECT trajectory_id, id, title, conversation_date, kind, lang FROM conversation ORDER BY trajectory_id, conversation_date, id")) { //$NON-NLS-1$
            bindOptional(s, onlyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Trajectory trajectory = trajectories.get(rs.getString(1));
                    if (trajectory == null) {
                        continue;
                    }
                    Conversation conversation = FACTORY.createConversation();
                    conversation.setId(rs.getString(2));
                    conversation.setTitle(rs.getString(3));
                    conversation.setDate(date(rs.getTimestamp(4)));
                    String kind = rs.getString(5);
                    if (kind != null && ConversationKind.get(kind) != null) {
                        conversation.setKind(ConversationKind.get(kind));
                    }
                    conversation.setLanguage(rs.getString(6));
                    trajectory.getConversations().add(conversation);
                }
            }
        }
        for (Client client : clients.values()) {
            String id = client.getId();
            Map<String, List<Extension>> byFeature = byFeature(extensions.getOrDefault(id, List.of()));
            String owner = ownerLabel(client);
            Map<EReference, List<Slot>> loaded = new HashMap<>();
            loaded.put(CLIENT_ATTRIBUTES, merge(attributes.getOrDefault(id, List.of()),
                    byFeature.get(CLIENT_ATTRIBUTES.getName()), owner, CLIENT_ATTRIBUTES));
            loaded.put(CLIENT_CONSENTS, merge(consents.getOrDefault(id, List.of()),
                    byFeature.get(CLIENT_CONSENTS.getName()), owner, CLIENT_CONSENTS));
            loaded.put(CLIENT_NOTES, merge(notes.getOrDefault(id, List.of()), byFeature.get(CLIENT_NOTES.getName()),
                    owner, CLIENT_NOTES));
            loaded.put(CLIENT_ASSESSMENTS, merge(List.of(), byFeature.get(CLIENT_ASSESSMENTS.getName()), owner,
                    CLIENT_ASSESSMENTS));
            List<EObject> fromXmi = new ArrayList<>();
            for (Map.Entry<EReference, List<Slot>> entry : loaded.entrySet()) {
                @SuppressWarnings("unchecked")
                EList<EObject> list = (EList<EObject>) client.eGet(entry.getKey());
                for (Slot slot : entry.getValue()) {
                    list.add(slot.object());
                    if (slot.fromXmi()) {
                        fromXmi.add(slot.object());
                    }
                }
            }
            resolveExtensions(fromXmi, List.of(client), owner);
        }
        return clients;
    }

    @Override
    public Conversation loadConversation(String conversationId) {
        if (conversationId == null) {
            return null;
        }
        return read(c -> {
            String clientId = null;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT t.client_id FROM conversation v JOIN trajectory t ON v.trajectory_id = t.id WHERE v.id = ?")) { //$NON-NLS-1$
                s.setString(1, conversationId);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        clientId = rs.getString(1);
                    }
                }
            }
            if (clientId == null) {
                return null;
            }
            Client client = readClients(c, clientId).get(clientId);
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
                readContent(c, conversation);
                LoadedVersion.set(conversation, version(c, conversationId));
                if (options.auditReads()) {
                    audit(c, AuditAction.OPEN, clientId, conversationId, null);
                }
            }
            return conversation;
        });
    }

    private void readContent(Connection c, Conversation conversation) throws SQLException {
        String id = conversation.getId();
        String owner = ownerLabel(conversation);
        List<Extension> extensionRows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT row_id, conversation_id, feature, pos, object_id, ns_uri, class_name, xmi FROM extension_object WHERE conversation_id = ? ORDER BY pos")) { //$NON-NLS-1$
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    extensionRows.add(readExtension(rs));
                }
            }
        }
        Map<String, List<Extension>> extensions = byFeature(extensionRows);

        Map<String, Professional> professionals = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT DISTINCT p.id, p.name, p.organisation, p.job_function FROM professional p JOIN participant x ON x.professional_id = p.id WHERE x.conversation_id = ?")) { //$NON-NLS-1$
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Professional professional = FACTORY.createProfessional();
                    professional.setId(rs.getString(1));
                    professional.setName(rs.getString(2));
                    professional.setOrganisation(rs.getString(3));
                    professional.setFunction(rs.getString(4));
                    professionals.put(professional.getId(), professional);
                }
            }
        }

        List<Slot> participantRows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, seq, name, participant_role, professional_id FROM participant WHERE conversation_id = ? ORDER BY seq")) { //$NON-NLS-1$
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Participant participant = FACTORY.createParticipant();
                    participant.setId(rs.getString(1));
                    participant.setName(rs.getString(3));
                    String role = rs.getString(4);
                    if (role != null && ParticipantRole.get(role) != null) {
                        participant.setRole(ParticipantRole.get(role));
                    }
                    String professionalId = rs.getString(5);
                    if (professionalId != null) {
                        participant.setProfessional(professionals.get(professionalId));
                    }
                    participantRows.add(new Slot(rs.getInt(2), participant));
                }
            }
        }
        List<Slot> participants = merge(participantRows, extensions.get(PARTICIPANTS.getName()), owner, PARTICIPANTS);
        Map<String, Participant> participantsById = new HashMap<>();
        for (Slot slot : participants) {
            Participant participant = (Participant) slot.object();
            participantsById.putIfAbsent(participant.getId(), participant);
        }

        List<Slot> utteranceRows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, seq, speaker_id, utterance_text, start_millis, end_millis FROM utterance WHERE conversation_id = ? ORDER BY seq")) { //$NON-NLS-1$
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Utterance utterance = FACTORY.createUtterance();
                    utterance.setId(rs.getString(1));
                    String speakerId = rs.getString(3);
                    if (speakerId != null) {
                        utterance.setSpeaker(participantsById.get(speakerId));
                    }
                    utterance.setText(rs.getString(4));
                    long start = rs.getLong(5);
                    utterance.setStartMillis(rs.wasNull() ? null : Long.valueOf(start));
                    long end = rs.getLong(6);
                    utterance.setEndMillis(rs.wasNull() ? null : Long.valueOf(end));
                    utteranceRows.add(new Slot(rs.getInt(2), utterance));
                }
            }
        }
        List<Slot> utterances = merge(utteranceRows, extensions.get(UTTERANCES.getName()), owner, UTTERANCES);
        Map<String, Utterance> utterancesById = new HashMap<>();
        for (Slot slot : utterances) {
            Utterance utterance = (Utterance) slot.object();
            utterancesById.putIfAbsent(utterance.getId(), utterance);
        }

        List<Slot> annotationRows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, seq, utterance_id, span_start, span_end, method_id, code_id, coder, origin, confidence, reason, note FROM annotation WHERE conversation_id = ? ORDER BY seq")) { //$NON-NLS-1$
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Annotation annotation = FACTORY.createAnnotation();
                    annotation.setId(rs.getString(1));
                    String utteranceId = rs.getString(3);
                    if (utteranceId != null) {
                        annotation.setUtterance(utterancesById.get(utteranceId));
                    }
                    annotation.setSpanStart(rs.getInt(4));
                    annotation.setSpanEnd(rs.getInt(5));
                    annotation.setMethodId(rs.getString(6));
                    annotation.setCodeId(rs.getString(7));
                    annotation.setCoder(rs.getString(8));
                    String origin = rs.getString(9);
                    if (origin != null && AnnotationOrigin.get(origin) != null) {
                        annotation.setOrigin(AnnotationOrigin.get(origin));
                    }
                    annotation.setConfidence(rs.getDouble(10));
                    annotation.setReason(rs.getString(11));
                    annotation.setNote(rs.getString(12));
                    annotationRows.add(new Slot(rs.getInt(2), annotation));
                }
            }
        }
        List<Slot> annotations = merge(annotationRows, extensions.get(ANNOTATIONS.getName()), owner, ANNOTATIONS);

        List<Slot> noteRows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT conversation_id, seq, id, note_text, author, created FROM note WHERE conversation_id = ? ORDER BY seq")) { //$NON-NLS-1$
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    noteRows.add(new Slot(rs.getInt(2), readNote(rs, 3)));
                }
            }
        }
        List<Slot> notes = merge(noteRows, extensions.get(CONVERSATION_NOTES.getName()), owner, CONVERSATION_NOTES);
        List<Slot> assessments = merge(List.of(), extensions.get(ASSESSMENTS.getName()), owner, ASSESSMENTS);

        List<EObject> fromXmi = new ArrayList<>();
        addAll(conversation.getParticipants(), participants, fromXmi);
        addAll(conversation.getUtterances(), utterances, fromXmi);
        addAll(conversation.getAnnotations(), annotations, fromXmi);
        addAll(conversation.getNotes(), notes, fromXmi);
        addAll(conversation.getAssessments(), assessments, fromXmi);
        // Extension rows of features this version does not have (written by a later version): reported.
        for (Map.Entry<String, List<Extension>> entry : extensions.entrySet()) {
            if (CONVERSATION_FEATURES.stream().noneMatch(f -> f.getName().equals(entry.getKey()))) {
                for (Extension e : entry.getValue()) {
                    LOG.log(Level.WARNING, NLS.bind(Messages.Store_extensionNotLoaded,
                            new Object[] { owner, e.className(), e.nsUri(), e.feature() }));
                }
            }
        }
        List<EObject> roots = new ArrayList<>();
        roots.add(EcoreUtil.getRootContainer(conversation));
        roots.addAll(professionals.values());
        resolveExtensions(fromXmi, roots, owner);
    }

    @SuppressWarnings("unchecked")
    private static <T> void addAll(EList<T> target, List<Slot> slots, List<EObject> fromXmi) {
        for (Slot slot : slots) {
            target.add((T) slot.object());
            if (slot.fromXmi()) {
                fromXmi.add(slot.object());
            }
        }
    }

    private static void resolveExtensions(List<EObject> fromXmi, List<EObject> roots, String owner) {
        if (fromXmi.isEmpty()) {
            return;
        }
        Map<String, EObject> byId = ExtensionCodec.index(roots);
        for (EObject object : fromXmi) {
            ExtensionCodec.resolve(object, byId, missing -> LOG.log(Level.WARNING, NLS.bind(
                    Messages.Store_extensionReferenceLost, new Object[] { owner, object.eClass().getName(), missing })));
        }
    }

    /** A core object or one read from XMI, at its position in its list. */
    private record Slot(int pos, EObject object, boolean fromXmi) {
        Slot(int pos, EObject object) {
            this(pos, object, false);
        }
    }

    /**
     * Core rows and the extension rows of one feature, in position order. An extension object with the id of a
     * core row (its shadow) takes that row's place; extension objects that cannot be read are reported and left
     * out (their shadow, if any, stays).
     */
    private static List<Slot> merge(List<Slot> core, List<Extension> extensions, String owner, EReference feature) {
        if (extensions == null || extensions.isEmpty()) {
            return core;
        }
        List<Slot> result = new ArrayList<>(core);
        Map<String, Integer> shadowIndex = new HashMap<>();
        for (int i = 0; i < result.size(); i++) {
            String id = EcoreUtil.getID(result.get(i).object());
            if (id != null) {
                shadowIndex.putIfAbsent(id, i);
            }
        }
        List<Slot> extra = new ArrayList<>();
        for (Extension row : extensions) {
            EObject object = readExtensionObject(row, owner);
            if (object == null) {
                continue;
            }
            if (!feature.getEReferenceType().isInstance(object)) {
                LOG.log(Level.WARNING, NLS.bind(Messages.Store_extensionNotLoaded, new Object[] { owner,
                        row.className(), row.nsUri(), feature.getName() + ": " + object.eClass().getName() })); //$NON-NLS-1$
                continue;
            }
            Integer shadow = row.objectId() != null ? shadowIndex.get(row.objectId()) : null;
            if (shadow != null) {
                Slot replaced = result.get(shadow);
                result.set(shadow, new Slot(replaced.pos(), object, true));
            } else {
                extra.add(new Slot(row.pos(), object, true));
            }
        }
        if (!extra.isEmpty()) {
            result.addAll(extra);
            result.sort(Comparator.comparingInt(Slot::pos)); // stable: core rows before extras at equal positions
        }
        return result;
    }

    private static EObject readExtensionObject(Extension row, String owner) {
        try {
            return ExtensionCodec.read(row.xmi());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, NLS.bind(Messages.Store_extensionNotLoaded,
                    new Object[] { owner, row.className(), row.nsUri(), e.getMessage() }));
            return null;
        }
    }

    private static Map<String, List<Extension>> byFeature(List<Extension> rows) {
        Map<String, List<Extension>> result = new LinkedHashMap<>();
        for (Extension row : rows) {
            result.computeIfAbsent(row.feature(), k -> new ArrayList<>()).add(row);
        }
        return result;
    }

    private static Extension readExtension(ResultSet rs) throws SQLException {
        return new Extension(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }

    private static Note readNote(ResultSet rs, int first) throws SQLException {
        Note note = FACTORY.createNote();
        note.setId(rs.getString(first));
        note.setText(rs.getString(first + 1));
        note.setAuthor(rs.getString(first + 2));
        note.setCreated(date(rs.getTimestamp(first + 3)));
        return note;
    }

    private static void bindOptional(PreparedStatement s, String value) throws SQLException {
        if (value != null) {
            s.setString(1, value);
        }
    }

    private static Date date(Timestamp timestamp) {
        return timestamp == null ? null : new Date(timestamp.getTime());
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    /** Longest name or title shown in a message. */
    private static final int LABEL_LENGTH = 80;

    /** The longest text a name or title column holds ({@code VARCHAR(4000)} in {@link Schema}). */
    private static final int NAME_LENGTH = 4000;

    /** Refuses a value longer than its column, naming the field and the limit, before anything is written. */
    private static void checkLength(String field, Identified owner, String value) {
        if (value != null && value.length() > NAME_LENGTH) {
            throw new StoreValueException(NLS.bind(Messages.Store_valueTooLongField, new Object[] { field,
                    ownerLabel(owner), Integer.valueOf(value.length()), Integer.valueOf(NAME_LENGTH) }));
        }
    }

    private static void checkLengths(Client client) {
        checkLength("displayName", client, client.getDisplayName()); //$NON-NLS-1$
        for (Trajectory trajectory : client.getTrajectories()) {
            checkLength("title", trajectory, trajectory.getTitle()); //$NON-NLS-1$
        }
    }

    private static void checkLengths(Conversation conversation) {
        checkLength("title", conversation, conversation.getTitle()); //$NON-NLS-1$
        Trajectory trajectory = conversation.getTrajectory();
        if (trajectory != null) {
            checkLength("title", trajectory, trajectory.getTitle()); //$NON-NLS-1$
            if (trajectory.getClient() != null) {
                checkLength("displayName", trajectory.getClient(), trajectory.getClient().getDisplayName()); //$NON-NLS-1$
            }
        }
    }

    private static String ownerLabel(Identified owner) {
        String name = owner instanceof Client client ? client.getDisplayName()
                : owner instanceof Conversation conversation ? conversation.getTitle() : null;
        if (name != null && name.length() > LABEL_LENGTH) {
            name = name.substring(0, LABEL_LENGTH) + '\u2026';
        }
        return name == null || name.isBlank() ? String.valueOf(owner.getId()) : name + " (" + owner.getId() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    // ------------------------------------------------------------------------------------------------ writing

    @Override
    public void saveClient(Client client) {
        checkLengths(client);
        assignIds(client, false);
        write(c -> {
            writeClient(c, client);
            for (int i = 0; i < client.getTrajectories().size(); i++) {
                writeTrajectory(c, client.getTrajectories().get(i), client.getId(), i);
            }
            audit(c, AuditAction.CHANGE, client.getId(), client.getId(), "client"); //$NON-NLS-1$
            return null;
        }, reason -> NLS.bind(Messages.Store_saveClientFailed, ownerLabel(client), reason));
    }

    @Override
    public void saveClients(List<Client> clients) {
        if (clients.isEmpty()) {
            return;
        }
        clients.forEach(client -> assignIds(client, false));
        Client[] current = { clients.get(0) };
        write(c -> {
            Set<String> known = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM client"); //$NON-NLS-1$
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
            // new clients with only core attributes (an import) go in three batched inserts; the others row by row
            Timestamp now = new Timestamp(System.currentTimeMillis());
            try (PreparedStatement clientRow = c.prepareStatement(
                    "INSERT INTO client (id, display_name, pseudonym, version, updated_at) VALUES (?, ?, ?, 1, ?)"); //$NON-NLS-1$
                    PreparedStatement attributeRow = c.prepareStatement(
                            "INSERT INTO client_attribute (client_id, seq, name, attr_value) VALUES (?, ?, ?, ?)")) { //$NON-NLS-1$
                int batched = 0;
                for (Client client : clients) {
                    current[0] = client;
                    if (known.add(client.getId()) && plain(client)) {
                        clientRow.setString(1, client.getId());
                        clientRow.setString(2, client.getDisplayName());
                        clientRow.setString(3, client.getPseudonym());
                        clientRow.setTimestamp(4, now);
                        clientRow.addBatch();
                        for (int i = 0; i < client.getAttributes().size(); i++) {
                            ClientAttribute attribute = client.getAttributes().get(i);
                            attributeRow.setString(1, client.getId());
                            attributeRow.setInt(2, i);
                            attributeRow.setString(3, attribute.getName());
                            attributeRow.setString(4, attribute.getValue());
                            attributeRow.addBatch();
                        }
                        if (++batched % 1000 == 0) {
                            clientRow.executeBatch();
                            attributeRow.executeBatch();
                        }
                    } else {
                        writeClient(c, client);
                        for (int i = 0; i < client.getTrajectories().size(); i++) {
                            writeTrajectory(c, client.getTrajectories().get(i), client.getId(), i);
                        }
                    }
                }
                clientRow.executeBatch();
                attributeRow.executeBatch();
            }
            for (Client client : clients) {
                current[0] = client;
                audit(c, AuditAction.CHANGE, client.getId(), client.getId(), "client"); //$NON-NLS-1$
            }
            return null;
        }, reason -> NLS.bind(Messages.Store_saveClientFailed, ownerLabel(current[0]), reason));
    }

    /** A client with nothing but core attributes: no notes, consents, assessments, trajectories, extensions. */
    private static boolean plain(Client client) {
        if (!client.getNotes().isEmpty() || !client.getConsents().isEmpty() || !client.getAssessments().isEmpty()
                || !client.getTrajectories().isEmpty()) {
            return false;
        }
        for (ClientAttribute attribute : client.getAttributes()) {
            if (!isCore(attribute, CLIENT_ATTRIBUTES)) {
                return false;
            }
        }
        return true;
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
                throw new StoreException(NLS.bind(Messages.Store_noTrajectory, ownerLabel(conversation)));
            }
            checkLengths(conversation);
        }
        for (Conversation conversation : conversations) {
            assignIds(conversation, true);
            if (conversation.getTrajectory().getId() == null) {
                conversation.getTrajectory().setId(UUID.randomUUID().toString());
            }
        }
        int[] saved = new int[conversations.size()];
        Conversation[] current = new Conversation[1];
        write(c -> {
            for (int i = 0; i < conversations.size(); i++) {
                Conversation conversation = conversations.get(i);
                current[0] = conversation;
                writeConversation(c, conversation);
                audit(c, AuditAction.CHANGE, clientOfTrajectory(c, conversation.getTrajectory().getId()),
                        conversation.getId(), "conversation"); //$NON-NLS-1$
                saved[i] = version(c, conversation.getId());
            }
            return null;
        }, reason -> NLS.bind(Messages.Store_saveConversationFailed,
                current[0] == null ? "-" : ownerLabel(current[0]), reason)); //$NON-NLS-1$
        for (int i = 0; i < conversations.size(); i++) {
            LoadedVersion.set(conversations.get(i), saved[i]);
        }
    }

    /**
     * Objects without an id get one (a new UUID), so that rows and references can name them. For a client: the
     * client, its notes and trajectories; for a conversation: everything in it and the professionals it names.
     */
    private static void assignIds(Identified owner, boolean deep) {
        List<EObject> objects = new ArrayList<>();
        objects.add(owner);
        if (deep) {
            owner.eAllContents().forEachRemaining(objects::add);
            for (Participant participant : ((Conversation) owner).getParticipants()) {
                if (participant.getProfessional() != null) {
                    objects.add(participant.getProfessional());
                }
            }
        } else {
            Client client = (Client) owner;
            objects.addAll(client.getNotes());
            objects.addAll(client.getTrajectories());
        }
        for (EObject object : objects) {
            if (object instanceof Identified identified && identified.getId() == null) {
                identified.setId(UUID.randomUUID().toString());
            }
        }
    }

    private void writeClient(Connection c, Client client) throws SQLException {
        String id = client.getId();
        Timestamp now = new Timestamp(System.currentTimeMillis());
        int updated;
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE client SET display_name = ?, pseudonym = ?, version = version + 1, updated_at = ? WHERE id = ?")) { //$NON-NLS-1$
            s.setString(1, client.getDisplayName());
            s.setString(2, client.getPseudonym());
            s.setTimestamp(3, now);
            s.setString(4, id);
            updated = s.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO client (id, display_name, pseudonym, version, updated_at) VALUES (?, ?, ?, 1, ?)")) { //$NON-NLS-1$
                s.setString(1, id);
                s.setString(2, client.getDisplayName());
                s.setString(3, client.getPseudonym());
                s.setTimestamp(4, now);
                s.executeUpdate();
            }
        }
        executeUpdate(c, "DELETE FROM client_attribute WHERE client_id = ?", id); //$NON-NLS-1$
        executeUpdate(c, "DELETE FROM consent WHERE client_id = ?", id); //$NON-NLS-1$
        executeUpdate(c, "DELETE FROM note WHERE client_id = ?", id); //$NON-NLS-1$
        Set<String> keptIds = new HashSet<>();
        for (Note note : client.getNotes()) {
            keptIds.add(note.getId());
        }
        deleteExtensions(c, "SELECT row_id, feature, object_id, ns_uri, xmi FROM extension_object WHERE client_id = ? AND conversation_id IS NULL", //$NON-NLS-1$
                id, keptIds);

        List<ExtensionWrite> extensions = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO client_attribute (client_id, seq, name, attr_value) VALUES (?, ?, ?, ?)")) { //$NON-NLS-1$
            EList<ClientAttribute> list = client.getAttributes();
            for (int i = 0; i < list.size(); i++) {
                ClientAttribute attribute = list.get(i);
                if (!isCore(attribute, CLIENT_ATTRIBUTES)) {
                    extensions.add(new ExtensionWrite(CLIENT_ATTRIBUTES, i, attribute));
                    continue;
                }
                s.setString(1, id);
                s.setInt(2, i);
                s.setString(3, attribute.getName());
                s.setString(4, attribute.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO consent (client_id, seq, purpose, given, consent_date) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            EList<Consent> list = client.getConsents();
            for (int i = 0; i < list.size(); i++) {
                Consent consent = list.get(i);
                if (!isCore(consent, CLIENT_CONSENTS)) {
                    extensions.add(new ExtensionWrite(CLIENT_CONSENTS, i, consent));
                    continue;
                }
                s.setString(1, id);
                s.setInt(2, i);
                s.setString(3, consent.getPurpose());
                s.setBoolean(4, consent.isGiven());
                s.setTimestamp(5, timestamp(consent.getDate()));
                s.addBatch();
            }
            s.executeBatch();
        }
        writeNotes(c, "INSERT INTO note (client_id, seq, id, note_text, author, created) VALUES (?, ?, ?, ?, ?, ?)", //$NON-NLS-1$
                id, client.getNotes(), CLIENT_NOTES, extensions);
        EList<?> assessments = client.getAssessments();
        for (int i = 0; i < assessments.size(); i++) {
            extensions.add(new ExtensionWrite(CLIENT_ASSESSMENTS, i, (EObject) assessments.get(i)));
        }
        writeExtensions(c, id, null, extensions, ownerLabel(client));
    }

    private static void writeNotes(Connection c, String sql, String ownerId, EList<Note> notes, EReference feature,
            List<ExtensionWrite> extensions) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < notes.size(); i++) {
                Note note = notes.get(i);
                if (!isCore(note, feature)) {
                    extensions.add(new ExtensionWrite(feature, i, note));
                }
                s.setString(1, ownerId);
                s.setInt(2, i);
                s.setString(3, note.getId());
                s.setString(4, note.getText());
                s.setString(5, note.getAuthor());
                s.setTimestamp(6, timestamp(note.getCreated()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void writeTrajectory(Connection c, Trajectory trajectory, String clientId, int seq) throws SQLException {
        int updated;
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE trajectory SET client_id = ?, seq = ?, title = ?, kind = ?, change_goal = ?, start_date = ? WHERE id = ?")) { //$NON-NLS-1$
            bindTrajectory(s, trajectory, clientId, seq);
            updated = s.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO trajectory (client_id, seq, title, kind, change_goal, start_date, id) VALUES (?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
                bindTrajectory(s, trajectory, clientId, seq);
                s.executeUpdate();
            }
        }
    }

    private static void bindTrajectory(PreparedStatement s, Trajectory trajectory, String clientId, int seq)
            throws SQLException {
        s.setString(1, clientId);
        s.setInt(2, seq);
        s.setString(3, trajectory.getTitle());
        s.setString(4, trajectory.getKind());
        s.setString(5, trajectory.getChangeGoal());
        s.setTimestamp(6, timestamp(trajectory.getStartDate()));
        s.setString(7, trajectory.getId());
    }

    /** Who changed a conversation last (from the audit log), or null when the conversation row is gone. */
    private record Conflict(String user, String time) {
    }

    private static Conflict lastChange(Connection c, String conversationId) throws SQLException {
        if (!exists(c, "SELECT 1 FROM conversation WHERE id = ?", conversationId)) { //$NON-NLS-1$
            return null;
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT user_name, event_time FROM audit_event WHERE object_id = ? AND action = 'CHANGE' ORDER BY id DESC")) { //$NON-NLS-1$
            s.setString(1, conversationId);
            s.setMaxRows(1);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return new Conflict(rs.getString(1),
                            new java.text.SimpleDateFormat("yyyy-MM-dd HH:mm:ss").format(rs.getTimestamp(2))); //$NON-NLS-1$
                }
            }
        }
        return new Conflict("?", "?"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static int version(Connection c, String conversationId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM conversation WHERE id = ?")) { //$NON-NLS-1$
            s.setString(1, conversationId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static String clientOfTrajectory(Connection c, String trajectoryId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT client_id FROM trajectory WHERE id = ?")) { //$NON-NLS-1$
            s.setString(1, trajectoryId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String clientOfConversation(Connection c, String conversationId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT t.client_id FROM conversation v JOIN trajectory t ON v.trajectory_id = t.id WHERE v.id = ?")) { //$NON-NLS-1$
            s.setString(1, conversationId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void audit(Connection c, AuditAction action, String clientId, String objectId, String detail)
            throws SQLException {
        AuditLog.record(c, options.userName(), action, clientId, objectId, detail);
    }

    private void writeConversation(Connection c, Conversation conversation) throws SQLException {
        Trajectory trajectory = conversation.getTrajectory();
        String id = conversation.getId();
        if (!exists(c, "SELECT 1 FROM trajectory WHERE id = ?", trajectory.getId())) { //$NON-NLS-1$
            Client client = trajectory.getClient();
            if (client == null) {
                throw new StoreException(NLS.bind(Messages.Store_noTrajectory, ownerLabel(conversation)) + ' '
                        + NLS.bind(Messages.Store_noClient, ownerLabel(trajectory)));
            }
            if (client.getId() == null) {
                client.setId(UUID.randomUUID().toString());
            }
            if (!exists(c, "SELECT 1 FROM client WHERE id = ?", client.getId())) { //$NON-NLS-1$
                assignIds(client, false);
                writeClient(c, client);
            }
            writeTrajectory(c, trajectory, client.getId(), nextTrajectorySeq(c, client.getId()));
        }

        Timestamp now = new Timestamp(System.currentTimeMillis());
        int updated;
        Integer loadedVersion = LoadedVersion.of(conversation);
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE conversation SET trajectory_id = ?, title = ?, conversation_date = ?, kind = ?, lang = ?, updated_at = ?, version = version + 1 WHERE id = ?" //$NON-NLS-1$
                        + (loadedVersion == null ? "" : " AND version = ?"))) { //$NON-NLS-1$ //$NON-NLS-2$
            bindConversation(s, conversation, now);
            if (loadedVersion != null) {
                s.setInt(8, loadedVersion);
            }
            updated = s.executeUpdate();
        }
        if (updated == 0 && loadedVersion != null) {
            Conflict conflict = lastChange(c, id);
            if (conflict != null) {
                throw new StoreConflictException(NLS.bind(Messages.Store_conflict, new Object[] {
                        ownerLabel(conversation), conflict.user(), conflict.time() }));
            }
        }
        if (updated == 0) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO conversation (trajectory_id, title, conversation_date, kind, lang, updated_at, id, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)")) { //$NON-NLS-1$
                bindConversation(s, conversation, now);
                s.executeUpdate();
            }
        }

        executeUpdate(c, "DELETE FROM annotation WHERE conversation_id = ?", id); //$NON-NLS-1$
        executeUpdate(c, "DELETE FROM utterance WHERE conversation_id = ?", id); //$NON-NLS-1$
        executeUpdate(c, "DELETE FROM participant WHERE conversation_id = ?", id); //$NON-NLS-1$
        executeUpdate(c, "DELETE FROM note WHERE conversation_id = ?", id); //$NON-NLS-1$
        Set<String> presentIds = new HashSet<>();
        conversation.eAllContents().forEachRemaining(o -> {
            String objectId = EcoreUtil.getID(o);
            if (objectId != null) {
                presentIds.add(objectId);
            }
        });
        deleteExtensions(c, "SELECT row_id, feature, object_id, ns_uri, xmi FROM extension_object WHERE conversation_id = ?", //$NON-NLS-1$
                id, presentIds);

        writeProfessionals(c, conversation);
        List<ExtensionWrite> extensions = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO participant (conversation_id, id, seq, name, participant_role, professional_id) VALUES (?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            EList<Participant> list = conversation.getParticipants();
            for (int i = 0; i < list.size(); i++) {
                Participant participant = list.get(i);
                if (!isCore(participant, PARTICIPANTS)) {
                    extensions.add(new ExtensionWrite(PARTICIPANTS, i, participant));
                }
                s.setString(1, id);
                s.setString(2, participant.getId());
                s.setInt(3, i);
                s.setString(4, participant.getName());
                s.setString(5, participant.getRole() == null ? null : participant.getRole().getLiteral());
                Professional professional = participant.getProfessional();
                s.setString(6, professional == null || professional.eIsProxy() ? null : professional.getId());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO utterance (conversation_id, id, seq, speaker_id, utterance_text, start_millis, end_millis) VALUES (?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            EList<Utterance> list = conversation.getUtterances();
            for (int i = 0; i < list.size(); i++) {
                Utterance utterance = list.get(i);
                if (!isCore(utterance, UTTERANCES)) {
                    extensions.add(new ExtensionWrite(UTTERANCES, i, utterance));
                }
                s.setString(1, id);
                s.setString(2, utterance.getId());
                s.setInt(3, i);
                s.setString(4, utterance.getSpeaker() == null ? null : utterance.getSpeaker().getId());
                s.setString(5, utterance.getText());
                setLong(s, 6, utterance.getStartMillis());
                setLong(s, 7, utterance.getEndMillis());
                s.addBatch();
                if (i % 500 == 499) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO annotation (conversation_id, id, seq, utterance_id, span_start, span_end, method_id, code_id, coder, origin, confidence, reason, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            EList<Annotation> list = conversation.getAnnotations();
            for (int i = 0; i < list.size(); i++) {
                Annotation annotation = list.get(i);
                if (!isCore(annotation, ANNOTATIONS)) {
                    extensions.add(new ExtensionWrite(ANNOTATIONS, i, annotation));
                }
                s.setString(1, id);
                s.setString(2, annotation.getId());
                s.setInt(3, i);
                s.setString(4, annotation.getUtterance() == null ? null : annotation.getUtterance().getId());
                s.setInt(5, annotation.getSpanStart());
                s.setInt(6, annotation.getSpanEnd());
                s.setString(7, annotation.getMethodId());
                s.setString(8, annotation.getCodeId());
                s.setString(9, annotation.getCoder());
                s.setString(10, annotation.getOrigin() == null ? null : annotation.getOrigin().getLiteral());
                s.setDouble(11, annotation.getConfidence());
                s.setString(12, annotation.getReason());
                s.setString(13, annotation.getNote());
                s.addBatch();
                if (i % 500 == 499) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        writeNotes(c, "INSERT INTO note (conversation_id, seq, id, note_text, author, created) VALUES (?, ?, ?, ?, ?, ?)", //$NON-NLS-1$
                id, conversation.getNotes(), CONVERSATION_NOTES, extensions);
        EList<?> assessments = conversation.getAssessments();
        for (int i = 0; i < assessments.size(); i++) {
            extensions.add(new ExtensionWrite(ASSESSMENTS, i, (EObject) assessments.get(i)));
        }
        writeExtensions(c, null, id, extensions, ownerLabel(conversation));
    }

    private static void bindConversation(PreparedStatement s, Conversation conversation, Timestamp now)
            throws SQLException {
        s.setString(1, conversation.getTrajectory().getId());
        s.setString(2, conversation.getTitle());
        s.setTimestamp(3, timestamp(conversation.getDate()));
        s.setString(4, conversation.getKind() == null ? null : conversation.getKind().getLiteral());
        s.setString(5, conversation.getLanguage());
        s.setTimestamp(6, now);
        s.setString(7, conversation.getId());
    }

    private static void writeProfessionals(Connection c, Conversation conversation) throws SQLException {
        Map<String, Professional> professionals = new LinkedHashMap<>();
        for (Participant participant : conversation.getParticipants()) {
            Professional professional = participant.getProfessional();
            if (professional != null && !professional.eIsProxy()) {
                professionals.putIfAbsent(professional.getId(), professional);
            }
        }
        for (Professional professional : professionals.values()) {
            int updated;
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE professional SET name = ?, organisation = ?, job_function = ? WHERE id = ?")) { //$NON-NLS-1$
                bindProfessional(s, professional);
                updated = s.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO professional (name, organisation, job_function, id) VALUES (?, ?, ?, ?)")) { //$NON-NLS-1$
                    bindProfessional(s, professional);
                    s.executeUpdate();
                }
            }
        }
    }

    private static void bindProfessional(PreparedStatement s, Professional professional) throws SQLException {
        s.setString(1, professional.getName());
        s.setString(2, professional.getOrganisation());
        s.setString(3, professional.getFunction());
        s.setString(4, professional.getId());
    }

    /** An object to write as XMI: the feature that contains it and its position there. */
    private record ExtensionWrite(EReference feature, int pos, EObject object) {
    }

    private static boolean isCore(EObject object, EReference feature) {
        return object.eClass() == feature.getEReferenceType();
    }

    private static void writeExtensions(Connection c, String clientId, String conversationId,
            List<ExtensionWrite> extensions, String owner) throws SQLException {
        if (extensions.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO extension_object (client_id, conversation_id, feature, pos, object_id, ns_uri, class_name, xmi) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            for (ExtensionWrite extension : extensions) {
                EObject object = extension.object();
                String xmi = ExtensionCodec.write(object, unreferenceable -> LOG.log(Level.WARNING,
                        NLS.bind(Messages.Store_extensionNotSaved, new Object[] { owner, object.eClass().getName(),
                                unreferenceable.eClass().getName() })));
                EPackage ePackage = object.eClass().getEPackage();
                s.setString(1, clientId);
                s.setString(2, conversationId);
                s.setString(3, extension.feature().getName());
                s.setInt(4, extension.pos());
                s.setString(5, EcoreUtil.getID(object));
                s.setString(6, ePackage == null ? null : ePackage.getNsURI());
                s.setString(7, object.eClass().getName());
                s.setString(8, xmi);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Deletes the owner's extension rows before they are written again, except rows that cannot be read now (their
     * method package is not installed): those were not shown, so they are kept. A kept row whose shadow object was
     * removed ({@code presentIds} lacks its id) goes too: the user deleted it.
     */
    private static void deleteExtensions(Connection c, String selectSql, String ownerId, Set<String> presentIds)
            throws SQLException {
        List<Long> delete = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(selectSql)) {
            s.setString(1, ownerId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long rowId = rs.getLong(1);
                    String feature = rs.getString(2);
                    String objectId = rs.getString(3);
                    String nsUri = rs.getString(4);
                    boolean readable = nsUri != null && EPackage.Registry.INSTANCE.containsKey(nsUri)
                            && isReadable(rs.getString(5));
                    boolean shadowGone = objectId != null && isShadowed(feature) && !presentIds.contains(objectId);
                    if (readable || shadowGone) {
                        delete.add(rowId);
                    }
                }
            }
        }
        if (delete.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM extension_object WHERE row_id = ?")) { //$NON-NLS-1$
            for (Long rowId : delete) {
                s.setLong(1, rowId);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static boolean isShadowed(String feature) {
        return PARTICIPANTS.getName().equals(feature) || UTTERANCES.getName().equals(feature)
                || ANNOTATIONS.getName().equals(feature) || CONVERSATION_NOTES.getName().equals(feature);
    }

    private static boolean isReadable(String xmi) {
        try {
            ExtensionCodec.read(xmi);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean exists(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static int nextTrajectorySeq(Connection c, String clientId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(seq) + 1, 0) FROM trajectory WHERE client_id = ?")) { //$NON-NLS-1$
            s.setString(1, clientId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int executeUpdate(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            return s.executeUpdate();
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    // ----------------------------------------------------------------------------------------------- deleting

    @Override
    public void deleteConversation(String conversationId) {
        write(c -> {
            String clientId = clientOfConversation(c, conversationId);
            if (clientId != null) {
                audit(c, AuditAction.DELETE, clientId, conversationId, "conversation"); //$NON-NLS-1$
            }
            for (String sql : List.of("DELETE FROM annotation WHERE conversation_id = ?", //$NON-NLS-1$
                    "DELETE FROM utterance WHERE conversation_id = ?", //$NON-NLS-1$
                    "DELETE FROM participant WHERE conversation_id = ?", //$NON-NLS-1$
                    "DELETE FROM note WHERE conversation_id = ?", //$NON-NLS-1$
                    "DELETE FROM extension_object WHERE conversation_id = ?", //$NON-NLS-1$
                    "DELETE FROM conversation WHERE id = ?")) { //$NON-NLS-1$
                executeUpdate(c, sql, conversationId);
            }
            return null;
        }, reason -> NLS.bind(Messages.Store_deleteFailed, conversationId, reason));
    }

    @Override
    public void moveConversation(String conversationId, String trajectoryId) {
        write(c -> {
            String from = clientOfConversation(c, conversationId);
            if (from == null) {
                throw new StoreException(NLS.bind(Messages.Store_unknownConversation, conversationId));
            }
            String to = clientOfTrajectory(c, trajectoryId);
            if (to == null) {
                throw new StoreException(NLS.bind(Messages.Store_unknownTrajectory, trajectoryId));
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE conversation SET trajectory_id = ?, updated_at = ?, version = version + 1 WHERE id = ?")) { //$NON-NLS-1$
                s.setString(1, trajectoryId);
                s.setTimestamp(2, new Timestamp(System.currentTimeMillis()));
                s.setString(3, conversationId);
                s.executeUpdate();
            }
            // ids only: the audit log holds no client data
            audit(c, AuditAction.CHANGE, from, conversationId, "conversation moved to trajectory " + trajectoryId); //$NON-NLS-1$
            if (!from.equals(to)) {
                audit(c, AuditAction.CHANGE, to, conversationId, "conversation moved from client " + from); //$NON-NLS-1$
            }
            return null;
        }, reason -> NLS.bind(Messages.Store_moveFailed, conversationId, reason));
    }

    @Override
    public void deleteTrajectory(String trajectoryId) {
        write(c -> {
            String clientId = clientOfTrajectory(c, trajectoryId);
            if (clientId != null) {
                audit(c, AuditAction.DELETE, clientId, trajectoryId, "trajectory"); //$NON-NLS-1$
            }
            deleteTrajectory(c, trajectoryId);
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
        write(c -> {
            objects[0] = erase(c, clientId, "erasure"); //$NON-NLS-1$
            return null;
        }, reason -> NLS.bind(Messages.Store_deleteFailed, clientId, reason));
        List<String> compressed = objects[0] < 0 ? List.of() : removeResidue();
        return new ErasureReport(clientId, objects[0] >= 0, Math.max(0, objects[0]), compressed,
                folder != null && DerbyEngine.isEncrypted(folder));
    }

    /**
     * Makes deleted rows go from disk: every application table is compressed (Derby rewrites it into new files
     * and removes the old ones, which still held the deleted rows), then a checkpoint lets Derby drop the log
     * files that recorded them. Returns the tables compressed.
     */
    private synchronized List<String> removeResidue() {
        Connection c = connection();
        List<String> tables = new ArrayList<>();
        try {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT t.tablename FROM sys.systables t JOIN sys.sysschemas sc ON t.schemaid = sc.schemaid" //$NON-NLS-1$
                            + " WHERE sc.schemaname = 'APP' AND t.tabletype = 'T' ORDER BY t.tablename"); //$NON-NLS-1$
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            c.commit();
            for (String table : tables) {
                try (PreparedStatement s = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE('APP', ?, 1)")) { //$NON-NLS-1$
                    s.setString(1, table);
                    s.execute();
                }
                c.commit();
            }
            dropOldLogFiles(c);
        } catch (SQLException | IOException e) {
            rollback(c);
            throw new StoreException(NLS.bind(Messages.Store_residueFailed, location, describe(e)), e);
        }
        return tables;
    }

    /** The file of Derby's transaction log that erasure must see gone: the current one when it starts. */
    private static final java.util.regex.Pattern LOG_FILE = java.util.regex.Pattern.compile("log(\\d+)\\.dat"); //$NON-NLS-1$

    /** How often erasure writes filler to the log before giving up on switching to a new log file. */
    private static final int MAX_LOG_FILLS = 64;

    /**
     * Forces checkpoints until Derby has switched to a new log file and deleted the ones that held the erased rows.
     * A checkpoint switches log files only when the current one is longer than Derby's log switch interval, so a
     * harmless database property is written (and removed again) until it is. Remote databases: one checkpoint.
     */
    private void dropOldLogFiles(Connection c) throws SQLException, IOException {
        long current = folder == null ? -1 : highestLogFile(folder.resolve("log")); //$NON-NLS-1$
        String filler = "0".repeat(30 * 1024); //$NON-NLS-1$
        for (int i = 0; i <= MAX_LOG_FILLS; i++) {
            try (PreparedStatement s = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()")) { //$NON-NLS-1$
                s.execute();
            }
            c.commit();
            if (current < 0 || lowestLogFile(folder.resolve("log")) > current) { //$NON-NLS-1$
                break;
            }
            try (PreparedStatement s = c.prepareStatement(
                    "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('leefwereld.erasureLogFiller', ?)")) { //$NON-NLS-1$
                s.setString(1, i == MAX_LOG_FILLS ? null : filler + i);
                s.execute();
            }
            c.commit();
        }
        try (PreparedStatement s = c.prepareStatement(
                "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('leefwereld.erasureLogFiller', NULL)")) { //$NON-NLS-1$
            s.execute();
        }
        c.commit();
    }

    private static long highestLogFile(Path logFolder) throws IOException {
        return logFileNumbers(logFolder).max().orElse(-1);
    }

    private static long lowestLogFile(Path logFolder) throws IOException {
        return logFileNumbers(logFolder).min().orElse(Long.MAX_VALUE);
    }

    private static java.util.stream.LongStream logFileNumbers(Path logFolder) throws IOException {
        if (!Files.isDirectory(logFolder)) {
            return java.util.stream.LongStream.empty();
        }
        try (Stream<Path> files = Files.list(logFolder)) {
            long[] numbers = files.map(p -> LOG_FILE.matcher(p.getFileName().toString())).filter(m -> m.matches())
                    .mapToLong(m -> Long.parseLong(m.group(1))).toArray();
            return java.util.Arrays.stream(numbers);
        }
    }

    @Override
    public IntegrityReport checkIntegrity() {
        return read(DatabaseVerification::check);
    }

    private static void deleteTrajectory(Connection c, String trajectoryId) throws SQLException {
        deleteConversationsWhere(c, "SELECT id FROM conversation WHERE trajectory_id = ?", trajectoryId); //$NON-NLS-1$
        executeUpdate(c, "DELETE FROM trajectory WHERE id = ?", trajectoryId); //$NON-NLS-1$
    }

    /**
     * Right to erasure: deletes the client and everything about them, anonymises their audit events and records
     * the erasure (under the hash of the id). Returns the number of trajectories and conversations erased, or -1
     * when the client did not exist.
     */
    private int erase(Connection c, String clientId, String reason) throws SQLException {
        if (!exists(c, "SELECT 1 FROM client WHERE id = ?", clientId)) { //$NON-NLS-1$
            return -1;
        }
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT display_name, pseudonym FROM client WHERE id = ?")) { //$NON-NLS-1$
            s.setString(1, clientId);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    names.add(rs.getString(1));
                    names.add(rs.getString(2));
                }
            }
        }
        Set<String> objectIds = new HashSet<>();
        for (String sql : List.of("SELECT id FROM trajectory WHERE client_id = ?", //$NON-NLS-1$
                "SELECT v.id FROM conversation v JOIN trajectory t ON v.trajectory_id = t.id WHERE t.client_id = ?")) { //$NON-NLS-1$
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, clientId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        objectIds.add(rs.getString(1));
                    }
                }
            }
        }
        deleteClientRows(c, clientId);
        AuditLog.anonymise(c, clientId, objectIds, names);
        AuditLog.record(c, options.userName(), AuditAction.ERASE, AuditLog.hash(clientId), null,
                reason + ": " + objectIds.size() + " trajectories/conversations"); //$NON-NLS-1$ //$NON-NLS-2$
        return objectIds.size();
    }

    private static void deleteClientRows(Connection c, String clientId) throws SQLException {
        {
            deleteConversationsWhere(c,
                    "SELECT v.id FROM conversation v JOIN trajectory t ON v.trajectory_id = t.id WHERE t.client_id = ?", //$NON-NLS-1$
                    clientId);
            for (String sql : List.of("DELETE FROM trajectory WHERE client_id = ?", //$NON-NLS-1$
                    "DELETE FROM client_attribute WHERE client_id = ?", //$NON-NLS-1$
                    "DELETE FROM consent WHERE client_id = ?", //$NON-NLS-1$
                    "DELETE FROM note WHERE client_id = ?", //$NON-NLS-1$
                    "DELETE FROM extension_object WHERE client_id = ?", //$NON-NLS-1$
                    "DELETE FROM client WHERE id = ?")) { //$NON-NLS-1$
                executeUpdate(c, sql, clientId);
            }
        }
    }

    /** Deletes the conversations (with their content) whose ids the query selects; the query takes one id. */
    private static void deleteConversationsWhere(Connection c, String idQuery, String id) throws SQLException {
        for (String table : List.of("annotation", "utterance", "participant", "note", "extension_object")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            executeUpdate(c, "DELETE FROM " + table + " WHERE conversation_id IN (" + idQuery + ")", id); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        executeUpdate(c, "DELETE FROM conversation WHERE id IN (" + idQuery + ")", id); //$NON-NLS-1$ //$NON-NLS-2$
    }

    // ------------------------------------------------------------------------------ audit, backup, retention

    @Override
    public void audit(AuditAction action, String clientId, String objectId, String detail) {
        write(c -> {
            audit(c, action, clientId, objectId, detail);
            return null;
        }, reason -> NLS.bind(Messages.Store_auditFailed, reason));
    }

    @Override
    public List<AuditEvent> auditEvents(String clientId) {
        return read(c -> AuditLog.events(c, clientId));
    }

    @Override
    public Path backup(Path backupFolder) {
        Path target = backupFolder.toAbsolutePath().normalize();
        String databaseName = folder != null ? folder.getFileName().toString()
                : Path.of(url.replaceFirst(";.*$", "")).getFileName().toString(); //$NON-NLS-1$ //$NON-NLS-2$
        Path copy = target.resolve(databaseName);
        write(c -> {
            audit(c, AuditAction.BACKUP, null, null, copy.toString());
            return null;
        }, reason -> NLS.bind(Messages.Store_backupFailed, target, reason));
        synchronized (this) {
            Connection c = connection();
            try {
                OwnerOnlyFiles.createDirectories(target);
                try (PreparedStatement s = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) { //$NON-NLS-1$
                    s.setString(1, target.toString());
                    s.execute();
                }
                c.commit();
                // Nothing else writes through this store meanwhile (synchronized), so these are the copy's rows.
                Map<String, Long> rows = DatabaseVerification.checkTables(c, new ArrayList<>(), new int[1]);
                c.commit();
                OwnerOnlyFiles.restrictTree(copy);
                DatabaseVerification.writeManifest(copy, rows);
            } catch (SQLException | IOException e) {
                rollback(c);
                throw new StoreException(NLS.bind(Messages.Store_backupFailed, target, describe(e)), e);
            }
        }
        return copy;
    }

    @Override
    public Map<String, Integer> retentionPeriods() {
        return read(Retention::periods);
    }

    @Override
    public void setRetentionPeriod(String trajectoryKind, int months) {
        write(c -> {
            Retention.set(c, trajectoryKind, months);
            audit(c, AuditAction.OTHER, null, null, "retention " + trajectoryKind + " = " + months); //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }, reason -> NLS.bind(Messages.Store_retentionFailed, reason));
    }

    @Override
    public List<RetentionItem> retentionDue(java.time.Instant now) {
        return read(c -> Retention.due(c, now));
    }

    @Override
    public List<RetentionItem> applyRetention(java.time.Instant now) {
        List<RetentionItem> done = new ArrayList<>();
        write(c -> {
            List<RetentionItem> due = Retention.due(c, now);
            Set<String> clients = new java.util.LinkedHashSet<>();
            for (RetentionItem item : due) {
                audit(c, AuditAction.RETENTION, item.clientId(), item.trajectoryId(),
                        "kind " + item.trajectoryKind() + ", " + item.months() + " months, last activity " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                                + item.lastActivity());
                deleteTrajectory(c, item.trajectoryId());
                clients.add(item.clientId());
            }
            for (String clientId : clients) {
                if (!exists(c, "SELECT 1 FROM trajectory WHERE client_id = ?", clientId)) { //$NON-NLS-1$
                    erase(c, clientId, "retention"); //$NON-NLS-1$
                }
            }
            done.addAll(due);
            return null;
        }, reason -> NLS.bind(Messages.Store_retentionFailed, reason));
        if (!done.isEmpty()) {
            removeResidue();
        }
        return done;
    }
}
