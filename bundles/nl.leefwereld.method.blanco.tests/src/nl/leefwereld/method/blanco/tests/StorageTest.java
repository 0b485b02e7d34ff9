// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.method.blanco.ClientAssessments;
import nl.leefwereld.method.blanco.FilmExtractor;
import nl.leefwereld.method.blanco.Films;
import nl.leefwereld.method.blanco.Notebooks;
import nl.leefwereld.method.blanco.model.EntryKind;
import nl.leefwereld.method.blanco.model.LifeFilm;
import nl.leefwereld.method.blanco.model.ListeningNotebook;
import nl.leefwereld.method.blanco.model.NotebookEntry;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

/** Notebooks (per conversation and per client) and the film, through a real embedded Derby store. */
public class StorageTest {

    @TempDir
    Path dir;

    private static final String NOTES = """
            Mevrouw kwam om 10.15 uur binnen. Ze heeft twee kinderen van 7 en 11.
            Ik denk dat ze haar schulden verzwijgt. Mevrouw is ongemotiveerd.
            Haar zus Anja komt elke zaterdag.""";

    @Test
    public void notebooksWithTheirNightstandAndTheFilmSurviveTheStore() throws Exception {
        Client client = BlancoTestData.client("Karin", BlancoTestData.EARLY_OPINION);
        Conversation conversation = client.getTrajectories().get(0).getConversations().get(0);
        Date monday = new Date(1_763_370_000_000L);
        Date friday = new Date(1_763_715_600_000L);

        ListeningNotebook perConversation = Notebooks.create("Welkomstgesprek", "klantmanager", monday);
        perConversation.getEntries().addAll(Notebooks.entries(NOTES, monday));
        conversation.getAssessments().add(perConversation);
        assertEquals(List.of(EntryKind.FACT, EntryKind.FACT, EntryKind.JUDGMENT, EntryKind.JUDGMENT, EntryKind.FACT),
                perConversation.getEntries().stream().map(NotebookEntry::getKind).toList());
        assertEquals(2, Notebooks.nightstand(perConversation).size());
        Notebooks.bringBack(perConversation.getEntries().get(2), friday);
        Notebooks.moveToNightstand(perConversation.getEntries().get(1), friday);

        ListeningNotebook perClient = Notebooks.create("Karin", "klantmanager", monday);
        perClient.getEntries().addAll(Notebooks.entries("Karin zegt: \"Ik ben nooit ziek.\" Ze is zielig.", monday));
        perClient.getEntries().get(0).setQuote("Ik ben nooit ziek.");
        client.getAssessments().add(perClient);
        LifeFilm film = Films.create("klantmanager", monday);
        FilmExtractor.Suggestions s = new FilmExtractor().extract(List.of(BlancoTestData.parse(BlancoTestData.BLANCO)));
        film.getEvents().addAll(s.events());
        film.getPeople().addAll(s.people());
        client.getAssessments().add(film);

        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            store.saveClient(client);
            store.saveConversation(conversation);
        }
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation loaded = store.loadConversation(conversation.getId());
            ListeningNotebook n = Assessments.latest(loaded, ListeningNotebook.class);
            assertNotNull(n, "the notebook is back as its own class");
            assertEquals("Welkomstgesprek", n.getTitle());
            assertEquals(5, n.getEntries().size());
            NotebookEntry broughtBack = n.getEntries().get(2);
            assertEquals("Ik denk dat ze haar schulden verzwijgt.", broughtBack.getText());
            assertFalse(broughtBack.isOnNightstand());
            assertEquals(EntryKind.JUDGMENT, broughtBack.getKind(), "brought back, still a judgment");
            assertEquals(monday, broughtBack.getNightstandDate());
            assertEquals(friday, broughtBack.getBroughtBackDate());
            assertTrue(broughtBack.getReason().contains("Ik denk dat"), broughtBack.getReason());
            NotebookEntry moved = n.getEntries().get(1);
            assertTrue(moved.isOnNightstand());
            assertEquals(friday, moved.getNightstandDate());
            assertNull(moved.getBroughtBackDate());
            assertEquals(List.of("Ik denk dat ze haar schulden verzwijgt.", "Haar zus Anja komt elke zaterdag."),
                    Notebooks.open(n).subList(1, 3).stream().map(NotebookEntry::getText).toList());

            Client loadedClient = store.loadClient(client.getId());
            ListeningNotebook c = Assessments.latest(loadedClient, ListeningNotebook.class);
            assertEquals(List.of(EntryKind.FACT, EntryKind.JUDGMENT), c.getEntries().stream().map(NotebookEntry::getKind).toList());
            assertEquals("Ik ben nooit ziek.", c.getEntries().get(0).getQuote());
            LifeFilm f = Assessments.latest(loadedClient, LifeFilm.class);
            assertEquals(3, f.getEvents().size());
            assertEquals(List.of("Lisa", "Kees", "buurvrouw", "huisarts", "vrijwilliger"),
                    f.getPeople().stream().map(p -> p.getName()).toList());
            assertEquals(Films.CLOSEST, f.getPeople().get(0).getCloseness());
            assertEquals(Integer.valueOf(2019), Films.year(Films.timeline(f).get(0)));
        }
    }

    @Test
    public void twoCopiesOfAClientSaveTheirOwnAssessmentWithoutUndoingEachOther() {
        Client client = BlancoTestData.client("Karin");
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            store.saveClient(client);
            Client notebookCopy = store.loadClient(client.getId());
            Client filmCopy = store.loadClient(client.getId());

            ListeningNotebook notebook = Notebooks.create("Karin", "klantmanager", new Date());
            notebook.getEntries().addAll(Notebooks.entries("Karin werkt drie ochtenden.", new Date()));
            notebookCopy.getAssessments().add(notebook);
            assertTrue(ClientAssessments.save(store, client.getId(), notebook));

            LifeFilm film = Films.create("klantmanager", new Date());
            film.getPeople().add(Films.person("Anja", "zus", "familie", 1, true));
            filmCopy.getAssessments().add(film);
            assertTrue(ClientAssessments.save(store, client.getId(), film));
            // A second save of the same notebook replaces it, it does not add another.
            notebook.getEntries().addAll(Notebooks.entries("Ze is lastig.", new Date()));
            assertTrue(ClientAssessments.save(store, client.getId(), notebook));

            Client loaded = store.loadClient(client.getId());
            assertEquals(2, loaded.getAssessments().size(), loaded.getAssessments().toString());
            assertEquals(2, Assessments.latest(loaded, ListeningNotebook.class).getEntries().size());
            assertEquals("Anja", Assessments.latest(loaded, LifeFilm.class).getPeople().get(0).getName());
            assertFalse(ClientAssessments.save(store, "bestaat-niet", film));
        }
    }
}
