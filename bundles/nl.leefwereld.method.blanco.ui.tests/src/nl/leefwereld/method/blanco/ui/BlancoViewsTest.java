// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.ui;

import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static nl.leefwereld.testsupport.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.method.blanco.Notebooks;
import nl.leefwereld.method.blanco.model.EntryKind;
import nl.leefwereld.method.blanco.model.LifeFilm;
import nl.leefwereld.method.blanco.model.ListeningNotebook;
import nl.leefwereld.method.blanco.model.NetworkPerson;
import nl.leefwereld.method.blanco.model.NotebookEntry;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;
import nl.leefwereld.ui.navigator.NavigatorView;

/** The notebook and film views in the real workbench, following the editor and the navigator. */
public class BlancoViewsTest {

    private static final String HOME_VISIT = """
            # Titel: Huisbezoek meneer De Vries
            # Soort: huisbezoek
            # Professional: Consulent
            # Client: Henk
            Consulent: Goedemiddag meneer De Vries. Vertelt u eens, sinds wanneer woont u hier?
            Henk: Ik woon hier sinds 2021, na de scheiding ben ik uit Apeldoorn hierheen verhuisd.
            Consulent: Wie zijn er belangrijk voor u?
            Henk: Mijn dochter Lisa belt elke dag, zij is mijn steun en toeverlaat.
            Henk: Mijn broer Kees zie ik nooit meer, we hebben ruzie gehad over de erfenis.
            Henk: De buurvrouw doet de boodschappen als mijn rug opspeelt.
            Henk: In 2019 ben ik ontslagen bij de drukkerij na een reorganisatie.
            """;

    private static final String NOTES = "Meneer woont sinds 2021 in Deventer. Hij is waarschijnlijk eenzaam.\n"
            + "Zijn dochter Lisa belt elke dag. Meneer is een lastige klant.";

    private IWorkbenchPage page;
    private WorkbenchStore store;
    private Client client;
    private Conversation conversation;

    @BeforeEach
    void setUp() {
        page = page();
        store = openStore();
        client = ModelFactory.eINSTANCE.createClient();
        client.setId(UUID.randomUUID().toString());
        client.setDisplayName("Henk de Vries " + client.getId().substring(0, 4));
        Trajectory t = ModelFactory.eINSTANCE.createTrajectory();
        t.setId(UUID.randomUUID().toString());
        t.setTitle("Wmo");
        client.getTrajectories().add(t);
        store.store().saveClient(client);
        conversation = new TranscriptParser().parse(HOME_VISIT.getBytes(StandardCharsets.UTF_8)).conversation();
        if (conversation.getId() == null) {
            conversation.setId(UUID.randomUUID().toString());
        }
        t.getConversations().add(conversation);
        store.store().saveConversation(conversation);
        store.fireChanged();
        processEvents();
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        processEvents();
    }

    private ConversationEditor openEditor() throws Exception {
        ConversationEditor editor = (ConversationEditor) page.openEditor(
                new ConversationEditorInput(conversation.getId(), conversation.getTitle()), ConversationEditor.ID);
        processEvents();
        return editor;
    }

    private static List<String> column(TableViewer viewer, int column) {
        return Arrays.stream(viewer.getTable().getItems()).map((TableItem i) -> i.getText(column)).toList();
    }

    @Test
    void notebookOfTheActiveConversationSeparatesFactsFromJudgmentsWithUndoAndSave() throws Exception {
        NotebookView view = (NotebookView) page.showView(NotebookView.ID);
        ConversationEditor editor = openEditor();
        page.activate(editor);
        processEvents();
        assertSame(editor.getConversation(), view.getOwner(), "the view follows the active editor");
        assertTrue(view.getSubjectText().contains("Huisbezoek meneer De Vries"), view.getSubjectText());
        assertNull(view.getNotebook());

        view.addNotes(NOTES);
        processEvents();
        assertEquals(List.of("Meneer woont sinds 2021 in Deventer.", "Zijn dochter Lisa belt elke dag."),
                column(view.getFactsViewer(), 1));
        assertEquals(List.of("Hij is waarschijnlijk eenzaam.", "Meneer is een lastige klant."),
                column(view.getNightstandViewer(), 1));
        assertTrue(column(view.getNightstandViewer(), 2).get(1).contains("'lastige'"), "the reason is shown");
        assertTrue(editor.isDirty(), "a change of the conversation, through its command stack");

        // The professional chooses to interpret one judgment: back in the notebook, still a judgment.
        ListeningNotebook notebook = view.getNotebook();
        NotebookEntry eenzaam = Notebooks.nightstand(notebook).get(0);
        view.bringBack(List.of(eenzaam));
        processEvents();
        assertEquals(1, view.getNightstandViewer().getTable().getItemCount());
        assertEquals(3, view.getFactsViewer().getTable().getItemCount());
        assertEquals(EntryKind.JUDGMENT, eenzaam.getKind());
        assertNotNull(eenzaam.getBroughtBackDate());
        // And moves a fact to the nightstand after all.
        NotebookEntry lisa = Notebooks.open(notebook).stream().filter(e -> e.getText().contains("Lisa")).findFirst().orElseThrow();
        view.moveToNightstand(List.of(lisa));
        processEvents();
        assertEquals(2, view.getNightstandViewer().getTable().getItemCount());
        editor.getCommandStack().undo();
        processEvents();
        assertEquals(1, view.getNightstandViewer().getTable().getItemCount(), "undo through the editor");
        assertFalse(lisa.isOnNightstand());

        editor.doSave(null);
        processEvents();
        ListeningNotebook stored = Assessments.latest(store.store().loadConversation(conversation.getId()), ListeningNotebook.class);
        assertNotNull(stored, "saved with the conversation");
        assertEquals(4, stored.getEntries().size());
        assertEquals(1, Notebooks.nightstand(stored).size());
        assertNotNull(stored.getEntries().get(1).getBroughtBackDate());

        // Utterances selected in the transcript: the client's words are facts about him, quoted; the professional's
        // own sentences are classified.
        List<Utterance> utterances = editor.getConversation().getUtterances();
        Utterance kees = utterances.stream().filter(u -> u.getText().contains("Kees")).findFirst().orElseThrow();
        editor.getUtterancesViewer().setSelection(new StructuredSelection(kees));
        view.addUtterances(List.of(kees, utterances.get(0)));
        processEvents();
        List<String> quotes = column(view.getFactsViewer(), 4);
        assertTrue(quotes.contains("Henk: " + kees.getText()), quotes.toString());
        assertEquals(6, view.getFactsViewer().getTable().getItemCount(),
                "Kees (client, with 'nooit') and the professional's two factual sentences are facts");
        assertTrue(editor.isDirty());
    }

    @Test
    void ctrlEnterInTheNotesFieldAddsTheNotesThroughTheEditorsCommandStack() throws Exception {
        ConversationEditor editor = openEditor();
        NotebookView view = (NotebookView) nl.leefwereld.testsupport.ui.UiTestSupport.showViewFromMenu(NotebookView.ID);
        assertNotNull(view, "Luisterschrift from Venster > Weergave tonen");
        processEvents();
        assertSame(editor.getConversation(), view.getOwner(), "the view follows the editor");
        org.eclipse.swt.widgets.Text input = view.getInput();
        input.setFocus();
        input.setText("Meneer woont sinds 2021 in Deventer.");
        org.eclipse.swt.widgets.Event plainEnter = new org.eclipse.swt.widgets.Event();
        plainEnter.keyCode = org.eclipse.swt.SWT.CR;
        plainEnter.character = '\r';
        input.notifyListeners(org.eclipse.swt.SWT.KeyDown, plainEnter);
        processEvents();
        assertEquals(0, view.getFactsViewer().getTable().getItemCount(), "Enter alone adds nothing (a new line)");

        org.eclipse.swt.widgets.Event ctrlEnter = new org.eclipse.swt.widgets.Event();
        ctrlEnter.keyCode = org.eclipse.swt.SWT.CR;
        ctrlEnter.character = '\r';
        ctrlEnter.stateMask = org.eclipse.swt.SWT.MOD1;
        input.notifyListeners(org.eclipse.swt.SWT.KeyDown, ctrlEnter);
        processEvents();
        assertFalse(ctrlEnter.doit, "no new line is typed");
        assertEquals(List.of("Meneer woont sinds 2021 in Deventer."), column(view.getFactsViewer(), 1));
        assertEquals("", input.getText(), "the field is empty for the next notes");
        assertTrue(editor.isDirty(), "a change of the conversation");
        editor.getCommandStack().undo();
        processEvents();
        assertEquals(0, view.getFactsViewer().getTable().getItemCount(), "undone through the editor");
    }

    @Test
    void notebookOfTheClientSelectedInTheNavigatorIsSavedWithTheClient() throws Exception {
        NotebookView view = (NotebookView) page.showView(NotebookView.ID);
        selectInNavigator();
        waitUntil(() -> view.getOwner() instanceof Client c && c.getId().equals(client.getId()), "the client is shown");
        assertTrue(view.getSubjectText().contains(client.getDisplayName()), view.getSubjectText());
        view.addNotes("Meneer is ongemotiveerd. Meneer heeft een afspraak bij de huisarts op 14 oktober.");
        processEvents();
        assertEquals(1, view.getFactsViewer().getTable().getItemCount());
        ListeningNotebook stored = Assessments.latest(store.store().loadClient(client.getId()), ListeningNotebook.class);
        assertNotNull(stored, "saved at once with the client");
        assertEquals(List.of(EntryKind.JUDGMENT, EntryKind.FACT), stored.getEntries().stream().map(NotebookEntry::getKind).toList());
        assertTrue(stored.getEntries().get(0).isOnNightstand());
    }

    @Test
    void filmViewShowsTimelineAndNetworkOfTheEditorsClient() throws Exception {
        FilmView view = (FilmView) page.showView(FilmView.ID);
        ConversationEditor editor = openEditor();
        page.activate(editor);
        processEvents();
        assertNotNull(view.getClient());
        assertEquals(client.getId(), view.getClient().getId());
        assertNull(view.getFilm());
        assertTrue(view.getPicture().nodes().isEmpty());

        view.suggest();
        waitUntil(() -> view.getFilm() != null, "the suggestion job adds the film");
        LifeFilm film = view.getFilm();
        assertNotNull(film);
        assertEquals(List.of("In 2019", "sinds 2021"), column(view.getEventsViewer(), 0), "timeline in time order");
        assertEquals(List.of("Lisa", "buurvrouw", "Kees"), column(view.getPeopleViewer(), 0), "close to far");

        FilmPicture picture = view.getPicture();
        assertTrue(picture.getSize().x > 0 && picture.getSize().y > 0, "the picture is shown");
        List<FilmPicture.Tick> ticks = picture.ticks();
        assertEquals(List.of("In 2019", "sinds 2021"), ticks.stream().map(FilmPicture.Tick::label).toList());
        assertTrue(ticks.get(0).x() < ticks.get(1).x(), "earlier is left");
        FilmPicture.Node lisa = node(picture, "Lisa");
        FilmPicture.Node kees = node(picture, "Kees");
        FilmPicture.Node buurvrouw = node(picture, "buurvrouw");
        assertTrue(lisa.distance() < buurvrouw.distance() && buurvrouw.distance() < kees.distance(),
                "closeness as distance: " + picture.nodes());
        assertTrue(lisa.solid(), "Lisa supports: solid line");
        assertFalse(kees.solid(), "Kees does not: dashed line");
        double drawn = Math.hypot(kees.x() - picture.centre().x, kees.y() - picture.centre().y);
        assertEquals(kees.distance(), drawn, 1.5, "drawn at its distance from the client in the centre");

        // The client sees Kees closer than the words said: the change is stored with the client.
        NetworkPerson keesPerson = kees.person();
        view.getPeopleViewer().setSelection(new StructuredSelection(keesPerson));
        view.closeness(-1);
        processEvents();
        assertTrue(node(view.getPicture(), "Kees").distance() < kees.distance());
        LifeFilm stored = Assessments.latest(store.store().loadClient(client.getId()), LifeFilm.class);
        assertEquals(4, stored.getPeople().stream().filter(p -> p.getName().equals("Kees")).findFirst().orElseThrow()
                .getCloseness());
    }

    private static FilmPicture.Node node(FilmPicture picture, String name) {
        return picture.nodes().stream().filter(n -> n.person().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " in " + picture.nodes()));
    }

    private void selectInNavigator() throws Exception {
        NavigatorView navigator = (NavigatorView) page.showView(NavigatorView.ID);
        navigator.refresh();
        processEvents();
        ITreeContentProvider content = (ITreeContentProvider) navigator.getViewer().getContentProvider();
        List<Object> elements = new ArrayList<>(Arrays.asList(content.getElements(navigator.getViewer().getInput())));
        Object element = elements.stream().filter(e -> e instanceof Client c && c.getId().equals(client.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("client in the navigator"));
        navigator.getViewer().setSelection(new StructuredSelection(element), true);
        processEvents();
    }

}
