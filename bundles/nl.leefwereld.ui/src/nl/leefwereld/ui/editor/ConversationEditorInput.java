// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * A conversation in the store, by id. Persistable (only the id, never the title: no client data in the workbench's
 * files), so the editors open at exit are opened again at the next start ({@link ConversationEditorInputFactory}).
 */
public final class ConversationEditorInput implements IEditorInput, IPersistableElement {

    private final String conversationId;
    private final String title;

    public ConversationEditorInput(String conversationId, String title) {
        this.conversationId = Objects.requireNonNull(conversationId);
        this.title = title == null ? "" : title; //$NON-NLS-1$
    }

    public String getConversationId() {
        return conversationId;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return title;
    }

    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public String getFactoryId() {
        return ConversationEditorInputFactory.ID;
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(ConversationEditorInputFactory.CONVERSATION, conversationId);
    }

    @Override
    public String getToolTipText() {
        return title;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConversationEditorInput o && o.conversationId.equals(conversationId);
    }

    @Override
    public int hashCode() {
        return conversationId.hashCode();
    }
}
