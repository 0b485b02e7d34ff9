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
import java.util.ArrayList;
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

    /** Reads the content of a conversation whose header was read (by {@link ClientRows#read}). */
    void readContent(Connection c, Conversation conversation) throws SQLException {
        String id = conversation.getId();
        String owner = Rows.ownerLabel(conversation);
        List<Extension> extensionRows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql.conversationExtensions())) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    extensionRows.add(ExtensionRows.readExtension(rs));
                }
            }
        }
        Map<String, List<Extension>> extensions = ExtensionRows.byFeature(extensionRows);

        Map<String, Professional> professionals = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql.professionalsOfConversation())) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Professional professional = FACTORY.createProfessional();
                    professional.setId(rs.getString(1));
                    professional.setName(rs.getString(2));
                    professional.setOrganisation(rs.getString(3));
                    professional.setFunction(rs.getString(4));
                    professionals.put(professional.getId(), professional);
                }
            }
        }

        List<Slot> participantRows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql.participants())) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Participant participant = FACTORY.createParticipant();
                    participant.setId(rs.getString(1));
                    participant.setName(rs.getString(3));
                    String role = rs.getString(4);
                    if (role != null && ParticipantRole.get(role) != null) {
                        participant.setRole(ParticipantRole.get(role));
                    }
                    String professionalId = rs.getString(5);
                    if (professionalId != null) {
                        participant.setProfessional(professionals.get(professionalId));
                    }
                    participantRows.add(new Slot(rs.getInt(2), participant));
                }
            }
        }
        List<Slot> participants = ExtensionRows.merge(participantRows, extensions.get(PARTICIPANTS.getName()), owner,
                PARTICIPANTS);
        Map<String, Participant> participantsById = new HashMap<>();
        for (Slot slot : participants) {
            Participant participant = (Participant) slot.object();
            participantsById.putIfAbsent(participant.getId(), participant);
        }

        List<Slot> utteranceRows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql.utterances())) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Utterance utterance = FACTORY.createUtterance();
                    utterance.setId(rs.getString(1));
                    String speakerId = rs.getString(3);
                    if (speakerId != null) {
                        utterance.setSpeaker(participantsById.get(speakerId));
                    }
                    utterance.setText(rs.getString(4));
                    long start = rs.getLong(5);
                    utterance.setStartMillis(rs.wasNull() ? null : Long.valueOf(start));
                    long end = rs.getLong(6);
                    utterance.setEndMillis(rs.wasNull() ? null : Long.valueOf(end));
                    utteranceRows.add(new Slot(rs.getInt(2), utterance));
                }
            }
        }
        List<Slot> utterances = ExtensionRows.merge(utteranceRows, extensions.get(UTTERANCES.getName()), owner,
                UTTERANCES);
        Map<String, Utterance> utterancesById = new HashMap<>();
        for (Slot slot : utterances) {
            Utterance utterance = (Utterance) slot.object();
            utterancesById.putIfAbsent(utterance.getId(), utterance);
        }

        List<Slot> annotationRows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql.annotations())) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Annotation annotation = FACTORY.createAnnotation();
                    annotation.setId(rs.getString(1));
                    String utteranceId = rs.getString(3);
                    if (utteranceId != null) {
                        annotation.setUtterance(utterancesById.get(utteranceId));
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
                    annotationRows.add(new Slot(rs.getInt(2), annotation));
                }
            }
        }
        List<Slot> annotations = ExtensionRows.merge(annotationRows, extensions.get(ANNOTATIONS.getName()), owner,
                ANNOTATIONS);

        List<Slot> noteRows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql.conversationNotes())) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    noteRows.add(new Slot(rs.getInt(2), NoteRows.read(rs, 3)));
                }
            }
        }
        List<Slot> notes = ExtensionRows.merge(noteRows, extensions.get(CONVERSATION_NOTES.getName()), owner,
                CONVERSATION_NOTES);
        List<Slot> assessments = ExtensionRows.merge(List.of(), extensions.get(ASSESSMENTS.getName()), owner,
                ASSESSMENTS);

        List<EObject> fromXmi = new ArrayList<>();
        ExtensionRows.addAll(conversation.getParticipants(), participants, fromXmi);
        ExtensionRows.addAll(conversation.getUtterances(), utterances, fromXmi);
        ExtensionRows.addAll(conversation.getAnnotations(), annotations, fromXmi);
        ExtensionRows.addAll(conversation.getNotes(), notes, fromXmi);
        ExtensionRows.addAll(conversation.getAssessments(), assessments, fromXmi);
        ExtensionRows.reportUnknownFeatures(extensions, CONVERSATION_FEATURES, owner);
        List<EObject> roots = new ArrayList<>();
        roots.add(EcoreUtil.getRootContainer(conversation));
        roots.addAll(professionals.values());
        ExtensionRows.resolveExtensions(fromXmi, roots, owner);
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

    /**
     * Writes the conversation (creating its trajectory and client when they are not stored yet), checked against
     * the version it was loaded at.
     */
    void write(Connection c, Conversation conversation) throws SQLException {
        Trajectory trajectory = conversation.getTrajectory();
        String id = conversation.getId();
        if (!Rows.exists(c, sql.trajectoryExists(), trajectory.getId())) {
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

        Timestamp now = new Timestamp(System.currentTimeMillis());
        int updated;
        Integer loadedVersion = LoadedVersion.of(conversation);
        try (PreparedStatement s = c.prepareStatement(sql.updateConversation(loadedVersion != null))) {
            bindConversation(s, conversation, now);
            if (loadedVersion != null) {
                s.setInt(8, loadedVersion);
            }
            updated = s.executeUpdate();
        }
        if (updated == 0 && loadedVersion != null) {
            Conflict conflict = lastChange(c, id);
            if (conflict != null) {
                throw new StoreConflictException(NLS.bind(Messages.Store_conflict, new Object[] {
                        Rows.ownerLabel(conversation), conflict.user(), conflict.time() }));
            }
        }
        if (updated == 0) {
            try (PreparedStatement s = c.prepareStatement(sql.insertConversation())) {
                bindConversation(s, conversation, now);
                s.executeUpdate();
            }
        }

        for (String table : List.of("annotation", "utterance", "participant", "note")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Rows.executeUpdate(c, sql.deleteOfConversation(table), id);
        }
        Set<String> presentIds = new HashSet<>();
        conversation.eAllContents().forEachRemaining(o -> {
            String objectId = EcoreUtil.getID(o);
            if (objectId != null) {
                presentIds.add(objectId);
            }
        });
        extensionRows.deleteReplaced(c, sql.conversationExtensionsToReplace(), id, presentIds);

        writeProfessionals(c, conversation);
        List<ExtensionWrite> extensions = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql.insertParticipant())) {
            EList<Participant> list = conversation.getParticipants();
            for (int i = 0; i < list.size(); i++) {
                Participant participant = list.get(i);
                if (!ExtensionRows.isCore(participant, PARTICIPANTS)) {
                    extensions.add(new ExtensionWrite(PARTICIPANTS, i, participant));
                }
                s.setString(1, id);
                s.setString(2, participant.getId());
                s.setInt(3, i);
                s.setString(4, participant.getName());
                s.setString(5, participant.getRole() == null ? null : participant.getRole().getLiteral());
                Professional professional = participant.getProfessional();
                s.setString(6, professional == null || professional.eIsProxy() ? null : professional.getId());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(sql.insertUtterance())) {
            EList<Utterance> list = conversation.getUtterances();
            for (int i = 0; i < list.size(); i++) {
                Utterance utterance = list.get(i);
                if (!ExtensionRows.isCore(utterance, UTTERANCES)) {
                    extensions.add(new ExtensionWrite(UTTERANCES, i, utterance));
                }
                s.setString(1, id);
                s.setString(2, utterance.getId());
                s.setInt(3, i);
                s.setString(4, utterance.getSpeaker() == null ? null : utterance.getSpeaker().getId());
                s.setString(5, utterance.getText());
                Rows.setLong(s, 6, utterance.getStartMillis());
                Rows.setLong(s, 7, utterance.getEndMillis());
                s.addBatch();
                if (i % 500 == 499) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(sql.insertAnnotation())) {
            EList<Annotation> list = conversation.getAnnotations();
            for (int i = 0; i < list.size(); i++) {
                Annotation annotation = list.get(i);
                if (!ExtensionRows.isCore(annotation, ANNOTATIONS)) {
                    extensions.add(new ExtensionWrite(ANNOTATIONS, i, annotation));
                }
                s.setString(1, id);
                s.setString(2, annotation.getId());
                s.setInt(3, i);
                s.setString(4, annotation.getUtterance() == null ? null : annotation.getUtterance().getId());
                s.setInt(5, annotation.getSpanStart());
                s.setInt(6, annotation.getSpanEnd());
                s.setString(7, annotation.getMethodId());
                s.setString(8, annotation.getCodeId());
                s.setString(9, annotation.getCoder());
                s.setString(10, annotation.getOrigin() == null ? null : annotation.getOrigin().getLiteral());
                s.setDouble(11, annotation.getConfidence());
                s.setString(12, annotation.getReason());
                s.setString(13, annotation.getNote());
                s.addBatch();
                if (i % 500 == 499) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        NoteRows.write(c, sql.insertConversationNote(), id, conversation.getNotes(), CONVERSATION_NOTES, extensions);
        EList<?> assessments = conversation.getAssessments();
        for (int i = 0; i < assessments.size(); i++) {
            extensions.add(new ExtensionWrite(ASSESSMENTS, i, (EObject) assessments.get(i)));
        }
        extensionRows.write(c, null, id, extensions, Rows.ownerLabel(conversation));
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

    private void writeProfessionals(Connection c, Conversation conversation) throws SQLException {
        Map<String, Professional> professionals = new LinkedHashMap<>();
        for (Participant participant : conversation.getParticipants()) {
            Professional professional = participant.getProfessional();
            if (professional != null && !professional.eIsProxy()) {
                professionals.putIfAbsent(professional.getId(), professional);
            }
        }
        for (Professional professional : professionals.values()) {
            int updated;
            try (PreparedStatement s = c.prepareStatement(sql.updateProfessional())) {
                bindProfessional(s, professional);
                updated = s.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement s = c.prepareStatement(sql.insertProfessional())) {
                    bindProfessional(s, professional);
                    s.executeUpdate();
                }
            }
        }
    }

    private static void bindProfessional(PreparedStatement s, Professional professional) throws SQLException {
        s.setString(1, professional.getName());
        s.setString(2, professional.getOrganisation());
        s.setString(3, professional.getFunction());
        s.setString(4, professional.getId());
    }
}
