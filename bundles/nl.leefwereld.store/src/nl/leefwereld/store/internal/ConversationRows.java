// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import static nl.leefwereld.store.internal.ExtensionRows.ANNOTATIONS;
import static nl.leefwereld.store.internal.ExtensionRows.ASSESSMENTS;
import static nl.leefwereld.store.internal.ExtensionRows.CONVERSATION_FEATURES;
import static nl.leefwereld.store.internal.ExtensionRows.CONVERSATION_NOTES;
import static nl.leefwereld.store.internal.ExtensionRows.PARTICIPANTS;
import static nl.leefwereld.store.internal.ExtensionRows.UTTERANCES;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Professional;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.StoreConflictException;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.internal.ExtensionRows.Extension;
import nl.leefwereld.store.internal.ExtensionRows.ExtensionWrite;
import nl.leefwereld.store.internal.ExtensionRows.Slot;

/**
 * The rows of a conversation's content: {@code conversation} (header and version), {@code professional},
 * {@code participant}, {@code utterance}, {@code annotation}, the conversation's {@code note}s and extension
 * objects. Runs in the caller's transaction.
 */
final class ConversationRows {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    private final Sql sql;
    private final ClientRows clientRows;
    private final ExtensionRows extensionRows;

    ConversationRows(Sql sql, ClientRows clientRows, ExtensionRows extensionRows) {
        this.sql = sql;
        this.clientRows = clientRows;
        this.extensionRows = extensionRows;
    }

    // ------------------------------------------------------------------------------------------------ reading

    Map<String, Integer> countUtterances(Connection c) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql.utteranceCounts()); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), Integer.valueOf(rs.getInt(2)));
            }
        }
        return counts;
    }

    String clientOfConversation(Connection c, String conversationId) throws SQLException {
        return Rows.queryString(c, sql.clientOfConversation(), conversationId);
    }

    int version(Connection c, String conversationId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql.conversationVersion())) {
            s.setString(1, conversationId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** The version of every conversation, by id. */
    Map<String, Integer> versions(Connection c) throws SQLException {
        Map<String, Integer> versions = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql.conversationVersions()); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                versions.put(rs.getString(1), Integer.valueOf(rs.getInt(2)));
            }
        }
        return versions;
    }

    /** Reads the content of a conversation whose header was read (by {@link ClientRows#read}). */
    void readContent(Connection c, Conversation conversation) throws SQLException {
        readContents(c, List.of(conversation), true);
    }

    /** A conversation being read: its rows as they come in, table by table. */
    private static final class Reading {
        final Conversation conversation;
        final String owner;
        final List<Extension> extensionRows = new ArrayList<>();
        Map<String, List<Extension>> extensions;
        final Map<String, Professional> professionals = new HashMap<>();
        final List<Slot> participantRows = new ArrayList<>();
        final List<Slot> utteranceRows = new ArrayList<>();
        final List<Slot> annotationRows = new ArrayList<>();
        final List<Slot> noteRows = new ArrayList<>();
        final Map<String, Participant> participantsById = new HashMap<>();
        final Map<String, Utterance> utterancesById = new HashMap<>();
        List<Slot> participants;
        List<Slot> utterances;

        Reading(Conversation conversation) {
            this.conversation = conversation;
            this.owner = Rows.ownerLabel(conversation);
        }
    }

    /** Runs {@code query} (one conversation's: with its id; otherwise every conversation's) and hands each row on. */
    private static void eachRow(Connection c, String query, String oneId, Map<String, Reading> readings,
            int conversationColumn, RowReader reader) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(query)) {
            if (oneId != null) {
                s.setString(1, oneId);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Reading r = oneId != null ? readings.get(oneId) : readings.get(rs.getString(conversationColumn));
                    if (r != null) {
                        reader.read(rs, r);
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs, Reading r) throws SQLException;
    }

    /**
     * Reads the content of conversations whose headers were read (by {@link ClientRows#read}). With {@code one}
     * (a single conversation) each table is queried for its id; otherwise each table is read with one query for
     * every conversation (#22: a persona build read every conversation with seven queries each) and the rows are
     * handed to the conversations in {@code conversations} (rows of others are skipped). Either way every
     * conversation is put together by the same code, so both give the same objects.
     */
    void readContents(Connection c, List<Conversation> conversations, boolean one) throws SQLException {
        if (conversations.isEmpty()) {
            return;
        }
        if (one && conversations.size() != 1) {
            for (Conversation conversation : conversations) {
                readContents(c, List.of(conversation), true);
            }
            return;
        }
        Map<String, Reading> readings = new LinkedHashMap<>();
        for (Conversation conversation : conversations) {
            readings.put(conversation.getId(), new Reading(conversation));
        }
        String oneId = one ? conversations.get(0).getId() : null;
        eachRow(c, sql.conversationExtensions(one), oneId, readings, 2,
                (rs, r) -> r.extensionRows.add(ExtensionRows.readExtension(rs)));
        for (Reading r : readings.values()) {
            r.extensions = ExtensionRows.byFeature(r.extensionRows);
        }

        eachRow(c, sql.professionalsOfConversations(one), oneId, readings, 5, (rs, r) -> {
            Professional professional = FACTORY.createProfessional();
            professional.setId(rs.getString(1));
            professional.setName(rs.getString(2));
            professional.setOrganisation(rs.getString(3));
            professional.setFunction(rs.getString(4));
            r.professionals.put(professional.getId(), professional);
        });

        eachRow(c, sql.participants(one), oneId, readings, 6, (rs, r) -> {
            Participant participant = FACTORY.createParticipant();
            participant.setId(rs.getString(1));
            participant.setName(rs.getString(3));
            String role = rs.getString(4);
            if (role != null && ParticipantRole.get(role) != null) {
                participant.setRole(ParticipantRole.get(role));
            }
            String professionalId = rs.getString(5);
            if (professionalId != null) {
                participant.setProfessional(r.professionals.get(professionalId));
            }
            r.participantRows.add(new Slot(rs.getInt(2), participant));
        });
        for (Reading r : readings.values()) {
            r.participants = ExtensionRows.merge(r.participantRows, r.extensions.get(PARTICIPANTS.getName()), r.owner,
                    PARTICIPANTS);
            for (Slot slot : r.participants) {
                Participant participant = (Participant) slot.object();
                r.participantsById.putIfAbsent(participant.getId(), participant);
            }
        }

        eachRow(c, sql.utterances(one), oneId, readings, 7, (rs, r) -> {
            Utterance utterance = FACTORY.createUtterance();
            utterance.setId(rs.getString(1));
            String speakerId = rs.getString(3);
            if (speakerId != null) {
                utterance.setSpeaker(r.participantsById.get(speakerId));
            }
            utterance.setText(rs.getString(4));
            long start = rs.getLong(5);
            utterance.setStartMillis(rs.wasNull() ? null : Long.valueOf(start));
            long end = rs.getLong(6);
            utterance.setEndMillis(rs.wasNull() ? null : Long.valueOf(end));
            r.utteranceRows.add(new Slot(rs.getInt(2), utterance));
        });
        for (Reading r : readings.values()) {
            r.utterances = ExtensionRows.merge(r.utteranceRows, r.extensions.get(UTTERANCES.getName()), r.owner,
                    UTTERANCES);
            for (Slot slot : r.utterances) {
                Utterance utterance = (Utterance) slot.object();
                r.utterancesById.putIfAbsent(utterance.getId(), utterance);
            }
        }

        eachRow(c, sql.annotations(one), oneId, readings, 14, (rs, r) -> {
            Annotation annotation = FACTORY.createAnnotation();
            annotation.setId(rs.getString(1));
            String utteranceId = rs.getString(3);
            if (utteranceId != null) {
                annotation.setUtterance(r.utterancesById.get(utteranceId));
            }
            annotation.setSpanStart(rs.getInt(4));
            annotation.setSpanEnd(rs.getInt(5));
            annotation.setMethodId(rs.getString(6));
            annotation.setCodeId(rs.getString(7));
            annotation.setCoder(rs.getString(8));
            String origin = rs.getString(9);
            if (origin != null && AnnotationOrigin.get(origin) != null) {
                annotation.setOrigin(AnnotationOrigin.get(origin));
            }
            annotation.setConfidence(rs.getDouble(10));
            annotation.setReason(rs.getString(11));
            annotation.setNote(rs.getString(12));
            annotation.setSpanDetached(rs.getInt(13) != 0);
            r.annotationRows.add(new Slot(rs.getInt(2), annotation));
        });

        eachRow(c, sql.conversationNotes(one), oneId, readings, 1,
                (rs, r) -> r.noteRows.add(new Slot(rs.getInt(2), NoteRows.read(rs, 3))));
        eachRow(c, sql.conversationMemos(one), oneId, readings, 1,
                (rs, r) -> r.conversation.getMemos().add(MemoRows.read(rs, 3, r.utterancesById)));

        for (Reading r : readings.values()) {
            assemble(r);
        }
    }

    /** Puts one conversation together from its rows and its method objects. */
    private static void assemble(Reading r) {
        Conversation conversation = r.conversation;
        String owner = r.owner;
        Map<String, List<Extension>> extensions = r.extensions;
        List<Slot> annotations = ExtensionRows.merge(r.annotationRows, extensions.get(ANNOTATIONS.getName()), owner,
                ANNOTATIONS);
        List<Slot> notes = ExtensionRows.merge(r.noteRows, extensions.get(CONVERSATION_NOTES.getName()), owner,
                CONVERSATION_NOTES);
        List<Slot> assessments = ExtensionRows.merge(List.of(), extensions.get(ASSESSMENTS.getName()), owner,
                ASSESSMENTS);

        List<EObject> fromXmi = new ArrayList<>();
        ExtensionRows.addAll(conversation.getParticipants(), r.participants, fromXmi);
        ExtensionRows.addAll(conversation.getUtterances(), r.utterances, fromXmi);
        ExtensionRows.addAll(conversation.getAnnotations(), annotations, fromXmi);
        ExtensionRows.addAll(conversation.getNotes(), notes, fromXmi);
        ExtensionRows.addAll(conversation.getAssessments(), assessments, fromXmi);
        ExtensionRows.reportUnknownFeatures(extensions, CONVERSATION_FEATURES, owner);
        List<EObject> roots = new ArrayList<>();
        roots.add(EcoreUtil.getRootContainer(conversation));
        roots.addAll(r.professionals.values());
        ExtensionRows.resolveExtensions(fromXmi, roots, owner);
        try {
            LoadedVersion.setRows(conversation, rowsOf(conversation, !r.extensionRows.isEmpty()));
        } catch (SQLException e) {
            // two objects with one id (merged from extension rows): no snapshot, a save writes every row
        }
    }

    // ------------------------------------------------------------------------------------------------ writing

    /** Moves the conversation to another trajectory (a new version). */
    void move(Connection c, String conversationId, String trajectoryId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql.moveConversation())) {
            s.setString(1, trajectoryId);
            s.setTimestamp(2, new Timestamp(System.currentTimeMillis()));
            s.setString(3, conversationId);
            s.executeUpdate();
        }
    }

    /** Who changed a conversation last (from the audit log), or null when the conversation row is gone. */
    private record Conflict(String user, String time) {
    }

    private Conflict lastChange(Connection c, String conversationId) throws SQLException {
        if (!Rows.exists(c, sql.conversationExists(), conversationId)) {
            return null;
        }
        try (PreparedStatement s = c.prepareStatement(sql.lastChange())) {
            s.setString(1, conversationId);
            s.setMaxRows(1);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return new Conflict(rs.getString(1),
                            new java.text.SimpleDateFormat("yyyy-MM-dd HH:mm:ss").format(rs.getTimestamp(2))); //$NON-NLS-1$
                }
            }
        }
        return new Conflict("?", "?"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** What a save wrote: the new version and the rows, to be kept on the copy once the transaction commits. */
    record Saved(int version, LoadedRows rows) {
    }

    /**
     * Writes the conversation (creating its trajectory and client when they are not stored yet), checked against
     * the version it was loaded at. When that check holds and the copy knows the rows it was loaded with
     * ({@link LoadedRows}), only the rows that differ are written; otherwise all of them.
     */
    Saved write(Statements st, Conversation conversation, java.util.Set<String> knownTrajectories)
            throws SQLException {
        Connection c = st.connection();
        Trajectory trajectory = conversation.getTrajectory();
        String id = conversation.getId();
        if (!knownTrajectories.contains(trajectory.getId()) && !Rows.exists(c, sql.trajectoryExists(), trajectory.getId())) {
            Client client = trajectory.getClient();
            if (client == null) {
                throw new StoreException(NLS.bind(Messages.Store_noTrajectory, Rows.ownerLabel(conversation)) + ' '
                        + NLS.bind(Messages.Store_noClient, Rows.ownerLabel(trajectory)));
            }
            if (client.getId() == null) {
                client.setId(UUID.randomUUID().toString());
            }
            if (!Rows.exists(c, sql.clientExists(), client.getId())) {
                Rows.assignIds(client, false);
                clientRows.writeClient(c, client);
            }
            clientRows.writeTrajectory(c, trajectory, client.getId(), clientRows.nextTrajectorySeq(c, client.getId()));
        }
        knownTrajectories.add(trajectory.getId());

        Timestamp now = new Timestamp(System.currentTimeMillis());
        int updated;
        Integer loadedVersion = LoadedVersion.of(conversation);
        PreparedStatement update = st.get(sql.updateConversation(loadedVersion != null));
        bindConversation(update, conversation, now);
        if (loadedVersion != null) {
            update.setInt(8, loadedVersion);
        }
        updated = update.executeUpdate();
        if (updated == 0 && loadedVersion != null) {
            Conflict conflict = lastChange(c, id);
            if (conflict != null) {
                throw new StoreConflictException(NLS.bind(Messages.Store_conflict, new Object[] {
                        Rows.ownerLabel(conversation), conflict.user(), conflict.time() }));
            }
        }
        boolean inserted = updated == 0;
        if (inserted) {
            PreparedStatement insert = st.get(sql.insertConversation());
            bindConversation(insert, conversation, now);
            insert.executeUpdate();
        }
        LoadedRows before = LoadedVersion.rows(conversation);
        if (inserted || loadedVersion == null || before == null || !id.equals(before.conversationId())) {
            before = null; // the rows in the database are not known: all are replaced
        }
        LoadedRows after = rowsOf(conversation, before != null && before.extensions());

        if (!inserted && before == null) {
            for (String table : List.of("memo", "annotation", "utterance", "participant", "note")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                st.update(sql.deleteOfConversation(table), id);
            }
        }
        writeProfessionals(st, after.professionals(), before == null ? Map.of() : before.professionals());
        Map<String, Object[]> none = Map.of();
        // foreign keys: gone annotations first; then new and changed rows from the roots down (an annotation may
        // move to a new utterance, an utterance to a new speaker); then the gone utterances and participants, which
        // nothing refers to any more
        deleteGone(st, "annotation", id, before == null ? none : before.annotations(), after.annotations()); //$NON-NLS-1$
        writeChanged(st, sql.insertParticipant(), sql.updateParticipant(), nullTypes(PARTICIPANT_TYPES), id,
                before == null ? none : before.participants(), after.participants());
        writeChanged(st, sql.insertUtterance(), sql.updateUtterance(), nullTypes(UTTERANCE_TYPES), id,
                before == null ? none : before.utterances(), after.utterances());
        writeChanged(st, sql.insertAnnotation(), sql.updateAnnotation(), nullTypes(ANNOTATION_TYPES), id,
                before == null ? none : before.annotations(), after.annotations());
        deleteGone(st, "utterance", id, before == null ? none : before.utterances(), after.utterances()); //$NON-NLS-1$
        deleteGone(st, "participant", id, before == null ? none : before.participants(), after.participants()); //$NON-NLS-1$
        List<ExtensionWrite> extensions = extensionWrites(conversation);
        if (before == null || !sameRows(before.notes(), after.notes())) {
            if (before != null) {
                st.update(sql.deleteOfConversation("note"), id); //$NON-NLS-1$
            }
            PreparedStatement s = st.get(sql.insertConversationNote());
            for (Object[] note : after.notes()) {
                s.setString(1, id);
                s.setInt(2, (Integer) note[0]);
                s.setString(3, (String) note[1]);
                s.setString(4, (String) note[2]);
                s.setString(5, (String) note[3]);
                s.setTimestamp(6, (Timestamp) note[4]);
                s.addBatch();
            }
            s.executeBatch();
        }
        if (before == null || !sameRows(before.memos(), after.memos())) {
            if (before != null) {
                st.update(sql.deleteOfConversation("memo"), id); //$NON-NLS-1$
            }
            MemoRows.write(st.get(sql.insertConversationMemo()), id, after.memos());
        }
        boolean extensionRowsLeft = false;
        if (before == null || before.extensions() || !extensions.isEmpty()) {
            if (!inserted) {
                Set<String> presentIds = new HashSet<>();
                conversation.eAllContents().forEachRemaining(o -> {
                    String objectId = EcoreUtil.getID(o);
                    if (objectId != null) {
                        presentIds.add(objectId);
                    }
                });
                extensionRowsLeft = extensionRows.deleteReplaced(c, sql.conversationExtensionsToReplace(), id,
                        presentIds) > 0;
            }
            extensionRows.write(c, null, id, extensions, Rows.ownerLabel(conversation));
        }
        after = new LoadedRows(after.conversationId(), after.participants(), after.utterances(), after.annotations(),
                after.notes(), after.memos(), after.professionals(), extensionRowsLeft || !extensions.isEmpty());
        int version = inserted ? 1 : loadedVersion != null ? loadedVersion + 1 : version(c, id);
        return new Saved(version, after);
    }

    /** The objects of the conversation that go to {@code extension_object} (as XMI), with their positions. */
    private static List<ExtensionWrite> extensionWrites(Conversation conversation) {
        List<ExtensionWrite> extensions = new ArrayList<>();
        addNonCore(extensions, conversation.getParticipants(), PARTICIPANTS);
        addNonCore(extensions, conversation.getUtterances(), UTTERANCES);
        addNonCore(extensions, conversation.getAnnotations(), ANNOTATIONS);
        addNonCore(extensions, conversation.getNotes(), CONVERSATION_NOTES);
        EList<?> assessments = conversation.getAssessments();
        for (int i = 0; i < assessments.size(); i++) {
            extensions.add(new ExtensionWrite(ASSESSMENTS, i, (EObject) assessments.get(i)));
        }
        return extensions;
    }

    private static void addNonCore(List<ExtensionWrite> extensions, EList<? extends EObject> list,
            org.eclipse.emf.ecore.EReference feature) {
        for (int i = 0; i < list.size(); i++) {
            if (!ExtensionRows.isCore(list.get(i), feature)) {
                extensions.add(new ExtensionWrite(feature, i, list.get(i)));
            }
        }
    }

    // ------------------------------------------------------------------------------------------ row mappers

    /** SQL types of the columns after conversation_id and id, for binding NULL. */
    private static final int[] PARTICIPANT_TYPES = { Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR };
    private static final int[] UTTERANCE_TYPES = { Types.INTEGER, Types.VARCHAR, Types.CLOB, Types.BIGINT,
            Types.BIGINT };
    private static final int[] ANNOTATION_TYPES = { Types.INTEGER, Types.VARCHAR, Types.INTEGER, Types.INTEGER,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DOUBLE, Types.VARCHAR, Types.VARCHAR,
            Types.INTEGER };

    /** seq, name, participant_role, professional_id. */
    static Object[] participantValues(Participant participant, int seq) {
        Professional professional = participant.getProfessional();
        return new Object[] { seq, participant.getName(),
                participant.getRole() == null ? null : participant.getRole().getLiteral(),
                professional == null || professional.eIsProxy() ? null : professional.getId() };
    }

    /** seq, speaker_id, utterance_text, start_millis, end_millis. */
    static Object[] utteranceValues(Utterance utterance, int seq) {
        return new Object[] { seq, utterance.getSpeaker() == null ? null : utterance.getSpeaker().getId(),
                utterance.getText(), utterance.getStartMillis(), utterance.getEndMillis() };
    }

    /**
     * seq, utterance_id, span_start, span_end, method_id, code_id, coder, origin, confidence, reason, note,
     * span_detached.
     */
    static Object[] annotationValues(Annotation annotation, int seq) {
        return new Object[] { seq, annotation.getUtterance() == null ? null : annotation.getUtterance().getId(),
                annotation.getSpanStart(), annotation.getSpanEnd(), annotation.getMethodId(), annotation.getCodeId(),
                annotation.getCoder(), annotation.getOrigin() == null ? null : annotation.getOrigin().getLiteral(),
                annotation.getConfidence(), annotation.getReason(), annotation.getNote(),
                annotation.isSpanDetached() ? 1 : 0 };
    }

    /** seq, id, note_text, author, created. */
    static Object[] noteValues(Note note, int seq) {
        return new Object[] { seq, note.getId(), note.getText(), note.getAuthor(), Rows.timestamp(note.getCreated()) };
    }

    /** name, organisation, job_function, id. */
    static Object[] professionalValues(Professional professional) {
        return new Object[] { professional.getName(), professional.getOrganisation(), professional.getFunction(),
                professional.getId() };
    }

    /** The rows the conversation is written as; two objects of one list with the same id are refused. */
    static LoadedRows rowsOf(Conversation conversation, boolean extensions) throws SQLException {
        Map<String, Object[]> participants = new LinkedHashMap<>();
        Map<String, Object[]> professionals = new LinkedHashMap<>();
        EList<Participant> participantList = conversation.getParticipants();
        for (int i = 0; i < participantList.size(); i++) {
            Participant participant = participantList.get(i);
            unique(participants.put(participant.getId(), participantValues(participant, i)), participant.getId());
            Professional professional = participant.getProfessional();
            if (professional != null && !professional.eIsProxy()) {
                professionals.putIfAbsent(professional.getId(), professionalValues(professional));
            }
        }
        Map<String, Object[]> utterances = new LinkedHashMap<>();
        EList<Utterance> utteranceList = conversation.getUtterances();
        for (int i = 0; i < utteranceList.size(); i++) {
            unique(utterances.put(utteranceList.get(i).getId(), utteranceValues(utteranceList.get(i), i)),
                    utteranceList.get(i).getId());
        }
        Map<String, Object[]> annotations = new LinkedHashMap<>();
        EList<Annotation> annotationList = conversation.getAnnotations();
        for (int i = 0; i < annotationList.size(); i++) {
            unique(annotations.put(annotationList.get(i).getId(), annotationValues(annotationList.get(i), i)),
                    annotationList.get(i).getId());
        }
        List<Object[]> notes = new ArrayList<>();
        EList<Note> noteList = conversation.getNotes();
        for (int i = 0; i < noteList.size(); i++) {
            notes.add(noteValues(noteList.get(i), i));
        }
        return new LoadedRows(conversation.getId(), participants, utterances, annotations, notes,
                MemoRows.rows(conversation.getMemos()), professionals, extensions);
    }

    /** The failure the primary key would report, before anything is written. */
    private static void unique(Object[] replaced, String id) throws SQLException {
        if (replaced != null) {
            throw new SQLException("The id " + id + " is used twice", DerbyEngine.SQLSTATE_DUPLICATE); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static boolean sameRows(List<Object[]> a, List<Object[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private void deleteGone(Statements st, String table, String conversationId, Map<String, Object[]> before,
            Map<String, Object[]> after) throws SQLException {
        PreparedStatement s = null;
        for (String gone : before.keySet()) {
            if (!after.containsKey(gone)) {
                if (s == null) {
                    s = st.get(sql.deleteRow(table));
                }
                s.setString(1, conversationId);
                s.setString(2, gone);
                s.addBatch();
            }
        }
        if (s != null) {
            s.executeBatch();
        }
    }

    /** Inserts the rows that are new, updates those whose columns differ; leaves the others alone. */
    private static void writeChanged(Statements st, String insertSql, String updateSql, int[] types,
            String conversationId, Map<String, Object[]> before, Map<String, Object[]> after) throws SQLException {
        PreparedStatement insert = null;
        PreparedStatement update = null;
        int batched = 0;
        for (Map.Entry<String, Object[]> row : after.entrySet()) {
            Object[] old = before.get(row.getKey());
            Object[] values = row.getValue();
            if (old == null) {
                if (insert == null) {
                    insert = st.get(insertSql);
                }
                insert.setString(1, conversationId);
                insert.setString(2, row.getKey());
                bind(insert, 3, values, types);
                insert.addBatch();
            } else if (!Arrays.equals(old, values)) {
                if (update == null) {
                    update = st.get(updateSql);
                }
                bind(update, 1, values, types);
                update.setString(values.length + 1, conversationId);
                update.setString(values.length + 2, row.getKey());
                update.addBatch();
            } else {
                continue;
            }
            if (++batched % 1000 == 0) {
                if (insert != null) {
                    insert.executeBatch();
                }
                if (update != null) {
                    update.executeBatch();
                }
            }
        }
        if (insert != null) {
            insert.executeBatch();
        }
        if (update != null) {
            update.executeBatch();
        }
    }

    /** The types to bind NULLs with in this dialect. */
    private int[] nullTypes(int[] types) {
        int[] result = types.clone();
        for (int i = 0; i < result.length; i++) {
            result[i] = sql.nullType(result[i]);
        }
        return result;
    }

    private static void bind(PreparedStatement s, int first, Object[] values, int[] types) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            int index = first + i;
            if (value == null) {
                s.setNull(index, types[i]);
            } else if (value instanceof String text) {
                s.setString(index, text);
            } else if (value instanceof Integer number) {
                s.setInt(index, number);
            } else if (value instanceof Long number) {
                s.setLong(index, number);
            } else if (value instanceof Double number) {
                s.setDouble(index, number);
            } else {
                s.setObject(index, value);
            }
        }
    }

    private static void bindConversation(PreparedStatement s, Conversation conversation, Timestamp now)
            throws SQLException {
        s.setString(1, conversation.getTrajectory().getId());
        s.setString(2, conversation.getTitle());
        s.setTimestamp(3, Rows.timestamp(conversation.getDate()));
        s.setString(4, conversation.getKind() == null ? null : conversation.getKind().getLiteral());
        s.setString(5, conversation.getLanguage());
        s.setTimestamp(6, now);
        s.setString(7, conversation.getId());
    }

    private void writeProfessionals(Statements st, Map<String, Object[]> professionals,
            Map<String, Object[]> before) throws SQLException {
        for (Map.Entry<String, Object[]> professional : professionals.entrySet()) {
            if (Arrays.equals(before.get(professional.getKey()), professional.getValue())) {
                continue;
            }
            PreparedStatement update = st.get(sql.updateProfessional());
            bind(update, 1, professional.getValue(), PROFESSIONAL_TYPES);
            if (update.executeUpdate() == 0) {
                PreparedStatement insert = st.get(sql.insertProfessional());
                bind(insert, 1, professional.getValue(), PROFESSIONAL_TYPES);
                insert.executeUpdate();
            }
        }
    }

    private static final int[] PROFESSIONAL_TYPES = { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR };
}
