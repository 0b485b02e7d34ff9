// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.IPlaceholderFolderLayout;

import nl.leefwereld.ui.methods.FindingsView;
import nl.leefwereld.ui.methods.MethodsView;
import nl.leefwereld.ui.navigator.NavigatorView;
import nl.leefwereld.ui.privacy.AuditView;
import nl.leefwereld.ui.privacy.RetentionView;

/**
 * Clients on the left, the transcript in the middle, its outline on the right, properties, findings and methods below
 * (and the audit log and retention periods, when opened, in a stack of their own above those).
 */
public class ConversationsPerspective implements IPerspectiveFactory {

    public static final String ID = "nl.leefwereld.ui.perspective"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.addView(NavigatorView.ID, IPageLayout.LEFT, 0.25f, editorArea);
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.78f, editorArea);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editorArea); //$NON-NLS-1$
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(FindingsView.ID);
        bottom.addView(MethodsView.ID);
        // Administration, in a stack of its own: not open at the start, it takes space when opened (Bestand > Privacy).
        IPlaceholderFolderLayout privacy = layout.createPlaceholderFolder("privacy", IPageLayout.BOTTOM, 0.4f, editorArea); //$NON-NLS-1$
        privacy.addPlaceholder(AuditView.ID);
        privacy.addPlaceholder(RetentionView.ID);
        layout.getViewLayout(NavigatorView.ID).setCloseable(false);
        nl.leefwereld.ui.help.HelpView.addPlaceholder(layout);
        Perspectives.addShortcuts(layout);
    }
}
