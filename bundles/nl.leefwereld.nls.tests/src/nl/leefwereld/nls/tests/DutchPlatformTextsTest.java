// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.nls.tests;

import static nl.leefwereld.testsupport.ui.UiTestSupport.controls;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;

/**
 * The workbench started in Dutch shows the platform's own texts in Dutch, from the language-pack fragments: the
 * dialog buttons, Outline and Properties, the Show View dialog, the save prompt, About, the command names that quick
 * access and the key assist list.
 */
class DutchPlatformTextsTest {

    private final IWorkbenchPage page = page();

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
        processEvents();
    }

    @Test
    void theWorkbenchRunsInDutch() {
        assertTrue(Platform.getNL().startsWith("nl"), Platform.getNL()); //$NON-NLS-1$
    }

    @Test
    void dialogButtonsAreDutch() {
        assertEquals("Annuleren", IDialogConstants.CANCEL_LABEL); //$NON-NLS-1$
        assertEquals("&Voltooien", IDialogConstants.FINISH_LABEL); //$NON-NLS-1$
        assertEquals("&Sluiten", IDialogConstants.CLOSE_LABEL); //$NON-NLS-1$
        assertEquals("&Volgende >", IDialogConstants.NEXT_LABEL); //$NON-NLS-1$
        assertEquals("< V&orige", IDialogConstants.BACK_LABEL); //$NON-NLS-1$
        assertEquals("&Ja", IDialogConstants.YES_LABEL); //$NON-NLS-1$
        assertEquals("&Nee", IDialogConstants.NO_LABEL); //$NON-NLS-1$
    }

    @Test
    void outlineAndPropertiesAreDutchWithTheirMessagesAndColumns() throws Exception {
        page.closeAllEditors(false);
        IViewPart outline = page.showView(IPageLayout.ID_OUTLINE);
        processEvents();
        assertEquals("Overzicht", outline.getTitle()); //$NON-NLS-1$
        assertTrue(texts(outline).contains("Er is geen actieve editor met een overzicht."), texts(outline).toString()); //$NON-NLS-1$

        IViewPart properties = page.showView(IPageLayout.ID_PROP_SHEET);
        processEvents();
        assertEquals("Eigenschappen", properties.getTitle()); //$NON-NLS-1$
        List<String> columns = new ArrayList<>();
        for (Tree tree : controls(shell(properties), Tree.class)) {
            for (TreeColumn column : tree.getColumns()) {
                columns.add(column.getText());
            }
        }
        assertTrue(columns.containsAll(List.of("Eigenschap", "Waarde")), columns.toString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void theShowViewDialogIsDutch() throws Exception {
        Seen seen = whileOpen(() -> PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand("org.eclipse.ui.views.showView", null)); //$NON-NLS-1$
        assertEquals("Weergave tonen", seen.title()); //$NON-NLS-1$
        assertTrue(seen.buttons().containsAll(List.of("&Openen", "Annuleren")), seen.buttons().toString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void theSavePromptIsDutch() throws Exception {
        Conversation conversation = savedConversation("Opslaan?"); //$NON-NLS-1$
        ConversationEditor editor = (ConversationEditor) page.openEditor(
                new ConversationEditorInput(conversation.getId(), conversation.getTitle()), ConversationEditor.ID);
        processEvents();
        editor.execute(SetCommand.create(editor.getEditingDomain(), editor.getConversation(),
                ModelPackage.Literals.CONVERSATION__TITLE, "Gewijzigd")); //$NON-NLS-1$
        assertTrue(editor.isDirty());
        Seen seen = whileOpen(() -> page.closeEditor(editor, true));
        assertTrue(List.of("Wijzigingen opslaan", "'Opslaan?' opslaan?", "'Gewijzigd' opslaan?").contains(seen.title()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || seen.texts().stream().anyMatch(t -> t.contains("opslaan")), seen.toString()); //$NON-NLS-1$
        assertTrue(seen.buttons().containsAll(List.of("Annuleren")), seen.buttons().toString()); //$NON-NLS-1$
        assertTrue(seen.buttons().stream().anyMatch(b -> b.replace("&", "").equals("Niet opslaan")), seen.buttons().toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(seen.buttons().stream().anyMatch(b -> b.replace("&", "").equals("Opslaan")), seen.buttons().toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void aboutIsDutch() throws Exception {
        var about = ActionFactory.ABOUT.create(PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        try {
            Seen seen = whileOpen(about::run);
            assertEquals("Over Leefwereld", seen.title()); //$NON-NLS-1$
            assertTrue(seen.buttons().stream().anyMatch(b -> b.replace("&", "").equals("Installatiegegevens")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    seen.buttons().toString());
            assertTrue(seen.buttons().stream().anyMatch(b -> b.replace("&", "").equals("Sluiten")), seen.buttons().toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } finally {
            about.dispose();
        }
    }

    @Test
    void commandNamesInQuickAccessAndKeyAssistAreDutch() throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        assertEquals("Snelle toegang", commands.getCommand("org.eclipse.ui.window.quickAccess").getName()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("Sneltoetsen tonen", commands.getCommand("org.eclipse.ui.window.showKeyAssist").getName()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("Perspectief herstellen", commands.getCommand("org.eclipse.ui.window.resetPerspective").getName()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("Weergave tonen", commands.getCommand("org.eclipse.ui.views.showView").getName()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("Opslaan", commands.getCommand("org.eclipse.ui.file.save").getName()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void ourOwnWordsAreDutchToo() {
        // the audit log's details, stored as English words
        assertEquals("gesprek", nl.leefwereld.ui.privacy.Messages.detailLabel("conversation")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("cliënt", nl.leefwereld.ui.privacy.Messages.detailLabel("client")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("soort schuldhulp, 24 maanden, laatste activiteit 2024-01-02", //$NON-NLS-1$
                nl.leefwereld.ui.privacy.Messages.detailLabel("kind schuldhulp, 24 months, last activity 2024-01-02")); //$NON-NLS-1$
        // the Venster menu
        assertEquals("&Venster", nl.leefwereld.ui.Messages.Menu_window); //$NON-NLS-1$
        assertEquals("&Weergave tonen", nl.leefwereld.ui.Messages.Menu_showView); //$NON-NLS-1$
        // numbers in the reader's locale: a decimal comma
        assertEquals("3,5", String.format(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT), "%.1f", 3.5)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    // ------------------------------------------------------------------ helpers

    private record Seen(String title, List<String> buttons, List<String> texts) {
    }

    private static final int MODAL = SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL;

    /**
     * Runs something that opens a modal dialog, notes the dialog's title, buttons and labels, and closes it. Only a
     * shell that was not open before and that is modal or whose parent is the workbench window counts as the dialog
     * (a shell the method bundles' views keep, a tooltip or a popup is not it). The search goes on until the dialog
     * is found or, after a minute, the opener has returned: a dialog that shows late (a loaded machine) is closed all
     * the same, so its modal loop cannot keep the test waiting. Without a dialog the test fails.
     */
    private static Seen whileOpen(ThrowingRunnable opener) throws Exception {
        Display display = Display.getCurrent();
        Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Set<Shell> before = new HashSet<>(List.of(display.getShells()));
        Seen[] seen = new Seen[1];
        boolean[] returned = new boolean[1];
        long end = System.currentTimeMillis() + 60_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (!before.contains(shell) && !shell.isDisposed() && shell.isVisible()
                        && (shell.getParent() == main || (shell.getStyle() & MODAL) != 0)) {
                    List<String> buttons = new ArrayList<>();
                    controls(shell, Button.class).forEach(b -> buttons.add(b.getText()));
                    List<String> labels = new ArrayList<>();
                    controls(shell, Label.class).forEach(l -> labels.add(l.getText()));
                    seen[0] = new Seen(shell.getText(), buttons, labels);
                    shell.close();
                    return;
                }
            }
            if (!returned[0] || System.currentTimeMillis() < end) {
                display.timerExec(100, poll[0]);
            }
        };
        display.timerExec(100, poll[0]);
        try {
            opener.run();
        } finally {
            returned[0] = true;
        }
        while (seen[0] == null && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                Thread.sleep(20);
            }
        }
        processEvents();
        assertNotNull(seen[0], "a dialog of the workbench window opened"); //$NON-NLS-1$
        return seen[0];
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static Composite shell(IViewPart part) {
        return part.getSite().getShell();
    }

    private static List<String> texts(IViewPart part) {
        List<String> texts = new ArrayList<>();
        controls(part.getSite().getShell(), Label.class).forEach(l -> texts.add(l.getText()));
        controls(part.getSite().getShell(), org.eclipse.swt.widgets.Text.class).forEach(t -> texts.add(t.getText()));
        return texts;
    }

    private static Conversation savedConversation(String title) {
        WorkbenchStore store = openStore();
        Conversation conversation = Fixtures.saveEmpty(store.store(), "Taal", title); //$NON-NLS-1$
        return conversation;
    }
}
