// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.navigator;

import static nl.leefwereld.testsupport.ui.UiTestSupport.controls;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.wizards.ImportTranscriptWizard;

/** The import wizard's live preview and new client, and moving a conversation from the navigator. */
public class ImportAndMoveTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        processEvents();
    }

    /** Exposes the Finish button, which the user presses. */
    private static final class Dialog extends WizardDialog {
        Dialog(ImportTranscriptWizard wizard) {
            super(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
            setBlockOnOpen(false);
        }

        Button finish() {
            return getButton(IDialogConstants.FINISH_ID);
        }
    }

    @Test
    void thePreviewShowsAProblemLineBeforeFinishAndDhrJansenImportsForANewClient() throws Exception {
        WorkbenchStore store = openStore();
        Path bad = dir.resolve("fout.txt");
        Files.writeString(bad, "Dhr. Jansen: Goedemorgen.\nMw. de Boer: Dag.\n[00:xx] zonder spreker\n", StandardCharsets.UTF_8);
        String name = "Nieuwe cliënt " + UUID.randomUUID();
        ImportTranscriptWizard wizard = new ImportTranscriptWizard(page(), StructuredSelection.EMPTY);
        Dialog dialog = new Dialog(wizard);
        dialog.open();
        try {
            wizard.setFile(bad.toString());
            processEvents();
            Table preview = wizard.getPreviewTable();
            List<String> rows = new ArrayList<>();
            for (TableItem item : preview.getItems()) {
                rows.add(item.getText(0) + "|" + item.getText(1) + "|" + item.getText(2) + "|" + item.getText(3));
            }
            assertEquals("1||Dhr. Jansen|Goedemorgen.", rows.get(0), rows.toString());
            assertEquals("2||Mw. de Boer|Dag.", rows.get(1), rows.toString());
            assertTrue(rows.get(2).startsWith("3||"), "the problem stands on its line: " + rows);
            assertTrue(rows.get(2).contains("[00:xx]") && !rows.get(2).contains("''"), rows.toString());
            assertFalse(dialog.finish().isEnabled(), "no Finish while the file has problems");
            assertNotNull(dialog.getCurrentPage().getErrorMessage());

            Path good = dir.resolve("goed.txt");
            Files.writeString(good, "[00:00:05] Dhr. Jansen: Goedemorgen.\n[00:00:09] Mw. de Boer: Dag, om 10:30 ben ik er weer.\n",
                    StandardCharsets.UTF_8);
            wizard.setNewClient(name);
            wizard.setFile(good.toString());
            processEvents();
            assertEquals(2, preview.getItemCount());
            assertEquals(0, wizard.getProblemLines().length);
            assertTrue(dialog.finish().isEnabled());
            dialog.finish().notifyListeners(SWT.Selection, new Event());
            processEvents();
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        Client created = store.store().listClients().stream().filter(c -> c.getDisplayName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("the new client was saved"));
        Conversation imported = store.store().loadConversation(created.getTrajectories().get(0).getConversations().get(0).getId());
        assertEquals("Dhr. Jansen", imported.getUtterances().get(0).getSpeaker().getName());
        assertEquals("Dag, om 10:30 ben ik er weer.", imported.getUtterances().get(1).getText());
    }

    @Test
    void theMoveCommandInTheNavigatorMovesAConversationToTheChosenTrajectory() throws Exception {
        WorkbenchStore store = openStore();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Client from = client("Van " + suffix, "Begeleiding " + suffix);
        Client to = client("Naar " + suffix, "Schuldhulp " + suffix);
        Conversation conversation = ModelFactory.eINSTANCE.createConversation();
        conversation.setId(UUID.randomUUID().toString());
        conversation.setTitle("Te verplaatsen " + suffix);
        from.getTrajectories().get(0).getConversations().add(conversation);
        store.store().saveClient(from);
        store.store().saveClient(to);
        store.store().saveConversation(conversation);
        store.fireChanged();

        NavigatorView navigator = (NavigatorView) page().showView(NavigatorView.ID);
        navigator.refresh();
        processEvents();
        Conversation shown = find(navigator, conversation.getId());
        navigator.getViewer().setSelection(new StructuredSelection(shown), true);
        page().activate(navigator);
        processEvents();

        Menu menu = navigator.getViewer().getTree().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        processEvents();
        MenuItem move = null;
        for (MenuItem item : menu.getItems()) {
            if (item.getText().replace("&", "").startsWith(plainMoveLabel())) {
                move = item;
            }
        }
        assertNotNull(move, "Verplaatsen naar... in the context menu of a conversation");
        String target = "Schuldhulp " + suffix;
        List<String> seen = new ArrayList<>();
        answerMoveDialog(target, seen);
        move.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        processEvents();

        assertEquals(List.of(Messages.Move_title), seen, "the dialog was shown and answered");
        assertEquals(to.getTrajectories().get(0).getId(),
                store.store().loadConversation(conversation.getId()).getTrajectory().getId());
        assertEquals(to.getId(), find(navigator, conversation.getId()).getTrajectory().getClient().getId(),
                "the navigator shows it under the new client");
    }

    @Test
    void aConversationDroppedOnAnotherClientsTrajectoryMovesThere() throws Exception {
        WorkbenchStore store = openStore();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Client from = client("Sleep " + suffix, "A " + suffix);
        Client to = client("Doel " + suffix, "B " + suffix);
        Conversation conversation = ModelFactory.eINSTANCE.createConversation();
        conversation.setId(UUID.randomUUID().toString());
        conversation.setTitle("Gesleept " + suffix);
        from.getTrajectories().get(0).getConversations().add(conversation);
        store.store().saveClient(from);
        store.store().saveClient(to);
        store.store().saveConversation(conversation);
        store.fireChanged();
        NavigatorView navigator = (NavigatorView) page().showView(NavigatorView.ID);
        navigator.refresh();
        processEvents();
        Client shownTarget = ((List<?>) navigator.getViewer().getInput()).stream().filter(Client.class::isInstance)
                .map(Client.class::cast).filter(c -> c.getId().equals(to.getId())).findFirst().orElseThrow();
        assertTrue(navigator.dropOn(new StructuredSelection(find(navigator, conversation.getId())), shownTarget),
                "a client with one trajectory takes the drop");
        assertEquals(to.getTrajectories().get(0).getId(),
                store.store().loadConversation(conversation.getId()).getTrajectory().getId());
    }

    private static String plainMoveLabel() throws Exception {
        return PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class)
                .getCommand("nl.leefwereld.ui.moveConversation").getName().replace("&", "").replace("...", "").replace("\u2026", "");
    }

    /** Waits for the move dialog, filters on the target's title, picks it and presses OK. */
    private static void answerMoveDialog(String target, List<String> seen) {
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        long end = System.currentTimeMillis() + 30_000;
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (Messages.Move_title.equals(shell.getText()) && shell.isVisible()) {
                    if (seen.isEmpty()) {
                        seen.add(shell.getText());
                        controls(shell, Text.class).get(0).setText(target); // the user types to filter
                    }
                    // the dialog fills and filters its list in the background: wait for the target to be listed
                    Table table = controls(shell, Table.class).get(0);
                    for (int i = 0; i < table.getItemCount(); i++) {
                        if (table.getItem(i).getText().endsWith(target)) {
                            table.setSelection(i);
                            table.notifyListeners(SWT.Selection, new Event());
                            for (Button b : controls(shell, Button.class)) {
                                if (b.getText().equals(IDialogConstants.OK_LABEL)) {
                                    b.notifyListeners(SWT.Selection, new Event());
                                }
                            }
                            return;
                        }
                    }
                }
            }
            if (System.currentTimeMillis() < end) {
                display.timerExec(100, poll[0]);
            }
        };
        display.timerExec(100, poll[0]);
    }

    private static Client client(String name, String trajectoryTitle) {
        Trajectory trajectory = Fixtures.trajectory(name, trajectoryTitle, null);
        Client client = trajectory.getClient();
        return client;
    }

    private static Conversation find(NavigatorView navigator, String id) {
        for (Object element : (List<?>) navigator.getViewer().getInput()) {
            if (element instanceof Client c) {
                for (Trajectory t : c.getTrajectories()) {
                    for (Conversation v : t.getConversations()) {
                        if (v.getId().equals(id)) {
                            return v;
                        }
                    }
                }
            }
        }
        throw new AssertionError("conversation " + id + " not in the navigator");
    }
}
