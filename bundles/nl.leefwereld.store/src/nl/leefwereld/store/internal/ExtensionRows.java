// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.store.Messages;
import nl.leefwereld.store.OrganisationObject;

/**
 * The rows of {@code extension_object}: objects whose class is not exactly the core class of the list they are in
 * (subclasses of Annotation, Note, Assessment, … from method EPackages), as XMI. Identified core types
 * (participants, utterances, annotations, notes) also keep a core row, the "shadow", so that SQL over annotations
 * sees them and foreign keys hold. A row whose package is not installed is reported, not shown, and kept when its
 * owner is saved again.
 * <p>
 * Organisation objects (trained models and the like, {@link OrganisationObject}) are rows of the same table with
 * no client and no conversation, their kind in the feature column (marked, see {@code organisationFeature}).
 */
final class ExtensionRows {

    private static final System.Logger LOG = System.getLogger(ExtensionRows.class.getName());

    // Features whose elements are stored as core rows when their class is exactly the feature's type.
    static final EReference CLIENT_ATTRIBUTES = ModelPackage.Literals.CLIENT__ATTRIBUTES;
    static final EReference CLIENT_CONSENTS = ModelPackage.Literals.CLIENT__CONSENTS;
    static final EReference CLIENT_NOTES = ModelPackage.Literals.CLIENT__NOTES;
    static final EReference CLIENT_ASSESSMENTS = ModelPackage.Literals.CLIENT__ASSESSMENTS;
    static final EReference PARTICIPANTS = ModelPackage.Literals.CONVERSATION__PARTICIPANTS;
    static final EReference UTTERANCES = ModelPackage.Literals.CONVERSATION__UTTERANCES;
    static final EReference ANNOTATIONS = ModelPackage.Literals.CONVERSATION__ANNOTATIONS;
    static final EReference CONVERSATION_NOTES = ModelPackage.Literals.CONVERSATION__NOTES;
    static final EReference ASSESSMENTS = ModelPackage.Literals.CONVERSATION__ASSESSMENTS;
    static final List<EReference> CONVERSATION_FEATURES = List.of(PARTICIPANTS, UTTERANCES, ANNOTATIONS,
            CONVERSATION_NOTES, ASSESSMENTS);

    /** Row of extension_object, read. */
    record Extension(long rowId, String ownerId, String feature, int pos, String objectId, String nsUri,
            String className, String xmi) {
    }

    /** A core object or one read from XMI, at its position in its list. */
    record Slot(int pos, EObject object, boolean fromXmi) {
        Slot(int pos, EObject object) {
            this(pos, object, false);
        }
    }

    /** An object to write as XMI: the feature that contains it and its position there. */
    record ExtensionWrite(EReference feature, int pos, EObject object) {
    }

    private final Sql sql;

    ExtensionRows(Sql sql) {
        this.sql = sql;
    }

    // ------------------------------------------------------------------------------------------------ reading

    static Extension readExtension(ResultSet rs) throws SQLException {
        return new Extension(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }

    static Map<String, List<Extension>> byFeature(List<Extension> rows) {
        Map<String, List<Extension>> result = new LinkedHashMap<>();
        for (Extension row : rows) {
            result.computeIfAbsent(row.feature(), k -> new ArrayList<>()).add(row);
        }
        return result;
    }

    /**
     * Core rows and the extension rows of one feature, in position order. An extension object with the id of a
     * core row (its shadow) takes that row's place; extension objects that cannot be read are reported and left
     * out (their shadow, if any, stays).
     */
    static List<Slot> merge(List<Slot> core, List<Extension> extensions, String owner, EReference feature) {
        if (extensions == null || extensions.isEmpty()) {
            return core;
        }
        List<Slot> result = new ArrayList<>(core);
        Map<String, Integer> shadowIndex = new HashMap<>();
        for (int i = 0; i < result.size(); i++) {
            String id = EcoreUtil.getID(result.get(i).object());
            if (id != null) {
                shadowIndex.putIfAbsent(id, i);
            }
        }
        List<Slot> extra = new ArrayList<>();
        for (Extension row : extensions) {
            EObject object = readExtensionObject(row, owner);
            if (object == null) {
                continue;
            }
            if (!feature.getEReferenceType().isInstance(object)) {
                LOG.log(Level.WARNING, NLS.bind(Messages.Store_extensionNotLoaded, new Object[] { owner,
                        row.className(), row.nsUri(), feature.getName() + ": " + object.eClass().getName() })); //$NON-NLS-1$
                continue;
            }
            Integer shadow = row.objectId() != null ? shadowIndex.get(row.objectId()) : null;
            if (shadow != null) {
                Slot replaced = result.get(shadow);
                result.set(shadow, new Slot(replaced.pos(), object, true));
            } else {
                extra.add(new Slot(row.pos(), object, true));
            }
        }
        if (!extra.isEmpty()) {
            result.addAll(extra);
            result.sort(Comparator.comparingInt(Slot::pos)); // stable: core rows before extras at equal positions
        }
        return result;
    }

    private static EObject readExtensionObject(Extension row, String owner) {
        try {
            return ExtensionCodec.read(row.xmi());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, NLS.bind(Messages.Store_extensionNotLoaded,
                    new Object[] { owner, row.className(), row.nsUri(), e.getMessage() }));
            return null;
        }
    }

    /** Adds the slots' objects to the list; those read from XMI also to {@code fromXmi}. */
    @SuppressWarnings("unchecked")
    static <T> void addAll(EList<T> target, List<Slot> slots, List<EObject> fromXmi) {
        for (Slot slot : slots) {
            target.add((T) slot.object());
            if (slot.fromXmi()) {
                fromXmi.add(slot.object());
            }
        }
    }

    /** Resolves the references (ids) of objects read from XMI against the objects under {@code roots}. */
    static void resolveExtensions(List<EObject> fromXmi, List<EObject> roots, String owner) {
        if (fromXmi.isEmpty()) {
            return;
        }
        Map<String, EObject> byId = ExtensionCodec.index(roots);
        for (EObject object : fromXmi) {
            ExtensionCodec.resolve(object, byId, missing -> LOG.log(Level.WARNING, NLS.bind(
                    Messages.Store_extensionReferenceLost, new Object[] { owner, object.eClass().getName(), missing })));
        }
    }

    /** Reports extension rows of features this version does not have (written by a later version). */
    static void reportUnknownFeatures(Map<String, List<Extension>> extensions, List<EReference> features,
            String owner) {
        for (Map.Entry<String, List<Extension>> entry : extensions.entrySet()) {
            if (features.stream().noneMatch(f -> f.getName().equals(entry.getKey()))) {
                for (Extension e : entry.getValue()) {
                    LOG.log(Level.WARNING, NLS.bind(Messages.Store_extensionNotLoaded,
                            new Object[] { owner, e.className(), e.nsUri(), e.feature() }));
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ writing

    static boolean isCore(EObject object, EReference feature) {
        return object.eClass() == feature.getEReferenceType();
    }

    void write(Connection c, String clientId, String conversationId, List<ExtensionWrite> extensions, String owner)
            throws SQLException {
        if (extensions.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(sql.insertExtension())) {
            for (ExtensionWrite extension : extensions) {
                EObject object = extension.object();
                String xmi = ExtensionCodec.write(object, unreferenceable -> LOG.log(Level.WARNING,
                        NLS.bind(Messages.Store_extensionNotSaved, new Object[] { owner, object.eClass().getName(),
                                unreferenceable.eClass().getName() })));
                EPackage ePackage = object.eClass().getEPackage();
                s.setString(1, clientId);
                s.setString(2, conversationId);
                s.setString(3, extension.feature().getName());
                s.setInt(4, extension.pos());
                s.setString(5, EcoreUtil.getID(object));
                s.setString(6, ePackage == null ? null : ePackage.getNsURI());
                s.setString(7, object.eClass().getName());
                s.setString(8, xmi);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Deletes the owner's extension rows before they are written again, except rows that cannot be read now (their
     * method package is not installed): those were not shown, so they are kept. A kept row whose shadow object was
     * removed ({@code presentIds} lacks its id) goes too: the user deleted it. Returns the number of rows kept.
     */
    int deleteReplaced(Connection c, String selectSql, String ownerId, Set<String> presentIds) throws SQLException {
        List<Long> delete = new ArrayList<>();
        int kept = 0;
        try (PreparedStatement s = c.prepareStatement(selectSql)) {
            s.setString(1, ownerId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long rowId = rs.getLong(1);
                    String feature = rs.getString(2);
                    String objectId = rs.getString(3);
                    String nsUri = rs.getString(4);
                    boolean readable = nsUri != null && EPackage.Registry.INSTANCE.containsKey(nsUri)
                            && isReadable(rs.getString(5));
                    boolean shadowGone = objectId != null && isShadowed(feature) && !presentIds.contains(objectId);
                    if (readable || shadowGone) {
                        delete.add(rowId);
                    } else {
                        kept++;
                    }
                }
            }
        }
        if (delete.isEmpty()) {
            return kept;
        }
        try (PreparedStatement s = c.prepareStatement(sql.deleteExtension())) {
            for (Long rowId : delete) {
                s.setLong(1, rowId);
                s.addBatch();
            }
            s.executeBatch();
        }
        return kept;
    }

    private static boolean isShadowed(String feature) {
        return PARTICIPANTS.getName().equals(feature) || UTTERANCES.getName().equals(feature)
                || ANNOTATIONS.getName().equals(feature) || CONVERSATION_NOTES.getName().equals(feature);
    }

    private static boolean isReadable(String xmi) {
        try {
            ExtensionCodec.read(xmi);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------------------ organisation objects

    /** The feature column of an organisation object: the kind, marked so it never meets a model feature's name. */
    private static String organisationFeature(String kind) {
        return "organisation:" + kind; //$NON-NLS-1$
    }

    /** Replaces the organisation object of this kind and id (in the caller's transaction). */
    void saveOrganisationObject(Connection c, OrganisationObject object) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(sql.deleteOrganisationObject());
                PreparedStatement insert = c.prepareStatement(sql.insertExtension())) {
            delete.setString(1, organisationFeature(object.kind()));
            delete.setString(2, object.id());
            delete.executeUpdate();
            insert.setNull(1, java.sql.Types.VARCHAR);
            insert.setNull(2, java.sql.Types.VARCHAR);
            insert.setString(3, organisationFeature(object.kind()));
            insert.setInt(4, 0);
            insert.setString(5, object.id());
            insert.setNull(6, java.sql.Types.VARCHAR);
            insert.setNull(7, java.sql.Types.VARCHAR);
            insert.setString(8, object.content());
            insert.executeUpdate();
        }
    }

    /** The organisation objects of this kind, in the order {@link Sql#organisationObjects()} gives them. */
    List<OrganisationObject> organisationObjects(Connection c, String kind) throws SQLException {
        List<OrganisationObject> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.organisationObjects())) {
            ps.setString(1, organisationFeature(kind));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new OrganisationObject(kind, rs.getString(1), rs.getString(2)));
                }
            }
        }
        return out;
    }
}
