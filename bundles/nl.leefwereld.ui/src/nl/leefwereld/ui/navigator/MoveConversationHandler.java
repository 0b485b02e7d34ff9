// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.navigator;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;

/** <i>Verplaatsen naar...</i>: moves the selected conversations to a trajectory chosen in a dialog. */
public class MoveConversationHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        List<Conversation> conversations = selected(HandlerUtil.getCurrentSelection(event));
        if (conversations.isEmpty()) {
            return null;
        }
        var shell = HandlerUtil.getActiveShell(event);
        Trajectory target = ConversationMove.choose(shell, conversations);
        if (target != null) {
            ConversationMove.move(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), shell, conversations, target);
        }
        return null;
    }

    static List<Conversation> selected(ISelection selection) {
        if (selection instanceof IStructuredSelection s) {
            return s.toList().stream().filter(Conversation.class::isInstance).map(Conversation.class::cast).toList();
        }
        return List.of();
    }
}
