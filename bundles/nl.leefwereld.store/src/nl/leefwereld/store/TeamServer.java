package nl.leefwereld.store;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.store.internal.DerbyEngine;
import nl.leefwereld.store.internal.Schema;

/**
 * Team mode: serves an embedded database to other Leefwereld instances through Derby's network server, with user
 * names and passwords required (Derby BUILTIN authentication, configured in the database itself, passwords stored
 * hashed). Clients connect with {@link Stores#openRemote(String, String, char[])}; two people saving the same
 * conversation get a {@link StoreConflictException} for the second save. Once served, the database also needs a
 * user name to be opened embedded, so it is opened through its server only.
 * <p>
 * The server listens on the given host only (default loopback). Derby's network protocol is not encrypted: over a
 * network use it inside a VPN or SSH tunnel, or configure Derby's SSL.
 */
public final class TeamServer implements AutoCloseable {

    private static final String SERVER_CLASS = "org.apache.derby.drda.NetworkServerControl"; //$NON-NLS-1$

    private final Object control;
    private final Path folder;
    private final String host;
    private final int port;
    private final Driver driver;
    private final Properties credentials;
    private Connection keepAlive;

    private TeamServer(Object control, Path folder, String host, int port, Driver driver, Properties credentials,
            Connection keepAlive) {
        this.control = control;
        this.folder = folder;
        this.host = host;
        this.port = port;
        this.driver = driver;
        this.credentials = credentials;
        this.keepAlive = keepAlive;
    }

    /**
     * Boots the database (creating it, encrypted when {@code options} has a boot password), migrates it, sets the
     * users (adding or changing their passwords; existing users stay), switches authentication on, and starts the
     * network server on {@code host:port}.
     *
     * @param users user names with passwords; at least one
     * @throws StoreException when the server bundle is missing, the port is taken, or the database cannot be opened
     */
    public static TeamServer start(Path databaseFolder, StoreOptions options, String host, int port,
            Map<String, char[]> users) throws StoreException {
        if (users == null || users.isEmpty()) {
            throw new StoreException(Messages.Store_noUsers);
        }
        Class<?> serverClass;
        try {
            serverClass = Class.forName(SERVER_CLASS, true, DerbyEngine.derbyClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new StoreException(NLS.bind(Messages.Store_networkServerMissing, e.toString()), e);
        }
        Path folder = databaseFolder.toAbsolutePath().normalize();
        String name = folder.toString();
        DerbyEngine.prepareFolder(folder);
        DerbyEngine.configureDerbyLog(folder);
        Driver driver = DerbyEngine.loadDriver();
        String url = "jdbc:derby:" + name; //$NON-NLS-1$
        Map.Entry<String, char[]> first = users.entrySet().iterator().next();
        Properties credentials = new Properties();
        credentials.setProperty("user", first.getKey()); //$NON-NLS-1$
        credentials.setProperty("password", new String(first.getValue())); //$NON-NLS-1$
        Properties boot = new Properties();
        boot.putAll(credentials);
        boot.setProperty("create", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        if (options.hasBootPassword()) {
            char[] password = options.bootPassword();
            if (!DerbyEngine.isDatabase(folder)) {
                DerbyEngine.checkPassword(password);
                DerbyEngine.encryptionProperties(boot);
            }
            boot.setProperty("bootPassword", new String(password)); //$NON-NLS-1$
            Arrays.fill(password, '\0');
        }
        boolean encrypted = DerbyEngine.isEncrypted(folder);
        try (Connection c = DerbyEngine.connect(driver, url, boot, name, encrypted, boot.containsKey("bootPassword"))) { //$NON-NLS-1$
            DerbyEngine.useApplicationSchema(c);
            c.setAutoCommit(false);
            Schema.migrate(c, (migration, cause) -> {
                throw new StoreException(NLS.bind(Messages.Store_migrationFailed,
                        new Object[] { name, migration.version(), DerbyEngine.describe(cause) }), cause);
            });
            Map<String, String> properties = new LinkedHashMap<>();
            for (Map.Entry<String, char[]> user : users.entrySet()) {
                properties.put("derby.user." + user.getKey(), new String(user.getValue())); //$NON-NLS-1$
            }
            properties.put("derby.authentication.provider", "BUILTIN"); //$NON-NLS-1$ //$NON-NLS-2$
            properties.put("derby.connection.requireAuthentication", "true"); //$NON-NLS-1$ //$NON-NLS-2$
            try (PreparedStatement s = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) { //$NON-NLS-1$
                for (Map.Entry<String, String> property : properties.entrySet()) {
                    s.setString(1, property.getKey());
                    s.setString(2, property.getValue());
                    s.execute();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.Store_cannotOpen, name, DerbyEngine.describe(e)), e);
        }
        // requireAuthentication takes effect at the next boot
        shutdownDatabase(driver, url, credentials, name);
        Connection keepAlive = DerbyEngine.connect(driver, url, boot, name, true, true);
        boot.clear();
        Object control;
        try {
            Constructor<?> constructor = serverClass.getConstructor(InetAddress.class, int.class);
            control = constructor.newInstance(InetAddress.getByName(host), port);
            serverClass.getMethod("start", PrintWriter.class).invoke(control, //$NON-NLS-1$
                    new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
            Method ping = serverClass.getMethod("ping"); //$NON-NLS-1$
            Exception last = null;
            for (int i = 0; i < 100; i++) {
                try {
                    ping.invoke(control);
                    last = null;
                    break;
                } catch (InvocationTargetException e) {
                    last = e;
                    Thread.sleep(100);
                }
            }
            if (last != null) {
                throw last;
            }
        } catch (Exception e) {
            closeQuietly(keepAlive);
            shutdownDatabase(driver, url, credentials, name);
            Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
            throw new StoreException(NLS.bind(Messages.Store_serverFailed,
                    new Object[] { name, host, port, DerbyEngine.describe(cause) }), cause);
        }
        return new TeamServer(control, folder, host, port, driver, credentials, keepAlive);
    }

    /** The URL clients give to {@link Stores#openRemote(String, String, char[])}. */
    public String url() {
        String h = host.contains(":") ? '[' + host + ']' : host; //$NON-NLS-1$
        return "jdbc:derby://" + h + ':' + port + '/' + folder; //$NON-NLS-1$
    }

    public int port() {
        return port;
    }

    public Path folder() {
        return folder;
    }

    /** Stops the network server and shuts the database down. */
    @Override
    public synchronized void close() {
        if (keepAlive == null) {
            return;
        }
        try {
            control.getClass().getMethod("shutdown").invoke(control); //$NON-NLS-1$
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.getLogger(TeamServer.class.getName()).log(System.Logger.Level.WARNING,
                    "Stopping the network server failed", e); //$NON-NLS-1$
        }
        closeQuietly(keepAlive);
        keepAlive = null;
        shutdownDatabase(driver, "jdbc:derby:" + folder, credentials, folder.toString()); //$NON-NLS-1$
        credentials.clear();
    }

    private static void shutdownDatabase(Driver driver, String url, Properties credentials, String name) {
        Properties properties = new Properties();
        properties.putAll(credentials);
        properties.setProperty("shutdown", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            driver.connect(url, properties);
        } catch (SQLException e) {
            if (!DerbyEngine.hasState(e, "08006")) { //$NON-NLS-1$
                System.getLogger(TeamServer.class.getName()).log(System.Logger.Level.WARNING,
                        "Shutting down " + name + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing anyway
        }
    }
}
