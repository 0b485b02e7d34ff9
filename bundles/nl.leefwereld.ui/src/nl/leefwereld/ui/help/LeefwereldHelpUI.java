// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.help;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * The workbench's help UI (extension point org.eclipse.ui.helpSupport): Help > Inhoud van de help, F1 and help
 * links all go to the {@link HelpView}. The help content itself is the platform's (org.eclipse.help: tables of
 * contents and contexts from each bundle's plugin.xml). Context help finds the context by the active part's id, so
 * every view and editor has F1 help as soon as its bundle declares a context with that id.
 */
public class LeefwereldHelpUI extends AbstractHelpUI {

    @Override
    public void displayHelp() {
        HelpView view = open();
        if (view != null) {
            view.showPage(HelpView.START);
        }
    }

    @Override
    public void displayContext(IContext context, int x, int y) {
        HelpView view = open();
        if (view != null && context != null) {
            view.showContext(context, null);
        }
    }

    @Override
    public void displayHelpResource(String href) {
        HelpView view = open();
        if (view != null) {
            view.showPage(href);
        }
    }

    /** F1: the context of the active view or editor (the context id is the part's id). */
    @Override
    public void displayDynamicHelp() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        IWorkbenchPart part = page == null ? null : page.getActivePart();
        if (part == null || part instanceof HelpView) {
            displayHelp();
            return;
        }
        IWorkbenchPartSite site = part.getSite();
        IContext context = HelpSystem.getContext(site.getId());
        HelpView view = open();
        if (view == null) {
            return;
        }
        if (context == null) {
            view.showPage(HelpView.START);
        } else {
            view.showContext(context, part.getTitle());
        }
    }

    @Override
    public void displaySearch() {
        displayHelp();
    }

    @Override
    public boolean isContextHelpDisplayed() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return window != null && window.getActivePage() != null && window.getActivePage().findView(HelpView.ID) != null;
    }

    private static HelpView open() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return null;
        }
        try {
            // shown without taking the focus from the part whose help it is
            return (HelpView) window.getActivePage().showView(HelpView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            StatusManager.getManager().handle(e, "nl.leefwereld.ui"); //$NON-NLS-1$
            return null;
        }
    }
}
