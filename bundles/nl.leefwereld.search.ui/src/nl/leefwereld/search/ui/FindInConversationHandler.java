// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.leefwereld.model.Utterance;
import nl.leefwereld.search.SearchException;
import nl.leefwereld.search.SearchIndex;
import nl.leefwereld.ui.editor.ConversationEditor;

/**
 * Ctrl+F in the transcript: finds words in this conversation as it is in the editor (also unsaved), with the same
 * rules as Zoeken (stems, accents, phrases, prefixes), and selects the utterances found.
 */
public class FindInConversationHandler extends AbstractHandler {

    private static String last = ""; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof ConversationEditor editor)) {
            return null;
        }
        IInputValidator valid = text -> {
            if (text.isBlank()) {
                return ""; //$NON-NLS-1$
            }
            try {
                SearchIndex.matches(text, ""); //$NON-NLS-1$
                return null;
            } catch (SearchException e) {
                return e.getMessage();
            }
        };
        InputDialog dialog = new InputDialog(HandlerUtil.getActiveShellChecked(event), Messages.Find_title,
                Messages.Find_prompt, last, valid);
        if (dialog.open() != Window.OK) {
            return null;
        }
        last = dialog.getValue();
        List<String> found = find(editor, last);
        var status = editor.getEditorSite().getActionBars().getStatusLineManager();
        status.setMessage(found.isEmpty() ? NLS.bind(Messages.Find_none, last) : NLS.bind(Messages.Find_found, found.size()));
        editor.revealUtterances(found);
        return null;
    }

    /** The ids of the utterances of the editor's conversation that {@code query} matches, in order. */
    public static List<String> find(ConversationEditor editor, String query) {
        List<String> found = new ArrayList<>();
        for (Utterance u : editor.getConversation().getUtterances()) {
            if (!SearchIndex.matches(query, u.getText()).isEmpty()) {
                found.add(u.getId());
            }
        }
        return found;
    }
}
