// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import nl.leefwereld.model.Participant;
import nl.leefwereld.model.Utterance;

/** The participants with how often each speaks, and their utterances; selecting one selects it in the editor. */
public class ConversationOutlinePage extends ContentOutlinePage {

    private final ConversationEditor editor;

    ConversationOutlinePage(ConversationEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return editor.getConversation().getParticipants().toArray();
            }

            @Override
            public Object[] getChildren(Object element) {
                return element instanceof Participant p ? utterancesOf(p).toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof Utterance u ? u.getSpeaker() : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Participant p && !utterancesOf(p).isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Participant p) {
                    // MessageFormat, not NLS.bind: the count chooses "1 uiting" or "2 uitingen"
                    return java.text.MessageFormat.format(Messages.Outline_participant, p.getName(),
                            Messages.roleLabel(p.getRole()), Integer.valueOf(utterancesOf(p).size()));
                }
                Utterance u = (Utterance) element;
                String text = ConversationEditor.nonNull(u.getText());
                return (editor.getConversation().getUtterances().indexOf(u) + 1) + ". " //$NON-NLS-1$
                        + (text.length() > 60 ? text.substring(0, 60) + "\u2026" : text); //$NON-NLS-1$
            }
        });
        viewer.setInput(editor.getConversation());
        viewer.addSelectionChangedListener(event -> editor.reveal(viewer.getStructuredSelection().toList()));
    }

    private List<Utterance> utterancesOf(Participant participant) {
        return editor.getConversation().getUtterances().stream().filter(u -> u.getSpeaker() == participant).toList();
    }

    /** Shows the current participants and counts after an edit. */
    public void refresh() {
        if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
            getTreeViewer().refresh();
        }
    }
}
