// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.ServerSocket;
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
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;

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
 * The server listens on the given host only (default loopback). Without a {@link ServerKeyStore} Derby's network
 * protocol is plain text (fine on loopback or inside a VPN); with one, every connection is TLS (Derby's
 * {@code sslMode=basic}) and clients add {@code ;ssl=basic} (encrypted) or {@code ;ssl=peerAuthentication}
 * (encrypted, and the server's certificate checked against the client's trust store) to the URL.
 */
public final class TeamServer implements AutoCloseable {

    /**
     * Derby's server itself rather than its facade {@code org.apache.derby.drda.NetworkServerControl}: in Derby
     * 10.17.1.0 the facade's admin connection (ping, shutdown) always ends on a plain socket, so it cannot ping or
     * stop a TLS server. The server runs in our own thread ({@code blockingStart}) and stops from inside this JVM
     * ({@code directShutdown}), the way Derby's engine runs it with {@code derby.drda.startNetworkServer}.
     */
    private static final String SERVER_CLASS = "org.apache.derby.impl.drda.NetworkServerControlImpl"; //$NON-NLS-1$
    /** Derby reads its server's TLS mode from this system property when the server object is made. */
    private static final String SSL_MODE_PROPERTY = "derby.drda.sslMode"; //$NON-NLS-1$
    /** The URL attribute that makes Derby's client speak TLS without checking the certificate. */
    private static final String CLIENT_TLS_ATTRIBUTE = ";ssl=basic"; //$NON-NLS-1$
    /** Guards the JVM-wide settings (system property, default SSL context) a start changes for a moment. */
    private static final Object JVM_DEFAULTS = new Object();

    private final Running control;
    private final Path folder;
    private final String host;
    private final int port;
    private final ServerKeyStore tls;
    private final Driver driver;
    private final Properties credentials;
    private Connection keepAlive;

    private TeamServer(Running control, Path folder, String host, int port, ServerKeyStore tls, Driver driver,
            Properties credentials, Connection keepAlive) {
        this.control = control;
        this.folder = folder;
        this.host = host;
        this.port = port;
        this.tls = tls;
        this.driver = driver;
        this.credentials = credentials;
        this.keepAlive = keepAlive;
    }

    /** {@link #start(Path, StoreOptions, String, int, Map, ServerKeyStore)} without TLS. */
    public static TeamServer start(Path databaseFolder, StoreOptions options, String host, int port,
            Map<String, char[]> users) throws StoreException {
        return start(databaseFolder, options, host, port, users, null);
    }

    /**
     * Boots the database (creating it, encrypted when {@code options} has a boot password), migrates it, sets the
     * users (adding or changing their passwords; existing users stay), switches authentication on, and starts the
     * network server on {@code host:port}.
     *
     * @param users user names with passwords; at least one
     * @param tls the server's key and certificate, or null for plain text
     * @throws StoreException when the server bundle is missing, the port is taken, or the database cannot be opened
     */
    public static TeamServer start(Path databaseFolder, StoreOptions options, String host, int port,
            Map<String, char[]> users, ServerKeyStore tls) throws StoreException {
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
        Running control;
        try {
            control = startServer(serverClass, host, port, tls, clientUrl(host, port, folder, tls), credentials);
        } catch (Exception e) {
            closeQuietly(keepAlive);
            shutdownDatabase(driver, url, credentials, name);
            Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
            throw new StoreException(NLS.bind(Messages.Store_serverFailed,
                    new Object[] { name, host, port, DerbyEngine.describe(cause) }), cause);
        }
        return new TeamServer(control, folder, host, port, tls, driver, credentials, keepAlive);
    }

    /** Derby's server object and the thread it serves in. */
    private record Running(Object server, Thread thread) {

        /** Tells the server to stop and waits (up to ten seconds) until it has closed its sessions and socket. */
        void stop() {
            try {
                server.getClass().getMethod("directShutdown").invoke(server); //$NON-NLS-1$
                thread.join(10_000);
            } catch (ReflectiveOperationException | RuntimeException e) {
                System.getLogger(TeamServer.class.getName()).log(System.Logger.Level.WARNING,
                        "Stopping the network server failed", e); //$NON-NLS-1$
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Makes Derby's server, runs it in a daemon thread and waits until a real client gets in as the first user.
     * Derby takes the TLS mode from a system property when the server object is made, and makes its listening
     * socket from the JVM's default SSL context; both are set until the server answers, then restored.
     */
    private static Running startServer(Class<?> serverClass, String host, int port, ServerKeyStore tls,
            String clientUrl, Properties credentials) throws Exception {
        Driver client = DerbyEngine.loadClientDriver();
        synchronized (JVM_DEFAULTS) {
            String previousMode = System.getProperty(SSL_MODE_PROPERTY);
            SSLContext previousContext = tls == null ? null : SSLContext.getDefault();
            Running running = null;
            try {
                System.setProperty(SSL_MODE_PROPERTY, tls == null ? "off" : "basic"); //$NON-NLS-1$ //$NON-NLS-2$
                if (tls != null) {
                    SSLContext.setDefault(tls.context());
                }
                InetAddress address = InetAddress.getByName(host);
                // Derby reports a taken port only in its server thread; a client check could then reach whoever
                // holds the port (even another server in this JVM), so the port is tried first
                new ServerSocket(port, 1, address).close();
                Object server = serverClass.getConstructor(InetAddress.class, int.class).newInstance(address, port);
                Method blockingStart = serverClass.getMethod("blockingStart", PrintWriter.class); //$NON-NLS-1$
                PrintWriter console = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
                AtomicReference<Throwable> failure = new AtomicReference<>();
                Thread thread = new Thread(() -> {
                    try {
                        blockingStart.invoke(server, console);
                    } catch (InvocationTargetException e) {
                        failure.set(e.getCause());
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        failure.set(e);
                    }
                }, "leefwereld-team-server"); //$NON-NLS-1$
                thread.setDaemon(true);
                thread.start();
                running = new Running(server, thread);
                SQLException last = null;
                for (int i = 0; i < 100 && thread.isAlive(); i++) {
                    try (Connection c = client.connect(clientUrl, credentials)) {
                        return running;
                    } catch (SQLException e) {
                        last = e;
                        Thread.sleep(100);
                    }
                }
                thread.join(1000);
                if (failure.get() instanceof Exception e) {
                    throw e;
                }
                throw last != null ? last : new IllegalStateException(String.valueOf(failure.get()));
            } catch (Exception e) {
                if (running != null) {
                    running.stop();
                }
                throw e;
            } finally {
                if (previousMode == null) {
                    System.clearProperty(SSL_MODE_PROPERTY);
                } else {
                    System.setProperty(SSL_MODE_PROPERTY, previousMode);
                }
                if (previousContext != null) {
                    SSLContext.setDefault(previousContext);
                }
            }
        }
    }

    private static String clientUrl(String host, int port, Path folder, ServerKeyStore tls) {
        String h = host.contains(":") ? '[' + host + ']' : host; //$NON-NLS-1$
        return "jdbc:derby://" + h + ':' + port + '/' + folder + (tls != null ? CLIENT_TLS_ATTRIBUTE : ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * The URL clients give to {@link Stores#openRemote(String, String, char[])}; with TLS it ends in
     * {@value #CLIENT_TLS_ATTRIBUTE}.
     */
    public String url() {
        return clientUrl(host, port, folder, tls);
    }

    /** Whether connections to this server are TLS. */
    public boolean tls() {
        return tls != null;
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
        control.stop();
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
