// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.ui;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.ui.editor.ConversationEditor;

/**
 * A view that follows the active conversation editor: it shows that editor's conversation and refreshes after
 * every change on the editor's command stack (coding, undo, redo).
 */
abstract class ConversationViewPart extends ViewPart {

    private ConversationEditor editor;

    private final CommandStackListener stackListener = e -> {
        Display d = Display.getCurrent();
        if (d != null) {
            refresh();
        } else if (!Display.getDefault().isDisposed()) {
            Display.getDefault().asyncExec(this::refreshIfAlive);
        }
    };

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof ConversationEditor e) {
                track(e);
            }
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference ref) {
            partActivated(ref);
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                track(null);
            }
        }
    };

    /** Call at the end of createPartControl. */
    protected void startTracking() {
        getSite().getPage().addPartListener(partListener);
        IEditorPart active = getSite().getPage().getActiveEditor();
        track(active instanceof ConversationEditor e ? e : null);
    }

    private void track(ConversationEditor e) {
        if (e == editor) {
            return;
        }
        if (editor != null) {
            editor.getCommandStack().removeCommandStackListener(stackListener);
        }
        editor = e;
        if (editor != null) {
            editor.getCommandStack().addCommandStackListener(stackListener);
        }
        refreshIfAlive();
    }

    private void refreshIfAlive() {
        if (!isDisposedView()) {
            refresh();
        }
    }

    /** The tracked editor, or {@code null}. */
    public ConversationEditor editor() {
        return editor;
    }

    /** The tracked editor's conversation, or {@code null}. */
    public Conversation conversation() {
        return editor == null ? null : editor.getConversation();
    }

    /** Shows the current conversation (or nothing). */
    protected abstract void refresh();

    protected abstract boolean isDisposedView();

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
        if (editor != null) {
            editor.getCommandStack().removeCommandStackListener(stackListener);
        }
        super.dispose();
    }
}
