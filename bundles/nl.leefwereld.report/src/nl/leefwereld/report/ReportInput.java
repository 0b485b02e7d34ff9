// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;

/**
 * What a report is about: one conversation (fully loaded, e.g. the one in the editor with its unsaved edits), or a
 * client, with the store to load the rest from.
 *
 * @param conversation the conversation, or {@code null} for a report about a client
 * @param options the values of the options the report declares in {@code plugin.xml} (e.g. a file), by name
 * @param client the client (of the conversation, when one is given: then a header copy holding only its trajectory)
 */
public record ReportInput(ConversationStore store, Conversation conversation, Client client, Map<String, String> options) {

    public ReportInput {
        options = Map.copyOf(options);
    }

    /** Without options. */
    public ReportInput(ConversationStore store, Conversation conversation, Client client) {
        this(store, conversation, client, Map.of());
    }

    /** A report about every client in the database (subject {@code all}). */
    public static ReportInput ofAll(ConversationStore store) {
        return new ReportInput(store, null, null);
    }

    /** The same input with these options (e.g. {@code population} = a file), as the report declares them. */
    public ReportInput with(Map<String, String> newOptions) {
        return new ReportInput(store, conversation, client, newOptions);
    }

    /** The value of an option the report declares, or {@code null}. */
    public String option(String name) {
        return options.get(name);
    }

    /** A report about this conversation (and its client, when it was loaded with one). */
    public static ReportInput of(ConversationStore store, Conversation conversation) {
        Client client = EcoreUtil.getRootContainer(conversation) instanceof Client c ? c : null;
        return new ReportInput(store, conversation, client);
    }

    /** A report about this client. */
    public static ReportInput ofClient(ConversationStore store, Client client) {
        return new ReportInput(store, null, client);
    }

    /** The id of the client, or {@code null}. */
    public String clientId() {
        return client == null ? null : client.getId();
    }

    /**
     * The client as the store has it (attributes, consents, notes, assessments and every trajectory with its
     * conversation headers), or the given one when the store does not know it; {@code null} without a client.
     */
    public Client loadedClient() {
        if (client == null) {
            return null;
        }
        Client full = store == null ? null : store.loadClient(client.getId());
        return full == null ? client : full;
    }

    /** The client's name for a report's title: its display name, else its id. */
    public String clientName() {
        if (client == null) {
            return ""; //$NON-NLS-1$
        }
        return client.getDisplayName() == null || client.getDisplayName().isBlank() ? client.getId() : client.getDisplayName();
    }

    /**
     * Every conversation of the client, fully loaded from the store, by date (undated last); the given conversation
     * stands in for its stored copy (so unsaved edits count). Without a client, the given conversation alone.
     */
    public List<Conversation> conversations() {
        List<Conversation> result = new ArrayList<>();
        if (client == null) {
            if (conversation != null) {
                result.add(conversation);
            }
            return result;
        }
        for (Trajectory t : loadedClient().getTrajectories()) {
            for (Conversation header : t.getConversations()) {
                if (conversation != null && header.getId().equals(conversation.getId())) {
                    result.add(conversation);
                    continue;
                }
                Conversation loaded = store == null ? null : store.loadConversation(header.getId());
                result.add(loaded == null ? header : loaded);
            }
        }
        result.sort(Comparator.comparing(Conversation::getDate, Comparator.nullsLast(Comparator.<Date>naturalOrder())));
        return result;
    }
}
