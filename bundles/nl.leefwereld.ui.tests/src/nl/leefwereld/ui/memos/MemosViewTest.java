// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.memos;

import static nl.leefwereld.testsupport.Fixtures.participant;
import static nl.leefwereld.testsupport.Fixtures.utterance;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static nl.leefwereld.testsupport.ui.UiTestSupport.showViewFromMenu;
import static nl.leefwereld.testsupport.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Date;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.commands.MemoCommands;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;

/** The Memo's view as a user finds and uses it: Venster > Weergave tonen, following the transcript, undo, save. */
public class MemosViewTest {

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
    void memosAreWrittenOnTheSelectedUtteranceChangedDeletedAndSaved() throws Exception {
        Conversation saved = save();
        ConversationEditor editor = (ConversationEditor) page.openEditor(
                new ConversationEditorInput(saved.getId(), saved.getTitle()), ConversationEditor.ID);
        processEvents();
        Conversation c = editor.getConversation();
        MemosView view = (MemosView) showViewFromMenu(MemosView.ID);
        assertNotNull(view, "Venster > Weergave tonen opens the memos");
        assertTrue(Arrays.stream(page.getViewStack(view)).anyMatch(v -> IPageLayout.ID_PROP_SHEET.equals(v.getSite().getId())),
                "the memos open in the stack of the properties, not in a stack of their own");
        page.activate(editor);
        waitUntil(() -> view.getConversation() == c, "the view follows the editor");
        assertEquals(0, view.getViewer().getTable().getItemCount());
        assertTrue(view.getHeader().contains("Memotest"), view.getHeader());

        // a memo on the second utterance, chosen in the transcript
        editor.getUtterancesViewer().getTable().setSelection(1);
        editor.getUtterancesViewer().getTable().notifyListeners(SWT.Selection, new Event());
        processEvents();
        view.getTitleField().setText("Verandertaal");
        view.getTextField().setText("Eerste keer dat ze zelf een doel noemt.");
        Memo memo = view.addMemo();
        assertNotNull(memo);
        assertSame(c.getUtterances().get(1), memo.getUtterance());
        assertEquals(1, view.getViewer().getTable().getItemCount());
        assertTrue(editor.isDirty(), "a memo is an edit of the conversation");
        processEvents();
        assertTrue(rowHasMarker(editor), "the memo marker in the transcript");

        // change it; undo brings the old text back
        view.getViewer().getTable().setSelection(0);
        view.getViewer().getTable().notifyListeners(SWT.Selection, new Event());
        processEvents();
        view.getTextField().setText("Eerste keer dat ze zelf een doel noemt: stoppen.");
        assertTrue(view.changeMemo());
        assertEquals("Eerste keer dat ze zelf een doel noemt: stoppen.", memo.getText());
        editor.getCommandStack().undo();
        processEvents();
        assertEquals("Eerste keer dat ze zelf een doel noemt.", memo.getText());

        // with no utterance selected a memo goes on the conversation
        editor.getUtterancesViewer().getTable().deselectAll();
        editor.getUtterancesViewer().getTable().notifyListeners(SWT.Selection, new Event());
        processEvents();
        view.getViewer().getTable().deselectAll();
        view.getTitleField().setText("");
        view.getTextField().setText("Goed contact.");
        Memo onConversation = view.addMemo();
        assertNotNull(onConversation);
        assertEquals(MemoCommands.Target.CONVERSATION, MemoCommands.targetOf(onConversation));
        assertEquals(2, view.getViewer().getTable().getItemCount());

        view.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(onConversation));
        processEvents();
        assertTrue(view.deleteMemo());
        assertEquals(1, c.getMemos().size());

        // deleting its utterance moves the memo to the conversation, marked (core's rule); undo puts it back
        nl.leefwereld.model.Utterance second = c.getUtterances().get(1);
        editor.deleteUtterances(java.util.List.of(second));
        processEvents();
        assertEquals(1, c.getMemos().size(), "the memo is not lost with its utterance");
        assertEquals(MemoCommands.Target.CONVERSATION, MemoCommands.targetOf(memo));
        String marker = org.eclipse.osgi.util.NLS.bind(nl.leefwereld.core.commands.Messages.Memo_utteranceDeleted,
                org.eclipse.osgi.util.NLS.bind(nl.leefwereld.core.commands.Messages.Memo_targetUtterance, 2));
        assertTrue(memo.getText().endsWith(marker), memo.getText());
        assertTrue(view.getViewer().getTable().getItem(0).getText(2).contains(marker),
                "the view shows the marker: " + view.getViewer().getTable().getItem(0).getText(2));
        editor.getCommandStack().undo();
        processEvents();
        assertSame(second, memo.getUtterance());
        assertEquals("Eerste keer dat ze zelf een doel noemt.", memo.getText());

        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        Conversation loaded = store.store().loadConversation(saved.getId());
        assertEquals(1, loaded.getMemos().size());
        assertEquals("Verandertaal", loaded.getMemos().get(0).getTitle());
        assertEquals(loaded.getUtterances().get(1), loaded.getMemos().get(0).getUtterance());
    }

    private static boolean rowHasMarker(ConversationEditor editor) {
        var table = editor.getUtterancesViewer().getTable();
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getItem(1).getText(i).contains("\u270E")) {
                return true;
            }
        }
        return false;
    }

    private Conversation save() {
        Trajectory trajectory = Fixtures.trajectory("Memotest " + UUID.randomUUID(), "Traject", null);
        Client client = trajectory.getClient();
        store.store().saveClient(client);
        Conversation c = ModelFactory.eINSTANCE.createConversation();
        c.setId(UUID.randomUUID().toString());
        c.setTitle("Memotest");
        c.setKind(ConversationKind.FOLLOW_UP);
        c.setDate(new Date());
        Participant professional = participant(c, "Consulent", ParticipantRole.PROFESSIONAL);
        Participant client1 = participant(c, "Cli\u00ebnt", ParticipantRole.CLIENT);
        utterance(c, professional, null, "Wat wilt u bereiken?");
        utterance(c, client1, null, "Ik wil stoppen met de schulden.");
        utterance(c, professional, null, "Wat helpt daarbij?");
        trajectory.getConversations().add(c);
        store.store().saveConversation(c);
        return c;
    }
}
