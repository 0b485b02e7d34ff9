// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.ui;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.navigator.NavigatorView;

/**
 * A view about one client: the client of the active conversation editor, or the client (or conversation, or
 * trajectory) selected in the navigator. Subclasses get {@link #editorActivated(ConversationEditor)},
 * {@link #editorClosed(ConversationEditor)} and {@link #clientSelected(Client)}.
 */
abstract class ClientViewPart extends ViewPart {

    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof ConversationEditor editor) {
                editorActivated(editor);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof ConversationEditor editor) {
                editorClosed(editor);
            }
        }
    };

    private final ISelectionListener selections = this::navigatorSelection;

    /** Call at the end of createPartControl: starts tracking, and takes the active editor when there is one. */
    protected void track() {
        getSite().getPage().addPartListener(parts);
        getSite().getPage().addSelectionListener(NavigatorView.ID, selections);
        IEditorPart active = getSite().getPage().getActiveEditor();
        if (active instanceof ConversationEditor editor) {
            editorActivated(editor);
        }
    }

    private void navigatorSelection(IWorkbenchPart part, ISelection selection) {
        if (selection instanceof IStructuredSelection s && clientOf(s.getFirstElement()) instanceof Client client) {
            clientSelected(client);
        }
    }

    static Client clientOf(Object element) {
        if (element instanceof Client c) {
            return c;
        }
        if (element instanceof Trajectory t) {
            return t.getClient();
        }
        if (element instanceof Conversation c && c.getTrajectory() != null) {
            return c.getTrajectory().getClient();
        }
        return null;
    }

    protected abstract void editorActivated(ConversationEditor editor);

    protected abstract void editorClosed(ConversationEditor editor);

    protected abstract void clientSelected(Client client);

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(parts);
        getSite().getPage().removeSelectionListener(NavigatorView.ID, selections);
        super.dispose();
    }
}
