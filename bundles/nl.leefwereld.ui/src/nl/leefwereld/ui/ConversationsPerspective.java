// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

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
        // Sized for 1280x800 and up: the transcript keeps two thirds of the height, the side views a fifth of the width.
        layout.addView(NavigatorView.ID, IPageLayout.LEFT, 0.2f, editorArea);
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.75f, editorArea);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editorArea); //$NON-NLS-1$
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(FindingsView.ID);
        bottom.addView(MethodsView.ID);
        // Administration opens in the bottom stack (Bestand > Privacy) instead of a stack of its own that would
        // push the transcript out of sight.
        bottom.addPlaceholder(AuditView.ID);
        bottom.addPlaceholder(RetentionView.ID);
        layout.getViewLayout(NavigatorView.ID).setCloseable(false);
        nl.leefwereld.ui.help.HelpView.addPlaceholder(layout);
        Perspectives.addShortcuts(layout);
    }
}
