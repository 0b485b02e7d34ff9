// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.io.JsonExporter;
import nl.leefwereld.core.io.JsonWriter;
import nl.leefwereld.core.io.TranscriptImporter;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.ConversationStore;

/**
 * Exports conversations and client attributes as JSON with keyed pseudonyms, for research or sharing outside the
 * organisation:
 * <ul>
 * <li>every id (client, trajectory, conversation, utterance, …) becomes a UUID-shaped HMAC-SHA256 of the id under the
 * {@link PseudonymKey}; a client's display name becomes {@code client-} and 12 hex digits; its own pseudonym field
 * is left out;</li>
 * <li>participant, speaker, coder, author and assessor names become {@code persoon-} pseudonyms;</li>
 * <li>every other text (utterances, titles, notes, reasons, attribute values, method assessments) goes through a
 * {@link NameScrubber} that knows all clients' display names, the participants and coders, and the user's list.</li>
 * </ul>
 * The key is never written; the export names only its {@link PseudonymKey#fingerprint()}. The shape:
 * <pre>
 * { "format": "leefwereld-pseudonymised-export", "version": 1, "keyFingerprint": "…",
 *   "clients": [ as JsonExporter.writeClients, limited to the exported conversations ],
 *   "conversations": [ as JsonExporter.toJson ] }
 * </pre>
 * The store is only read. Not thread-safe; one instance per export.
 */
public final class PseudonymisedExport {

    /** The value of {@code "format"} in the export. */
    public static final String FORMAT = "leefwereld-pseudonymised-export"; //$NON-NLS-1$

    /**
     * The outcome: counts, what the scrubber replaced (holds real names: show it to the user, do not export it), and
     * per exported client (real id) the ids of its exported conversations.
     */
    public record Result(int clients, int conversations, List<NameScrubber.Replacement> replacements,
            String keyFingerprint, Map<String, List<String>> exported) {
    }

    private final PseudonymKey key;
    private final List<String> extraNames;

    /**
     * @param key        the secret key (kept apart from the export)
     * @param extraNames names and places to replace besides the known people (may be empty)
     */
    public PseudonymisedExport(PseudonymKey key, List<String> extraNames) {
        this.key = key;
        this.extraNames = List.copyOf(extraNames);
    }

    /**
     * Writes the export of the given conversations, or of all conversations when {@code conversationIds} is
     * {@code null}.
     *
     * @throws IllegalArgumentException with a localised message for an unknown conversation id
     */
    public Result write(ConversationStore store, List<String> conversationIds, Appendable out) throws IOException {
        List<Client> clients = store.listClients();
        List<String> ids = new ArrayList<>();
        if (conversationIds == null) {
            for (Client c : clients) {
                for (Trajectory t : c.getTrajectories()) {
                    for (Conversation conv : t.getConversations()) {
                        ids.add(conv.getId());
                    }
                }
            }
        } else {
            ids.addAll(new LinkedHashSet<>(conversationIds));
        }
        List<Conversation> conversations = new ArrayList<>();
        for (String id : ids) {
            Conversation c = store.loadConversation(id);
            if (c == null) {
                throw new IllegalArgumentException(NLS.bind(Messages.Export_unknownConversation, id));
            }
            conversations.add(c);
        }
        Set<String> exportedIds = new LinkedHashSet<>(ids);

        NameScrubber scrubber = new NameScrubber(key);
        for (Client c : clients) {
            // the client holding imports without a target is no person
            if (c.getAttributes().stream().noneMatch(x -> TranscriptImporter.SOURCE_ATTRIBUTE.equals(x.getName())
                    && TranscriptImporter.SOURCE_IMPORT.equals(x.getValue()))) {
                scrubber.addPerson(c.getDisplayName());
                scrubber.addPerson(c.getPseudonym());
            }
        }
        for (Conversation c : conversations) {
            for (Participant p : c.getParticipants()) {
                scrubber.addPerson(p.getName());
            }
            for (TreeIterator<EObject> it = c.eAllContents(); it.hasNext();) {
                EObject o = it.next();
                for (EAttribute a : o.eClass().getEAllAttributes()) {
                    if (isPersonName(a) && o.eGet(a) instanceof String s) {
                        scrubber.addPerson(s);
                    }
                }
            }
        }
        extraNames.forEach(scrubber::addExtra);

        // the client headers to export: those holding exported conversations, with only those conversations
        Map<String, Client> exportedClients = new LinkedHashMap<>();
        for (Client c : clients) {
            Client copy = EcoreUtil.copy(c);
            for (Iterator<Trajectory> ti = copy.getTrajectories().iterator(); ti.hasNext();) {
                Trajectory t = ti.next();
                t.getConversations().removeIf(conv -> !exportedIds.contains(conv.getId()));
                if (t.getConversations().isEmpty() && conversationIds != null) {
                    ti.remove();
                }
            }
            if (conversationIds == null || !copy.getTrajectories().isEmpty()) {
                exportedClients.put(c.getId(), copy);
            }
        }
        List<EObject> roots = new ArrayList<>(exportedClients.values());
        for (Conversation c : conversations) {
            roots.add(EcoreUtil.getRootContainer(c));
        }
        // the real ids, for the audit log, before the pseudonyms replace them
        Map<String, List<String>> exported = new LinkedHashMap<>();
        exportedClients.keySet().forEach(id -> exported.put(id, new ArrayList<>()));
        for (Conversation c : conversations) {
            if (EcoreUtil.getRootContainer(c) instanceof Client owner) {
                exported.computeIfAbsent(owner.getId(), id -> new ArrayList<>()).add(c.getId());
            }
        }
        // two passes: learn the heuristic's names from all texts, then replace
        List<Runnable> changes = new ArrayList<>();
        for (EObject root : roots) {
            collect(root, scrubber, changes);
        }
        changes.forEach(Runnable::run);

        StringBuilder clientsJson = new StringBuilder();
        new JsonExporter().writeClients(new ArrayList<>(exportedClients.values()), null, clientsJson);
        out.append("{\n  \"format\": ").append(JsonWriter.quote(FORMAT)) //$NON-NLS-1$
                .append(",\n  \"version\": 1,\n  \"keyFingerprint\": ").append(JsonWriter.quote(key.fingerprint())) //$NON-NLS-1$
                .append(",\n  \"clients\": ").append(clientsJson.toString().strip()) //$NON-NLS-1$
                .append(",\n  \"conversations\": ["); //$NON-NLS-1$
        JsonExporter exporter = new JsonExporter();
        for (int i = 0; i < conversations.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append(exporter.toJson(conversations.get(i)).strip()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.append(conversations.isEmpty() ? "]\n}\n" : "\n]\n}\n"); //$NON-NLS-1$ //$NON-NLS-2$
        return new Result(exportedClients.size(), conversations.size(), scrubber.report(), key.fingerprint(),
                exported);
    }

    /**
     * Writes the export to a file through a temporary file and an atomic move: on failure no partial export is left.
     * Once the file is there, the audit log records an export of each conversation (and of each client exported
     * without conversations).
     *
     * @throws IllegalArgumentException with a localised message when the file is the key file
     */
    public Result write(ConversationStore store, List<String> conversationIds, Path file, Path keyFile)
            throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (keyFile != null && (target.equals(keyFile.toAbsolutePath().normalize())
                || Files.exists(target) && Files.exists(keyFile) && Files.isSameFile(target, keyFile))) {
            throw new IllegalArgumentException(NLS.bind(Messages.Export_outIsKey, target));
        }
        StringBuilder b = new StringBuilder();
        Result result = write(store, conversationIds, b);
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, target.getFileName().toString(), ".tmp"); //$NON-NLS-1$
        try {
            Files.writeString(temp, b, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
        String detail = "pseudonymised " + target + " key " + result.keyFingerprint(); //$NON-NLS-1$ //$NON-NLS-2$
        result.exported().forEach((clientId, exportedIds) -> {
            if (exportedIds.isEmpty()) {
                store.audit(AuditAction.EXPORT, clientId, null, detail);
            }
            exportedIds.forEach(id -> store.audit(AuditAction.EXPORT, clientId, id, detail));
        });
        return result;
    }

    /** The UUID-shaped pseudonym of an object id. */
    public String idPseudonym(String id) {
        String h = key.hex("id", id, 32); //$NON-NLS-1$
        return h.substring(0, 8) + '-' + h.substring(8, 12) + '-' + h.substring(12, 16) + '-' + h.substring(16, 20) + '-'
                + h.substring(20, 32);
    }

    /** The pseudonym shown as a client's display name: {@code client-} and 12 hex digits of its id. */
    public String clientPseudonym(String clientId) {
        return "client-" + key.hex("client", clientId, 12); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static boolean isPersonName(EAttribute a) {
        ModelPackage m = ModelPackage.eINSTANCE;
        return a == m.getParticipant_Name() || a == m.getAnnotation_Coder() || a == m.getNote_Author()
                || a == m.getAssessment_Assessor() || a == m.getProfessional_Name();
    }

    private static boolean isKept(EAttribute a) {
        ModelPackage m = ModelPackage.eINSTANCE;
        return a == m.getAnnotation_MethodId() || a == m.getAnnotation_CodeId() || a == m.getAssessment_MethodId()
                || a == m.getConversation_Language() || a == m.getClientAttribute_Name()
                || a == m.getCodebook_MethodId() || a == m.getCode_Colour();
    }

    /** Queues the change of every string attribute of the tree and feeds free texts to the heuristic. */
    private void collect(EObject root, NameScrubber scrubber, List<Runnable> changes) {
        ModelPackage m = ModelPackage.eINSTANCE;
        List<EObject> objects = new ArrayList<>();
        objects.add(root);
        root.eAllContents().forEachRemaining(objects::add);
        for (EObject o : objects) {
            for (EAttribute a : o.eClass().getEAllAttributes()) {
                if (a.isDerived() || a.isTransient() || !a.isChangeable()
                        || a.getEAttributeType().getInstanceClass() != String.class) {
                    continue;
                }
                if (a.isMany()) {
                    @SuppressWarnings("unchecked")
                    EList<String> values = (EList<String>) o.eGet(a);
                    values.forEach(scrubber::learn);
                    changes.add(() -> values.replaceAll(scrubber::scrub));
                    continue;
                }
                String value = (String) o.eGet(a);
                if (value == null || isKept(a)) {
                    continue;
                }
                String replacement;
                if (a.isID() || a == m.getIdentified_Id()) {
                    replacement = idPseudonym(value);
                } else if (a == m.getClient_DisplayName() && o instanceof Client c) {
                    replacement = clientPseudonym(c.getId());
                } else if (a == m.getClient_Pseudonym()) {
                    replacement = null;
                } else if (isPersonName(a)) {
                    replacement = scrubber.personPseudonym(value);
                } else {
                    scrubber.learn(value);
                    changes.add(() -> o.eSet(a, scrubber.scrub(value)));
                    continue;
                }
                String r = replacement;
                changes.add(() -> o.eSet(a, r));
            }
        }
    }
}
