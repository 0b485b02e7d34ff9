// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.IntegrityReport;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.OwnerOnlyFiles;
import nl.leefwereld.store.RestoredDatabase;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;

/**
 * The life of a database: opening (embedded or remote, with the schema migrated), encrypting a plain database,
 * changing the boot password, and restoring a backup (verified before it is kept). Derby's own specifics are in
 * {@link DerbyEngine}.
 */
public final class DatabaseLifecycle {

    private static final System.Logger LOG = System.getLogger(DatabaseLifecycle.class.getName());

    private DatabaseLifecycle() {
    }

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
        DerbyConversationStore store = new DerbyConversationStore(
                new Transactions(folder, url, driver, connection, options, Sql.DERBY));
        return initialise(store, connection, name, event, detail);
    }

    /** Checks and migrates the schema, records the event (if any); closes the store on failure. */
    private static DerbyConversationStore initialise(DerbyConversationStore store, Connection connection,
            String name, AuditAction event, String detail) {
        StoreOptions options = store.options();
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
                AuditLog.record(connection, store.transactions().sql(), options.userName(), event, null, null, detail);
                connection.commit();
            }
            // tamper evidence (#20): the chain is checked when first asked (auditCheckAtOpen, #22), not here
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
}
