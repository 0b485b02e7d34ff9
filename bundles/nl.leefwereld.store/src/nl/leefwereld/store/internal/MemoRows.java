// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.leefwereld.model.Memo;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Utterance;

/**
 * The rows of {@code memo}, of a client or of a conversation (the owner column is the statement's). A memo's
 * utterance is stored by id and resolved against the conversation's utterances when read.
 */
final class MemoRows {

    /** The columns after the owner, in the order of {@link Sql#conversationMemos()} and the inserts. */
    static final String COLUMNS = "seq, id, utterance_id, span_start, span_end, method_id, code_id, title, memo_text, author, created, modified"; //$NON-NLS-1$

    private static final int[] TYPES = { Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.CLOB, Types.VARCHAR, Types.TIMESTAMP,
            Types.TIMESTAMP };

    private MemoRows() {
    }

    /**
     * A memo from the columns of {@link #COLUMNS} but seq, starting at {@code first} (the id); its utterance from
     * {@code utterances} (none for a client's memo, or when the utterance is gone).
     */
    static Memo read(ResultSet rs, int first, Map<String, Utterance> utterances) throws SQLException {
        Memo memo = ModelFactory.eINSTANCE.createMemo();
        memo.setId(rs.getString(first));
        String utteranceId = rs.getString(first + 1);
        if (utteranceId != null && utterances != null) {
            memo.setUtterance(utterances.get(utteranceId));
        }
        memo.setSpanStart(rs.getInt(first + 2));
        if (rs.wasNull()) {
            memo.setSpanStart(-1);
        }
        memo.setSpanEnd(rs.getInt(first + 3));
        if (rs.wasNull()) {
            memo.setSpanEnd(-1);
        }
        memo.setMethodId(rs.getString(first + 4));
        memo.setCodeId(rs.getString(first + 5));
        memo.setTitle(rs.getString(first + 6));
        memo.setText(rs.getString(first + 7));
        memo.setAuthor(rs.getString(first + 8));
        memo.setCreated(Rows.date(rs.getTimestamp(first + 9)));
        memo.setModified(Rows.date(rs.getTimestamp(first + 10)));
        return memo;
    }

    /** The values of {@link #COLUMNS} for one memo at position {@code seq}. */
    static Object[] values(Memo memo, int seq) {
        Utterance utterance = memo.getUtterance();
        return new Object[] { seq, memo.getId(), utterance == null ? null : utterance.getId(), memo.getSpanStart(),
                memo.getSpanEnd(), memo.getMethodId(), memo.getCodeId(), memo.getTitle(), memo.getText(),
                memo.getAuthor(), Rows.timestamp(memo.getCreated()), Rows.timestamp(memo.getModified()) };
    }

    /** The rows of a list of memos, in order. */
    static List<Object[]> rows(List<Memo> memos) {
        List<Object[]> rows = new ArrayList<>(memos.size());
        for (int i = 0; i < memos.size(); i++) {
            rows.add(values(memos.get(i), i));
        }
        return rows;
    }

    /** Inserts the rows with {@code insert} (owner id, then {@link #COLUMNS}), batched. */
    static void write(PreparedStatement insert, String ownerId, List<Object[]> rows) throws SQLException {
        for (Object[] row : rows) {
            insert.setString(1, ownerId);
            for (int i = 0; i < row.length; i++) {
                Object value = row[i];
                int index = i + 2;
                if (value == null) {
                    insert.setNull(index, TYPES[i]);
                } else if (value instanceof Integer number) {
                    insert.setInt(index, number);
                } else if (value instanceof Timestamp time) {
                    insert.setTimestamp(index, time);
                } else {
                    insert.setString(index, (String) value);
                }
            }
            insert.addBatch();
        }
        insert.executeBatch();
    }
}
