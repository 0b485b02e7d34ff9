// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.ui;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import nl.leefwereld.ui.editor.ConversationEditor;

/**
 * A view that follows the active conversation editor: it shows the editor's conversation and refreshes after every
 * command on the editor's command stack (edits, undo, redo).
 */
abstract class ConversationTrackingView extends ViewPart {

    private ConversationEditor editor;
    private final CommandStackListener stackListener = event -> refreshLater();
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            IWorkbenchPart part = ref.getPart(false);
            if (part instanceof ConversationEditor e) {
                track(e);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                track(null);
                IEditorPart active = getSite().getPage().getActiveEditor();
                if (active instanceof ConversationEditor e) {
                    track(e);
                }
            }
        }
    };

    /** Call at the end of createPartControl. */
    protected void startTracking() {
        getSite().getPage().addPartListener(partListener);
        IEditorPart active = getSite().getPage().getActiveEditor();
        track(active instanceof ConversationEditor e ? e : null);
    }

    /** The editor in view, or {@code null}. */
    public ConversationEditor getEditor() {
        return editor;
    }

    private void track(ConversationEditor e) {
        if (editor == e) {
            return;
        }
        if (editor != null) {
            editor.getCommandStack().removeCommandStackListener(stackListener);
        }
        editor = e;
        if (editor != null) {
            editor.getCommandStack().addCommandStackListener(stackListener);
        }
        refresh();
    }

    private void refreshLater() {
        if (getSite() != null && !getSite().getShell().isDisposed()) {
            getSite().getShell().getDisplay().asyncExec(() -> {
                if (!isDisposed()) {
                    refresh();
                }
            });
        }
    }

    /** Whether the view's controls are gone. */
    protected abstract boolean isDisposed();

    /** Shows the current editor's conversation (or nothing when {@link #getEditor()} is null). */
    public abstract void refresh();

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
        if (editor != null) {
            editor.getCommandStack().removeCommandStackListener(stackListener);
        }
        super.dispose();
    }
}
