// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.methods;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.leefwereld.core.coding.Annotations;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationViewPart;
import nl.leefwereld.ui.Tables;

/**
 * The suggestions of the analyses in the conversation in the editor, one per row, to accept or reject each (Enter,
 * Delete) or all at once (with their number). It follows the transcript: the suggestions of the selected utterance
 * are selected here, and a row chosen here selects its utterance. Every decision is one undoable step.
 */
public class SuggestionsView extends ConversationViewPart {

    public static final String ID = "nl.leefwereld.ui.suggestions"; //$NON-NLS-1$

    private Label header;
    private TableViewer suggestions;
    private Button accept;
    private Button reject;
    private Button acceptAll;
    private Button rejectAll;
    private boolean followingEditor;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        header = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        suggestions = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        suggestions.getTable().setHeaderVisible(true);
        suggestions.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(suggestions.getControl());
        Tables.column(suggestions, Annotation.class, Messages.Suggestions_utterance, 50, a -> Integer.toString(number(a)));
        Tables.column(suggestions, Annotation.class, Messages.Suggestions_code, 160, this::codeLabel);
        Tables.column(suggestions, Annotation.class, Messages.Suggestions_text, 300, a -> a.getUtterance() == null ? "" : a.getUtterance().getText()); //$NON-NLS-1$
        Tables.column(suggestions, Annotation.class, Messages.Suggestions_reason, 260, Annotation::getReason);
        suggestions.addSelectionChangedListener(e -> {
            updateButtons();
            if (!followingEditor) {
                List<Utterance> utterances = selected().stream().map(Annotation::getUtterance).distinct().toList();
                if (!utterances.isEmpty()) {
                    selectUtterances(utterances);
                }
            }
        });
        suggestions.getTable().addListener(SWT.KeyDown, e -> {
            if (e.character == SWT.CR && e.stateMask == 0) {
                acceptSelected();
                e.doit = false;
            } else if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
                rejectSelected();
                e.doit = false;
            }
        });

        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
        accept = Tables.button(buttons, Messages.Suggestions_accept, this::acceptSelected);
        reject = Tables.button(buttons, Messages.Suggestions_reject, this::rejectSelected);
        acceptAll = Tables.button(buttons, Messages.Suggestions_acceptAll, this::acceptAll);
        rejectAll = Tables.button(buttons, Messages.Suggestions_rejectAll, this::rejectAll);
        startFollowing(parent);
    }

    private int number(Annotation a) {
        Conversation c = getConversation();
        return c == null ? 0 : c.getUtterances().indexOf(a.getUtterance()) + 1;
    }

    private String codeLabel(Annotation a) {
        ConversationEditor editor = getEditor();
        if (editor == null) {
            return a.getCodeId();
        }
        var code = editor.getMethodCatalog().code(a.getMethodId(), a.getCodeId());
        return editor.getMethodCatalog().methodName(a.getMethodId()) + ": " //$NON-NLS-1$
                + (code == null ? a.getCodeId() : code.getLabel());
    }

    private List<Annotation> selected() {
        return suggestions.getStructuredSelection().toList().stream().filter(Annotation.class::isInstance)
                .map(Annotation.class::cast).toList();
    }

    /** Accepts the selected suggestions as the user's codes; returns how many. */
    public int acceptSelected() {
        List<Annotation> chosen = selected();
        return getEditor() != null && getEditor().acceptSuggestions(chosen) ? chosen.size() : 0;
    }

    /** Rejects (removes) the selected suggestions; returns how many. */
    public int rejectSelected() {
        List<Annotation> chosen = selected();
        return getEditor() != null && getEditor().rejectSuggestions(chosen) ? chosen.size() : 0;
    }

    /** Accepts every suggestion of the conversation in one step; returns how many. */
    public int acceptAll() {
        List<Annotation> all = all();
        return getEditor() != null && getEditor().acceptSuggestions(all) ? all.size() : 0;
    }

    /** Rejects every suggestion of the conversation in one step; returns how many. */
    public int rejectAll() {
        List<Annotation> all = all();
        return getEditor() != null && getEditor().rejectSuggestions(all) ? all.size() : 0;
    }

    private List<Annotation> all() {
        Conversation c = getConversation();
        return c == null ? List.of() : Annotations.suggestions(c);
    }

    @Override
    protected void refresh() {
        Conversation c = getConversation();
        List<Annotation> all = all();
        header.setText(c == null ? Messages.Suggestions_noConversation
                : NLS.bind(Messages.Suggestions_header, c.getTitle(), Integer.valueOf(all.size())));
        suggestions.setInput(all);
        acceptAll.setText(NLS.bind(Messages.Suggestions_acceptAll, Integer.valueOf(all.size())));
        rejectAll.setText(NLS.bind(Messages.Suggestions_rejectAll, Integer.valueOf(all.size())));
        utteranceSelectionChanged(getSelectedUtterances());
        updateButtons();
        header.getParent().layout(true, true);
    }

    @Override
    protected void utteranceSelectionChanged(List<Utterance> selected) {
        if (suggestions.getControl().isDisposed()) {
            return;
        }
        List<Annotation> ofSelected = all().stream().filter(a -> selected.contains(a.getUtterance())).toList();
        if (ofSelected.equals(selected())) {
            return;
        }
        followingEditor = true;
        try {
            suggestions.setSelection(new StructuredSelection(ofSelected), true);
        } finally {
            followingEditor = false;
        }
        updateButtons();
    }

    private void updateButtons() {
        boolean any = !selected().isEmpty();
        accept.setEnabled(any);
        reject.setEnabled(any);
        acceptAll.setEnabled(!all().isEmpty());
        rejectAll.setEnabled(!all().isEmpty());
    }

    /** For tests: the list of suggestions. */
    public TableViewer getViewer() {
        return suggestions;
    }

    public String getHeader() {
        return header.getText();
    }

    public Button getAcceptAllButton() {
        return acceptAll;
    }

    @Override
    public void setFocus() {
        suggestions.getControl().setFocus();
    }
}
