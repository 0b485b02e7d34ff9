// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Recreates a {@link ConversationEditorInput} from its saved state (the conversation id). */
public class ConversationEditorInputFactory implements IElementFactory {

    /** Declared in plugin.xml (org.eclipse.ui.elementFactories). */
    public static final String ID = "nl.leefwereld.ui.conversationEditorInput"; //$NON-NLS-1$
    static final String CONVERSATION = "conversation"; //$NON-NLS-1$

    @Override
    public IAdaptable createElement(IMemento memento) {
        String id = memento.getString(CONVERSATION);
        // the title comes from the conversation when the editor opens it
        return id == null || id.isBlank() ? null : new ConversationEditorInput(id, ""); //$NON-NLS-1$
    }
}
