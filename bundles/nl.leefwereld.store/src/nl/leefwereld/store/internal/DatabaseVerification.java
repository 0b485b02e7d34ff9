// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.IntegrityReport;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.OwnerOnlyFiles;

/**
 * Verification of a database and of backups: Derby's {@code SYSCS_CHECK_TABLE} on every table, rows per
 * application table, and the backup manifest (rows per table and size and SHA-256 of every file of the copy).
 */
public final class DatabaseVerification {

    private static final String FILE_PREFIX = "file."; //$NON-NLS-1$
    private static final String ROWS_PREFIX = "rows."; //$NON-NLS-1$

    private DatabaseVerification() {
    }

    /** CHECK_TABLE on every table (system and application); problems are added, rows per APP table returned. */
    static Map<String, Long> checkTables(Connection c, List<String> problems, int[] tablesChecked)
            throws SQLException {
        List<String[]> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT sc.schemaname, t.tablename FROM sys.systables t JOIN sys.sysschemas sc" //$NON-NLS-1$
                        + " ON t.schemaid = sc.schemaid WHERE t.tabletype IN ('T', 'S')" //$NON-NLS-1$
                        + " ORDER BY sc.schemaname, t.tablename")) { //$NON-NLS-1$
            while (rs.next()) {
                tables.add(new String[] { rs.getString(1), rs.getString(2) });
            }
        }
        Map<String, Long> rows = new TreeMap<>();
        for (String[] table : tables) {
            try (PreparedStatement s = c.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(?, ?)")) { //$NON-NLS-1$
                s.setString(1, table[0]);
                s.setString(2, table[1]);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next() || rs.getInt(1) != 1) {
                        problems.add(NLS.bind(Messages.Verify_tableInconsistent, table[0] + '.' + table[1], "")); //$NON-NLS-1$
                    }
                }
                tablesChecked[0]++;
                if ("APP".equals(table[0])) { //$NON-NLS-1$
                    try (Statement count = c.createStatement(); ResultSet rs = count.executeQuery(
                            "SELECT COUNT(*) FROM \"APP\".\"" + table[1] + "\"")) { //$NON-NLS-1$ //$NON-NLS-2$
                        rs.next();
                        rows.put(table[1], rs.getLong(1));
                    }
                }
            } catch (SQLException e) {
                problems.add(NLS.bind(Messages.Verify_tableInconsistent, table[0] + '.' + table[1],
                        DerbyEngine.describe(e)));
                rollbackQuietly(c);
            }
        }
        return rows;
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            // the next check reports what is still wrong
        }
    }

    /** The report of a live database (no manifest). */
    static IntegrityReport check(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        int[] checked = new int[1];
        Map<String, Long> rows = checkTables(c, problems, checked);
        return new IntegrityReport(checked[0], rows, false, 0, problems);
    }

    /** Writes the manifest of a backup copy: rows per table, and size and SHA-256 of every file in it. */
    static void writeManifest(Path copy, Map<String, Long> rows) throws IOException {
        Properties manifest = new Properties();
        manifest.setProperty("format", "1"); //$NON-NLS-1$ //$NON-NLS-2$
        for (Map.Entry<String, Long> row : rows.entrySet()) {
            manifest.setProperty(ROWS_PREFIX + row.getKey(), String.valueOf(row.getValue()));
        }
        for (Path file : files(copy)) {
            manifest.setProperty(FILE_PREFIX + relative(copy, file), Files.size(file) + ":" + sha256(file)); //$NON-NLS-1$
        }
        try (OutputStream out = OwnerOnlyFiles.newOutputStream(copy.resolve(ConversationStore.BACKUP_MANIFEST))) {
            manifest.store(out, "Leefwereld backup manifest: rows per table, size:sha256 per file"); //$NON-NLS-1$
        }
    }

    /** A manifest lists a few hundred files at most; a larger one is not read (a hostile backup). */
    static final long MAX_MANIFEST_BYTES = 1L << 20;

    /** The manifest of a backup copy, or null when it has none (a backup made before manifests existed). */
    public static Properties readManifest(Path copy) throws IOException {
        Path file = copy.resolve(ConversationStore.BACKUP_MANIFEST);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        long size = Files.size(file);
        if (size > MAX_MANIFEST_BYTES) {
            throw new IOException(NLS.bind(Messages.Verify_manifestTooLarge, new Object[] { file,
                    String.valueOf(size), String.valueOf(MAX_MANIFEST_BYTES) }));
        }
        Properties manifest = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            manifest.load(in);
        } catch (IllegalArgumentException e) { // a malformed unicode escape
            throw new IOException(NLS.bind(Messages.Verify_manifestMalformed, file, e.getMessage()), e);
        }
        return manifest;
    }

    /**
     * Compares the files of a backup copy with its manifest: every listed file present with its size and
     * SHA-256, no file unlisted. Returns the number of files that matched; problems are added.
     */
    public static int verifyFiles(Path copy, Properties manifest, List<String> problems) throws IOException {
        int verified = 0;
        Map<String, Path> present = new TreeMap<>();
        for (Path file : files(copy)) {
            present.put(relative(copy, file), file);
        }
        for (String key : new TreeMap<>(manifest).keySet().stream().map(String::valueOf).toList()) {
            if (!key.startsWith(FILE_PREFIX)) {
                continue;
            }
            String name = key.substring(FILE_PREFIX.length());
            String expected = manifest.getProperty(key);
            Path file = present.remove(name);
            if (file == null) {
                problems.add(NLS.bind(Messages.Verify_fileMissing, name));
                continue;
            }
            int colon = expected.indexOf(':');
            long size = Files.size(file);
            if (colon < 0 || !String.valueOf(size).equals(expected.substring(0, colon))) {
                problems.add(NLS.bind(Messages.Verify_fileSize, new Object[] { name, String.valueOf(size),
                        colon < 0 ? expected : expected.substring(0, colon) }));
            } else if (!sha256(file).equals(expected.substring(colon + 1))) {
                problems.add(NLS.bind(Messages.Verify_fileChecksum, name));
            } else {
                verified++;
            }
        }
        for (String extra : present.keySet()) {
            problems.add(NLS.bind(Messages.Verify_fileUnlisted, extra));
        }
        return verified;
    }

    /** Compares rows per table with the manifest's; problems are added. */
    static void compareRows(Properties manifest, Map<String, Long> rows, List<String> problems) {
        // a backup of an older schema was migrated when it was opened: its new schema_version rows are expected,
        // and the tables those migrations changed cannot be compared with the manifest
        Long after = rows.get("SCHEMA_VERSION"); //$NON-NLS-1$
        String recorded = manifest.getProperty(ROWS_PREFIX + "SCHEMA_VERSION"); //$NON-NLS-1$
        if (after != null && recorded != null && recorded.matches("\\d{1,9}") //$NON-NLS-1$
                && after.longValue() > Long.parseLong(recorded)) {
            manifest = (Properties) manifest.clone();
            rows = new java.util.HashMap<>(rows);
            int before = Integer.parseInt(recorded);
            for (Migration migration : Schema.MIGRATIONS.subList(Math.min(before, Schema.MIGRATIONS.size()),
                    Schema.MIGRATIONS.size())) {
                for (String table : migration.tablesChanged()) {
                    manifest.remove(ROWS_PREFIX + table);
                    rows.remove(table);
                }
            }
            manifest.setProperty(ROWS_PREFIX + "SCHEMA_VERSION", String.valueOf(after)); //$NON-NLS-1$
        }
        for (String key : new TreeMap<>(manifest).keySet().stream().map(String::valueOf).toList()) {
            if (!key.startsWith(ROWS_PREFIX)) {
                continue;
            }
            String table = key.substring(ROWS_PREFIX.length());
            String expected = manifest.getProperty(key);
            Long actual = rows.get(table);
            if (actual == null || !expected.equals(String.valueOf(actual))) {
                problems.add(NLS.bind(Messages.Verify_rowCount, new Object[] { table,
                        actual == null ? "-" : String.valueOf(actual), expected })); //$NON-NLS-1$
            }
        }
    }

    /** The regular files of a copy, without the manifest itself. */
    private static List<Path> files(Path copy) throws IOException {
        try (Stream<Path> paths = Files.walk(copy)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> !p.equals(copy.resolve(ConversationStore.BACKUP_MANIFEST))).sorted().toList();
        }
    }

    private static String relative(Path copy, Path file) {
        return copy.relativize(file).toString().replace('\\', '/');
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
