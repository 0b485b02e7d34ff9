// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Migration 7 (issue #20): the audit log's hash chain ({@link AuditChain}). Adds the chain's columns and head, then
 * chains the events already written, oldest first, with a fresh random key, and guards the chain's values against
 * updates. The statements come from the database's dialect ({@link Sql#auditChainSchema()}).
 */
final class AuditChainMigration implements Migration {

    @Override
    public int version() {
        return 7;
    }

    @Override
    public String description() {
        return "Audit log chained with hashes and keyed MACs (tamper-evident)"; //$NON-NLS-1$
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        apply(connection, Sql.DERBY);
    }

    @Override
    public void apply(Connection connection, Sql sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String each : sql.auditChainSchema()) {
                for (String translated : sql.ddl(each)) {
                    statement.execute(translated);
                }
            }
        }
        AuditChain.Head head = AuditChain.start();
        try (PreparedStatement read = connection.prepareStatement(sql.auditChainRows());
                PreparedStatement write = connection.prepareStatement(sql.chainAuditEvent());
                ResultSet rs = read.executeQuery()) {
            int batched = 0;
            while (rs.next()) {
                AuditChain.Values values = AuditChain.values(head, rs.getTimestamp(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));
                write.setLong(1, values.position());
                write.setString(2, values.detailDigest());
                write.setString(3, values.mac());
                write.setString(4, values.link());
                write.setLong(5, rs.getLong(1));
                write.addBatch();
                head = AuditChain.next(head, values);
                if (++batched % 1000 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        AuditChain.insertHead(connection, sql, head);
        try (Statement statement = connection.createStatement()) {
            for (String each : sql.auditChainGuard()) {
                for (String translated : sql.ddl(each)) {
                    statement.execute(translated);
                }
            }
        }
    }
}
