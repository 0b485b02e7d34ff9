// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

import org.apache.derby.shared.api.DerbyModuleAPI;

/** Direct JDBC access to a store's database, to check what the store wrote (same JVM, same engine). */
final class Jdbc implements AutoCloseable {

    private final Connection connection;

    Jdbc(Path folder) throws Exception {
        this(folder, null);
    }

    /** With the boot password of an encrypted database (needed only when this boots it). */
    Jdbc(Path folder, String bootPassword) throws Exception {
        this(folder, bootPassword, "");
    }

    private Jdbc(Path folder, String bootPassword, String attributes) throws Exception {
        Properties properties = new Properties();
        if (bootPassword != null) {
            properties.setProperty("bootPassword", bootPassword);
        }
        connection = driver().connect("jdbc:derby:" + folder.toAbsolutePath().normalize() + attributes, properties);
    }

    /** A new plain database in this folder (for a database as an older version left it). */
    static Jdbc creating(Path folder) throws Exception {
        return new Jdbc(folder, null, ";create=true");
    }

    /** Shuts the database in this folder down (it was booted by a connection of this class). */
    static void shutdown(Path folder) throws Exception {
        try {
            driver().connect("jdbc:derby:" + folder.toAbsolutePath().normalize() + ";shutdown=true", new Properties());
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) { // Derby reports a clean shutdown this way
                throw e;
            }
        }
    }

    private static Driver driver() throws Exception {
        Class<?> driverClass = Class.forName("org.apache.derby.iapi.jdbc.AutoloadedDriver", true,
                DerbyModuleAPI.class.getClassLoader());
        return (Driver) driverClass.getDeclaredConstructor().newInstance();
    }

    /** Over an open connection (PostgreSQL, see {@link StoreTestBase#jdbc}); closed with this. */
    Jdbc(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    int count(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
