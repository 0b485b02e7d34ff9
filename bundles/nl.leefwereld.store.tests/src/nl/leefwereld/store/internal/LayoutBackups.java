// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Map;

import nl.leefwereld.store.OwnerOnlyFiles;

/**
 * For tests: a backup with manifest, as {@link Maintenance#backup} makes it, of an embedded database an older
 * version of the program left (a schema the store's own audit cannot write to, so the backup is not audited).
 */
public final class LayoutBackups {

    private LayoutBackups() {
    }

    /** Backs the database of the connection up into the folder; returns the copy's folder. */
    public static Path backup(Connection c, Path backupFolder, String databaseName) throws Exception {
        Path target = backupFolder.toAbsolutePath().normalize();
        OwnerOnlyFiles.createDirectories(target);
        try (PreparedStatement s = c.prepareStatement(Sql.DERBY.backup())) {
            s.setString(1, target.toString());
            s.execute();
        }
        Map<String, Long> rows = DatabaseVerification.checkTables(c, new ArrayList<>(), new int[1]);
        Path copy = target.resolve(databaseName);
        OwnerOnlyFiles.restrictTree(copy);
        DatabaseVerification.writeManifest(copy, rows);
        return copy;
    }
}
