// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.ui;

import static nl.leefwereld.testsupport.ui.UiTestSupport.showViewFromMenu;
import static nl.leefwereld.testsupport.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.search.SearchHit;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;

/**
 * Zoeken and Codes opened from Venster > Weergave tonen like a user, on the workbench's own (encrypted) database:
 * what they show, double-click to the utterance, Ctrl+F's finding in the transcript, the matrix export.
 */
public class SearchViewsTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;
    private static final String COMPLEX_REFLECTION = "b3a1c0de-5111-4a21-9000-000000000006";
    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    private static Conversation save() {
        WorkbenchStore store = WorkbenchStore.get();
        waitUntil(store::isOpen, "the store is open");
        Client client = F.createClient();
        client.setId(UUID.randomUUID().toString());
        client.setDisplayName("Sanne zoektest");
        Trajectory t = F.createTrajectory();
        t.setId(UUID.randomUUID().toString());
        t.setTitle("Schuldhulp");
        client.getTrajectories().add(t);
        Conversation c = F.createConversation();
        c.setId(UUID.randomUUID().toString());
        c.setTitle("Zoekgesprek");
        c.setDate(new Date());
        c.setLanguage("nl");
        t.getConversations().add(c);
        Participant p = F.createParticipant();
        p.setId(UUID.randomUUID().toString());
        p.setName("Consulent");
        p.setRole(ParticipantRole.PROFESSIONAL);
        Participant s = F.createParticipant();
        s.setId(UUID.randomUUID().toString());
        s.setName("Sanne");
        s.setRole(ParticipantRole.CLIENT);
        c.getParticipants().add(p);
        c.getParticipants().add(s);
        String[] lines = { "Hoe gaat het met de post?", "Ik heb de brieven van de deurwaarder niet geopend.",
                "U schuift de deurwaardersbrieven liever voor u uit.", "Ja, want de huur is niet betaald." };
        for (int i = 0; i < lines.length; i++) {
            Utterance u = F.createUtterance();
            u.setId(UUID.randomUUID().toString());
            u.setSpeaker(i % 2 == 0 ? p : s);
            u.setText(lines[i]);
            c.getUtterances().add(u);
        }
        Annotation a = F.createAnnotation();
        a.setId(UUID.randomUUID().toString());
        a.setUtterance(c.getUtterances().get(2));
        a.setMethodId("mi");
        a.setCodeId(COMPLEX_REFLECTION);
        a.setCoder("anna");
        a.setOrigin(AnnotationOrigin.ACCEPTED);
        c.getAnnotations().add(a);
        store.store().saveClient(client);
        store.store().saveConversation(c);
        return c;
    }

    @Test
    public void searchViewFindsGroupsAndOpensTheUtterance() throws Exception {
        Conversation saved = save();
        showViewFromMenu(SearchView.ID);
        SearchView view = (SearchView) page.findView(SearchView.ID);
        assertNotNull(view, "opened from Venster > Weergave tonen");
        assertTrue(page.isPartVisible(view));
        view.search("deurwaarder*");
        waitForResults(view, saved);
        SearchView.Group group = view.getGroups().stream().filter(g -> g.conversationId().equals(saved.getId()))
                .findFirst().orElseThrow();
        assertEquals("Zoekgesprek", group.title());
        assertEquals(2, group.hits().size());
        SearchHit hit = group.hits().get(0);
        String[] kwic = hit.keywordInContext(48);
        assertEquals("Ik heb de brieven van de ", kwic[0]);
        assertEquals("deurwaarder", kwic[1]);
        assertEquals(" niet geopend.", kwic[2]);
        var groupItem = java.util.Arrays.stream(view.getViewer().getTree().getItems())
                .filter(i -> i.getText(0).startsWith("Zoekgesprek")).findFirst().orElseThrow();
        assertEquals(2, groupItem.getItemCount(), "keyword-in-context lines under their conversation");
        assertEquals("deurwaarder", groupItem.getItem(0).getText(1));
        assertEquals("Ik heb de brieven van de ", groupItem.getItem(0).getText(0));

        view.open(new StructuredSelection(hit));
        waitUntil(() -> page.getActiveEditor() instanceof ConversationEditor, "the editor opens");
        ConversationEditor editor = (ConversationEditor) page.getActiveEditor();
        assertEquals(saved.getId(), editor.getConversation().getId());
        List<?> selected = ConversationEditor.utterancesIn(editor.getSite().getSelectionProvider().getSelection());
        assertEquals(1, selected.size());
        assertEquals(hit.utteranceId(), ((Utterance) selected.get(0)).getId());

        // Ctrl+F in the transcript: stems and accents as in Zoeken, on the editor's own conversation
        List<String> found = FindInConversationHandler.find(editor, "brief");
        assertEquals(List.of(editor.getConversation().getUtterances().get(1).getId()), found);
        assertEquals(1, FindInConversationHandler.find(editor, "betalen").size());
        var bindings = PlatformUI.getWorkbench().getService(org.eclipse.ui.keys.IBindingService.class);
        assertEquals("Shift+Ctrl+F", bindings.getBestActiveBindingFormattedFor("nl.leefwereld.search.ui.openSearch"));
        page.closeEditor(editor, false);
    }

    @Test
    public void doubleClickHighlightsTheMatchesInTheTranscript() throws Exception {
        Conversation saved = save();
        showViewFromMenu(SearchView.ID);
        SearchView view = (SearchView) page.findView(SearchView.ID);
        view.search("deurwaarder*");
        waitForResults(view, saved);
        doubleClick(view, saved.getId());
        waitUntil(() -> page.getActiveEditor() instanceof ConversationEditor, "the editor opens");
        ConversationEditor editor = (ConversationEditor) page.getActiveEditor();
        assertEquals(saved.getId(), editor.getConversation().getId());
        List<Utterance> us = editor.getConversation().getUtterances();
        List<?> selected = ConversationEditor.utterancesIn(editor.getSite().getSelectionProvider().getSelection());
        assertEquals(List.of(us.get(1).getId()), selected.stream().map(u -> ((Utterance) u).getId()).toList());
        // the matched words, in every utterance of the transcript, not the whole utterance
        assertEquals("[]", ranges(editor, us.get(0)));
        assertEquals("[[25, 36]]", ranges(editor, us.get(1)), "deurwaarder in: " + us.get(1).getText());
        assertEquals("[[13, 32]]", ranges(editor, us.get(2)), "deurwaardersbrieven in: " + us.get(2).getText());
        assertEquals("[]", ranges(editor, us.get(3)));
        editor.getUtterancesViewer().getTable().redraw();
        waitUntil(() -> true, "the highlighted rows are painted");

        // a new search clears them; the next double-click shows the new query's matches
        view.search("huur");
        assertEquals("[]", ranges(editor, us.get(1)));
        waitForResults(view, saved);
        doubleClick(view, saved.getId());
        waitUntil(() -> !"[]".equals(ranges(editor, us.get(3))), "the new matches");
        assertEquals("[[12, 16]]", ranges(editor, us.get(3)), us.get(3).getText());
        assertEquals("[]", ranges(editor, us.get(1)));
        // and Clear highlights removes them
        view.clearHighlights();
        assertEquals("[]", ranges(editor, us.get(3)));
        page.closeEditor(editor, false);
    }

    /** Waits until the search has shown its results, this conversation's among them. */
    private static void waitForResults(SearchView view, Conversation saved) {
        waitUntil(() -> !Messages.Search_searching.equals(view.getStatus())
                && view.getGroups().stream().anyMatch(g -> g.conversationId().equals(saved.getId())), "results");
    }

    /** Double-clicks the first result line of this conversation in the Zoeken tree, as a user does. */
    private static void doubleClick(SearchView view, String conversationId) {
        var tree = view.getViewer().getTree();
        int index = view.getGroups().indexOf(view.getGroups().stream()
                .filter(g -> g.conversationId().equals(conversationId)).findFirst().orElseThrow());
        var line = tree.getItem(index).getItem(0);
        tree.setSelection(line);
        Event e = new Event();
        e.item = line;
        tree.notifyListeners(SWT.DefaultSelection, e);
        waitUntil(() -> true, "events");
    }

    private static String ranges(ConversationEditor editor, Utterance u) {
        return editor.highlightsOf(u).stream().map(java.util.Arrays::toString).toList().toString();
    }

    /** With the demo conversations: Zoeken and Codes as a user sees them, saved as PNG in target/screenshots. */
    @Test
    public void screenshotsWithDemoData() throws Exception {
        WorkbenchStore store = WorkbenchStore.get();
        waitUntil(store::isOpen, "the store is open");
        nl.leefwereld.core.demo.DemoData.create(store.store());
        page.getWorkbenchWindow().getShell().setSize(1280, 800);
        showViewFromMenu(SearchView.ID);
        SearchView search = (SearchView) page.findView(SearchView.ID);
        search.search("brief*");
        waitUntil(() -> !search.getGroups().isEmpty(), "results in the demo conversations");
        assertTrue(search.getStatus().length() > 0);
        shoot("zoeken.png");
        showViewFromMenu(CodesView.ID);
        CodesView codes = (CodesView) page.findView(CodesView.ID);
        codes.setScope(2);
        waitUntil(() -> codes.getNodes().stream().anyMatch(m -> m.codes().stream().anyMatch(c -> c.count() > 0)),
                "counted codes");
        CodesView.CodeNode first = codes.getNodes().stream().flatMap(m -> m.codes().stream()).filter(c -> c.count() > 0)
                .findFirst().orElseThrow();
        codes.getTree().setSelection(new StructuredSelection(first), true);
        waitUntil(() -> codes.getSegments().getTable().getItemCount() > 0, "segments");
        shoot("codes.png");
    }

    private static void shoot(String name) throws Exception {
        Display display = Display.getCurrent();
        waitUntil(() -> true, "paint");
        var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        var bounds = shell.getBounds();
        var image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
        var gc = new org.eclipse.swt.graphics.GC(display);
        gc.copyArea(image, bounds.x, bounds.y);
        gc.dispose();
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        var loader = new org.eclipse.swt.graphics.ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
        loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
        image.dispose();
    }

    /**
     * A code with many segments: the table has a row per segment but reads them from the index a page at a time
     * as they are shown, not all at once.
     */
    @Test
    public void codesViewPagesACodeWithManySegments() throws Exception {
        int n = 3_000;
        String code = "paging-" + UUID.randomUUID();
        WorkbenchStore store = WorkbenchStore.get();
        waitUntil(store::isOpen, "the store is open");
        Client client = F.createClient();
        client.setId(UUID.randomUUID().toString());
        client.setDisplayName("Pagina cli\u00ebnt");
        Trajectory t = F.createTrajectory();
        t.setId(UUID.randomUUID().toString());
        t.setTitle("Schuldhulp");
        client.getTrajectories().add(t);
        Conversation c = F.createConversation();
        c.setId(UUID.randomUUID().toString());
        c.setTitle("Paginagesprek");
        c.setDate(new Date());
        c.setLanguage("nl");
        t.getConversations().add(c);
        Participant p = F.createParticipant();
        p.setId(UUID.randomUUID().toString());
        p.setName("Consulent");
        p.setRole(ParticipantRole.PROFESSIONAL);
        c.getParticipants().add(p);
        for (int i = 0; i < n; i++) {
            Utterance u = F.createUtterance();
            u.setId(UUID.randomUUID().toString());
            u.setSpeaker(p);
            u.setText("Uiting nummer " + (i + 1) + '.');
            c.getUtterances().add(u);
            Annotation a = F.createAnnotation();
            a.setId(UUID.randomUUID().toString());
            a.setUtterance(u);
            a.setMethodId("mi");
            a.setCodeId(code);
            a.setCoder("anna");
            a.setOrigin(AnnotationOrigin.MANUAL);
            c.getAnnotations().add(a);
        }
        store.store().saveClient(client);
        store.store().saveConversation(c);

        showViewFromMenu(CodesView.ID);
        CodesView view = (CodesView) page.findView(CodesView.ID);
        view.setScope(2);
        waitUntil(() -> node(view, code) != null, "the code under Other codes");
        CodesView.CodeNode node = node(view, code);
        assertEquals(n, node.count());
        view.getTree().setSelection(new StructuredSelection(node), true);
        waitUntil(() -> view.getSegmentTotal() == n, "the segments counted");
        var table = view.getSegments().getTable();
        assertEquals(n, table.getItemCount(), "a row per segment");
        waitUntil(() -> true, "paint");
        assertTrue(view.getSegmentsRead() <= 2 * CodesView.PAGE, "only the shown pages read: " + view.getSegmentsRead());
        assertEquals("Paginagesprek #1", table.getItem(0).getText(0));
        assertEquals("Uiting nummer 2.", table.getItem(0).getText(3));
        table.setTopIndex(n - 1);
        waitUntil(() -> true, "paint");
        assertEquals("Paginagesprek #" + n, table.getItem(n - 1).getText(0));
        assertEquals("Consulent: Uiting nummer " + n + '.', table.getItem(n - 1).getText(2));
        assertEquals("Uiting nummer " + (n - 1) + '.', table.getItem(n - 1).getText(1));
        assertTrue(view.getSegmentsRead() <= 4 * CodesView.PAGE, "the last page read, not all between: "
                + view.getSegmentsRead());
        assertTrue(view.getStatus().contains(String.valueOf(n)) || view.getStatus().contains("3.000")
                || view.getStatus().contains("3,000"), view.getStatus());
    }

    private static CodesView.CodeNode node(CodesView view, String code) {
        return view.getNodes().stream().flatMap(m -> m.codes().stream()).filter(c -> c.codeId().equals(code))
                .findFirst().orElse(null);
    }

    @Test
    public void codesViewCountsListsSegmentsAndExports() throws Exception {
        Conversation saved = save();
        showViewFromMenu(CodesView.ID);
        CodesView view = (CodesView) page.findView(CodesView.ID);
        assertNotNull(view, "opened from Venster > Weergave tonen");
        view.setScope(2);
        // counted again after this test's save (the view may be open with the counts of an earlier test)
        waitUntil(() -> view.getNodes().stream().anyMatch(m -> "mi".equals(m.methodId()) && m.codes().stream()
                .anyMatch(c -> c.codeId().equals(COMPLEX_REFLECTION) && c.count() >= 1)), "the MI codebook counted");
        CodesView.MethodNode mi = view.getNodes().stream().filter(m -> "mi".equals(m.methodId())).findFirst().orElseThrow();
        assertTrue(mi.codes().size() > 5, "the whole codebook: " + mi.codes());
        CodesView.CodeNode cr = mi.codes().stream().filter(c -> c.codeId().equals(COMPLEX_REFLECTION)).findFirst().orElseThrow();
        assertTrue(cr.count() >= 1, cr.toString());
        view.getTree().setSelection(new StructuredSelection(cr));
        waitUntil(() -> view.getSegments().getTable().getItemCount() > 0, "segments");
        boolean ours = false;
        for (var item : view.getSegments().getTable().getItems()) {
            if (item.getText(0).startsWith("Zoekgesprek #3")) {
                ours = true;
                assertEquals("Ik heb de brieven van de deurwaarder niet geopend.", item.getText(1));
                assertEquals("Ja, want de huur is niet betaald.", item.getText(3));
                assertEquals("anna", item.getText(4));
                assertEquals(Messages.Codes_accepted, item.getText(5));
            }
        }
        assertTrue(ours, "the segment of " + saved.getTitle());
        Path file = Files.createTempDirectory("codes").resolve("matrix.xlsx");
        view.exportTo(file);
        assertTrue(Files.size(file) > 0);
        assertFalse(view.getNodes().isEmpty());
    }
}
