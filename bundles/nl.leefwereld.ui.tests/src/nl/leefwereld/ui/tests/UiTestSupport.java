package nl.leefwereld.ui.tests;

import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

/** What the UI tests share: running the event loop, waiting for the workbench, building conversations. */
final class UiTestSupport {

    private UiTestSupport() {
    }

    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    static void waitUntil(BooleanSupplier condition, String what) {
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
