// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL for tests: one cluster per test JVM, created with {@code initdb} in a temporary folder and
 * started with {@code postgres} on a free loopback port, stopped and removed when the JVM exits. The binaries come
 * from the Debian package {@code postgresql} ({@code /usr/lib/postgresql/<version>/bin}, or the folder in the
 * environment variable {@value #BIN_VARIABLE}). PostgreSQL refuses to run as root: as root the cluster belongs to
 * the user {@code postgres} (the package creates it) and the commands run through {@code runuser}.
 * <p>
 * Every test gets databases of its own ({@link #createDatabase()}). The superuser {@value #SUPERUSER} logs in with
 * the password {@link #superuserPassword()}; connections over TCP need a password (scram-sha-256).
 */
public final class PostgresServer {

    /** Environment variable naming the folder of initdb and postgres when they are not in the usual place. */
    public static final String BIN_VARIABLE = "LEEFWERELD_PG_BIN";

    public static final String SUPERUSER = "leefwereld_test_admin";

    /**
     * The cluster's {@code max_connections}: room for the team benchmark's 200 professionals (one connection each,
     * {@code TeamWorkloadBenchmark}) beside the administrator's and the other tests' connections.
     */
    public static final int MAX_CONNECTIONS = 300;

    private static final String PASSWORD = "test-superuser-" + Long.toHexString(System.nanoTime());

    private static PostgresServer shared;

    private final Path root;
    private final Path bin;
    private final int port;
    private final String runAs;
    private final Process process;
    private final AtomicInteger databases = new AtomicInteger();
    private final AtomicInteger tlsCount = new AtomicInteger();

    private PostgresServer(Path root, Path bin, int port, String runAs, Process process) {
        this.root = root;
        this.bin = bin;
        this.port = port;
        this.runAs = runAs;
        this.process = process;
    }

    /** The cluster of this JVM, started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            try {
                shared = start();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("Cannot start a PostgreSQL cluster for the tests: " + e.getMessage()
                        + " (install the Debian package postgresql)", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "postgres-test-cluster-stop"));
        }
        return shared;
    }

    public int port() {
        return port;
    }

    public static String superuserPassword() {
        return PASSWORD;
    }

    /** A new, empty database (its name). */
    public String createDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection c = connect("postgres", SUPERUSER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    /** The product's address of a database here: {@code postgresql://127.0.0.1:<port>/<name>?sslmode=disable}. */
    public String url(String database) {
        return "postgresql://127.0.0.1:" + port + "/" + database + "?sslmode=disable";
    }

    public String jdbcUrl(String database) {
        return "jdbc:" + url(database);
    }

    /** A JDBC connection to a database of this cluster as this role (autocommit on). */
    public Connection connect(String database, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        Connection c = new org.postgresql.Driver().connect(jdbcUrl(database), properties);
        if (c == null) {
            throw new SQLException("The PostgreSQL driver does not accept " + jdbcUrl(database));
        }
        return c;
    }

    /** A superuser connection to a database of this cluster (for checks and set-up; never for the store). */
    public Connection connectAsSuperuser(String database) throws SQLException {
        return connect(database, SUPERUSER, PASSWORD);
    }

    // ------------------------------------------------------------------------------------------------ TLS

    /**
     * The product's address of a database here over TLS with full checking, as an organisation writes it:
     * {@code postgresql://<host>:<port>/<name>?sslmode=verify-full&sslrootcert=<file>}. The cluster listens on
     * 127.0.0.1 only, so {@code host} is {@code localhost} or {@code 127.0.0.1}.
     */
    public String verifiedUrl(String host, String database, Path rootCertificate) {
        return "postgresql://" + host + ":" + port + "/" + database + "?sslmode=verify-full&sslrootcert="
                + rootCertificate.toAbsolutePath();
    }

    /**
     * Switches TLS on for this cluster ({@code ssl = on}) with this certificate and unencrypted private key (PEM),
     * copied into the cluster's folder with the owner and rights PostgreSQL demands, and waits until a new
     * connection is encrypted. Connections with {@code sslmode=disable} keep working. The cluster is shared by the
     * JVM's tests: close the result to switch TLS off again.
     */
    public synchronized Tls enableTls(Path certificate, Path privateKey) throws IOException, SQLException,
            InterruptedException {
        Path dir = root.resolve("tls-" + tlsCount.incrementAndGet());
        Files.createDirectories(dir);
        Path cert = dir.resolve("server.crt");
        Path key = dir.resolve("server.key");
        Files.copy(certificate, cert);
        Files.copy(privateKey, key);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        if (runAs != null) {
            chownTree(dir, runAs);
        }
        try (Connection c = connectAsSuperuser("postgres"); Statement s = c.createStatement()) {
            s.execute("ALTER SYSTEM SET ssl_cert_file = " + literal(cert.toString()));
            s.execute("ALTER SYSTEM SET ssl_key_file = " + literal(key.toString()));
            s.execute("ALTER SYSTEM SET ssl = on");
            s.execute("SELECT pg_reload_conf()");
        }
        awaitTls(true);
        return new Tls();
    }

    /** TLS switched on by {@link #enableTls}; {@link #close()} switches it off and waits until it is. */
    public final class Tls implements AutoCloseable {

        private Tls() {
        }

        @Override
        public void close() throws SQLException, InterruptedException, IOException {
            synchronized (PostgresServer.this) {
                try (Connection c = connectAsSuperuser("postgres"); Statement s = c.createStatement()) {
                    s.execute("ALTER SYSTEM RESET ssl");
                    s.execute("ALTER SYSTEM RESET ssl_cert_file");
                    s.execute("ALTER SYSTEM RESET ssl_key_file");
                    s.execute("SELECT pg_reload_conf()");
                }
                awaitTls(false);
            }
        }
    }

    /** Whether this connection is encrypted, as the server sees it ({@code pg_stat_ssl}). */
    public static boolean encrypted(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** Waits (up to 60 s) until a new connection with sslmode=require succeeds ({@code on}) or fails. */
    private void awaitTls(boolean on) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (tlsAnswers() == on) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IOException("PostgreSQL did not switch TLS " + (on ? "on" : "off") + ": "
                + readQuietly(root.resolve("postgres-" + port + ".log")));
    }

    private boolean tlsAnswers() {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("sslmode", "require");
        try (Connection c = new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                properties)) {
            return c != null && encrypted(c);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * The CPU time the cluster used so far (user and system, every PostgreSQL process including the connections'
     * back ends, live or ended), from {@code /proc}; differences of two calls give a phase's server CPU.
     */
    public java.time.Duration cpuTime() {
        return ProcessCpu.tree(process.toHandle());
    }

    // ------------------------------------------------------------------------------------------------ start

    private static PostgresServer start() throws IOException, InterruptedException {
        Path bin = findBinaries();
        boolean root = "root".equals(System.getProperty("user.name")) || isRootUid();
        String runAs = root ? clusterUser() : null;
        Path dir = Files.createTempDirectory("leefwereld-pg-");
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Path passwordFile = dir.resolve("pwfile");
        Files.writeString(passwordFile, PASSWORD + "\n");
        if (runAs != null) {
            chownTree(dir, runAs);
        }
        run(dir, runAs, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "--pwfile",
                passwordFile.toString(), "-E", "UTF8", "--no-locale", "--auth-local=trust",
                "--auth-host=scram-sha-256", "--no-instructions");
        Files.deleteIfExists(passwordFile);
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            List<String> command = command(runAs, bin.resolve("postgres").toString(), "-D", data.toString(), "-p",
                    String.valueOf(port), "-k", data.toString(), "-c", "listen_addresses=127.0.0.1", "-c",
                    "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c",
                    "max_connections=" + MAX_CONNECTIONS);
            Path log = dir.resolve("postgres-" + port + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            PostgresServer server = new PostgresServer(dir, bin, port, runAs, process);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && process.isAlive()) {
                try (Connection c = server.connect("postgres", SUPERUSER, PASSWORD)) {
                    return server;
                } catch (SQLException e) {
                    Thread.sleep(100);
                }
            }
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
            last = new IOException("postgres did not start on port " + port + ": " + readQuietly(log));
        }
        throw last;
    }

    private void stop() {
        try {
            run(root, runAs, bin.resolve("pg_ctl").toString(), "-D", root.resolve("data").toString(), "stop", "-m",
                    "immediate", "-w");
        } catch (IOException | InterruptedException e) {
            // the process below then
        }
        process.destroy();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder: the system cleans it up
        }
    }

    private static Path findBinaries() throws IOException {
        String configured = System.getenv(BIN_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path base = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(base)) {
            try (Stream<Path> versions = Files.list(base)) {
                List<Path> found = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .sorted(Comparator.comparingInt(PostgresServer::versionOf).reversed()).toList();
                if (!found.isEmpty()) {
                    return found.get(0).resolve("bin");
                }
            }
        }
        throw new IOException("no PostgreSQL server binaries in /usr/lib/postgresql/<version>/bin and " + BIN_VARIABLE
                + " not set");
    }

    private static int versionOf(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isRootUid() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return uid instanceof Integer i && i == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The user the cluster runs as when the tests run as root: postgres (from the package), else nobody. */
    private static String clusterUser() throws IOException {
        for (String user : List.of("postgres", "nobody")) {
            Process id = new ProcessBuilder("id", "-u", user).redirectErrorStream(true).start();
            try {
                if (id.waitFor() == 0) {
                    return user;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw new IOException("running as root and there is no user postgres or nobody to run PostgreSQL as");
    }

    private static void chownTree(Path dir, String user) throws IOException {
        UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal owner = lookup.lookupPrincipalByName(user);
        GroupPrincipal group;
        try {
            group = lookup.lookupPrincipalByGroupName(user);
        } catch (IOException e) {
            group = null;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.toList()) {
                PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
                view.setOwner(owner);
                if (group != null) {
                    view.setGroup(group);
                }
            }
        }
    }

    private static List<String> command(String runAs, String... command) {
        List<String> result = new ArrayList<>();
        if (runAs != null) {
            result.addAll(List.of("runuser", "-u", runAs, "--"));
        }
        result.addAll(List.of(command));
        return result;
    }

    private static void run(Path dir, String runAs, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("leefwereld-pg-cmd-", ".log");
        try {
            Process p = new ProcessBuilder(command(runAs, command)).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command[0] + " did not finish in 120 s");
            }
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (" + p.exitValue() + "): "
                        + readQuietly(log));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
