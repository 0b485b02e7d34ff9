// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import nl.leefwereld.ui.memos.MemosView;
import nl.leefwereld.ui.methods.FindingsView;
import nl.leefwereld.ui.navigator.NavigatorView;

/**
 * The frame of a method's perspective, used as the {@code class} of the perspective each method's .ui bundle
 * declares: clients on the left, the transcript in the middle over the full height, a stack for the method's main
 * views beside it ({@value #MAIN}) and one below that ({@value #BELOW}) with the findings; the properties below the
 * clients ({@value #LEFT_BELOW}). (Below the
 * transcript, that stack left the transcript room for two or three utterances at 1280x800.) The method's
 * plugin.xml puts its views in these stacks with a perspectiveExtension (relationship "stack"), so a perspective
 * reset puts them back.
 */
public class MethodPerspective implements IPerspectiveFactory {

    /** The stack right of the transcript, for the method's main views. */
    public static final String MAIN = "nl.leefwereld.ui.methodMain"; //$NON-NLS-1$
    /** The stack below the transcript. */
    public static final String BELOW = "nl.leefwereld.ui.methodBelow"; //$NON-NLS-1$

    /** The stack below the clients, with the properties. */
    public static final String LEFT_BELOW = "nl.leefwereld.ui.methodLeftBelow"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.addView(NavigatorView.ID, IPageLayout.LEFT, 0.18f, editorArea);
        layout.getViewLayout(NavigatorView.ID).setCloseable(false);
        // the transcript keeps a little more than half, so its columns fit without scrolling at 1280x800
        layout.createPlaceholderFolder(MAIN, IPageLayout.RIGHT, 0.54f, editorArea);
        // the method's main view is where the work is done: at 1280x800 it needs about 470 px of height to show
        // MG-codering's keys and three rows of its list (at 0.68 it had 430 px and the keys scrolled)
        IFolderLayout below = layout.createFolder(BELOW, IPageLayout.BOTTOM, 0.72f, MAIN);
        below.addView(FindingsView.ID);
        // The properties below the clients: in the stack below the method's views, four tabs were cut to "Bevindi…",
        // "Eigens…", "MG-sco…", "Sugges…" at 1280x800.
        IFolderLayout left = layout.createFolder(LEFT_BELOW, IPageLayout.BOTTOM, 0.62f, NavigatorView.ID);
        left.addView(IPageLayout.ID_PROP_SHEET);
        left.addPlaceholder(MemosView.ID);
        nl.leefwereld.ui.help.HelpView.addPlaceholder(layout);
        Perspectives.addShortcuts(layout);
    }
}
