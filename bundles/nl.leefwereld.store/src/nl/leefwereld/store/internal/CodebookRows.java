// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.leefwereld.store.CodebookEntry;

/** The rows of {@code codebook_entry}: codes of methods' codebooks kept in the store, in order per method. */
final class CodebookRows {

    private final Sql sql;

    CodebookRows(Sql sql) {
        this.sql = sql;
    }

    Map<String, List<CodebookEntry>> all(Connection c) throws SQLException {
        Map<String, List<CodebookEntry>> result = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql.codebookEntries()); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                result.computeIfAbsent(rs.getString(1), m -> new ArrayList<>())
                        .add(new CodebookEntry(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
        result.replaceAll((m, list) -> List.copyOf(list));
        return result;
    }

    /** Updates the entries the method has (by code id) and appends the others; returns how many were new. */
    int save(Connection c, String methodId, List<CodebookEntry> entries) throws SQLException {
        List<CodebookEntry> existing = all(c).getOrDefault(methodId, List.of());
        List<String> ids = new ArrayList<>(existing.stream().map(CodebookEntry::codeId).toList());
        int added = 0;
        try (PreparedStatement update = c.prepareStatement(sql.updateCodebookEntry());
                PreparedStatement insert = c.prepareStatement(sql.insertCodebookEntry())) {
            for (CodebookEntry e : entries) {
                if (ids.contains(e.codeId())) {
                    update.setString(1, e.name());
                    update.setString(2, e.description());
                    update.setString(3, e.colour());
                    update.setString(4, methodId);
                    update.setString(5, e.codeId());
                    update.executeUpdate();
                } else {
                    insert.setString(1, methodId);
                    insert.setInt(2, ids.size());
                    insert.setString(3, e.codeId());
                    insert.setString(4, e.name());
                    insert.setString(5, e.description());
                    insert.setString(6, e.colour());
                    insert.executeUpdate();
                    ids.add(e.codeId());
                    added++;
                }
            }
        }
        return added;
    }
}
