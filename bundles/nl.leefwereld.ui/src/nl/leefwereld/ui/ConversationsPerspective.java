// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import nl.leefwereld.ui.memos.MemosView;
import nl.leefwereld.ui.methods.FindingsView;
import nl.leefwereld.ui.methods.MethodsView;
import nl.leefwereld.ui.navigator.NavigatorView;
import nl.leefwereld.ui.privacy.AuditView;
import nl.leefwereld.ui.privacy.RetentionView;

/**
 * Clients on the left over the full height; the transcript in the middle with its outline on the right; below both
 * two stacks side by side: the workbench's own views (properties, methods, and search, the audit log and retention
 * periods when opened) on the left, the findings and the methods' views (suggestions, MG-codering, scores...) on the
 * right. One stack of eight tabs below the transcript cut every title short at 1280x800 ("Eigen…", "Bevin…").
 */
public class ConversationsPerspective implements IPerspectiveFactory {

    public static final String ID = "nl.leefwereld.ui.perspective"; //$NON-NLS-1$

    /** The stack below, left: the workbench's own views. */
    public static final String BOTTOM = "bottom"; //$NON-NLS-1$
    /** The stack below, right: the findings and every view a method adds beside them. */
    public static final String BOTTOM_METHODS = "nl.leefwereld.ui.bottomMethods"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        // Sized for 1280x800 and up: the transcript keeps two thirds of the height, the side views a fifth of the
        // width. The stacks below are created before the outline so that they span the transcript and the outline
        // (the views there get the width of both, about 1000 px at 1280x800).
        layout.addView(NavigatorView.ID, IPageLayout.LEFT, 0.2f, editorArea);
        IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.68f, editorArea);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(MethodsView.ID);
        // Administration opens in this stack (Bestand > Privacy) instead of a stack of its own that would push the
        // transcript out of sight.
        bottom.addPlaceholder(AuditView.ID);
        bottom.addPlaceholder(RetentionView.ID);
        // and so do the memos, beside the properties of what they are written on
        bottom.addPlaceholder(MemosView.ID);
        // the methods' views (plugin.xml: relative to the findings, relationship "stack") come into this one
        IFolderLayout methods = layout.createFolder(BOTTOM_METHODS, IPageLayout.RIGHT, 0.34f, BOTTOM);
        methods.addView(FindingsView.ID);
        // the outline and the relation view share a stack whose tab row also holds the relation view's toolbar
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.72f, editorArea);
        layout.getViewLayout(NavigatorView.ID).setCloseable(false);
        nl.leefwereld.ui.help.HelpView.addPlaceholder(layout);
        Perspectives.addShortcuts(layout);
    }
}
