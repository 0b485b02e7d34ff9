// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Identified;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.StoreValueException;

/** What every row class needs: value conversions, one-id statements, checks and labels. */
final class Rows {

    /** Longest name or title shown in a message. */
    private static final int LABEL_LENGTH = 80;

    /** The longest text a name or title column holds ({@code VARCHAR(4000)} in {@link Schema}). */
    private static final int NAME_LENGTH = 4000;

    private Rows() {
    }

    static void bindOptional(PreparedStatement s, String value) throws SQLException {
        if (value != null) {
            s.setString(1, value);
        }
    }

    static Date date(Timestamp timestamp) {
        return timestamp == null ? null : new Date(timestamp.getTime());
    }

    static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    static boolean exists(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    static int executeUpdate(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            return s.executeUpdate();
        }
    }

    /** The first column of the first row of a one-id query, or null. */
    static String queryString(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Refuses a value longer than its column, naming the field and the limit, before anything is written. */
    static void checkLength(String field, Identified owner, String value) {
        if (value != null && value.length() > NAME_LENGTH) {
            throw new StoreValueException(NLS.bind(Messages.Store_valueTooLongField, new Object[] { field,
                    ownerLabel(owner), Integer.valueOf(value.length()), Integer.valueOf(NAME_LENGTH) }));
        }
    }

    static void checkLengths(Client client) {
        checkLength("displayName", client, client.getDisplayName()); //$NON-NLS-1$
        for (Trajectory trajectory : client.getTrajectories()) {
            checkLength("title", trajectory, trajectory.getTitle()); //$NON-NLS-1$
        }
    }

    static void checkLengths(Conversation conversation) {
        checkLength("title", conversation, conversation.getTitle()); //$NON-NLS-1$
        Trajectory trajectory = conversation.getTrajectory();
        if (trajectory != null) {
            checkLength("title", trajectory, trajectory.getTitle()); //$NON-NLS-1$
            if (trajectory.getClient() != null) {
                checkLength("displayName", trajectory.getClient(), trajectory.getClient().getDisplayName()); //$NON-NLS-1$
            }
        }
    }

    /** The name (shortened) and id of a client or conversation, for messages. */
    static String ownerLabel(Identified owner) {
        String name = owner instanceof Client client ? client.getDisplayName()
                : owner instanceof Conversation conversation ? conversation.getTitle() : null;
        if (name != null && name.length() > LABEL_LENGTH) {
            name = name.substring(0, LABEL_LENGTH) + '\u2026';
        }
        return name == null || name.isBlank() ? String.valueOf(owner.getId()) : name + " (" + owner.getId() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Objects without an id get one (a new UUID), so that rows and references can name them. For a client: the
     * client, its notes and trajectories; for a conversation: everything in it and the professionals it names.
     */
    static void assignIds(Identified owner, boolean deep) {
        List<EObject> objects = new ArrayList<>();
        objects.add(owner);
        if (deep) {
            owner.eAllContents().forEachRemaining(objects::add);
            for (Participant participant : ((Conversation) owner).getParticipants()) {
                if (participant.getProfessional() != null) {
                    objects.add(participant.getProfessional());
                }
            }
        } else {
            Client client = (Client) owner;
            objects.addAll(client.getNotes());
            objects.addAll(client.getMemos());
            objects.addAll(client.getTrajectories());
        }
        for (EObject object : objects) {
            if (object instanceof Identified identified && identified.getId() == null) {
                identified.setId(UUID.randomUUID().toString());
            }
        }
    }
}
