// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.derby.shared.api.DerbyModuleAPI;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.store.Messages;
import nl.leefwereld.store.OwnerOnlyFiles;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreLockedException;
import nl.leefwereld.store.StoreOptions;

/**
 * The embedded Derby engine: driver, folder checks, connection attributes (encryption), shutdown and the
 * translation of Derby's failures into {@link StoreException}s.
 */
public final class DerbyEngine {

    private static final System.Logger LOG = System.getLogger(DerbyEngine.class.getName());

    private static final String DRIVER_CLASS = "org.apache.derby.iapi.jdbc.AutoloadedDriver"; //$NON-NLS-1$
    static final String SERVICE_PROPERTIES = "service.properties"; //$NON-NLS-1$
    static final String SQLSTATE_LOCKED = "XSDB6"; //$NON-NLS-1$
    static final String SQLSTATE_SHUTDOWN = "08006"; //$NON-NLS-1$
    static final String SQLSTATE_TOO_LONG = "22001"; //$NON-NLS-1$
    static final String SQLSTATE_FOREIGN_KEY = "23503"; //$NON-NLS-1$
    static final String SQLSTATE_DUPLICATE = "23505"; //$NON-NLS-1$
    static final String SQLSTATE_WRONG_PASSWORD = "XBM06"; //$NON-NLS-1$
    static final String SQLSTATE_SHORT_PASSWORD = "XBM07"; //$NON-NLS-1$
    static final String SQLSTATE_AUTHENTICATION = "08004"; //$NON-NLS-1$

    /** Derby's switch between owner-only files ({@code false}) and the umask's permissions. */
    static final String OWNER_ONLY_PROPERTY = "derby.storage.useDefaultFilePermissions"; //$NON-NLS-1$

    /** The cipher of new encrypted databases. */
    static final String ENCRYPTION_ALGORITHM = "AES/CBC/NoPadding"; //$NON-NLS-1$
    static final String ENCRYPTION_KEY_LENGTH = "256"; //$NON-NLS-1$

    private DerbyEngine() {
    }

    /**
     * Derby's engine driver through the derby bundle's own class loader: the fragment org.apache.derby.shared
     * (which provides {@link DerbyModuleAPI}) is loaded by that loader too, inside OSGi and on a plain class path.
     */
    public static Driver loadDriver() {
        try {
            Class<?> driverClass = Class.forName(DRIVER_CLASS, true, DerbyModuleAPI.class.getClassLoader());
            return (Driver) driverClass.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            throw new StoreException(NLS.bind(Messages.Store_engineMissing, e.toString()), e);
        }
    }

    /**
     * The tables live in schema APP; a connection with a user name starts in that user's schema (a database the
     * removed Derby team server once served), so every connection switches to APP.
     */
    public static void useApplicationSchema(Connection connection) throws SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("SET SCHEMA APP"); //$NON-NLS-1$
        }
    }

    /** Whether the folder holds a Derby database that is encrypted. */
    public static boolean isEncrypted(Path folder) {
        Path service = folder.toAbsolutePath().normalize().resolve(SERVICE_PROPERTIES);
        if (!Files.isRegularFile(service)) {
            return false;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(service)) {
            properties.load(in);
        } catch (IOException e) {
            return false;
        }
        return Boolean.parseBoolean(properties.getProperty("dataEncryption")); //$NON-NLS-1$
    }

    public static boolean isDatabase(Path folder) {
        return Files.isRegularFile(folder.resolve(SERVICE_PROPERTIES));
    }

    /** Connection attributes to boot (or create) the database with these options. */
    static Properties bootProperties(Path folder, StoreOptions options) {
        Properties properties = new Properties();
        properties.setProperty("create", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        if (options.hasBootPassword()) {
            char[] password = options.bootPassword();
            properties.setProperty("bootPassword", new String(password)); //$NON-NLS-1$
            java.util.Arrays.fill(password, '\0');
            if (!isDatabase(folder)) {
                encryptionProperties(properties);
            }
        }
        return properties;
    }

    public static void encryptionProperties(Properties properties) {
        properties.setProperty("dataEncryption", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        properties.setProperty("encryptionAlgorithm", ENCRYPTION_ALGORITHM); //$NON-NLS-1$
        properties.setProperty("encryptionKeyLength", ENCRYPTION_KEY_LENGTH); //$NON-NLS-1$
    }

    /** Refuses a password Derby would refuse, before anything is created. */
    public static void checkPassword(char[] password) {
        if (password == null || password.length < StoreOptions.MIN_PASSWORD_LENGTH) {
            throw new StoreException(NLS.bind(Messages.Store_passwordTooShort,
                    Integer.valueOf(StoreOptions.MIN_PASSWORD_LENGTH)));
        }
    }

    public static void prepareFolder(Path folder) {
        String name = folder.toString();
        if (!Files.exists(folder)) {
            try {
                Path parent = folder.getParent();
                if (parent != null) {
                    OwnerOnlyFiles.createDirectories(parent);
                }
            } catch (IOException e) {
                throw new StoreException(NLS.bind(Messages.Store_cannotOpen, name, e.toString()), e);
            }
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new StoreException(NLS.bind(Messages.Store_notAFolder, name));
        }
        if (Files.exists(folder.resolve(SERVICE_PROPERTIES))) {
            return;
        }
        try (Stream<Path> children = Files.list(folder)) {
            if (children.findAny().isPresent()) {
                throw new StoreException(NLS.bind(Messages.Store_notADatabase, name));
            }
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.Store_cannotOpen, name, e.toString()), e);
        }
        try {
            Files.delete(folder); // an empty folder: Derby creates the database only where no folder exists
        } catch (IOException e) {
            throw new StoreException(NLS.bind(Messages.Store_cannotOpen, name, e.toString()), e);
        }
    }

    /**
     * Derby writes derby.log into the working directory unless told otherwise. Unless the application chose
     * already, it goes to {@code logs/derby.log} beside the database folder. Derby reads this when its engine boots,
     * so the first store opened in a JVM decides.
     */
    public static void configureDerbyLog(Path folder) {
        // Derby then creates the database's folders and files owner-only (0700/0600) instead of by the umask.
        if (System.getProperty(OWNER_ONLY_PROPERTY) == null) {
            System.setProperty(OWNER_ONLY_PROPERTY, "false"); //$NON-NLS-1$
        }
        if (System.getProperty("derby.stream.error.file") != null //$NON-NLS-1$
                || System.getProperty("derby.stream.error.field") != null //$NON-NLS-1$
                || System.getProperty("derby.stream.error.method") != null) { //$NON-NLS-1$
            return;
        }
        Path parent = folder.getParent() != null ? folder.getParent() : folder;
        Path logs = parent.resolve("logs"); //$NON-NLS-1$
        try {
            OwnerOnlyFiles.createDirectories(logs);
            System.setProperty("derby.stream.error.file", logs.resolve("derby.log").toString()); //$NON-NLS-1$ //$NON-NLS-2$
            if (System.getProperty("derby.infolog.append") == null) { //$NON-NLS-1$
                System.setProperty("derby.infolog.append", "true"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "No logs folder beside " + folder, e); //$NON-NLS-1$
        }
    }

    /** Connects; a null connection (no engine for the URL) and Derby's failures become StoreExceptions. */
    public static Connection connect(Driver driver, String url, Properties properties, String name, boolean encrypted,
            boolean hadPassword) {
        Connection connection;
        try {
            connection = driver.connect(url, properties);
        } catch (SQLException e) {
            throw openFailure(name, e, encrypted, hadPassword);
        }
        if (connection == null) {
            throw new StoreException(NLS.bind(Messages.Store_engineMissing, url));
        }
        return connection;
    }

    static StoreException openFailure(String name, SQLException e, boolean encrypted, boolean hadPassword) {
        if (hasState(e, SQLSTATE_LOCKED)) {
            return new StoreLockedException(NLS.bind(Messages.Store_locked, name), e);
        }
        if (hasState(e, SQLSTATE_WRONG_PASSWORD) || (encrypted && !hadPassword)) {
            return new StoreException(hadPassword ? NLS.bind(Messages.Store_wrongPassword, name)
                    : NLS.bind(Messages.Store_passwordNeeded, name, StoreOptions.PASSWORD_ENVIRONMENT_VARIABLE), e);
        }
        if (hasState(e, SQLSTATE_AUTHENTICATION)) {
            return new StoreException(NLS.bind(Messages.Store_teamDatabase, name), e);
        }
        if (hasState(e, SQLSTATE_SHORT_PASSWORD)) {
            return new StoreException(NLS.bind(Messages.Store_passwordTooShort,
                    Integer.valueOf(StoreOptions.MIN_PASSWORD_LENGTH)), e);
        }
        return new StoreException(NLS.bind(Messages.Store_cannotOpen, name, describe(e)), e);
    }

    /** Shuts the database down (not the engine): releases the folder's lock for other processes. */
    public static void shutdown(Driver driver, String url, String name) {
        Properties properties = new Properties();
        properties.setProperty("shutdown", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            driver.connect(url, properties);
        } catch (SQLException e) {
            if (!hasState(e, SQLSTATE_SHUTDOWN)) {
                LOG.log(Level.WARNING, "Shutting down the database in " + name + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    public static boolean hasState(Throwable e, String state) {
        return anyInChain(e, t -> t instanceof SQLException sql && state.equals(sql.getSQLState()));
    }

    /** Whether the failure or anything in its chain (causes, and next exceptions of SQL exceptions) matches. */
    private static boolean anyInChain(Throwable e, Predicate<Throwable> test) {
        Set<Throwable> seen = new HashSet<>();
        List<Throwable> todo = new ArrayList<>();
        todo.add(e);
        while (!todo.isEmpty()) {
            Throwable t = todo.remove(todo.size() - 1);
            if (t == null || !seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                todo.add(sql.getNextException());
            }
            todo.add(t.getCause());
        }
        return false;
    }

    /** The most telling message of a failure, in Derby's words (English). */
    public static String describe(Throwable e) {
        Throwable deepest = e;
        Set<Throwable> seen = new HashSet<>();
        while (deepest.getCause() != null && seen.add(deepest) && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String top = e.getMessage() != null ? e.getMessage() : e.toString();
        if (deepest != e && deepest.getMessage() != null && !top.contains(deepest.getMessage())) {
            return top + " (" + deepest.getMessage() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return top;
    }
}
