// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.ui;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

import nl.leefwereld.ui.editor.ConversationEditor;

/**
 * Follows the active {@link ConversationEditor} of a page and its command stack: calls back with the editor (or
 * {@code null}) when another one becomes active or it closes, and when its conversation changes. The constructor
 * takes the active editor without calling back.
 */
final class EditorTracker implements IPartListener2 {

    private final IWorkbenchPage page;
    private final Consumer<ConversationEditor> onChange;
    private final CommandStackListener stackListener;
    private ConversationEditor editor;

    EditorTracker(IWorkbenchPage page, Consumer<ConversationEditor> onChange) {
        this.page = page;
        this.onChange = onChange;
        this.stackListener = e -> onChange.accept(editor);
        page.addPartListener(this);
        IEditorPart active = page.getActiveEditor();
        if (active instanceof ConversationEditor c) {
            editor = c;
            editor.getCommandStack().addCommandStackListener(stackListener);
        }
        // no callback from the constructor: the caller refreshes once it holds the tracker
    }

    ConversationEditor editor() {
        return editor;
    }

    private void track(ConversationEditor next) {
        if (next == editor) {
            return;
        }
        if (editor != null) {
            editor.getCommandStack().removeCommandStackListener(stackListener);
        }
        editor = next;
        if (editor != null) {
            editor.getCommandStack().addCommandStackListener(stackListener);
        }
        onChange.accept(editor);
    }

    @Override
    public void partActivated(IWorkbenchPartReference ref) {
        IWorkbenchPart part = ref.getPart(false);
        if (part instanceof ConversationEditor c) {
            track(c);
        }
    }

    @Override
    public void partBroughtToTop(IWorkbenchPartReference ref) {
        partActivated(ref);
    }

    @Override
    public void partOpened(IWorkbenchPartReference ref) {
        partActivated(ref);
    }

    @Override
    public void partClosed(IWorkbenchPartReference ref) {
        if (ref.getPart(false) == editor) {
            IEditorPart active = page.getActiveEditor();
            track(active instanceof ConversationEditor c && c != editor ? c : null);
        }
    }

    void dispose() {
        page.removePartListener(this);
        if (editor != null) {
            editor.getCommandStack().removeCommandStackListener(stackListener);
        }
        editor = null;
    }
}
