// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import javax.net.ssl.SSLException;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.store.Messages;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreOptions;

/**
 * An organisation's PostgreSQL database: the address ({@code postgresql://host[:port]/database[?sslmode=…]}),
 * the connection with TLS and certificate checking by default ({@code sslmode=verify-full} unless the address says
 * otherwise), the application's schema {@value PostgresSql#SCHEMA}, and PostgreSQL's failures in words.
 */
public final class PostgresEngine {

    /** The default port of PostgreSQL. */
    public static final int DEFAULT_PORT = 5432;

    /** The TLS mode used when the address names none: encrypted, and the certificate and host name checked. */
    public static final String DEFAULT_SSL_MODE = "verify-full"; //$NON-NLS-1$

    private static final String SQLSTATE_INVALID_PASSWORD = "28P01"; //$NON-NLS-1$
    private static final String SQLSTATE_INVALID_AUTHORIZATION = "28000"; //$NON-NLS-1$

    private PostgresEngine() {
    }

    /** Whether this is the address of a PostgreSQL database (rather than a Derby server's). */
    public static boolean isServerUrl(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://") //$NON-NLS-1$ //$NON-NLS-2$
                || lower.startsWith("jdbc:postgresql://"); //$NON-NLS-1$
    }

    /** A parsed address: host, port, database and the parameters (sslmode always set). */
    public record Address(String host, int port, String database, Map<String, String> parameters) {

        public String sslMode() {
            return parameters.get("sslmode"); //$NON-NLS-1$
        }

        /** Whether the connection is encrypted and the server's certificate and name checked. */
        public boolean verified() {
            return "verify-full".equals(sslMode()); //$NON-NLS-1$
        }

        /** The driver's URL (parameters other than the TLS ones travel as connection properties). */
        String jdbcUrl() {
            return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                    + database;
        }

        /** The address as the product writes it, without credentials. */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("postgresql://").append(host).append(':').append(port).append('/') //$NON-NLS-1$
                    .append(database);
            char separator = '?';
            for (Map.Entry<String, String> p : parameters.entrySet()) {
                if (p.getKey().toLowerCase(Locale.ROOT).contains("password")) { //$NON-NLS-1$
                    continue;
                }
                b.append(separator).append(p.getKey()).append('=').append(p.getValue());
                separator = '&';
            }
            return b.toString();
        }
    }

    /** Parses an address; a clear failure naming it when it is not one. */
    public static Address parse(String url) {
        if (!isServerUrl(url)) {
            throw new StoreException(NLS.bind(Messages.Store_notAServerUrl, url));
        }
        String text = url.trim();
        if (text.regionMatches(true, 0, "jdbc:", 0, 5)) { //$NON-NLS-1$
            text = text.substring(5);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new StoreException(NLS.bind(Messages.Store_notAServerUrl, url), e);
        }
        String host = uri.getHost();
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (host == null || host.isBlank() || path.isBlank() || path.contains("/") || uri.getUserInfo() != null) { //$NON-NLS-1$
            throw new StoreException(NLS.bind(Messages.Store_notAServerUrl, url));
        }
        if (host.startsWith("[") && host.endsWith("]")) { //$NON-NLS-1$ //$NON-NLS-2$
            host = host.substring(1, host.length() - 1);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) { //$NON-NLS-1$
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq),
                        java.nio.charset.StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), //$NON-NLS-1$
                        java.nio.charset.StandardCharsets.UTF_8);
                if (key.equalsIgnoreCase("user") || key.equalsIgnoreCase("password")) { //$NON-NLS-1$ //$NON-NLS-2$
                    throw new StoreException(NLS.bind(Messages.Store_notAServerUrl, url));
                }
                parameters.put(key, value);
            }
        }
        parameters.putIfAbsent("sslmode", DEFAULT_SSL_MODE); //$NON-NLS-1$
        return new Address(host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path, parameters);
    }

    /** Connects as this user (autocommit on). The password is not kept. */
    public static Connection connect(Address address, String user, char[] password) {
        Properties properties = new Properties();
        properties.putAll(address.parameters());
        properties.setProperty("user", user); //$NON-NLS-1$
        properties.setProperty("password", new String(password == null ? new char[0] : password)); //$NON-NLS-1$
        properties.putIfAbsent("ApplicationName", "Leefwereld"); //$NON-NLS-1$ //$NON-NLS-2$
        // only the checking modes look for a root certificate; require (and allow, prefer) encrypt without a check,
        // as ConnectionSecurity.ENCRYPTED tells the user
        boolean checks = address.verified() || "verify-ca".equals(address.sslMode()); //$NON-NLS-1$
        if (checks && !address.parameters().containsKey("sslrootcert") //$NON-NLS-1$
                && !address.parameters().containsKey("sslfactory") //$NON-NLS-1$
                && !Files.isRegularFile(Path.of(System.getProperty("user.home", "."), ".postgresql", "root.crt"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            // no libpq root certificate: check the server against Java's trust store (javax.net.ssl.trustStore)
            properties.setProperty("sslfactory", "org.postgresql.ssl.DefaultJavaSSLFactory"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try {
            Connection connection = new org.postgresql.Driver().connect(address.jdbcUrl(), properties);
            if (connection == null) {
                throw new StoreException(NLS.bind(Messages.Store_notAServerUrl, address));
            }
            return connection;
        } catch (SQLException e) {
            throw failure(address, user, e);
        } finally {
            properties.clear();
        }
    }

    static StoreException failure(Address address, String user, SQLException e) {
        String url = address.toString();
        if (DerbyEngine.hasState(e, SQLSTATE_INVALID_PASSWORD) || DerbyEngine.hasState(e, SQLSTATE_INVALID_AUTHORIZATION)) {
            return new StoreException(NLS.bind(Messages.Store_authenticationFailed, url, user), e);
        }
        boolean tls = !"disable".equals(address.sslMode()) && !"allow".equals(address.sslMode()) //$NON-NLS-1$ //$NON-NLS-2$
                && !"prefer".equals(address.sslMode()); //$NON-NLS-1$
        String text = DerbyEngine.describe(e);
        if (tls && (causedBy(e, CertificateException.class) || causedBy(e, CertPathValidatorException.class)
                || causedBy(e, CertPathBuilderException.class) || text.contains("hostname") //$NON-NLS-1$
                || text.contains("root certificate"))) { //$NON-NLS-1$
            return new StoreException(NLS.bind(Messages.Store_serverTlsUntrusted, url, text), e);
        }
        if (tls && (causedBy(e, SSLException.class) || text.contains("does not support SSL"))) { //$NON-NLS-1$
            return new StoreException(NLS.bind(Messages.Store_serverTlsNotOffered, url, text), e);
        }
        if (e.getSQLState() != null && e.getSQLState().startsWith("08")) { //$NON-NLS-1$
            return new StoreException(NLS.bind(Messages.Store_serverUnreachable, url, text), e);
        }
        return new StoreException(NLS.bind(Messages.Store_cannotOpen, url, text), e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the application's schema exists in the database. */
    static boolean schemaExists(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) { //$NON-NLS-1$
            s.setString(1, PostgresSql.SCHEMA);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Whether the connected role may create tables in the application's schema (its owner or granted). */
    static boolean mayCreate(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT has_schema_privilege(?, 'CREATE')")) { //$NON-NLS-1$
            s.setString(1, PostgresSql.SCHEMA);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Makes the application's schema the connection's (autocommit must be on, so it outlives any rollback). */
    static void useApplicationSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + PostgresSql.SCHEMA); //$NON-NLS-1$
        }
    }

    /** Creates the application's schema (owned by the connected role) when it does not exist. */
    static void createSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + PostgresSql.SCHEMA); //$NON-NLS-1$
        }
    }

    /** The user the audit log names: the given options' user, else the database user. */
    static StoreOptions withAuditUser(StoreOptions options, String user) {
        return options.hasUserName() ? options : options.withUserName(user);
    }
}
