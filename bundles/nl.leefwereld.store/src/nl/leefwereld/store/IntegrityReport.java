// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

import java.util.List;
import java.util.Map;

/**
 * The outcome of verifying a database (a restored copy, or {@code db check} on a live one): Derby's
 * {@code SYSCS_CHECK_TABLE} on every table, the rows per table, and for a backup its manifest (checksums of every
 * file, rows per table at backup time).
 *
 * @param tablesChecked the number of tables (application and system) Derby checked
 * @param rowCounts rows per application table, by table name
 * @param manifestPresent whether a backup manifest was there to compare with ({@code false} for a live database
 *        and for backups made before manifests existed)
 * @param filesVerified the number of files whose size and SHA-256 matched the manifest
 * @param problems what did not match, in words; empty when everything did
 */
public record IntegrityReport(int tablesChecked, Map<String, Long> rowCounts, boolean manifestPresent,
        int filesVerified, List<String> problems) {

    public IntegrityReport {
        rowCounts = Map.copyOf(rowCounts);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
