// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.store.internal.DatabaseLifecycle;
import nl.leefwereld.store.internal.DerbyEngine;
import nl.leefwereld.store.internal.PostgresConversationStore;
import nl.leefwereld.store.internal.PostgresEngine;
import nl.leefwereld.store.internal.StoreDecorators;

/** Opens conversation stores. No static state. */
public final class Stores {

    private Stores() {
    }

    /**
     * Opens (creating on first use, with schema migrations) an embedded Derby database in this folder, with the
     * boot password from the environment variable {@value StoreOptions#PASSWORD_ENVIRONMENT_VARIABLE} when that
     * is set. Without it a new database is created <em>unencrypted</em> (for tests and tools) and an encrypted
     * one is refused with a message saying a password is needed. Applications holding client data use
     * {@link #openEmbedded(Path, char[])}.
     *
     * @throws StoreLockedException when another process has this database open
     * @throws StoreException when the folder is not a usable database, or the database is encrypted and the
     *         password is missing or wrong
     */
    public static ConversationStore openEmbedded(Path databaseFolder) throws StoreException {
        return openEmbedded(databaseFolder,
                StoreOptions.defaults().withBootPassword(StoreOptions.passwordFromEnvironment()));
    }

    /**
     * Opens an embedded database encrypted with this boot password (at least 8 characters): a new database is
     * created encrypted (AES-256, Derby {@code dataEncryption}); an existing encrypted one is opened with it; an
     * existing unencrypted one is opened as it is (see {@link #isEncrypted(Path)} and {@link #encrypt}).
     *
     * @throws StoreException with a clear message when the password is wrong or too short
     */
    public static ConversationStore openEmbedded(Path databaseFolder, char[] bootPassword) throws StoreException {
        return openEmbedded(databaseFolder, StoreOptions.defaults().withBootPassword(bootPassword));
    }

    /** Opens an embedded database with these options (password, audit user, audit of reads). */
    public static ConversationStore openEmbedded(Path databaseFolder, StoreOptions options) throws StoreException {
        // decorated by the StoreDecorator services (search index, #18)
        return StoreDecorators.open(databaseFolder, options, o -> DatabaseLifecycle.openEmbedded(databaseFolder, o));
    }

    /** Whether the embedded database in this folder exists and is encrypted. */
    public static boolean isEncrypted(Path databaseFolder) {
        return DerbyEngine.isEncrypted(databaseFolder);
    }

    /**
     * Encrypts an existing unencrypted database in place (AES-256) with this boot password. The database must not
     * be open anywhere. Records an ENCRYPT audit event.
     *
     * @throws StoreException when it is already encrypted, not a database, in use, or the password is too short
     */
    public static void encrypt(Path databaseFolder, char[] newBootPassword, String userName) throws StoreException {
        DatabaseLifecycle.encrypt(databaseFolder, newBootPassword, userName);
    }

    /**
     * Changes the boot password of an encrypted database; Derby re-encrypts all data with a new key
     * ({@code newBootPassword}). The database must not be open anywhere. Records a PASSWORD audit event.
     *
     * @throws StoreException when the old password is wrong, the new one too short, or the database is in use
     */
    public static void changeBootPassword(Path databaseFolder, char[] oldBootPassword, char[] newBootPassword,
            String userName) throws StoreException {
        DatabaseLifecycle.changeBootPassword(databaseFolder, oldBootPassword, newBootPassword, userName);
    }

    /**
     * Restores a backup made by {@link ConversationStore#backup(Path)} into a new folder (which must not exist or
     * be empty), verified as in {@link #restoreVerified}, and opens it. {@code backup} is the copy's folder or the folder given to {@code backup}. An
     * encrypted backup needs its password in {@code options}. Records a RESTORE audit event in the restored
     * database.
     */
    public static ConversationStore restore(Path backup, Path targetFolder, StoreOptions options)
            throws StoreException {
        return restoreVerified(backup, targetFolder, options).store();
    }

    /**
     * Restores a backup as {@link #restore} does, verified: the files of the copy against its manifest (size and
     * SHA-256) before anything is written, then Derby's {@code SYSCS_CHECK_TABLE} on every table of the restored
     * database and its rows per table against the manifest. When anything does not match the restore is refused
     * and nothing is left in the target folder. A backup without a manifest (made by an older version) is checked
     * with {@code SYSCS_CHECK_TABLE} only; the report says that no manifest was present.
     *
     * @throws StoreException naming the backup and what did not match
     */
    public static RestoredDatabase restoreVerified(Path backup, Path targetFolder, StoreOptions options)
            throws StoreException {
        return DatabaseLifecycle.restore(backup, targetFolder, options);
    }

    /** Whether the folder holds a database (encrypted or not). */
    public static boolean exists(Path databaseFolder) {
        return DerbyEngine.isDatabase(databaseFolder.toAbsolutePath().normalize());
    }

    /**
     * Connects to an organisation's PostgreSQL database ({@code postgresql://host[:port]/database[?sslmode=…]}) as
     * this user, as {@link #openServer} does with default options; the audit log records this user. The Derby
     * network server is gone (#20): an address of another kind, such as a Derby team server's
     * {@code jdbc:derby://}, is refused with a message saying what an address looks like.
     *
     * @throws StoreException when the address is not a PostgreSQL database's, the server cannot be reached or
     *         refuses the user, or its certificate is not trusted (clear messages)
     */
    public static ConversationStore openRemote(String url, String user, char[] password) throws StoreException {
        if (!isServerUrl(url)) {
            String text = url == null ? "" : url.strip(); //$NON-NLS-1$
            throw new StoreException(text.toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:derby:") //$NON-NLS-1$
                    ? NLS.bind(Messages.Store_derbyServerRemoved, text)
                    : NLS.bind(Messages.Store_notAServerUrl, text));
        }
        return openServer(url, user, password, StoreOptions.defaults());
    }

    /** Whether this is the address of an organisation's PostgreSQL database ({@code postgresql://…}). */
    public static boolean isServerUrl(String url) {
        return PostgresEngine.isServerUrl(url);
    }

    /**
     * Connects to an organisation's PostgreSQL database, {@code postgresql://host[:port]/database[?sslmode=…]}, as
     * this database user. The connection is encrypted and the server's certificate and host name checked
     * ({@code sslmode=verify-full}) unless the address names another {@code sslmode}; the certificate is checked
     * against {@code ~/.postgresql/root.crt}, {@code sslrootcert=<file>} in the address, or else Java's trust store.
     * The schema is created or migrated when it is behind and the user owns it (the administrator, once); other
     * users get a message asking for {@code leefwereld admin init}. The audit log names {@code user} unless the
     * options name another.
     *
     * @throws StoreException when the address is wrong, the server cannot be reached or refuses the user, or the
     *         certificate is not trusted (clear messages)
     */
    public static ConversationStore openServer(String url, String user, char[] password, StoreOptions options)
            throws StoreException {
        return StoreDecorators.open(null, options, o -> PostgresConversationStore.open(url, user, password, o));
    }
}
