// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EReference;

import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Note;
import nl.leefwereld.store.internal.ExtensionRows.ExtensionWrite;

/** The rows of {@code note}, of a client or of a conversation (the owner column is the statement's). */
final class NoteRows {

    private NoteRows() {
    }

    /** A note from the columns id, note_text, author, created starting at {@code first}. */
    static Note read(ResultSet rs, int first) throws SQLException {
        Note note = ModelFactory.eINSTANCE.createNote();
        note.setId(rs.getString(first));
        note.setText(rs.getString(first + 1));
        note.setAuthor(rs.getString(first + 2));
        note.setCreated(Rows.date(rs.getTimestamp(first + 3)));
        return note;
    }

    /**
     * Inserts the notes with {@code insertSql} (owner id, seq, id, note_text, author, created); notes of method
     * subclasses also go to {@code extensions} (their row is the shadow).
     */
    static void write(Connection c, String insertSql, String ownerId, EList<Note> notes, EReference feature,
            List<ExtensionWrite> extensions) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(insertSql)) {
            for (int i = 0; i < notes.size(); i++) {
                Note note = notes.get(i);
                if (!ExtensionRows.isCore(note, feature)) {
                    extensions.add(new ExtensionWrite(feature, i, note));
                }
                s.setString(1, ownerId);
                s.setInt(2, i);
                s.setString(3, note.getId());
                s.setString(4, note.getText());
                s.setString(5, note.getAuthor());
                s.setTimestamp(6, Rows.timestamp(note.getCreated()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
