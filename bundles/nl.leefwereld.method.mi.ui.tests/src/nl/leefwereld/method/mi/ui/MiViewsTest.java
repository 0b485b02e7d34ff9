// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.ui;

import static nl.leefwereld.testsupport.ui.UiTestSupport.clickRow;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static nl.leefwereld.testsupport.ui.UiTestSupport.showViewByCommand;
import static nl.leefwereld.testsupport.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.coding.Annotations;
import nl.leefwereld.core.demo.DemoData;
import nl.leefwereld.method.mi.Level;
import nl.leefwereld.method.mi.MiCode;
import nl.leefwereld.method.mi.MiCoding;
import nl.leefwereld.method.mi.MiMethod;
import nl.leefwereld.method.mi.MiRatings;
import nl.leefwereld.method.mi.MiScores;
import nl.leefwereld.method.mi.Score;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;

/** Opens the MI views on a conversation in the editor, codes with the keyboard, rates, and checks what they show. */
public class MiViewsTest {

    private static final String TRANSCRIPT = """
            # Titel: Vervolggesprek werk (MG)
            # Professional: Klantmanager
            [00:00:05] Klantmanager: Goedemiddag Ahmed. Hoe gaat het met solliciteren?
            [00:00:12] Ahmed: Niet goed. Het lukt me niet, ik krijg nooit antwoord.
            [00:00:20] Klantmanager: Je krijgt nooit antwoord.
            [00:00:24] Klantmanager: Het klinkt alsof je er moedeloos van wordt.
            [00:00:31] Ahmed: Ik wil wel een keer een sollicitatiegesprek oefenen.
            [00:00:38] Klantmanager: Jij bepaalt wat voor jou haalbaar is. Zullen we samen kijken?
            """;

    private IWorkbenchPage page;
    private ConversationEditor editor;

    private Conversation save() {
        WorkbenchStore store = openStore();
        return Fixtures.save(store.store(), Fixtures.trajectory("Ahmed MG-test", "Werk", "Betaald werk vinden"), TRANSCRIPT);
    }

    private static void key(Table table, char character) {
        Event e = new Event();
        e.character = character;
        e.keyCode = character;
        e.doit = true;
        table.notifyListeners(SWT.KeyDown, e);
        processEvents();
    }

    @AfterEach
    public void closeEditor() {
        if (page != null && editor != null) {
            page.closeEditor(editor, false);
        }
        MiCodingView.setAdvanceToNextOfSameRole(true);
    }

    /** Saves a fresh copy of the demo conversation "Vervolggesprek" (client, trajectory and all). */
    private static Conversation saveDemoFollowUp() {
        WorkbenchStore store = openStore();
        for (Client client : DemoData.build()) {
            for (Trajectory t : client.getTrajectories()) {
                for (Conversation c : t.getConversations()) {
                    if (c.getTitle().startsWith("Vervolggesprek")) {
                        client.getTrajectories().retainAll(List.of(t));
                        t.getConversations().clear();
                        store.store().saveClient(client);
                        c.setTrajectory(t);
                        store.store().saveConversation(c);
                        return c;
                    }
                }
            }
        }
        throw new AssertionError("no demo conversation Vervolggesprek");
    }

    private static List<MiCode> codesOn(Conversation c, Utterance u) {
        return Annotations.humanCodes(c, "trainer", MiMethod.METHOD_ID).stream().filter(a -> a.getUtterance() == u)
                .map(a -> MiCode.byGuid(a.getCodeId())).toList();
    }

    @Test
    public void codesLandOnTheUtteranceSelectedInTheTranscriptAndTheSelectionMovesToTheNextOfTheSameRole()
            throws Exception {
        page = page();
        Conversation saved = saveDemoFollowUp();
        editor = (ConversationEditor) page.openEditor(new ConversationEditorInput(saved.getId(), saved.getTitle()),
                ConversationEditor.ID);
        showViewByCommand(MiCodingView.ID);
        MiCodingView coding = (MiCodingView) page.findView(MiCodingView.ID);
        assertNotNull(coding, "Show View opens the coding view");
        page.activate(editor);
        waitUntil(() -> coding.getConversation() == editor.getConversation(), "the coding view follows the editor");
        coding.setCoder("trainer");
        assertTrue(coding.getAdvanceAction().isChecked(), "moving on is the default");
        Conversation c = editor.getConversation();
        Table transcript = editor.getUtterancesViewer().getTable();
        Table list = coding.getUtterancesViewer().getTable();

        char[] keys = { 'e', 'v', 'b' };
        MiCode[] expected = { MiCode.SIMPLE_REFLECTION, MiCode.QUESTION, MiCode.AFFIRM };
        int[] rows = { 2, 4, 6 }; // rows 3, 5 and 7: the klantmanager speaks, the client in between
        for (int i = 0; i < rows.length; i++) {
            Utterance target = c.getUtterances().get(rows[i]);
            clickRow(transcript, rows[i]);
            assertEquals(List.of(target), coding.getUtterancesViewer().getStructuredSelection().toList(),
                    "the coding view shows the transcript's selection");
            page.activate(coding);
            key(list, keys[i]);
            assertEquals(List.of(expected[i]), codesOn(c, target), "the code lands on row " + (rows[i] + 1));
            Utterance next = c.getUtterances().get(rows[i] + 2);
            assertEquals(List.of(next), editor.getUtterancesViewer().getStructuredSelection().toList(),
                    "the transcript moves on to the klantmanager's next utterance");
            assertEquals(List.of(next), coding.getUtterancesViewer().getStructuredSelection().toList());
            page.activate(editor);
        }
        assertEquals(List.of(), codesOn(c, c.getUtterances().get(0)), "nothing lands on utterance 1");
        assertTrue(editor.isDirty());

        // the other way: a row chosen in the view is selected in the transcript
        Utterance client = c.getUtterances().get(3);
        list.setSelection(3);
        Event e = new Event();
        e.item = list.getItem(3);
        list.notifyListeners(SWT.Selection, e);
        processEvents();
        assertEquals(List.of(client), editor.getUtterancesViewer().getStructuredSelection().toList());

        // with the preference off the selection stays
        coding.getAdvanceAction().setChecked(false);
        coding.getAdvanceAction().run();
        assertFalse(MiCodingView.isAdvanceToNextOfSameRole());
        key(list, 'w');
        assertEquals(List.of(MiCode.CHANGE_TALK), codesOn(c, client));
        assertEquals(List.of(client), editor.getUtterancesViewer().getStructuredSelection().toList());

        // at the size of the test workbench's bottom panel the list still shows rows, not a sliver
        assertTrue(list.getSize().y > list.getHeaderHeight() + 3 * list.getItemHeight(),
                "the list keeps room for rows at normal size: " + list.getSize());
    }

    @Test
    public void codingViewCodesByKeyUnderTheVolleyRulesAndScoresViewShowsTheScores() throws Exception {
        page = page();
        Conversation saved = save();
        editor = (ConversationEditor) page.openEditor(new ConversationEditorInput(saved.getId(), saved.getTitle()),
                ConversationEditor.ID);
        MiCodingView coding = (MiCodingView) page.showView(MiCodingView.ID);
        page.activate(editor);
        waitUntil(() -> coding.getConversation() != null, "the coding view follows the editor");
        assertTrue(coding.getHeader().contains("Vervolggesprek werk (MG)"), coding.getHeader());
        assertTrue(coding.getHeader().contains("Betaald werk vinden"), "the change goal is named: " + coding.getHeader());
        Table table = coding.getUtterancesViewer().getTable();
        assertEquals(6, table.getItemCount());
        coding.setCoder("trainer");

        Conversation c = editor.getConversation();
        // V on the first utterance, C on the second utterance of the volley, then E on the first: complex wins
        coding.getUtterancesViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(c.getUtterances().get(0)));
        key(table, 'v');
        assertEquals("Q", table.getItem(0).getText(2));
        assertTrue(editor.isDirty(), "coding goes through the editor's command stack");
        coding.getUtterancesViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(c.getUtterances().get(3)));
        key(table, 'c');
        assertEquals("CR", table.getItem(3).getText(2));
        coding.getUtterancesViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(c.getUtterances().get(2)));
        key(table, 'e');
        assertEquals("", table.getItem(2).getText(2));
        assertTrue(coding.getStatus().toLowerCase().contains("complex"), coding.getStatus());
        // client language on the client, behaviour codes refused there
        coding.getUtterancesViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(c.getUtterances().get(4)));
        key(table, 'w');
        assertEquals("CT", table.getItem(4).getText(2));
        assertEquals(MiCoding.Outcome.WRONG_SPEAKER, coding.code(MiCode.AFFIRM));
        coding.getUtterancesViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(c.getUtterances().get(1)));
        key(table, 'h');
        coding.getUtterancesViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(c.getUtterances().get(5)));
        key(table, 'a');
        key(table, 'v');
        assertEquals("Emph Q", table.getItem(5).getText(2));

        coding.setRating(MiRatings.Rating.CULTIVATING_CHANGE_TALK, 3);
        coding.setRating(MiRatings.Rating.SOFTENING_SUSTAIN_TALK, 3);
        coding.setRating(MiRatings.Rating.PARTNERSHIP, 4);
        coding.setRating(MiRatings.Rating.EMPATHY, 4);
        assertEquals(4, MiRatings.find(c, "trainer").getEmpathy());

        MiScoresView scores = (MiScoresView) page.showView(MiScoresView.ID);
        page.activate(editor);
        waitUntil(() -> scores.getScores() != null, "the scores view follows the editor");
        MiScores s = scores.getScores();
        assertEquals("trainer", s.coder());
        assertEquals(3.0, s.value(Score.TECHNICAL).value(), 1e-9);
        assertEquals(Level.FAIR, s.value(Score.TECHNICAL).level());
        assertEquals(4.0, s.value(Score.RELATIONAL).value(), 1e-9);
        assertEquals(0.5, s.value(Score.REFLECTION_TO_QUESTION).value(), 1e-9, "1 reflection, 2 questions");
        Table t = scores.getTableViewer().getTable();
        assertEquals(Score.values().length, t.getItemCount());
        assertEquals(Score.TECHNICAL.label(), t.getItem(0).getText(0));
        assertEquals("3.0", t.getItem(0).getText(1));
        assertEquals("3.0", t.getItem(0).getText(2), "fair threshold");
        assertEquals("4.0", t.getItem(0).getText(3), "good threshold");
        assertEquals(Level.FAIR.label(), t.getItem(0).getText(4));
        assertEquals("100%", t.getItem(2).getText(1));
        assertEquals("0.5:1", t.getItem(3).getText(1));
        assertEquals(Level.BELOW_FAIR.label(), t.getItem(3).getText(4));
        assertTrue(scores.getCountsText().contains("CT 1") && scores.getCountsText().contains("ST 1"), scores.getCountsText());
        waitUntil(() -> scores.getChart().hasData(), "the chart over the trajectory");
        assertEquals(1, scores.getChart().getCategories().size());

        Path report = Files.createTempFile("mg-rapport", ".html");
        scores.writeReport(report);
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(html.contains("Het klinkt alsof je er moedeloos van wordt."), "an example from the transcript");
        assertTrue(html.contains("Betaald werk vinden"));
        assertTrue(WorkbenchStore.get().store().auditEvents(null).stream()
                .anyMatch(e -> e.action().equals("EXPORT") && e.detail().equals("mi report " + report)),
                "the report is an export in the audit log");
        Files.deleteIfExists(report);

        // suggestions of the analyzer are shown apart and accepted with Enter, under the volley rules
        editor.applySuggestions(java.util.Map.of(nl.leefwereld.method.mi.MiMethod.ANALYZER_SUGGESTIONS,
                new nl.leefwereld.method.mi.MiSuggestionAnalyzer().suggest(c, new org.eclipse.core.runtime.NullProgressMonitor())));
        processEvents();
        assertEquals("ST", table.getItem(1).getText(3), "the suggestion for the client's sustain talk");
        assertEquals("OQ", table.getItem(0).getText(3));
        coding.getUtterancesViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(c.getUtterances().get(0)));
        key(table, SWT.CR);
        assertEquals("OQ", table.getItem(0).getText(2), "the open question replaces the question code of the volley");
        assertEquals("", table.getItem(0).getText(3));
        assertTrue(coding.getStatus().contains("1"), coding.getStatus());

        // undo of the last step (a rating) and of the codes shows in both views
        while (editor.getCommandStack().canUndo()) {
            editor.getCommandStack().undo();
        }
        waitUntil(() -> scores.getScores() != null && scores.getScores().isEmpty(), "the scores follow undo");
        assertEquals("", table.getItem(0).getText(2));
        assertNotNull(coding.getRatingCombo(MiRatings.Rating.EMPATHY));
        assertEquals(0, coding.getRatingCombo(MiRatings.Rating.EMPATHY).getSelectionIndex());
    }
}
