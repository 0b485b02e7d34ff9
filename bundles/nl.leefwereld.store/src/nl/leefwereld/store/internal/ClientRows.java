// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import static nl.leefwereld.store.internal.ExtensionRows.CLIENT_ASSESSMENTS;
import static nl.leefwereld.store.internal.ExtensionRows.CLIENT_ATTRIBUTES;
import static nl.leefwereld.store.internal.ExtensionRows.CLIENT_CONSENTS;
import static nl.leefwereld.store.internal.ExtensionRows.CLIENT_NOTES;

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

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.Consent;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.internal.ExtensionRows.Extension;
import nl.leefwereld.store.internal.ExtensionRows.ExtensionWrite;
import nl.leefwereld.store.internal.ExtensionRows.Slot;

/**
 * The rows of a client: {@code client}, {@code client_attribute_set} (all core attributes of a client in one
 * row), {@code consent}, the client's {@code note}s and
 * extension objects, its {@code trajectory}s, and the headers of its conversations (never their content). Runs in
 * the caller's transaction.
 */
final class ClientRows {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    private final Sql sql;
    private final ExtensionRows extensionRows;

    ClientRows(Sql sql, ExtensionRows extensionRows) {
        this.sql = sql;
        this.extensionRows = extensionRows;
    }

    // ------------------------------------------------------------------------------------------------ reading

    int count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql.countClients()); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Clients (all, or one) with attributes, consents, notes, trajectories and conversation headers. */
    Map<String, Client> read(Connection c, String onlyId) throws SQLException {
        boolean one = onlyId != null;
        Map<String, Client> clients = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql.clients(one))) {
            Rows.bindOptional(s, onlyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Client client = FACTORY.createClient();
                    client.setId(rs.getString(1));
                    client.setDisplayName(rs.getString(2));
                    client.setPseudonym(rs.getString(3));
                    clients.put(client.getId(), client);
                }
            }
        }
        if (clients.isEmpty()) {
            return clients;
        }
        Map<String, List<Slot>> attributes = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql.clientAttributes(one))) {
            Rows.bindOptional(s, onlyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<Slot> slots = new ArrayList<>(rs.getInt(2));
                    for (Attribute a : decodeAttributes(rs.getString(3))) {
                        ClientAttribute attribute = FACTORY.createClientAttribute();
                        attribute.setName(a.name());
                        attribute.setValue(a.value());
                        slots.add(new Slot(a.seq(), attribute));
                    }
                    attributes.put(rs.getString(1), slots);
                }
            }
        }
        Map<String, List<Slot>> consents = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql.consents(one))) {
            Rows.bindOptional(s, onlyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Consent consent = FACTORY.createConsent();
                    consent.setPurpose(rs.getString(3));
                    consent.setGiven(rs.getBoolean(4));
                    consent.setDate(Rows.date(rs.getTimestamp(5)));
                    consents.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Slot(rs.getInt(2), consent));
                }
            }
        }
        Map<String, List<Slot>> notes = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql.clientNotes(one))) {
            Rows.bindOptional(s, onlyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    notes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Slot(rs.getInt(2), NoteRows.read(rs, 3)));
                }
            }
        }
        Map<String, List<Memo>> memos = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql.clientMemos(one))) {
            Rows.bindOptional(s, onlyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    memos.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(MemoRows.read(rs, 3, null));
                }
            }
        }
        Map<String, List<Extension>> extensions = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql.clientExtensions(one))) {
            Rows.bindOptional(s, onlyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Extension e = ExtensionRows.readExtension(rs);
                    extensions.computeIfAbsent(e.ownerId(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        Map<String, Trajectory> trajectories = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql.trajectories(one))) {
            Rows.bindOptional(s, onlyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Client client = clients.get(rs.getString(1));
                    if (client == null) {
                        continue;
                    }
                    Trajectory trajectory = FACTORY.createTrajectory();
                    trajectory.setId(rs.getString(2));
                    trajectory.setTitle(rs.getString(3));
                    trajectory.setKind(rs.getString(4));
                    trajectory.setChangeGoal(rs.getString(5));
                    trajectory.setStartDate(Rows.date(rs.getTimestamp(6)));
                    client.getTrajectories().add(trajectory);
                    trajectories.put(trajectory.getId(), trajectory);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(sql.conversationHeaders(one))) {
            Rows.bindOptional(s, onlyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Trajectory trajectory = trajectories.get(rs.getString(1));
                    if (trajectory == null) {
                        continue;
                    }
                    Conversation conversation = FACTORY.createConversation();
                    conversation.setId(rs.getString(2));
                    conversation.setTitle(rs.getString(3));
                    conversation.setDate(Rows.date(rs.getTimestamp(4)));
                    String kind = rs.getString(5);
                    if (kind != null && ConversationKind.get(kind) != null) {
                        conversation.setKind(ConversationKind.get(kind));
                    }
                    conversation.setLanguage(rs.getString(6));
                    trajectory.getConversations().add(conversation);
                }
            }
        }
        for (Client client : clients.values()) {
            String id = client.getId();
            Map<String, List<Extension>> byFeature = ExtensionRows.byFeature(extensions.getOrDefault(id, List.of()));
            String owner = Rows.ownerLabel(client);
            Map<EReference, List<Slot>> loaded = new HashMap<>();
            loaded.put(CLIENT_ATTRIBUTES, ExtensionRows.merge(attributes.getOrDefault(id, List.of()),
                    byFeature.get(CLIENT_ATTRIBUTES.getName()), owner, CLIENT_ATTRIBUTES));
            loaded.put(CLIENT_CONSENTS, ExtensionRows.merge(consents.getOrDefault(id, List.of()),
                    byFeature.get(CLIENT_CONSENTS.getName()), owner, CLIENT_CONSENTS));
            loaded.put(CLIENT_NOTES, ExtensionRows.merge(notes.getOrDefault(id, List.of()),
                    byFeature.get(CLIENT_NOTES.getName()), owner, CLIENT_NOTES));
            loaded.put(CLIENT_ASSESSMENTS, ExtensionRows.merge(List.of(), byFeature.get(CLIENT_ASSESSMENTS.getName()),
                    owner, CLIENT_ASSESSMENTS));
            List<EObject> fromXmi = new ArrayList<>();
            for (Map.Entry<EReference, List<Slot>> entry : loaded.entrySet()) {
                @SuppressWarnings("unchecked")
                EList<EObject> list = (EList<EObject>) client.eGet(entry.getKey());
                for (Slot slot : entry.getValue()) {
                    list.add(slot.object());
                    if (slot.fromXmi()) {
                        fromXmi.add(slot.object());
                    }
                }
            }
            ExtensionRows.resolveExtensions(fromXmi, List.of(client), owner);
            client.getMemos().addAll(memos.getOrDefault(id, List.of()));
        }
        return clients;
    }

    // ------------------------------------------------------------------------------------------------ writing

    /** Writes the client and its trajectories (not their conversations). */
    void write(Connection c, Client client) throws SQLException {
        writeClient(c, client);
        for (int i = 0; i < client.getTrajectories().size(); i++) {
            writeTrajectory(c, client.getTrajectories().get(i), client.getId(), i);
        }
    }

    /**
     * Writes many clients: new clients with only core attributes (an import) go in two batched inserts, the others
     * row by row. {@code current} is told which client is being written (for the message of a failure). Returns
     * the number of clients that were new.
     */
    int writeAll(Connection c, List<Client> clients, java.util.function.Consumer<Client> current)
            throws SQLException {
        Set<String> known = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(sql.clientIds()); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                known.add(rs.getString(1));
            }
        }
        Timestamp now = new Timestamp(System.currentTimeMillis());
        int created = 0;
        try (PreparedStatement clientRow = c.prepareStatement(sql.insertClient());
                PreparedStatement attributeRow = c.prepareStatement(sql.insertClientAttributes())) {
            int batched = 0;
            for (Client client : clients) {
                current.accept(client);
                boolean isNew = known.add(client.getId());
                created += isNew ? 1 : 0;
                if (isNew && plain(client)) {
                    clientRow.setString(1, client.getId());
                    clientRow.setString(2, client.getDisplayName());
                    clientRow.setString(3, client.getPseudonym());
                    clientRow.setTimestamp(4, now);
                    clientRow.addBatch();
                    List<Attribute> attributes = coreAttributes(client, null);
                    if (!attributes.isEmpty()) {
                        bindAttributeSet(attributeRow, client.getId(), attributes);
                        attributeRow.addBatch();
                    }
                    if (++batched % 1000 == 0) {
                        clientRow.executeBatch();
                        attributeRow.executeBatch();
                    }
                } else {
                    write(c, client);
                }
            }
            clientRow.executeBatch();
            attributeRow.executeBatch();
        }
        return created;
    }

    /** A client with nothing but core attributes: no notes, consents, assessments, trajectories, extensions. */
    private static boolean plain(Client client) {
        if (!client.getNotes().isEmpty() || !client.getConsents().isEmpty() || !client.getAssessments().isEmpty()
                || !client.getTrajectories().isEmpty() || !client.getMemos().isEmpty()) {
            return false;
        }
        for (ClientAttribute attribute : client.getAttributes()) {
            if (!ExtensionRows.isCore(attribute, CLIENT_ATTRIBUTES)) {
                return false;
            }
        }
        return true;
    }

    /** Writes the client's own rows (not its trajectories). */
    void writeClient(Connection c, Client client) throws SQLException {
        String id = client.getId();
        Timestamp now = new Timestamp(System.currentTimeMillis());
        int updated;
        try (PreparedStatement s = c.prepareStatement(sql.updateClient())) {
            s.setString(1, client.getDisplayName());
            s.setString(2, client.getPseudonym());
            s.setTimestamp(3, now);
            s.setString(4, id);
            updated = s.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement s = c.prepareStatement(sql.insertClient())) {
                s.setString(1, id);
                s.setString(2, client.getDisplayName());
                s.setString(3, client.getPseudonym());
                s.setTimestamp(4, now);
                s.executeUpdate();
            }
        }
        Rows.executeUpdate(c, sql.deleteClientAttributes(), id);
        Rows.executeUpdate(c, sql.deleteConsents(), id);
        Rows.executeUpdate(c, sql.deleteClientNotes(), id);
        Rows.executeUpdate(c, sql.deleteOfClient("memo"), id); //$NON-NLS-1$
        Set<String> keptIds = new HashSet<>();
        for (Note note : client.getNotes()) {
            keptIds.add(note.getId());
        }
        extensionRows.deleteReplaced(c, sql.clientExtensionsToReplace(), id, keptIds);

        List<ExtensionWrite> extensions = new ArrayList<>();
        List<Attribute> attributes = coreAttributes(client, extensions);
        if (!attributes.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement(sql.insertClientAttributes())) {
                bindAttributeSet(s, id, attributes);
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement(sql.insertConsent())) {
            EList<Consent> list = client.getConsents();
            for (int i = 0; i < list.size(); i++) {
                Consent consent = list.get(i);
                if (!ExtensionRows.isCore(consent, CLIENT_CONSENTS)) {
                    extensions.add(new ExtensionWrite(CLIENT_CONSENTS, i, consent));
                    continue;
                }
                s.setString(1, id);
                s.setInt(2, i);
                s.setString(3, consent.getPurpose());
                s.setBoolean(4, consent.isGiven());
                s.setTimestamp(5, Rows.timestamp(consent.getDate()));
                s.addBatch();
            }
            s.executeBatch();
        }
        NoteRows.write(c, sql.insertClientNote(), id, client.getNotes(), CLIENT_NOTES, extensions);
        try (PreparedStatement s = c.prepareStatement(sql.insertClientMemo())) {
            MemoRows.write(s, id, MemoRows.rows(client.getMemos()));
        }
        EList<?> assessments = client.getAssessments();
        for (int i = 0; i < assessments.size(); i++) {
            extensions.add(new ExtensionWrite(CLIENT_ASSESSMENTS, i, (EObject) assessments.get(i)));
        }
        extensionRows.write(c, id, null, extensions, Rows.ownerLabel(client));
    }

    // ------------------------------------------------------------------------------------ attribute set rows

    /** A core attribute as stored: its position in the client's list, its name and value (each may be null). */
    record Attribute(int seq, String name, String value) {
    }

    /**
     * The client's core attributes with their positions; the others (objects of method packages) are added to
     * {@code extensions} when it is not null.
     */
    private static List<Attribute> coreAttributes(Client client, List<ExtensionWrite> extensions) {
        EList<ClientAttribute> list = client.getAttributes();
        List<Attribute> attributes = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            ClientAttribute attribute = list.get(i);
            if (!ExtensionRows.isCore(attribute, CLIENT_ATTRIBUTES)) {
                if (extensions != null) {
                    extensions.add(new ExtensionWrite(CLIENT_ATTRIBUTES, i, attribute));
                }
                continue;
            }
            attributes.add(new Attribute(i, attribute.getName(), attribute.getValue()));
        }
        return attributes;
    }

    /** Binds client_id, attribute_count, attributes of {@link Sql#insertClientAttributes()}. */
    static void bindAttributeSet(PreparedStatement s, String clientId, List<Attribute> attributes)
            throws SQLException {
        s.setString(1, clientId);
        s.setInt(2, attributes.size());
        s.setString(3, encodeAttributes(attributes));
    }

    /**
     * The attributes of one client as one text: per attribute its position, then its name and its value, each
     * as {@code -} (null) or {@code <length>:<characters>}; the position ends with {@code :}. Any character may
     * occur in a name or value: nothing is escaped, lengths say where each ends.
     * Example: {@code 0:8:leeftijd2:421:6:gemeente-} is leeftijd = 42 at 0 and gemeente = null at 1.
     */
    static String encodeAttributes(List<Attribute> attributes) {
        StringBuilder sb = new StringBuilder(attributes.size() * 32);
        for (Attribute a : attributes) {
            sb.append(a.seq()).append(':');
            token(sb, a.name());
            token(sb, a.value());
        }
        return sb.toString();
    }

    private static void token(StringBuilder sb, String text) {
        if (text == null) {
            sb.append('-');
        } else {
            sb.append(text.length()).append(':').append(text);
        }
    }

    /** The inverse of {@link #encodeAttributes}; a malformed text is an {@link SQLException} naming the place. */
    static List<Attribute> decodeAttributes(String text) throws SQLException {
        List<Attribute> attributes = new ArrayList<>();
        if (text == null) {
            return attributes;
        }
        int[] at = { 0 };
        while (at[0] < text.length()) {
            int seq = number(text, at);
            String name = token(text, at);
            String value = token(text, at);
            attributes.add(new Attribute(seq, name, value));
        }
        return attributes;
    }

    private static String token(String text, int[] at) throws SQLException {
        if (at[0] < text.length() && text.charAt(at[0]) == '-') {
            at[0]++;
            return null;
        }
        int length = number(text, at);
        int end = at[0] + length;
        if (end > text.length()) {
            throw malformed(at[0]);
        }
        String token = text.substring(at[0], end);
        at[0] = end;
        return token;
    }

    /** Digits up to a {@code :}, which is skipped. */
    private static int number(String text, int[] at) throws SQLException {
        int start = at[0];
        int n = 0;
        int i = start;
        while (i < text.length() && text.charAt(i) != ':') {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9' || i - start > 9) {
                throw malformed(i);
            }
            n = n * 10 + (ch - '0');
            i++;
        }
        if (i == start || i >= text.length()) {
            throw malformed(i);
        }
        at[0] = i + 1;
        return n;
    }

    private static SQLException malformed(int at) {
        return new SQLException("client_attribute_set.attributes is malformed at character " + at); //$NON-NLS-1$
    }

    // ------------------------------------------------------------------------------------------- trajectories

    void writeTrajectory(Connection c, Trajectory trajectory, String clientId, int seq) throws SQLException {
        int updated;
        try (PreparedStatement s = c.prepareStatement(sql.updateTrajectory())) {
            bindTrajectory(s, trajectory, clientId, seq);
            updated = s.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement s = c.prepareStatement(sql.insertTrajectory())) {
                bindTrajectory(s, trajectory, clientId, seq);
                s.executeUpdate();
            }
        }
    }

    private static void bindTrajectory(PreparedStatement s, Trajectory trajectory, String clientId, int seq)
            throws SQLException {
        s.setString(1, clientId);
        s.setInt(2, seq);
        s.setString(3, trajectory.getTitle());
        s.setString(4, trajectory.getKind());
        s.setString(5, trajectory.getChangeGoal());
        s.setTimestamp(6, Rows.timestamp(trajectory.getStartDate()));
        s.setString(7, trajectory.getId());
    }

    int nextTrajectorySeq(Connection c, String clientId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql.nextTrajectorySeq())) {
            s.setString(1, clientId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    String clientOfTrajectory(Connection c, String trajectoryId) throws SQLException {
        return Rows.queryString(c, sql.clientOfTrajectory(), trajectoryId);
    }
}
