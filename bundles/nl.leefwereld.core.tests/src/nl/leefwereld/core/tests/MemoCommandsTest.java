// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.commands.ConversationCommands;
import nl.leefwereld.core.commands.MemoCommands;
import nl.leefwereld.core.commands.MemoCommands.Target;
import nl.leefwereld.core.commands.Messages;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;

/** The memo rules the Memo's view and {@code leefwereld memo} share. */
public class MemoCommandsTest {

    private static Conversation conversation() {
        return new TranscriptParser().parse("""
                Klantmanager: Hoe gaat het?
                Sanne: Ik wil stoppen met drinken.
                """).conversation();
    }

    @Test
    public void memosOnEveryKindOfTargetAddEditAndRemoveUndoably() {
        Conversation c = conversation();
        Utterance u = c.getUtterances().get(1);
        Date now = new Date(1_700_000_000_000L);
        BasicCommandStack stack = new BasicCommandStack();
        Memo onConversation = MemoCommands.create("Indruk", "Open gesprek", "Anne", now);
        Memo onUtterance = MemoCommands.on(MemoCommands.create(null, "Eerste verandertaal\nmeer", "Anne", now), u, -1,
                -1);
        Memo onSpan = MemoCommands.on(MemoCommands.create(null, "Let op", "Anne", now), u, 7, 14);
        Memo onCode = MemoCommands.onCode(MemoCommands.create(null, "CT vaak", "Anne", now), "mi", "CT");
        for (Memo m : List.of(onConversation, onUtterance, onSpan, onCode)) {
            stack.execute(MemoCommands.add(c, m));
        }
        assertEquals(4, c.getMemos().size());
        assertEquals(Messages.Command_addMemo, stack.getUndoCommand().getLabel());
        assertEquals(Target.CONVERSATION, MemoCommands.targetOf(onConversation));
        assertEquals(Target.UTTERANCE, MemoCommands.targetOf(onUtterance));
        assertEquals(Target.SPAN, MemoCommands.targetOf(onSpan));
        assertEquals(Target.CODE, MemoCommands.targetOf(onCode));
        assertEquals("stoppen", MemoCommands.spanText(onSpan));
        assertEquals(NLS.bind(Messages.Memo_targetUtterance, 2), MemoCommands.describeTarget(onUtterance));
        assertEquals("Eerste verandertaal", MemoCommands.titleOf(onUtterance));
        assertEquals(List.of(onUtterance, onSpan), MemoCommands.memosOf(c, u));

        Date later = new Date(now.getTime() + 60_000);
        stack.execute(MemoCommands.edit(onConversation, "Indruk", "Open en warm gesprek", later));
        assertEquals("Open en warm gesprek", onConversation.getText());
        assertEquals(later, onConversation.getModified());
        assertEquals(now, onConversation.getCreated());
        assertNull(MemoCommands.edit(onConversation, "Indruk", "Open en warm gesprek ", later), "nothing changed");
        stack.undo();
        assertEquals("Open gesprek", onConversation.getText());
        assertEquals(now, onConversation.getModified());

        stack.execute(MemoCommands.remove(onSpan));
        assertEquals(3, c.getMemos().size());
        stack.undo();
        assertEquals(onSpan, c.getMemos().get(2));

        Client client = ModelFactory.eINSTANCE.createClient();
        Memo onClient = MemoCommands.create("Achtergrond", "Woont alleen", "Anne", now);
        stack.execute(MemoCommands.add(client, onClient));
        assertEquals(Target.CLIENT, MemoCommands.targetOf(onClient));
    }

    @Test
    public void badMemosAreRefusedNamingTheProblem() {
        Conversation c = conversation();
        Utterance u = c.getUtterances().get(1);
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> MemoCommands.create("Titel", "  ", "Anne", new Date()));
        assertEquals(Messages.Memo_emptyText, empty.getMessage());
        IllegalArgumentException span = assertThrows(IllegalArgumentException.class,
                () -> MemoCommands.on(MemoCommands.create(null, "x", "Anne", new Date()), u, 5, 500));
        assertTrue(span.getMessage().contains(u.getId()) && span.getMessage().contains("500"), span.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> MemoCommands.onCode(MemoCommands.create(null, "x", "Anne", new Date()), "mi", " "));
        Memo foreign = MemoCommands.on(MemoCommands.create(null, "x", "Anne", new Date()),
                conversation().getUtterances().get(0), -1, -1);
        assertThrows(IllegalArgumentException.class, () -> MemoCommands.add(c, foreign));
        assertThrows(IllegalArgumentException.class,
                () -> MemoCommands.edit(MemoCommands.create(null, "x", "Anne", new Date()), null, "", new Date()));
    }

    @Test
    public void aMemoOnADeletedUtteranceMovesToTheConversationMarkedNeverLost(@TempDir Path dir) {
        String id;
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation c = Fixtures.save(store, Fixtures.trajectory("Sanne", "Werk", null), """
                    Klantmanager: Hoe gaat het?
                    Sanne: Ik wil stoppen met drinken.
                    Klantmanager: Wat helpt u daarbij?
                    """);
            Utterance second = c.getUtterances().get(1);
            Date now = new Date(1_700_000_000_000L);
            c.getMemos().add(MemoCommands.on(MemoCommands.create(null, "Eerste verandertaal", "Anne", now), second,
                    -1, -1));
            c.getMemos().add(MemoCommands.on(MemoCommands.create("Doel", "Eigen woorden", "Anne", now), second, 7,
                    14));
            c.getMemos().add(MemoCommands.on(MemoCommands.create(null, "Goede vraag", "Anne", now),
                    c.getUtterances().get(2), -1, -1));
            store.saveConversation(c);
            id = c.getId();
        }
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation c = store.loadConversation(id);
            Utterance second = c.getUtterances().get(1);
            Memo onUtterance = c.getMemos().get(0);
            Memo onSpan = c.getMemos().get(1);
            String spanTarget = MemoCommands.describeTarget(onSpan);
            assertTrue(spanTarget.contains("stoppen"), spanTarget);
            BasicCommandStack stack = new BasicCommandStack();
            stack.execute(ConversationCommands.removeUtterances(c, List.of(second)));
            assertEquals(2, c.getUtterances().size());
            assertEquals(3, c.getMemos().size(), "no memo is lost with its utterance");
            assertEquals(Target.CONVERSATION, MemoCommands.targetOf(onUtterance));
            assertEquals(Target.CONVERSATION, MemoCommands.targetOf(onSpan));
            assertEquals("Eerste verandertaal\n\n" + NLS.bind(Messages.Memo_utteranceDeleted,
                    NLS.bind(Messages.Memo_targetUtterance, 2)), onUtterance.getText());
            assertTrue(onSpan.getText().startsWith("Eigen woorden\n\n")
                    && onSpan.getText().endsWith(NLS.bind(Messages.Memo_utteranceDeleted, spanTarget)),
                    "the marker names the utterance and the span's words: " + onSpan.getText());
            assertEquals(-1, onSpan.getSpanStart());
            assertEquals(Target.UTTERANCE, MemoCommands.targetOf(c.getMemos().get(2)), "other memos stay");
            assertEquals(NLS.bind(Messages.Memo_targetUtterance, 2), MemoCommands.describeTarget(c.getMemos().get(2)),
                    "now the second utterance");

            stack.undo();
            assertEquals(3, c.getUtterances().size());
            assertEquals(second, onSpan.getUtterance());
            assertEquals(7, onSpan.getSpanStart());
            assertEquals("Eigen woorden", onSpan.getText());
            stack.redo();
            store.saveConversation(c);
        }
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation c = store.loadConversation(id);
            assertEquals(3, c.getMemos().size());
            assertEquals(2, c.getMemos().stream().filter(m -> m.getUtterance() == null
                    && m.getText().contains(NLS.bind(Messages.Memo_targetUtterance, 2))).count(),
                    "stored on the conversation with their marker");
        }
    }
}
