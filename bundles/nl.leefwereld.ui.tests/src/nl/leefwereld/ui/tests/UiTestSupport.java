// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.ui.WorkbenchStore;

/**
 * What the UI tests share: running the event loop, waiting for the workbench, finding controls, building
 * conversations.
 */
public final class UiTestSupport {

    private UiTestSupport() {
    }

    public static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    public static void waitUntil(BooleanSupplier condition, String what) {
        long end = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            if (!Display.getCurrent().readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        processEvents();
    }

    /** All controls of this type under {@code root}, depth first, in the order they were made. */
    public static <T extends Control> List<T> controls(Composite root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control c : root.getChildren()) {
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
            if (c instanceof Composite composite) {
                found.addAll(controls(composite, type));
            }
        }
        return found;
    }

    /** A new client with one trajectory and an empty conversation with this title, saved in the open store. */
    public static Conversation savedConversation(WorkbenchStore store, String clientName, String title) {
        Client client = ModelFactory.eINSTANCE.createClient();
        client.setId(UUID.randomUUID().toString());
        client.setDisplayName(clientName);
        Trajectory trajectory = ModelFactory.eINSTANCE.createTrajectory();
        trajectory.setId(UUID.randomUUID().toString());
        client.getTrajectories().add(trajectory);
        store.store().saveClient(client);
        Conversation conversation = ModelFactory.eINSTANCE.createConversation();
        conversation.setId(UUID.randomUUID().toString());
        conversation.setTitle(title);
        trajectory.getConversations().add(conversation);
        store.store().saveConversation(conversation);
        return conversation;
    }

    static Participant participant(Conversation c, String name, ParticipantRole role) {
        Participant p = ModelFactory.eINSTANCE.createParticipant();
        p.setId(UUID.randomUUID().toString());
        p.setName(name);
        p.setRole(role);
        c.getParticipants().add(p);
        return p;
    }

    static Utterance utterance(Conversation c, Participant speaker, Long startMillis, String text) {
        Utterance u = ModelFactory.eINSTANCE.createUtterance();
        u.setId(UUID.randomUUID().toString());
        u.setSpeaker(speaker);
        u.setStartMillis(startMillis);
        u.setText(text);
        c.getUtterances().add(u);
        return u;
    }
}
