// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search;

import java.util.List;

/**
 * Codes × conversations (or clients) with the number of codings in each cell.
 *
 * @param codes        row keys, {@code method:code}, sorted
 * @param columns      column keys (conversation or client ids), in the order of {@code labels}
 * @param labels       a readable label per column (title and date, or the client's name)
 * @param counts       counts[row][column]
 */
public record CodeMatrix(List<String> codes, List<String> columns, List<String> labels, int[][] counts) {

    /** The total of one row. */
    public int rowTotal(int row) {
        int sum = 0;
        for (int c : counts[row]) {
            sum += c;
        }
        return sum;
    }
}
