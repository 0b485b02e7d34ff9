package nl.leefwereld.method.blanco.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;

import nl.leefwereld.method.blanco.Notebooks;
import nl.leefwereld.method.blanco.commands.Messages;
import nl.leefwereld.method.blanco.commands.NotebookCommands;
import nl.leefwereld.method.blanco.model.EntryKind;
import nl.leefwereld.method.blanco.model.ListeningNotebook;
import nl.leefwereld.method.blanco.model.NotebookEntry;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;

/** The notebook's edits on a command stack: create with the first entries, nightstand and back, undo. */
public class NotebookCommandsTest {

    @Test
    public void addCreatesTheNotebookThenNightstandAndBackAreUndoable() {
        Conversation c = ModelFactory.eINSTANCE.createConversation();
        c.setId("c1");
        BasicCommandStack stack = new BasicCommandStack();
        Date now = new Date();
        List<NotebookEntry> entries = Notebooks.entries("Hij woont sinds maart alleen. Hij is vast lui.", now);
        assertEquals(2, entries.size());
        // the first one a fact, whatever the classifier says: this test is about the commands
        entries.get(0).setKind(EntryKind.FACT);
        entries.get(0).setOnNightstand(false);
        entries.get(0).setNightstandDate(null);

        stack.execute(NotebookCommands.addEntries(c, null, entries, "Gesprek", "anna", now));
        ListeningNotebook notebook = Notebooks.find(c.getAssessments());
        assertEquals(2, notebook.getEntries().size(), "created with its first entries in one step");
        assertEquals(Messages.Command_addNotes, stack.getUndoCommand().getLabel());

        NotebookEntry fact = notebook.getEntries().get(0);
        stack.execute(NotebookCommands.moveToNightstand(List.of(fact), now));
        assertTrue(fact.isOnNightstand());
        assertEquals(EntryKind.JUDGMENT, fact.getKind());
        assertNull(NotebookCommands.moveToNightstand(List.of(fact), now), "already there: nothing to do");
        stack.execute(NotebookCommands.bringBack(List.of(fact), now));
        assertFalse(fact.isOnNightstand());
        assertEquals(now, fact.getBroughtBackDate());

        stack.undo();
        stack.undo();
        assertFalse(fact.isOnNightstand());
        assertEquals(EntryKind.FACT, fact.getKind(), "undo restores the fact");
        stack.undo();
        assertNull(Notebooks.find(c.getAssessments()), "and the notebook goes with its first entries");
        assertNull(NotebookCommands.addEntries(c, null, List.of(), "Gesprek", "anna", now));
    }
}
