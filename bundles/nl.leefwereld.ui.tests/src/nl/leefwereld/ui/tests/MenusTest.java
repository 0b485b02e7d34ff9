// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.tests;

import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;

import nl.leefwereld.ui.toolset.ManageMethodsDialog;

import nl.leefwereld.ui.Messages;
import nl.leefwereld.ui.navigator.NavigatorView;
import nl.leefwereld.ui.privacy.AuditView;
import nl.leefwereld.ui.privacy.RetentionView;

/** The menu bar as the user sees it: Bestand, Bewerken and Help with our own (translated) entries. */
public class MenusTest {

    @Test
    void fileMenuOffersTheWizardsSaveAndExit() throws NotDefinedException {
        List<String> file = items(Messages.Menu_file);
        assertTrue(file.contains(command("nl.leefwereld.ui.newClient")), file.toString());
        assertTrue(file.contains(command("nl.leefwereld.ui.newConversation")), file.toString());
        assertTrue(file.contains(command("nl.leefwereld.ui.importTranscript")), file.toString());
        assertTrue(file.contains(command("nl.leefwereld.ui.backup")), file.toString());
        assertTrue(file.contains(command("nl.leefwereld.ui.changeDatabasePassword")), file.toString());
        assertTrue(file.contains(plain(Messages.Action_save)), file.toString());
        assertEquals(plain(Messages.Action_quit), file.get(file.size() - 1), file.toString());
        assertTrue(file.indexOf(command("nl.leefwereld.ui.newClient")) < file.indexOf(plain(Messages.Action_save)),
                "the wizards come first: " + file);
    }

    @Test
    void filePrivacyMenuOpensTheAuditLogAndTheRetentionPeriods() {
        IWorkbenchPage page = page();
        for (String viewId : List.of(AuditView.ID, RetentionView.ID)) {
            IViewPart open = page.findView(viewId);
            if (open != null) {
                page.hideView(open);
            }
            MenuItem item = privacyItem(PlatformUI.getWorkbench().getViewRegistry().find(viewId).getLabel());
            item.notifyListeners(SWT.Selection, new Event());
            processEvents();
            assertNotNull(page.findView(viewId), viewId + " opened by its menu item");
            page.hideView(page.findView(viewId));
            processEvents();
        }
    }

    /** The item of Bestand > Privacy with this label. */
    private static MenuItem privacyItem(String label) {
        Menu bar = shell().getMenuBar();
        for (MenuItem top : bar.getItems()) {
            if (plain(top.getText()).equals(plain(Messages.Menu_file))) {
                Menu file = top.getMenu();
                file.notifyListeners(SWT.Show, new Event());
                processEvents();
                for (MenuItem item : file.getItems()) {
                    if (item.getMenu() != null && plain(item.getText()).equals("Privacy")) {
                        Menu privacy = item.getMenu();
                        privacy.notifyListeners(SWT.Show, new Event());
                        processEvents();
                        for (MenuItem entry : privacy.getItems()) {
                            if (plain(entry.getText()).equals(plain(label))) {
                                return entry;
                            }
                        }
                        throw new AssertionError("No " + label + " in " + texts(privacy));
                    }
                }
                throw new AssertionError("No Privacy submenu in " + texts(file));
            }
        }
        throw new AssertionError("No file menu");
    }

    @Test
    void editMenuOffersUndoRedoAndDelete() {
        List<String> edit = items(Messages.Menu_edit);
        assertTrue(edit.stream().anyMatch(t -> t.startsWith(plain(Messages.Action_undo))), edit.toString());
        assertTrue(edit.stream().anyMatch(t -> t.startsWith(plain(Messages.Action_redo))), edit.toString());
        assertTrue(edit.contains(plain(Messages.Action_delete)), edit.toString());
    }

    @Test
    void helpMenuOffersAboutAndManageMethods() throws NotDefinedException {
        List<String> help = items(Messages.Menu_help);
        assertTrue(help.contains(plain(Messages.Action_about)), help.toString());
        assertTrue(help.contains(command("nl.leefwereld.ui.manageMethods")), help.toString());
    }

    @Test
    void manageMethodsSaysWhyItCannotChangeARuntimeWithoutP2Profile() {
        // The test runtime is not a p2-provisioned product: the dialog must say so and offer nothing to apply.
        // (Installing for real is tested in the materialised product by install-test.sh, same Toolset code.)
        ManageMethodsDialog dialog = new ManageMethodsDialog(shell());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            processEvents();
            assertNotNull(dialog.getProblem());
            assertEquals(dialog.getProblem(), dialog.getErrorMessage());
            assertTrue(dialog.getShown().isEmpty());
            assertFalse(dialog.canApply());
            assertEquals(nl.leefwereld.ui.toolset.Messages.Manage_title, dialog.getShell().getText());
        } finally {
            dialog.close();
        }
    }

    @Test
    void navigatorContextMenuOffersOpenNewConversationDeleteAndRefresh() throws NotDefinedException {
        NavigatorView navigator = (NavigatorView) page()
                .findView(NavigatorView.ID);
        Menu menu = navigator.getViewer().getTree().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        processEvents();
        List<String> texts = texts(menu);
        menu.notifyListeners(SWT.Hide, new Event());
        processEvents();
        assertEquals(plain(nl.leefwereld.ui.navigator.Messages.Navigator_open), texts.get(0), texts.toString());
        assertTrue(texts.contains(command("nl.leefwereld.ui.newConversation")), texts.toString());
        assertTrue(texts.contains(command("nl.leefwereld.ui.refresh")), texts.toString());
        assertTrue(texts.contains(plain(Messages.Action_delete)), texts.toString());
    }

    @Test
    void windowIsTitledLeefwereld() {
        assertEquals(Messages.Application_title, shell().getText());
    }

    private static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    /** The texts of a top-level menu's items (without mnemonics and accelerators), after it has been shown. */
    private static List<String> items(String menuLabel) {
        Menu bar = shell().getMenuBar();
        assertNotNull(bar, "menu bar");
        List<String> tops = new ArrayList<>();
        for (MenuItem top : bar.getItems()) {
            tops.add(plain(top.getText()));
            if (plain(top.getText()).equals(plain(menuLabel))) {
                Menu menu = top.getMenu();
                menu.notifyListeners(SWT.Show, new Event());
                processEvents();
                List<String> texts = texts(menu);
                menu.notifyListeners(SWT.Hide, new Event());
                processEvents();
                return texts;
            }
        }
        throw new AssertionError("No menu " + menuLabel + " in " + tops);
    }

    private static List<String> texts(Menu menu) {
        List<String> texts = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                texts.add(plain(item.getText()));
            }
        }
        return texts;
    }

    private static String command(String id) throws NotDefinedException {
        return plain(PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(id).getName());
    }

    private static String plain(String label) {
        int tab = label.indexOf('\t');
        return (tab < 0 ? label : label.substring(0, tab)).replace("&", "").trim();
    }
}
