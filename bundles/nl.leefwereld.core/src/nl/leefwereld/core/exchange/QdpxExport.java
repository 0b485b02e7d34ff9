// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.method.MethodDescriptor;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.core.privacy.ExportAudit;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.Codebook;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;

/**
 * Exports a selection of the store as a REFI-QDA project: {@code all}, client ids (all their conversations) and
 * conversation ids, in that order without duplicates. Every exported conversation is recorded in the audit log
 * ({@code qdpx <file>}); the file is owner-only.
 */
public final class QdpxExport {

    /** The word that selects everything. */
    public static final String ALL = "all"; //$NON-NLS-1$

    private final ConversationStore store;
    private final Map<String, Codebook> codebooks;

    public QdpxExport(ConversationStore store, Map<String, Codebook> codebooks) {
        this.store = store;
        this.codebooks = Map.copyOf(codebooks);
    }

    /** The codebooks of the installed methods by method id (a method whose codebook cannot be read is left out). */
    public static Map<String, Codebook> installedCodebooks(IExtensionRegistry registry) {
        Map<String, Codebook> result = new LinkedHashMap<>();
        if (registry == null) {
            return result;
        }
        for (MethodDescriptor m : new MethodRegistry(registry).methods()) {
            try {
                Codebook book = m.loadCodebook();
                if (book != null) {
                    result.put(m.id(), book);
                }
            } catch (IOException | RuntimeException e) {
                // a method without a readable codebook: its codes are written by id
            }
        }
        return result;
    }

    /**
     * The conversations selected, fully loaded.
     *
     * @throws IllegalArgumentException naming an id that is neither a client nor a conversation
     */
    public List<Conversation> select(List<String> selection) {
        List<Client> clients = store.listClients();
        Map<String, Client> byId = new LinkedHashMap<>();
        clients.forEach(c -> byId.put(c.getId(), c));
        List<String> ids = new ArrayList<>();
        for (String s : selection) {
            if (ALL.equals(s)) {
                for (Client c : clients) {
                    addAll(c, ids);
                }
            } else if (byId.containsKey(s)) {
                addAll(byId.get(s), ids);
            } else if (!ids.contains(s)) {
                ids.add(s);
            }
        }
        List<Conversation> result = new ArrayList<>();
        for (String id : ids) {
            Conversation c = store.loadConversation(id);
            if (c == null) {
                throw new IllegalArgumentException(NLS.bind(Messages.Export_unknownId, id));
            }
            Trajectory t = c.getTrajectory();
            Client header = t == null ? null : t.getClient();
            Client full = header == null ? null : byId.get(header.getId());
            if (header != null && full != null && header.getAttributes().isEmpty() && !full.getAttributes().isEmpty()) {
                for (ClientAttribute a : full.getAttributes()) {
                    header.getAttributes().add(EcoreUtil.copy(a));
                }
            }
            result.add(c);
        }
        return result;
    }

    private static void addAll(Client client, List<String> ids) {
        for (Trajectory t : client.getTrajectories()) {
            for (Conversation c : t.getConversations()) {
                if (!ids.contains(c.getId())) {
                    ids.add(c.getId());
                }
            }
        }
    }

    /** Writes the selection to {@code file} (owner-only) and records every conversation in the audit log. */
    public QdpxWriter.Summary export(List<String> selection, Path file) throws IOException {
        List<Conversation> conversations = select(selection);
        Map<String, Client> clients = new LinkedHashMap<>();
        for (Conversation c : conversations) {
            Client client = c.getTrajectory() == null ? null : c.getTrajectory().getClient();
            if (client != null) {
                // one Case per client even though every conversation carries its own header copy
                Client first = clients.putIfAbsent(client.getId(), client);
                if (first != null && first != client) {
                    c.getTrajectory().getClient().getTrajectories().remove(c.getTrajectory());
                    Trajectory own = c.getTrajectory();
                    first.getTrajectories().add(own);
                }
            }
        }
        String name = file.getFileName().toString().replaceFirst("\\.qdpx$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        QdpxWriter.Summary summary = new QdpxWriter(codebooks, store.codebooks()).write(conversations, name, file.toAbsolutePath());
        for (Conversation c : conversations) {
            ExportAudit.record(store, c, "qdpx " + file.toAbsolutePath()); //$NON-NLS-1$
        }
        return summary;
    }
}
