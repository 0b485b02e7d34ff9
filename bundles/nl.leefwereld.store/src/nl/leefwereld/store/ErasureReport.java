// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

import java.util.List;

/**
 * What erasing a client did (right to erasure): the rows deleted, the tables compressed (so that Derby's data files
 * no longer hold the deleted rows) and the checkpoint (so that the transaction log no longer needs them).
 *
 * @param clientId the erased client's id (not stored anywhere after the erasure, except as a hash in the audit log)
 * @param found whether the client existed
 * @param trajectoriesAndConversations how many trajectories and conversations were erased with the client
 * @param tablesCompressed the tables rewritten without free space
 * @param encrypted whether the database is encrypted, which decides what older backups hold: the client's data,
 *        encrypted or in plain text
 */
public record ErasureReport(String clientId, boolean found, int trajectoriesAndConversations,
        List<String> tablesCompressed, boolean encrypted) {

    public ErasureReport {
        tablesCompressed = List.copyOf(tablesCompressed);
    }
}
