// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.method.blanco.FilmExtractor;
import nl.leefwereld.method.blanco.Notebooks;
import nl.leefwereld.method.blanco.commands.FilmCommands;
import nl.leefwereld.method.blanco.commands.Messages;
import nl.leefwereld.method.blanco.commands.NotebookCommands;
import nl.leefwereld.method.blanco.model.BlancoFactory;
import nl.leefwereld.method.blanco.model.EntryKind;
import nl.leefwereld.method.blanco.model.FilmEvent;
import nl.leefwereld.method.blanco.model.LifeFilm;
import nl.leefwereld.method.blanco.model.ListeningNotebook;
import nl.leefwereld.method.blanco.model.NetworkPerson;
import nl.leefwereld.method.blanco.model.NotebookEntry;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;

/** The notebook's and the film's edits on a command stack: do, undo, their names, nothing when nothing changes. */
public class BlancoCommandsTest {

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
        ListeningNotebook notebook = Assessments.latest(c, ListeningNotebook.class);
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
        assertNull(Assessments.latest(c, ListeningNotebook.class), "and the notebook goes with its first entries");
        assertNull(NotebookCommands.addEntries(c, null, List.of(), "Gesprek", "anna", now));
    }

    @Test
    public void filmIsCreatedWithSuggestionsPeopleMoveAndAreRemovedUndoably() {
        Client client = ModelFactory.eINSTANCE.createClient();
        client.setId("k1");
        BasicCommandStack stack = new BasicCommandStack();
        NetworkPerson sister = BlancoFactory.eINSTANCE.createNetworkPerson();
        sister.setId("p1");
        sister.setName("zus");
        sister.setCloseness(2);
        FilmEvent move = BlancoFactory.eINSTANCE.createFilmEvent();
        move.setId("e1");
        move.setWhat("verhuisd");
        stack.execute(FilmCommands.addSuggestions(client, null,
                new FilmExtractor.Suggestions(List.of(move), List.of(sister)), "anna", new Date()));
        LifeFilm film = Assessments.latest(client, LifeFilm.class);
        assertEquals(List.of(sister), film.getPeople());
        assertEquals(Messages.Command_filmSuggestions, stack.getUndoCommand().getLabel());

        stack.execute(FilmCommands.closeness(List.of(sister), -1));
        assertEquals(1, sister.getCloseness());
        stack.execute(FilmCommands.toggleSupport(List.of(sister)));
        assertTrue(sister.isSupport());
        stack.execute(FilmCommands.delete(film, List.of(move), List.of(sister)));
        assertTrue(film.getPeople().isEmpty() && film.getEvents().isEmpty());
        stack.undo();
        assertEquals(List.of(sister), film.getPeople());
        assertEquals(List.of(move), film.getEvents());
        stack.undo();
        stack.undo();
        assertEquals(2, sister.getCloseness());
        assertFalse(sister.isSupport());
        assertNull(FilmCommands.delete(film, List.of(), List.of()));
    }
}
