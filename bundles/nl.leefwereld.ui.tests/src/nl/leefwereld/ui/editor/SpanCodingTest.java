// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import static nl.leefwereld.testsupport.Fixtures.participant;
import static nl.leefwereld.testsupport.Fixtures.utterance;
import static nl.leefwereld.testsupport.ui.UiTestSupport.clickRow;
import static nl.leefwereld.testsupport.ui.UiTestSupport.controls;
import static nl.leefwereld.testsupport.ui.UiTestSupport.menuItem;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openFromNavigator;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openMenu;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.plainLabel;
import static nl.leefwereld.testsupport.ui.UiTestSupport.settle;
import static nl.leefwereld.testsupport.ui.UiTestSupport.waitUntil;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.commands.ConversationCommands;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.ui.WorkbenchStore;

/** Coding selected words of an utterance in the transcript, and what an edit of the text does to the span. */
public class SpanCodingTest {

    private IWorkbenchPage page;
    private WorkbenchStore store;

    @BeforeEach
    void setUp() {
        page = page();
        store = openStore();
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        processEvents();
    }

    @Test
    void selectedWordsAreCodedShownMovedWithEditsAndKeptWhenDeleted() throws Exception {
        Conversation saved = storedConversation("Spantest");

        ConversationEditor editor = (ConversationEditor) page.openEditor(
                new ConversationEditorInput(saved.getId(), saved.getTitle()), ConversationEditor.ID);
        processEvents();
        Conversation c = editor.getConversation();
        Utterance u = c.getUtterances().get(1);

        SpanCodeDialog dialog = new SpanCodeDialog(editor.getSite().getShell(), u, editor.getMethodCatalog());
        dialog.setBlockOnOpen(false);
        dialog.open();
        processEvents();
        assertTrue(dialog.codeItems().stream().noneMatch(item -> item.startsWith(
                editor.getMethodCatalog().methodName("mi") + ":")), "MITI codes stay per utterance: " + dialog.codeItems());
        dialog.select(7, 14);
        dialog.setCode("eigen doel");
        dialog.okPressed();
        SpanCodeDialog.Choice choice = dialog.choice();
        assertNotNull(choice);
        assertEquals(new SpanCodeDialog.Choice(7, 14, ConversationCommands.FREE_CODES, "eigen doel"), choice);
        assertTrue(editor.codeSpan(u, choice));
        processEvents();
        Annotation a = c.getAnnotations().get(0);
        assertEquals("stoppen", u.getText().substring(a.getSpanStart(), a.getSpanEnd()));
        assertTrue(rowText(editor, 1).contains("eigen doel \"stoppen\""), rowText(editor, 1));

        editor.execute(ConversationCommands.setText(u, "Nou, ik wil echt stoppen met de schulden."));
        processEvents();
        assertEquals("stoppen", u.getText().substring(a.getSpanStart(), a.getSpanEnd()));
        editor.execute(ConversationCommands.setText(u, "Nou, ik wil echt met de schulden."));
        processEvents();
        assertTrue(a.isSpanDetached());
        assertTrue(c.getAnnotations().contains(a), "kept, not dropped");
        assertTrue(rowText(editor, 1).contains(org.eclipse.osgi.util.NLS.bind(Messages.Editor_spanDetached,
                "eigen doel")), rowText(editor, 1));

        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        Annotation stored = store.store().loadConversation(saved.getId()).getAnnotations().get(0);
        assertTrue(stored.isSpanDetached());
        assertEquals("eigen doel", stored.getCodeId());
    }

    /** A conversation of two utterances, stored; the second is "Ik wil stoppen met de schulden.". */
    private Conversation storedConversation(String title) {
        Trajectory trajectory = Fixtures.trajectory(title + " " + UUID.randomUUID(), "Traject", null);
        store.store().saveClient(trajectory.getClient());
        Conversation saved = ModelFactory.eINSTANCE.createConversation();
        saved.setId(UUID.randomUUID().toString());
        saved.setTitle(title);
        saved.setKind(ConversationKind.FOLLOW_UP);
        saved.setDate(new Date());
        Participant pro = participant(saved, "Consulent", ParticipantRole.PROFESSIONAL);
        Participant client = participant(saved, "Cli\u00ebnt", ParticipantRole.CLIENT);
        utterance(saved, pro, null, "Wat wilt u bereiken?");
        utterance(saved, client, null, "Ik wil stoppen met de schulden.");
        trajectory.getConversations().add(saved);
        store.store().saveConversation(saved);
        return saved;
    }

    /**
     * As a user does: selects the row, chooses "Woorden selecteren om te coderen" in its context menu and gets the
     * utterance's text in place in the row.
     */
    private static StyledText openTextInRow(ConversationEditor editor, int row) {
        Table table = editor.getUtterancesViewer().getTable();
        clickRow(table, row);
        Menu rowMenu = openMenu(table.getMenu());
        assertEquals(plainLabel(Messages.Editor_selectWords), plainLabel(rowMenu.getItem(0).getText()),
                "the in-place way comes first");
        menuItem(rowMenu, Messages.Editor_selectWords).notifyListeners(SWT.Selection, new Event());
        processEvents();
        List<StyledText> texts = controls(table, StyledText.class).stream().filter(StyledText::isVisible).toList();
        assertEquals(1, texts.size(), "the text is open in its row");
        // in its column, wrapped, all of it in view
        int columnWidth = table.getColumn(UtterancesTable.TEXT_COLUMN).getWidth();
        Rectangle shown = texts.get(0).getBounds();
        assertEquals(columnWidth, shown.width, "as wide as the text column");
        assertEquals(table.getItem(row).getBounds(UtterancesTable.TEXT_COLUMN).x, shown.x);
        assertTrue(shown.height >= texts.get(0).computeSize(columnWidth, SWT.DEFAULT).y,
                "all lines in view: " + shown);
        return texts.get(0);
    }

    /** Chooses Code toepassen op selectie > method > code in the text's context menu. */
    private static void applyFromMenu(StyledText text, String methodName, String codeLabel) {
        Menu menu = openMenu(text.getMenu());
        Menu apply = openMenu(menuItem(menu, Messages.Editor_codeSelection).getMenu());
        Menu method = openMenu(menuItem(apply, methodName).getMenu());
        menuItem(method, codeLabel).notifyListeners(SWT.Selection, new Event());
        processEvents();
    }

    /** How many pixels of the row's text cell, as painted, have this colour. */
    private static int pixelsOf(Table table, int row, RGB colour) {
        table.redraw();
        table.update();
        settle();
        Rectangle cell = table.getItem(row).getBounds(UtterancesTable.TEXT_COLUMN);
        Image shot = new Image(table.getDisplay(), cell.width, cell.height);
        GC gc = new GC(table);
        try {
            gc.copyArea(shot, cell.x, cell.y);
            ImageData data = shot.getImageData();
            int count = 0;
            for (int y = 0; y < data.height; y++) {
                for (int x = 0; x < data.width; x++) {
                    if (data.palette.getRGB(data.getPixel(x, y)).equals(colour)) {
                        count++;
                    }
                }
            }
            return count;
        } finally {
            gc.dispose();
            shot.dispose();
        }
    }

    @Test
    void wordsSelectedInTheTranscriptAreCodedStoredAndHighlighted() throws Exception {
        Conversation saved = storedConversation("Spantest in de tekst");
        ConversationEditor editor = openFromNavigator(saved.getId());
        Table table = editor.getUtterancesViewer().getTable();
        Utterance u = editor.getConversation().getUtterances().get(1);
        RGB feit = UtterancesTable.spanBackground(new RGB(0x15, 0x65, 0xC0)); // blanco's Feit, #1565C0
        assertEquals(0, pixelsOf(table, 1, feit), "nothing highlighted before coding");

        StyledText text = openTextInRow(editor, 1);
        assertEquals(u.getText(), text.getText());
        text.setSelection(7, 14); // the user drags over "stoppen"
        applyFromMenu(text, editor.getMethodCatalog().methodName("blanco"), "Feit");

        assertEquals(1, editor.getConversation().getAnnotations().size());
        Annotation a = editor.getConversation().getAnnotations().get(0);
        assertEquals("blanco", a.getMethodId());
        assertEquals("Feit", editor.getMethodCatalog().label(a));
        assertEquals(7, a.getSpanStart());
        assertEquals(14, a.getSpanEnd());
        assertEquals(List.of(a), editor.codedSpansOf(u));
        assertTrue(editor.isDirty());
        assertTrue(rowText(editor, 1).contains("Feit \"stoppen\""), rowText(editor, 1));
        // the coded words are highlighted in the row, in a light shade of their code's colour
        assertTrue(pixelsOf(table, 1, feit) > 20, "the coded span is highlighted in the transcript");
        assertEquals(0, pixelsOf(table, 0, feit), "not in the other utterance");

        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        Conversation reloaded = store.store().loadConversation(saved.getId());
        assertEquals(1, reloaded.getAnnotations().size());
        Annotation stored = reloaded.getAnnotations().get(0);
        assertEquals(7, stored.getSpanStart());
        assertEquals(14, stored.getSpanEnd());
        assertEquals("stoppen", reloaded.getUtterances().get(1).getText().substring(stored.getSpanStart(),
                stored.getSpanEnd()));
        assertEquals(a.getCodeId(), stored.getCodeId());
        assertEquals(u.getId(), stored.getUtterance().getId());
    }

    @Test
    void aMitiCodeOnSelectedWordsIsRefusedWithCoresMessage() throws Exception {
        Conversation saved = storedConversation("Spantest MITI");
        ConversationEditor editor = openFromNavigator(saved.getId());
        Code code = editor.getMethodCatalog().registry().method("mi").loadCodebook().getCodes().get(0);
        String methodName = editor.getMethodCatalog().methodName("mi");

        StyledText text = openTextInRow(editor, 1);
        text.setSelection(7, 14);
        AtomicReference<String> shown = closeDialogWhenItOpens(text.getDisplay(), Messages.Editor_codeSelection);
        applyFromMenu(text, methodName, code.getLabel());
        waitUntil(() -> shown.get() != null, "the refusal");
        assertEquals(ConversationCommands.spansRefused("mi", code.getId()), shown.get());
        assertTrue(editor.getConversation().getAnnotations().isEmpty(), "nothing coded");
        assertFalse(editor.isDirty());

        // nothing selected: the code is on the whole utterance, which MITI codes
        text = openTextInRow(editor, 1);
        text.setSelection(3);
        applyFromMenu(text, methodName, code.getLabel());
        assertEquals(1, editor.getConversation().getAnnotations().size());
        assertEquals(-1, editor.getConversation().getAnnotations().get(0).getSpanStart());
        assertEquals(code.getId(), editor.getConversation().getAnnotations().get(0).getCodeId());
    }

    /** Closes the next dialog with this title when it opens (it blocks), keeping the message it showed. */
    private static AtomicReference<String> closeDialogWhenItOpens(Display display, String title) {
        AtomicReference<String> message = new AtomicReference<>();
        Runnable[] look = new Runnable[1];
        look[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (title.equals(shell.getText()) && shell.isVisible()) {
                    StringBuilder labels = new StringBuilder();
                    for (Label l : controls(shell, Label.class)) {
                        if (!l.getText().isEmpty()) {
                            labels.append(l.getText());
                        }
                    }
                    message.set(labels.toString());
                    shell.close();
                    return;
                }
            }
            display.timerExec(100, look[0]);
        };
        display.timerExec(100, look[0]);
        return message;
    }

    private static String rowText(ConversationEditor editor, int row) {
        var table = editor.getUtterancesViewer().getTable();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < table.getColumnCount(); i++) {
            all.append(table.getItem(row).getText(i)).append(" | ");
        }
        return all.toString();
    }
}
