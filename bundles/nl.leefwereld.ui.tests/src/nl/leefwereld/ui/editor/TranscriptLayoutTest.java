// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import static nl.leefwereld.testsupport.Fixtures.participant;
import static nl.leefwereld.testsupport.Fixtures.utterance;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.ui.WorkbenchStore;

/** The transcript wraps: a long utterance makes its row taller, and the text column takes the width that is left. */
public class TranscriptLayoutTest {

    private static final String LONG = "Ik heb de brief van de gemeente wel gelezen, maar ik begreep niet wat ze bedoelden met "
            + "de terugvordering, en toen heb ik mijn zus gebeld, die zei dat ik moest bellen, maar ik durfde niet, "
            + "want de vorige keer werd ik drie keer doorverbonden en toen was ik mijn beltegoed kwijt. Dus heb ik "
            + "het laten liggen, en nu ligt er een tweede brief, met een boete erbij, en ik weet het echt niet meer.";

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void aLongUtteranceWrapsIntoATallerRowAndTheTextColumnFillsTheWidth() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setSize(1280, 800);
        WorkbenchStore store = openStore();
        ModelFactory f = ModelFactory.eINSTANCE;
        Client client = f.createClient();
        client.setId(UUID.randomUUID().toString());
        client.setDisplayName("Wrap");
        Trajectory trajectory = f.createTrajectory();
        trajectory.setId(UUID.randomUUID().toString());
        client.getTrajectories().add(trajectory);
        store.store().saveClient(client);
        Conversation conversation = f.createConversation();
        conversation.setId(UUID.randomUUID().toString());
        conversation.setTitle("Lange uitspraak");
        trajectory.getConversations().add(conversation);
        Participant professional = participant(conversation, "Klantmanager", ParticipantRole.PROFESSIONAL);
        Participant sanne = participant(conversation, "Sanne", ParticipantRole.CLIENT);
        utterance(conversation, professional, null, "Hoe gaat het?");
        utterance(conversation, sanne, null, LONG);
        utterance(conversation, professional, null, "Dat klinkt zwaar.");
        store.store().saveConversation(conversation);

        ConversationEditor editor = (ConversationEditor) page().openEditor(
                new ConversationEditorInput(conversation.getId(), conversation.getTitle()), ConversationEditor.ID);
        waitForLayout();
        Table table = editor.getUtterancesViewer().getTable();
        int shortRow = table.getItem(1).getBounds().y - table.getItem(0).getBounds().y;
        int longRow = table.getItem(2).getBounds().y - table.getItem(1).getBounds().y;
        assertTrue(longRow >= 2 * shortRow, "the long utterance wraps over several lines: " + shortRow + " vs " + longRow);

        int textWidth = assertTextTakesTheRest(table);
        assertEquals(LONG, table.getItem(1).getText(UtterancesTable.TEXT_COLUMN), "the cell holds the whole text");

        // at most MAX_LINES lines, so that many rows fit; selected, the row opens to its whole text
        int line = table.getItemHeight();
        assertTrue(longRow <= UtterancesTable.MAX_LINES * line + 2 * line, "a long row is kept short: " + longRow);
        editor.getUtterancesViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(
                editor.getConversation().getUtterances().get(1)), true);
        waitForLayout();
        int opened = table.getItem(2).getBounds().y - table.getItem(1).getBounds().y;
        assertTrue(opened > longRow, "the selected row shows the whole utterance: " + longRow + " -> " + opened);
        editor.getUtterancesViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(
                editor.getConversation().getUtterances().get(0)), true);
        waitForLayout();
        int closed = table.getItem(2).getBounds().y - table.getItem(1).getBounds().y;
        assertEquals(longRow, closed, "and closes again when another row is selected");

        // a larger window: the text column gets the extra width, Codes keeps its own
        shell.setSize(1920, 1080);
        waitForLayout();
        int wider = assertTextTakesTheRest(table);
        assertTrue(wider > textWidth, "the text column widens with the window: " + textWidth + " -> " + wider);
        shell.setSize(1280, 800);
        waitForLayout();
        assertEquals(textWidth, assertTextTakesTheRest(table), "and narrows again");
    }

    /**
     * Before: GTK gives the last column (Codes) the width left over and the table took that as the width of Codes,
     * so Tekst stayed at its minimum of 180 px at every window size while Codes took the rest.
     */
    private static int assertTextTakesTheRest(Table table) {
        int total = 0;
        for (TableColumn column : table.getColumns()) {
            total += column.getWidth();
        }
        int client = table.getClientArea().width;
        int textWidth = table.getColumn(UtterancesTable.TEXT_COLUMN).getWidth();
        int codesWidth = table.getColumn(UtterancesTable.CODES_COLUMN).getWidth();
        assertTrue(client > 600, "the editor has room at this size: " + client);
        assertTrue(Math.abs(client - total) <= 2, "the columns fill the table: columns " + total + ", table " + client);
        assertTrue(textWidth > UtterancesTable.MIN_TEXT_WIDTH, "the text column has more than its minimum: " + textWidth);
        assertEquals(UtterancesTable.CODES_WIDTH, codesWidth, "Codes keeps its width (the editor is wide enough here)");
        return textWidth;
    }

    @Test
    void theSpeakerColumnFitsTheLongestNameUpToAMaximum() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setSize(1280, 800);
        WorkbenchStore store = openStore();
        ModelFactory f = ModelFactory.eINSTANCE;
        Client client = f.createClient();
        client.setId(UUID.randomUUID().toString());
        client.setDisplayName("Sprekers");
        Trajectory trajectory = f.createTrajectory();
        trajectory.setId(UUID.randomUUID().toString());
        client.getTrajectories().add(trajectory);
        store.store().saveClient(client);
        Conversation conversation = f.createConversation();
        conversation.setId(UUID.randomUUID().toString());
        conversation.setTitle("Sprekers");
        trajectory.getConversations().add(conversation);
        Participant professional = participant(conversation, "Klantmanager", ParticipantRole.PROFESSIONAL);
        Participant client1 = participant(conversation, "Sanne", ParticipantRole.CLIENT);
        utterance(conversation, professional, null, "Hoe gaat het?");
        utterance(conversation, client1, null, "Goed.");
        store.store().saveConversation(conversation);

        ConversationEditor editor = (ConversationEditor) page().openEditor(
                new ConversationEditorInput(conversation.getId(), conversation.getTitle()), ConversationEditor.ID);
        waitForLayout();
        Table table = editor.getUtterancesViewer().getTable();
        TableColumn speaker = table.getColumn(UtterancesTable.SPEAKER_COLUMN);
        int name = boldWidth(table, "Klantmanager");
        // before: 104 px, and "Klantmanager" in bold was cut to "Klantmanag…"
        assertTrue(speaker.getWidth() >= name + 12, "\"Klantmanager\" (" + name + " px) fits: " + speaker.getWidth());
        assertTrue(speaker.getWidth() <= UtterancesTable.SPEAKER_MAX_WIDTH, "within the maximum: " + speaker.getWidth());

        // a renamed participant: the column follows, but a very long name does not take the text's room
        Participant shown = editor.getConversation().getParticipants().get(0);
        editor.execute(nl.leefwereld.core.commands.ConversationCommands.set(shown,
                nl.leefwereld.model.ModelPackage.Literals.PARTICIPANT__NAME,
                "Klantmanager schuldhulpverlening en inkomensondersteuning gemeente Utrecht"));
        waitForLayout();
        assertEquals(UtterancesTable.SPEAKER_MAX_WIDTH, speaker.getWidth(), "a long name is capped");
        editor.execute(nl.leefwereld.core.commands.ConversationCommands.set(shown,
                nl.leefwereld.model.ModelPackage.Literals.PARTICIPANT__NAME, "Jo"));
        waitForLayout();
        assertTrue(speaker.getWidth() < UtterancesTable.SPEAKER_MAX_WIDTH
                && speaker.getWidth() >= boldWidth(table, "Sanne"), "and narrows again: " + speaker.getWidth());
    }

    private static int boldWidth(Table table, String text) {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
        try {
            gc.setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry()
                    .getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
            return gc.textExtent(text).x;
        } finally {
            gc.dispose();
        }
    }

    private static void waitForLayout() throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            processEvents();
            Thread.sleep(25);
        }
    }

}
