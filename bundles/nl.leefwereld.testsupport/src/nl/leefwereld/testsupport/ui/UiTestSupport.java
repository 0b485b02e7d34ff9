// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.testsupport.ui;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabFolderRenderer;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import nl.leefwereld.ui.Messages;
import nl.leefwereld.ui.Perspectives;
import nl.leefwereld.ui.WorkbenchStore;

/**
 * What the UI tests share: running the event loop, waiting for the workbench, finding controls, opening views as
 * a user does. Every call runs on the UI thread (the tests run in Tycho's UI harness).
 */
public final class UiTestSupport {

    private UiTestSupport() {
    }

    /** Runs the event loop until no event is waiting. */
    public static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** Runs the event loop until {@code condition} holds; fails after a minute naming {@code what}. */
    public static void waitUntil(BooleanSupplier condition, String what) {
        long end = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            if (!Display.getCurrent().readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        processEvents();
    }

    /** All controls of this type under {@code root}, depth first, in the order they were made. */
    public static <T extends Control> List<T> controls(Composite root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control c : root.getChildren()) {
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
            if (c instanceof Composite composite) {
                found.addAll(controls(composite, type));
            }
        }
        return found;
    }

    /** The workbench's store, once its database is open (fails after a minute). */
    public static WorkbenchStore openStore() {
        WorkbenchStore store = WorkbenchStore.get();
        waitUntil(store::isOpen, "the database is open");
        return store;
    }

    /** The active page of the active workbench window. */
    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Opens a view as Window > Show View does: through the workbench's Show View command. */
    public static void showViewByCommand(String viewId) throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Command showView = window.getService(ICommandService.class).getCommand(IWorkbenchCommandConstants.VIEWS_SHOW_VIEW);
        window.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(showView,
                Map.of(IWorkbenchCommandConstants.VIEWS_SHOW_VIEW_PARM_ID, viewId)), null);
        processEvents();
    }

    /** Opens a view as a user does: Venster > Weergave tonen > the view's group > the view; fails when it is not there. */
    public static IViewPart showViewFromMenu(String viewId) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        for (Perspectives.ViewGroup group : Perspectives.viewGroups()) {
            for (var view : group.views()) {
                if (view.getId().equals(viewId)) {
                    Menu menu = openMenu(menuItem(window.getShell().getMenuBar(), Messages.Menu_window).getMenu());
                    menu = openMenu(menuItem(menu, Messages.Menu_showView).getMenu());
                    menu = openMenu(menuItem(menu, group.label()).getMenu());
                    menuItem(menu, view.getLabel()).notifyListeners(SWT.Selection, new Event());
                    processEvents();
                    return window.getActivePage().findView(viewId);
                }
            }
        }
        throw new AssertionError(viewId + " is not in Venster > Weergave tonen"); //$NON-NLS-1$
    }

    /** Shows a menu as GTK does before it pops up (a MenuManager fills it then); returns it. */
    public static Menu openMenu(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        processEvents();
        return menu;
    }

    /** The item of a menu with this label (mnemonic and accelerator aside); fails naming the items there. */
    public static MenuItem menuItem(Menu menu, String label) {
        StringBuilder seen = new StringBuilder();
        for (MenuItem item : menu.getItems()) {
            if (plainLabel(item.getText()).equals(plainLabel(label))) {
                return item;
            }
            seen.append(plainLabel(item.getText())).append("; "); //$NON-NLS-1$
        }
        throw new AssertionError("No " + plainLabel(label) + " in " + seen); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A menu label without its mnemonic and accelerator. */
    public static String plainLabel(String label) {
        int tab = label.indexOf('\t');
        return (tab < 0 ? label : label.substring(0, tab)).replace("&", "").trim(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Opens a conversation as a user does: in the navigator (shown first) its line is selected and double-clicked;
     * returns the editor once it is active on that conversation.
     */
    public static nl.leefwereld.ui.editor.ConversationEditor openFromNavigator(String conversationId) {
        IWorkbenchPage page = page();
        nl.leefwereld.ui.navigator.NavigatorView navigator;
        try {
            navigator = (nl.leefwereld.ui.navigator.NavigatorView) page.showView(nl.leefwereld.ui.navigator.NavigatorView.ID);
        } catch (org.eclipse.ui.PartInitException e) {
            throw new AssertionError(e);
        }
        navigator.refresh();
        navigator.getViewer().expandAll();
        processEvents();
        org.eclipse.swt.widgets.TreeItem line = find(navigator.getViewer().getTree().getItems(), conversationId);
        if (line == null) {
            throw new AssertionError("conversation " + conversationId + " not in the navigator"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        navigator.getViewer().getTree().setSelection(line);
        Event select = new Event();
        select.item = line;
        navigator.getViewer().getTree().notifyListeners(SWT.Selection, select);
        Event open = new Event();
        open.item = line;
        navigator.getViewer().getTree().notifyListeners(SWT.DefaultSelection, open);
        waitUntil(() -> page.getActiveEditor() instanceof nl.leefwereld.ui.editor.ConversationEditor e
                && conversationId.equals(e.getConversation().getId()), "the conversation opens"); //$NON-NLS-1$
        return (nl.leefwereld.ui.editor.ConversationEditor) page.getActiveEditor();
    }

    private static org.eclipse.swt.widgets.TreeItem find(org.eclipse.swt.widgets.TreeItem[] items, String conversationId) {
        for (org.eclipse.swt.widgets.TreeItem item : items) {
            if (item.getData() instanceof nl.leefwereld.model.Conversation c && conversationId.equals(c.getId())) {
                return item;
            }
            org.eclipse.swt.widgets.TreeItem below = find(item.getItems(), conversationId);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /** Clicks a row of a table, as a user selects it. */
    public static void clickRow(Table table, int index) {
        table.setSelection(index);
        Event e = new Event();
        e.item = table.getItem(index);
        table.notifyListeners(SWT.Selection, e);
        processEvents();
    }

    /**
     * Opens a perspective as a user does, Venster > Perspectief openen > its label, and resets it (Perspectief
     * herstellen, without its confirmation), so the perspective shows its own layout.
     */
    public static void openPerspectiveFromMenu(String perspectiveId) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IPerspectiveDescriptor perspective = PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(perspectiveId);
        if (perspective == null) {
            throw new AssertionError("no perspective " + perspectiveId); //$NON-NLS-1$
        }
        Menu menu = openMenu(menuItem(window.getShell().getMenuBar(), Messages.Menu_window).getMenu());
        menu = openMenu(menuItem(menu, Messages.Menu_openPerspective).getMenu());
        MenuItem choice = menuItem(menu, perspective.getLabel());
        choice.setSelection(true); // a radio item is selected before its selection event, as GTK does
        choice.notifyListeners(SWT.Selection, new Event());
        processEvents();
        if (!perspectiveId.equals(window.getActivePage().getPerspective().getId())) {
            throw new AssertionError(perspective.getLabel() + " did not open"); //$NON-NLS-1$
        }
        window.getActivePage().resetPerspective();
        settle();
    }

    /** Processes events for about half a second, so layouts and deferred resizes have settled. */
    public static void settle() {
        for (int i = 0; i < 20; i++) {
            processEvents();
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * The width the folder's renderer gives the tab when its title is not shortened: its margins, icon, title and
     * (on the selected tab) close button. A tab the folder squeezed is narrower than this, while its text and icon
     * alone may still be narrower than the squeezed tab (the title then ends in "..." all the same).
     */
    private static int fullTabWidth(CTabFolder folder, CTabItem item, GC gc) {
        try {
            Method computeSize = CTabFolderRenderer.class.getDeclaredMethod("computeSize", int.class, int.class, //$NON-NLS-1$
                    GC.class, int.class, int.class);
            computeSize.setAccessible(true);
            int state = item == folder.getSelection() ? SWT.SELECTED : SWT.NONE;
            Point size = (Point) computeSize.invoke(folder.getRenderer(), folder.indexOf(item), state, gc, SWT.DEFAULT,
                    SWT.DEFAULT);
            return size.x;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot measure the tab " + item.getText(), e); //$NON-NLS-1$
        }
    }

    /** The perspectives of Leefwereld (the general one and those of the methods), by id. */
    public static List<String> leefwereldPerspectives() {
        List<String> ids = new ArrayList<>();
        for (IPerspectiveDescriptor p : PlatformUI.getWorkbench().getPerspectiveRegistry().getPerspectives()) {
            if (p.getId().startsWith("nl.leefwereld.")) { //$NON-NLS-1$
                ids.add(p.getId());
            }
        }
        return ids;
    }

    /**
     * What is wrong with the tab titles of the window's visible stacks: a title cut short (its tab narrower than
     * the renderer makes a tab with the whole title) or a tab pushed behind the chevron; empty when every title is whole.
     */
    public static List<String> tabTitleProblems(Shell shell) {
        List<String> problems = new ArrayList<>();
        for (CTabFolder folder : controls(shell, CTabFolder.class)) {
            if (!folder.isVisible() || folder.getItemCount() == 0) {
                continue;
            }
            GC gc = new GC(folder);
            try {
                for (CTabItem item : folder.getItems()) {
                    if (!item.isShowing()) {
                        problems.add(item.getText() + " is hidden behind the chevron"); //$NON-NLS-1$
                        continue;
                    }
                    gc.setFont(item.getFont() != null ? item.getFont() : folder.getFont());
                    int needed = Math.max(fullTabWidth(folder, item, gc), gc.textExtent(item.getText(),
                            SWT.DRAW_MNEMONIC).x + (item.getImage() == null ? 0 : item.getImage().getBounds().width));
                    if (item.getBounds().width < needed) {
                        problems.add(item.getText() + " is " + item.getBounds().width + " px wide, needs " + needed); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
            } finally {
                gc.dispose();
            }
        }
        return problems;
    }
}
