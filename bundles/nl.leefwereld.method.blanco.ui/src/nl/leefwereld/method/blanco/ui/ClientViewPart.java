// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.ui;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.ui.editor.ConversationViewPart;
import nl.leefwereld.ui.navigator.NavigatorView;

/**
 * A view about one client: the client of the followed conversation editor (see {@link ConversationViewPart}), or
 * the client (or conversation, or trajectory) selected in the navigator, reported to {@link #clientSelected(Client)}.
 */
abstract class ClientViewPart extends ConversationViewPart {

    private final ISelectionListener selections = this::navigatorSelection;

    /** Back to the followed editor's client when the user returns to that editor after choosing in the navigator. */
    private final IPartListener2 returns = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (getEditor() != null && ref.getPart(false) == getEditor()) {
                editorChanged(getEditor());
                refresh();
            }
        }
    };

    /** Call at the end of createPartControl: follows the editors and the navigator's selection. */
    protected void track(Control root) {
        getSite().getPage().addSelectionListener(NavigatorView.ID, selections);
        getSite().getPage().addPartListener(returns);
        startFollowing(root);
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

    protected abstract void clientSelected(Client client);

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(NavigatorView.ID, selections);
        getSite().getPage().removePartListener(returns);
        super.dispose();
    }
}
