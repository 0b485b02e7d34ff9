// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.tests;

import static nl.leefwereld.testsupport.Fixtures.participant;
import static nl.leefwereld.testsupport.Fixtures.utterance;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.ui.ConversationsPerspective;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;
import nl.leefwereld.ui.navigator.NavigatorView;
import nl.leefwereld.ui.wizards.ImportTranscriptWizard;

/** The real workbench, started by the UI harness with our application, on a real Derby database. */
public class WorkbenchTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private IWorkbenchPage page;
    private WorkbenchStore store;
    private Conversation conversation;

    @BeforeEach
    void setUp() {
        page = page();
        store = openStore();
        conversation = saveClientWithConversation("Fatima Testcli\u00ebnt " + UUID.randomUUID());
        store.fireChanged();
        processEvents();
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        processEvents();
    }

    @Test
    void perspectiveOpensWithItsViews() {
        assertEquals(ConversationsPerspective.ID, page.getPerspective().getId());
        assertNotNull(page.findView(NavigatorView.ID), "navigator");
        assertNotNull(page.findView(IPageLayout.ID_OUTLINE), "outline");
        assertNotNull(page.findView(IPageLayout.ID_PROP_SHEET), "properties");
    }

    @Test
    void navigatorShowsStoredClientTrajectoryAndConversation() {
        NavigatorView navigator = (NavigatorView) page.findView(NavigatorView.ID);
        navigator.getViewer().expandAll();
        List<String> texts = new ArrayList<>();
        for (TreeItem item : navigator.getViewer().getTree().getItems()) {
            collect(item, texts);
        }
        String clientName = conversation.getTrajectory().getClient().getDisplayName();
        assertTrue(texts.contains(clientName), texts.toString());
        assertTrue(texts.contains("Schuldhulptraject"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.endsWith("Kennismaking")), texts.toString());
    }

    @Test
    void openingAConversationShowsItsUtterancesTurnByTurn() throws Exception {
        ConversationEditor editor = open();
        TableItem[] rows = editor.getUtterancesViewer().getTable().getItems();
        assertEquals(3, rows.length);
        assertEquals("1", rows[0].getText(0));
        assertEquals("00:00:05", rows[0].getText(1));
        assertEquals("Consulent", rows[0].getText(2));
        assertEquals("Welkom, goed dat u er bent. Hoe is het voor u om hier te zijn?", rows[0].getText(3));
        assertEquals("Spannend, eerlijk gezegd.", rows[1].getText(3));
        assertEquals(2, editor.getParticipantsViewer().getTable().getItemCount());
    }

    @Test
    void anEditMarksTheEditorDirtyAndUndoRevertsIt() throws Exception {
        ConversationEditor editor = open();
        Utterance second = editor.getConversation().getUtterances().get(1);
        assertFalse(editor.isDirty());

        assertTrue(editor.set(second, ModelPackage.Literals.UTTERANCE__TEXT, "Heel spannend."));
        assertTrue(editor.isDirty());
        assertEquals("Heel spannend.", editor.getUtterancesViewer().getTable().getItem(1).getText(3));

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        processEvents();
        assertEquals("Spannend, eerlijk gezegd.", second.getText());
        assertEquals("Spannend, eerlijk gezegd.", editor.getUtterancesViewer().getTable().getItem(1).getText(3));
        assertFalse(editor.isDirty());
    }

    @Test
    void addMoveAndDeleteUtterancesAreUndoable() throws Exception {
        ConversationEditor editor = open();
        Utterance added = editor.addUtterance();
        processEvents();
        assertEquals(4, editor.getUtterancesViewer().getTable().getItemCount());
        editor.moveUtterance(added, -3);
        assertEquals(added, editor.getConversation().getUtterances().get(0));
        editor.deleteUtterances(List.of(added));
        assertEquals(3, editor.getConversation().getUtterances().size());
        editor.getCommandStack().undo();
        editor.getCommandStack().undo();
        editor.getCommandStack().undo();
        assertEquals(3, editor.getConversation().getUtterances().size());
        assertFalse(editor.isDirty());
    }

    @Test
    void saveWritesToDerby() throws Exception {
        ConversationEditor editor = open();
        Utterance third = editor.getConversation().getUtterances().get(2);
        editor.set(third, ModelPackage.Literals.UTTERANCE__TEXT, "Ik wil mijn schulden op een rij.");
        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());

        // Read the database anew: close the workbench's connection, open the folder fresh.
        Path folder = WorkbenchStore.defaultFolder();
        store.close();
        try (ConversationStore fresh = Stores.openEmbedded(folder)) {
            Conversation reloaded = fresh.loadConversation(conversation.getId());
            assertEquals("Ik wil mijn schulden op een rij.", reloaded.getUtterances().get(2).getText());
            assertEquals(3, reloaded.getUtterances().size());
        } finally {
            store.open(folder);
        }
    }

    @Test
    void importWithUnreadableLinesListsThemAndStoresNothing(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("kapot.txt");
        Files.writeString(bad, "Consulent: Goedemorgen.\n[00:00:05] zonder spreker\n", StandardCharsets.UTF_8);
        int before = countConversations();

        ImportTranscriptWizard wizard = new ImportTranscriptWizard(page, null);
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        try {
            wizard.setFile(bad.toString());
            assertFalse(wizard.performFinish());
            String[] problems = wizard.getProblemLines();
            assertEquals(1, problems.length, String.join("|", problems));
            assertTrue(problems[0].contains("2"), problems[0]);
            assertTrue(problems[0].contains("spreker") || problems[0].contains("speaker"), problems[0]);
        } finally {
            dialog.close();
        }
        assertEquals(before, countConversations());
    }

    private int countConversations() {
        return store.store().listClients().stream().flatMap(c -> c.getTrajectories().stream())
                .mapToInt(t -> t.getConversations().size()).sum();
    }

    private ConversationEditor open() throws Exception {
        ConversationEditor editor = (ConversationEditor) page.openEditor(
                new ConversationEditorInput(conversation.getId(), conversation.getTitle()), ConversationEditor.ID);
        processEvents();
        return editor;
    }

    private Conversation saveClientWithConversation(String clientName) {
        Trajectory trajectory = Fixtures.trajectory(clientName, "Schuldhulptraject", null);
        Client client = trajectory.getClient();
        store.store().saveClient(client);

        Conversation c = F.createConversation();
        c.setId(UUID.randomUUID().toString());
        c.setTitle("Kennismaking");
        c.setKind(ConversationKind.WELCOME);
        c.setDate(new Date());
        Participant professional = participant(c, "Consulent", ParticipantRole.PROFESSIONAL);
        Participant fatima = participant(c, "Fatima", ParticipantRole.CLIENT);
        utterance(c, professional, 5_000L, "Welkom, goed dat u er bent. Hoe is het voor u om hier te zijn?");
        utterance(c, fatima, 11_000L, "Spannend, eerlijk gezegd.");
        utterance(c, fatima, null, "Ik weet niet waar ik moet beginnen.");
        trajectory.getConversations().add(c);
        store.store().saveConversation(c);
        return c;
    }

    private static void collect(TreeItem item, List<String> texts) {
        texts.add(item.getText());
        for (TreeItem child : item.getItems()) {
            collect(child, texts);
        }
    }
}
