// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import static nl.leefwereld.testsupport.Fixtures.participant;
import static nl.leefwereld.testsupport.Fixtures.utterance;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.commands.ConversationCommands;
import nl.leefwereld.model.Annotation;
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
        Trajectory trajectory = Fixtures.trajectory("Spantest " + UUID.randomUUID(), "Traject", null);
        store.store().saveClient(trajectory.getClient());
        Conversation saved = ModelFactory.eINSTANCE.createConversation();
        saved.setId(UUID.randomUUID().toString());
        saved.setTitle("Spantest");
        saved.setKind(ConversationKind.FOLLOW_UP);
        saved.setDate(new Date());
        Participant pro = participant(saved, "Consulent", ParticipantRole.PROFESSIONAL);
        Participant client = participant(saved, "Cli\u00ebnt", ParticipantRole.CLIENT);
        utterance(saved, pro, null, "Wat wilt u bereiken?");
        utterance(saved, client, null, "Ik wil stoppen met de schulden.");
        trajectory.getConversations().add(saved);
        store.store().saveConversation(saved);

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

    private static String rowText(ConversationEditor editor, int row) {
        var table = editor.getUtterancesViewer().getTable();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < table.getColumnCount(); i++) {
            all.append(table.getItem(row).getText(i)).append(" | ");
        }
        return all.toString();
    }
}
