// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.tests;

import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.ui.ConversationsPerspective;
import nl.leefwereld.ui.Messages;
import nl.leefwereld.ui.Perspectives;

/**
 * Venster, as a user works it: every view of the product (all five methods are installed in this runtime) opens
 * from Venster > Weergave tonen > its method, every perspective from Venster > Perspectief openen shows its
 * method's views, and Perspectief herstellen brings a closed view back.
 */
class WindowMenuTest {

    private static final List<String> METHOD_PERSPECTIVES = List.of("nl.leefwereld.method.mi.ui.perspective", //$NON-NLS-1$
            "nl.leefwereld.method.relation.ui.perspective", "nl.leefwereld.method.blanco.ui.perspective", //$NON-NLS-1$ //$NON-NLS-2$
            "nl.leefwereld.method.stress.ui.perspective", "nl.leefwereld.method.persona.ui.perspective"); //$NON-NLS-1$ //$NON-NLS-2$

    private final IWorkbenchPage page = page();

    @AfterEach
    void backToTheGeneralPerspective() {
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(ConversationsPerspective.ID));
        page.resetPerspective();
        processEvents();
    }

    @Test
    void showViewOffersEveryViewGroupedPerMethodAndOpensEachOne() {
        List<String> groups = texts(submenu(Messages.Menu_window, Messages.Menu_showView));
        // the general views first, then one submenu per method, then the platform's dialog
        assertEquals(plain(Messages.Views_general), groups.get(0), groups.toString());
        for (String method : List.of("mi", "relation", "blanco", "stress", "persona")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            var category = List.of(PlatformUI.getWorkbench().getViewRegistry().getCategories()).stream()
                    .filter(c -> c.getId().equals("nl.leefwereld.method." + method + ".ui.views")).findFirst(); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(category.isPresent(), method + " declares a view category");
            assertTrue(groups.contains(category.get().getLabel()), category.get().getLabel() + " in " + groups);
        }
        assertEquals(plain(Messages.Action_otherView), groups.get(groups.size() - 1), groups.toString());

        List<String> opened = new ArrayList<>();
        for (Perspectives.ViewGroup group : Perspectives.viewGroups()) {
            for (IViewDescriptor view : group.views()) {
                IViewPart open = page.findView(view.getId());
                if (open != null) {
                    page.hideView(open);
                    processEvents();
                }
                MenuItem item = find(submenu(Messages.Menu_window, Messages.Menu_showView, group.label()), view.getLabel());
                item.notifyListeners(SWT.Selection, new Event());
                processEvents();
                IViewPart shown = page.findView(view.getId());
                assertNotNull(shown, view.getLabel() + " opened from Venster > Weergave tonen > " + group.label());
                assertTrue(page.isPartVisible(shown), view.getLabel() + " is in front");
                opened.add(view.getId());
            }
        }
        // Luisterschrift, Film van de cliënt, Welkomstgesprek, Briefcheck, Stresssignalen: not reachable before
        for (String fiveThatCouldNotBeOpened : List.of("nl.leefwereld.method.blanco.ui.notebook", //$NON-NLS-1$
                "nl.leefwereld.method.blanco.ui.film", "nl.leefwereld.method.stress.ui.welcome", //$NON-NLS-1$ //$NON-NLS-2$
                "nl.leefwereld.method.stress.ui.letter", "nl.leefwereld.method.stress.ui.signals")) { //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(opened.contains(fiveThatCouldNotBeOpened), fiveThatCouldNotBeOpened + " in " + opened);
        }
    }

    @Test
    void eachMethodHasAPerspectiveWithItsViewsOpenedFromTheMenu() {
        List<String> offered = texts(submenu(Messages.Menu_window, Messages.Menu_openPerspective));
        assertEquals(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(ConversationsPerspective.ID)
                .getLabel(), offered.get(0), offered.toString());
        for (String id : METHOD_PERSPECTIVES) {
            IPerspectiveDescriptor perspective = PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id);
            assertNotNull(perspective, id);
            MenuItem item = find(submenu(Messages.Menu_window, Messages.Menu_openPerspective), perspective.getLabel());
            item.setSelection(true); // a radio item is selected before its selection event, as GTK does
            item.notifyListeners(SWT.Selection, new Event());
            processEvents();
            assertEquals(id, page.getPerspective().getId(), "opened " + perspective.getLabel());
            List<String> visible = new ArrayList<>();
            for (IViewReference ref : page.getViewReferences()) {
                IViewPart view = ref.getView(false);
                if (view != null && page.isPartVisible(view)) {
                    visible.add(ref.getId());
                }
            }
            String method = id.substring(0, id.length() - ".perspective".length()); //$NON-NLS-1$
            assertTrue(visible.stream().anyMatch(v -> v.startsWith(method + '.')), id + " shows a view of its method: " + visible);
            assertTrue(visible.contains(nl.leefwereld.ui.navigator.NavigatorView.ID), "clients beside it: " + visible);
        }
    }

    @Test
    void resetPerspectiveBringsAClosedViewBack() {
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId("nl.leefwereld.method.stress.ui.perspective")); //$NON-NLS-1$
        processEvents();
        IViewPart welcome = page.findView("nl.leefwereld.method.stress.ui.welcome"); //$NON-NLS-1$
        assertNotNull(welcome);
        page.hideView(welcome);
        processEvents();
        // the menu item asks for confirmation in a dialog; the page's reset is what it runs
        assertTrue(texts(menu(Messages.Menu_window)).contains(plain(Messages.Action_resetPerspective)));
        page.resetPerspective();
        processEvents();
        assertNotNull(page.findView("nl.leefwereld.method.stress.ui.welcome"), "back after reset"); //$NON-NLS-1$
    }

    @Test
    void resetPerspectivePutsTheSuggestionsInTheGeneralAndEveryConversationMethodPerspective() {
        List<String> ids = new ArrayList<>(List.of(ConversationsPerspective.ID));
        ids.addAll(METHOD_PERSPECTIVES.stream().filter(id -> !id.contains(".persona.")).toList()); //$NON-NLS-1$
        for (String id : ids) {
            IPerspectiveDescriptor perspective = PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id);
            MenuItem item = find(submenu(Messages.Menu_window, Messages.Menu_openPerspective), perspective.getLabel());
            item.setSelection(true);
            item.notifyListeners(SWT.Selection, new Event());
            processEvents();
            assertEquals(id, page.getPerspective().getId());
            IViewPart suggestions = page.findView(nl.leefwereld.ui.methods.SuggestionsView.ID);
            if (suggestions != null) {
                page.hideView(suggestions);
                processEvents();
            }
            assertTrue(page.findView(nl.leefwereld.ui.methods.SuggestionsView.ID) == null, "closed in " + id);
            page.resetPerspective();
            processEvents();
            assertNotNull(page.findView(nl.leefwereld.ui.methods.SuggestionsView.ID),
                    "Suggesties back after Perspectief herstellen in " + perspective.getLabel());
        }
    }

    @Test
    void quickAccessAndKeyAssistHaveTheirKeys() {
        var bindings = PlatformUI.getWorkbench().getService(org.eclipse.ui.keys.IBindingService.class);
        assertEquals("Ctrl+3", bindings.getBestActiveBindingFormattedFor("org.eclipse.ui.window.quickAccess")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("Shift+Ctrl+L", bindings.getBestActiveBindingFormattedFor("org.eclipse.ui.window.showKeyAssist")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The SWT menu reached through the menu bar along these labels, shown as a user opens it. */
    static Menu submenu(String... path) {
        Menu menu = menu(path[0]);
        for (int i = 1; i < path.length; i++) {
            MenuItem item = find(menu, path[i]);
            menu = item.getMenu();
            assertNotNull(menu, path[i] + " is a submenu");
            menu.notifyListeners(SWT.Show, new Event());
            processEvents();
        }
        return menu;
    }

    static Menu menu(String top) {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        Menu menu = find(bar, top).getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        processEvents();
        return menu;
    }

    static MenuItem find(Menu menu, String label) {
        for (MenuItem item : menu.getItems()) {
            if (plain(item.getText()).equals(plain(label))) {
                return item;
            }
        }
        throw new AssertionError("No " + plain(label) + " in " + texts(menu));
    }

    static List<String> texts(Menu menu) {
        List<String> texts = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                texts.add(plain(item.getText()));
            }
        }
        return texts;
    }

    static String plain(String label) {
        int tab = label.indexOf('\t');
        return (tab < 0 ? label : label.substring(0, tab)).replace("&", "").trim(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
