// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.privacy;

import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.ConversationStore;

/** The audit record of a conversation leaving the store: an export, a report, a copy. */
public final class ExportAudit {

    private ExportAudit() {
    }

    /**
     * Records that this conversation (of the client it was loaded with) left the store, with what and where, e.g.
     * {@code json /home/sanne/gesprek.json}.
     */
    public static void record(ConversationStore store, Conversation conversation, String detail) {
        String clientId = EcoreUtil.getRootContainer(conversation) instanceof Client client ? client.getId() : null;
        store.audit(AuditAction.EXPORT, clientId, conversation.getId(), detail);
    }
}
