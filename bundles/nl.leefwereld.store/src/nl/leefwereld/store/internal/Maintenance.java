// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.OwnerOnlyFiles;
import nl.leefwereld.store.RetentionItem;
import nl.leefwereld.store.StoreException;

/** Backup (with its manifest) and retention: the work that keeps a database, besides reading and writing it. */
final class Maintenance {

    private final Sql sql;
    private final Transactions tx;
    private final Erasure erasure;

    Maintenance(Sql sql, Transactions tx, Erasure erasure) {
        this.sql = sql;
        this.tx = tx;
        this.erasure = erasure;
    }

    /** Backs the database up into the folder (audited first); returns the copy's folder. */
    Path backup(Path backupFolder) {
        Path target = backupFolder.toAbsolutePath().normalize();
        Path folder = tx.folder();
        String databaseName = folder != null ? folder.getFileName().toString()
                : Path.of(tx.url().replaceFirst(";.*$", "")).getFileName().toString(); //$NON-NLS-1$ //$NON-NLS-2$
        Path copy = target.resolve(databaseName);
        tx.write(c -> {
            tx.audit(c, AuditAction.BACKUP, null, null, copy.toString());
            return null;
        }, reason -> NLS.bind(Messages.Store_backupFailed, target, reason));
        synchronized (tx) {
            Connection c = tx.connection();
            try {
                OwnerOnlyFiles.createDirectories(target);
                try (PreparedStatement s = c.prepareStatement(sql.backup())) {
                    s.setString(1, target.toString());
                    s.execute();
                }
                c.commit();
                // Nothing else writes through this store meanwhile (synchronized), so these are the copy's rows.
                Map<String, Long> rows = DatabaseVerification.checkTables(c, new ArrayList<>(), new int[1]);
                c.commit();
                OwnerOnlyFiles.restrictTree(copy);
                DatabaseVerification.writeManifest(copy, rows);
            } catch (SQLException | IOException e) {
                tx.rollback(c);
                throw new StoreException(NLS.bind(Messages.Store_backupFailed, target, Transactions.describe(e)), e);
            }
        }
        return copy;
    }

    /**
     * Deletes the trajectories whose retention period has passed (audited), and erases the clients left without
     * trajectories; then removes the residue from disk. Returns what was deleted.
     */
    List<RetentionItem> applyRetention(Instant now) {
        List<RetentionItem> done = new ArrayList<>();
        tx.write(c -> {
            List<RetentionItem> due = Retention.due(c, now);
            Set<String> clients = new LinkedHashSet<>();
            for (RetentionItem item : due) {
                tx.audit(c, AuditAction.RETENTION, item.clientId(), item.trajectoryId(),
                        "kind " + item.trajectoryKind() + ", " + item.months() + " months, last activity " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                                + item.lastActivity());
                erasure.deleteTrajectory(c, item.trajectoryId());
                clients.add(item.clientId());
            }
            for (String clientId : clients) {
                if (!Rows.exists(c, sql.clientHasTrajectory(), clientId)) {
                    erasure.erase(c, clientId, "retention"); //$NON-NLS-1$
                }
            }
            done.addAll(due);
            return null;
        }, reason -> NLS.bind(Messages.Store_retentionFailed, reason));
        if (!done.isEmpty()) {
            erasure.removeResidue();
        }
        return done;
    }
}
