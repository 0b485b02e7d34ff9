// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.privacy;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.ui.navigator.NavigatorView;

/** Clients saved in the workbench's real store for the privacy view tests, and selecting them in the navigator. */
final class PrivacyTestData {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private PrivacyTestData() {
    }

    /** A client with one trajectory of this kind, started and last talked to at these times; saved. */
    static Client client(ConversationStore store, String name, String kind, Instant started, Instant lastTalk) {
        Client client = F.createClient();
        client.setId(UUID.randomUUID().toString());
        client.setDisplayName(name);
        Trajectory trajectory = F.createTrajectory();
        trajectory.setId(UUID.randomUUID().toString());
        trajectory.setTitle("Traject " + name);
        trajectory.setKind(kind);
        trajectory.setStartDate(Date.from(started));
        client.getTrajectories().add(trajectory);
        store.saveClient(client);

        Conversation conversation = F.createConversation();
        conversation.setId(UUID.randomUUID().toString());
        conversation.setTitle("Gesprek met " + name);
        conversation.setKind(ConversationKind.FOLLOW_UP);
        conversation.setDate(Date.from(lastTalk));
        trajectory.getConversations().add(conversation);
        store.saveConversation(conversation);
        return client;
    }

    static Conversation conversation(Client client) {
        return client.getTrajectories().get(0).getConversations().get(0);
    }

    /** Selects the navigator's own element (client, trajectory or conversation) with this id. */
    static void selectInNavigator(NavigatorView navigator, String id) {
        navigator.refresh();
        for (Object element : (java.util.List<?>) navigator.getViewer().getInput()) {
            Object found = find(element, id);
            if (found != null) {
                navigator.getViewer().expandAll();
                navigator.getViewer().setSelection(new StructuredSelection(found), true);
                while (Display.getCurrent().readAndDispatch()) {
                    // let the selection reach the listeners
                }
                return;
            }
        }
        throw new AssertionError("not in the navigator: " + id);
    }

    private static Object find(Object element, String id) {
        if (element instanceof Client client) {
            if (client.getId().equals(id)) {
                return client;
            }
            for (Trajectory trajectory : client.getTrajectories()) {
                if (trajectory.getId().equals(id)) {
                    return trajectory;
                }
                for (Conversation conversation : trajectory.getConversations()) {
                    if (conversation.getId().equals(id)) {
                        return conversation;
                    }
                }
            }
        }
        return null;
    }
}
