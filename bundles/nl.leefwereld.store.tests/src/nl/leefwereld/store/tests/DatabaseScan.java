// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Searches a database for strings: every character column of every table (JDBC metadata), or the raw file bytes. */
final class DatabaseScan {

    private static final Set<Integer> CHARACTER_TYPES = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR,
            Types.CLOB, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);

    private DatabaseScan() {
    }

    /** "table.column" of every value containing {@code needle}, over all tables of the schema APP. */
    static List<String> findInTables(Connection connection, String needle) throws SQLException {
        List<String> hits = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        boolean postgres = meta.getDatabaseProductName().toLowerCase().contains("postgres");
        String schema = postgres ? "leefwereld" : "APP";
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        if (tables.size() < 10) {
            throw new IllegalStateException("too few tables found: " + tables);
        }
        for (String table : tables) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
                while (rs.next()) {
                    if (CHARACTER_TYPES.contains(rs.getInt("DATA_TYPE"))) {
                        columns.add(rs.getString("COLUMN_NAME"));
                    }
                }
            }
            for (String column : columns) {
                try (Statement s = connection.createStatement();
                        ResultSet rs = s.executeQuery("SELECT \"" + column + "\" FROM \"" + table + "\"")) {
                    while (rs.next()) {
                        String value = rs.getString(1);
                        if (value != null && value.contains(needle)) {
                            hits.add((table + "." + column).toUpperCase()); // Derby's names, upper case
                        }
                    }
                }
            }
        }
        return hits;
    }

    /** Files under the folder whose bytes contain the UTF-8 bytes of {@code needle}. */
    static List<Path> findInFiles(Path folder, String needle) throws IOException {
        byte[] pattern = needle.getBytes(StandardCharsets.UTF_8);
        List<Path> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(file), pattern) >= 0) {
                    hits.add(folder.relativize(file));
                }
            }
        }
        return hits;
    }

    static long totalBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer: for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
