// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;

/**
 * Conversation editors the platform restored before the database was open. After a workbench that was killed, the
 * platform restores the editors of its last saved window state at once, while the database still waits for its
 * password: the visible one fails to load and shows only an error ("the database is not open yet"). Once the
 * database is open these are opened again in their place, so each tab shows its conversation; editors that were
 * restored but not yet shown load their conversation when first shown, as usual.
 */
public final class RestoredEditors {

    private RestoredEditors() {
    }

    /**
     * Opens again each conversation editor of the page that failed to load (the store must be open now), keeping
     * the active one in front. Returns the reasons for those that still cannot be opened (e.g. deleted since).
     */
    public static List<String> reload(IWorkbenchPage page) {
        List<String> problems = new ArrayList<>();
        IEditorPart active = page.getActiveEditor();
        IEditorInput front = null;
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart part = reference.getEditor(false);
            if (!ConversationEditor.ID.equals(reference.getId()) || part == null || part instanceof ConversationEditor) {
                continue; // not ours, not created yet (loads when shown), or loaded
            }
            IEditorInput input;
            try {
                input = reference.getEditorInput();
            } catch (PartInitException e) {
                problems.add(e.getMessage());
                continue;
            }
            if (!(input instanceof ConversationEditorInput conversation)) {
                continue;
            }
            boolean wasActive = part == active;
            page.closeEditor(part, false);
            try {
                IEditorPart reopened = page.openEditor(input, ConversationEditor.ID, wasActive);
                if (reopened instanceof ConversationEditor) {
                    front = wasActive ? input : front;
                } else {
                    page.closeEditor(reopened, false);
                    problems.add(NLS.bind(Messages.Editors_notReopened, conversation.getConversationId(), reopened.getTitle()));
                }
            } catch (PartInitException e) {
                problems.add(NLS.bind(Messages.Editors_notReopened, conversation.getConversationId(), e.getMessage()));
            }
        }
        if (front != null && page.findEditor(front) != null) {
            page.activate(page.findEditor(front));
        }
        return problems;
    }
}
