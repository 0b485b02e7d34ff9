// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.views.IViewDescriptor;

/**
 * Menus Bestand, Bewerken, Venster and Help; commands of plugin.xml join them at the group markers. Venster offers
 * every view grouped per method, every perspective, reset, quick access and the preferences.
 */
public class LeefwereldActionBarAdvisor extends ActionBarAdvisor {

    /** The platform's commands that have handlers in the workbench but no key bindings outside the IDE. */
    public static final String QUICK_ACCESS = "org.eclipse.ui.window.quickAccess"; //$NON-NLS-1$
    public static final String KEY_ASSIST = "org.eclipse.ui.window.showKeyAssist"; //$NON-NLS-1$
    public static final String SHOW_VIEW = "org.eclipse.ui.views.showView"; //$NON-NLS-1$
    public static final String HELP_CONTENTS = "org.eclipse.ui.help.helpContents"; //$NON-NLS-1$
    /** The id of the Venster menu (the platform's, so contributions to menu:window find it). */
    public static final String WINDOW_MENU = IWorkbenchActionConstants.M_WINDOW;

    private IWorkbenchWindow window;
    private IWorkbenchAction save;
    private IWorkbenchAction quit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction delete;
    private IWorkbenchAction about;
    private IWorkbenchAction otherPerspective;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction preferences;

    public LeefwereldActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        this.window = window;
        save = register(ActionFactory.SAVE.create(window), Messages.Action_save);
        quit = register(ActionFactory.QUIT.create(window), Messages.Action_quit);
        undo = register(ActionFactory.UNDO.create(window), Messages.Action_undo);
        redo = register(ActionFactory.REDO.create(window), Messages.Action_redo);
        delete = register(ActionFactory.DELETE.create(window), Messages.Action_delete);
        about = register(ActionFactory.ABOUT.create(window), Messages.Action_about);
        otherPerspective = register(ActionFactory.OPEN_PERSPECTIVE_DIALOG.create(window), Messages.Action_otherPerspective);
        resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window), Messages.Action_resetPerspective);
        preferences = register(ActionFactory.PREFERENCES.create(window), Messages.Action_preferences);
    }

    /** Registers a platform action under our own (translated) label. */
    private IWorkbenchAction register(IWorkbenchAction action, String label) {
        action.setText(label);
        action.setToolTipText(label.replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new Separator());
        file.add(save);
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);

        MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(delete);
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
        help.add(command(HELP_CONTENTS, Messages.Action_helpContents));
        help.add(command(KEY_ASSIST, Messages.Action_keyAssist));
        help.add(new Separator());
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new Separator());
        help.add(about);

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu());
        menuBar.add(help);
    }

    private MenuManager windowMenu() {
        MenuManager windowMenu = new MenuManager(Messages.Menu_window, WINDOW_MENU);

        // filled each time they are shown (CompoundContributionItem: the e4 menu renderer refreshes those)
        MenuManager showView = new MenuManager(Messages.Menu_showView, "nl.leefwereld.ui.showViewMenu"); //$NON-NLS-1$
        showView.add(new Dynamic(this::fillShowView));
        windowMenu.add(showView);

        MenuManager openPerspective = new MenuManager(Messages.Menu_openPerspective, "nl.leefwereld.ui.perspectivesMenu"); //$NON-NLS-1$
        openPerspective.add(new Dynamic(this::fillPerspectives));
        windowMenu.add(openPerspective);
        windowMenu.add(resetPerspective);
        windowMenu.add(new Separator());
        windowMenu.add(command(QUICK_ACCESS, Messages.Action_quickAccess));
        windowMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        if (!PlatformUI.getWorkbench().getPreferenceManager().getElements(PreferenceManager.PRE_ORDER).isEmpty()) {
            windowMenu.add(new Separator());
            windowMenu.add(preferences);
        }
        return windowMenu;
    }

    /** One submenu per method (and one for the general views), then the platform's dialog. */
    private void fillShowView(java.util.List<IContributionItem> menu) {
        for (Perspectives.ViewGroup group : Perspectives.viewGroups()) {
            MenuManager sub = new MenuManager(group.label());
            for (IViewDescriptor view : group.views()) {
                sub.add(new org.eclipse.jface.action.ActionContributionItem(new ShowViewAction(window, view)));
            }
            menu.add(sub);
        }
        menu.add(new Separator());
        // the platform's Show View dialog (every view by category, with a filter): the command without a view id
        menu.add(command(SHOW_VIEW, Messages.Action_otherView));
    }

    private void fillPerspectives(java.util.List<IContributionItem> menu) {
        IWorkbenchPage page = window.getActivePage();
        IPerspectiveDescriptor current = page == null ? null : page.getPerspective();
        for (IPerspectiveDescriptor perspective : Perspectives.all()) {
            IAction open = new Action(perspective.getLabel(), IAction.AS_RADIO_BUTTON) {
                @Override
                public void run() {
                    if (isChecked()) {
                        try {
                            PlatformUI.getWorkbench().showPerspective(perspective.getId(), window);
                        } catch (org.eclipse.ui.WorkbenchException e) {
                            StatusManager.getManager().handle(e, "nl.leefwereld.ui"); //$NON-NLS-1$
                        }
                    }
                }
            };
            open.setImageDescriptor(perspective.getImageDescriptor());
            open.setChecked(current != null && current.getId().equals(perspective.getId()));
            open.setId(perspective.getId());
            menu.add(new org.eclipse.jface.action.ActionContributionItem(open));
        }
        menu.add(new Separator());
        menu.add(new org.eclipse.jface.action.ActionContributionItem(otherPerspective));
    }

    private IContributionItem command(String commandId, String label) {
        CommandContributionItemParameter parameter = new CommandContributionItemParameter(window, null, commandId,
                CommandContributionItem.STYLE_PUSH);
        parameter.label = label;
        return new CommandContributionItem(parameter);
    }

    /** Menu items computed when the menu is shown. */
    private static final class Dynamic extends org.eclipse.ui.actions.CompoundContributionItem {
        private final java.util.function.Consumer<java.util.List<IContributionItem>> fill;

        Dynamic(java.util.function.Consumer<java.util.List<IContributionItem>> fill) {
            this.fill = fill;
        }

        @Override
        protected IContributionItem[] getContributionItems() {
            java.util.List<IContributionItem> items = new java.util.ArrayList<>();
            fill.accept(items);
            return items.toArray(IContributionItem[]::new);
        }
    }

    /** Shows (opens or brings forward) one view in the active page. */
    private static final class ShowViewAction extends Action {
        private final IWorkbenchWindow window;
        private final IViewDescriptor view;

        ShowViewAction(IWorkbenchWindow window, IViewDescriptor view) {
            super(view.getLabel(), view.getImageDescriptor());
            this.window = window;
            this.view = view;
            setId(view.getId());
        }

        @Override
        public void run() {
            try {
                window.getActivePage().showView(view.getId());
            } catch (PartInitException e) {
                StatusManager.getManager().handle(e, "nl.leefwereld.ui"); //$NON-NLS-1$
            }
        }
    }
}
