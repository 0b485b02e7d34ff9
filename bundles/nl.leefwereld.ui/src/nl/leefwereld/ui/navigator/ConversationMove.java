// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.navigator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;

/**
 * Moving conversations to another trajectory (of the same or another client), from the navigator's drag and drop
 * and from the command <i>Verplaatsen naar...</i>. The store does the move in one transaction; an open editor of
 * the conversation is closed and opened again on the moved conversation, and one with unsaved changes is not moved.
 */
public final class ConversationMove {

    private ConversationMove() {
    }

    /** The trajectory a drop on {@code target} means: a trajectory itself, or a client's only trajectory. */
    static Trajectory dropTarget(Object target) {
        if (target instanceof Trajectory t) {
            return t;
        }
        if (target instanceof Client c && c.getTrajectories().size() == 1) {
            return c.getTrajectories().get(0);
        }
        if (target instanceof Conversation c) {
            return c.getTrajectory();
        }
        return null;
    }

    /** Asks for the trajectory to move to (every trajectory as "client — trajectory"); null when cancelled. */
    static Trajectory choose(Shell shell, List<Conversation> conversations) {
        List<Trajectory> all = new ArrayList<>();
        for (Client client : WorkbenchStore.get().store().listClients()) {
            all.addAll(client.getTrajectories());
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return label((Trajectory) element);
            }
        });
        dialog.setTitle(Messages.Move_title);
        dialog.setMessage(NLS.bind(Messages.Move_message, names(conversations)));
        dialog.setEmptyListMessage(Messages.Move_noTrajectories);
        dialog.setEmptySelectionMessage(Messages.Move_noMatch);
        dialog.setElements(all.toArray());
        dialog.setMultipleSelection(false);
        dialog.setSize(70, 20);
        return dialog.open() == Window.OK && dialog.getFirstResult() instanceof Trajectory t ? t : null;
    }

    static String label(Trajectory trajectory) {
        Client client = trajectory.getClient();
        return (client == null ? "" : client.getDisplayName() + " \u2014 ") + trajectory.getTitle(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String names(List<Conversation> conversations) {
        return String.join(", ", conversations.stream().map(c -> "\u201C" + c.getTitle() + '\u201D').toList()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Moves the conversations into {@code target}; those already there are left alone. Returns how many moved.
     * Problems (unsaved changes, a store error) are shown to the user and leave that conversation where it was.
     */
    public static int move(IWorkbenchPage page, Shell shell, List<Conversation> conversations, Trajectory target) {
        WorkbenchStore store = WorkbenchStore.get();
        int moved = 0;
        List<String> refused = new ArrayList<>();
        for (Conversation conversation : conversations) {
            if (conversation.getTrajectory() != null && conversation.getTrajectory().getId().equals(target.getId())) {
                continue;
            }
            IEditorPart open = page.findEditor(new ConversationEditorInput(conversation.getId(), "")); //$NON-NLS-1$
            if (open != null && open.isDirty()) {
                refused.add(NLS.bind(Messages.Move_dirty, conversation.getTitle()));
                continue;
            }
            try {
                if (open != null) {
                    page.closeEditor(open, false);
                }
                store.store().moveConversation(conversation.getId(), target.getId());
                moved++;
                if (open != null) {
                    page.openEditor(new ConversationEditorInput(conversation.getId(), conversation.getTitle()),
                            ConversationEditor.ID);
                }
            } catch (StoreException | PartInitException e) {
                refused.add(e.getMessage());
            }
        }
        if (moved > 0) {
            store.fireChanged();
        }
        if (!refused.isEmpty()) {
            MessageDialog.openError(shell, Messages.Move_title, String.join("\n\n", refused)); //$NON-NLS-1$
        }
        return moved;
    }
}
