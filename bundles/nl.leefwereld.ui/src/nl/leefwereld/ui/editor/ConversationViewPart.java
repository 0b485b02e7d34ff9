// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;

/**
 * The base of every view about the conversation in the editor (as Archi's AbstractModelView is for models): it
 * follows the active {@link ConversationEditor}, its command stack (edits, undo, redo, reload) and its selection of
 * utterances. When the followed editor closes it moves to another open conversation editor, or to none (the view
 * then shows its empty state). All callbacks run on the UI thread.
 * <p>
 * Subclasses build their controls in {@code createPartControl}, call {@link #startFollowing(Control)} at its end and
 * implement {@link #refresh()}, which shows {@link #getConversation()} or the empty state when it is {@code null}.
 * They change the model only through {@link #execute(Command)}, so undo, the dirty marker and the save prompt work.
 */
public abstract class ConversationViewPart extends ViewPart {

    private ConversationEditor editor;
    private Control root;
    /** Set while this view selects in the editor, so its own selection does not come back as an event. */
    private boolean selectingInEditor;

    private final CommandStackListener stackListener = event -> onUiThread(this::refreshIfAlive);

    private final ISelectionChangedListener utteranceListener = event -> {
        if (!selectingInEditor && isAlive()) {
            utteranceSelectionChanged(getSelectedUtterances());
        }
    };

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof ConversationEditor e) {
                follow(e);
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
            if (editor != null && ref.getPart(false) == editor) {
                follow(nextEditor(editor));
            }
        }
    };

    /**
     * Starts following: call at the end of {@code createPartControl}. Takes the active conversation editor (or
     * another open one) and calls {@link #refresh()} once.
     *
     * @param control the view's top control; after it is disposed no callback reaches the view
     */
    protected final void startFollowing(Control control) {
        this.root = control;
        IWorkbenchPage page = getSite().getPage();
        page.addPartListener(partListener);
        IEditorPart active = page.getActiveEditor();
        ConversationEditor first = active instanceof ConversationEditor e ? e : nextEditor(null);
        if (first == null) {
            refreshIfAlive();
        } else {
            follow(first);
        }
    }

    /** The open conversation editor to follow when {@code closed} goes: the active one, else the first open one. */
    private ConversationEditor nextEditor(ConversationEditor closed) {
        IWorkbenchPage page = getSite().getPage();
        if (page.getActiveEditor() instanceof ConversationEditor active && active != closed) {
            return active;
        }
        for (IEditorReference ref : page.getEditorReferences()) {
            if (ref.getEditor(false) instanceof ConversationEditor open && open != closed) {
                return open;
            }
        }
        return null;
    }

    private void follow(ConversationEditor next) {
        if (next == editor) {
            return;
        }
        ConversationEditor previous = editor;
        if (previous != null) {
            previous.getCommandStack().removeCommandStackListener(stackListener);
            ISelectionProvider selection = previous.getUtteranceSelectionProvider();
            if (selection != null) {
                selection.removeSelectionChangedListener(utteranceListener);
            }
        }
        editor = next;
        if (editor != null) {
            editor.getCommandStack().addCommandStackListener(stackListener);
            ISelectionProvider selection = editor.getUtteranceSelectionProvider();
            if (selection != null) {
                selection.addSelectionChangedListener(utteranceListener);
            }
        }
        if (isAlive()) {
            // Undo and Redo (Ctrl+Z) act on the followed editor's stack while this view is active
            IActionBars bars = getViewSite().getActionBars();
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor == null ? null : editor.getUndoAction(true));
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor == null ? null : editor.getUndoAction(false));
            bars.updateActionBars();
            editorChanged(previous);
            refresh();
            utteranceSelectionChanged(getSelectedUtterances());
        }
    }

    private void onUiThread(Runnable runnable) {
        if (Display.getCurrent() != null) {
            runnable.run();
        } else if (root != null && !root.isDisposed()) {
            root.getDisplay().asyncExec(runnable);
        }
    }

    private boolean isAlive() {
        return root != null && !root.isDisposed();
    }

    private void refreshIfAlive() {
        if (isAlive()) {
            refresh();
        }
    }

    // --- what subclasses use ---

    /** The followed editor, or {@code null} when no conversation editor is open. */
    public ConversationEditor getEditor() {
        return editor;
    }

    /** The followed editor's conversation (with its unsaved changes), or {@code null}. */
    public Conversation getConversation() {
        return editor == null ? null : editor.getAdapter(Conversation.class);
    }

    /** The utterances selected in the followed editor, in transcript order; empty without editor. */
    public List<Utterance> getSelectedUtterances() {
        if (editor == null || editor.getUtteranceSelectionProvider() == null) {
            return List.of();
        }
        return ConversationEditor.utterancesIn(editor.getUtteranceSelectionProvider().getSelection());
    }

    /** Selects and shows these utterances in the followed editor (without calling back this view). */
    public void selectUtterances(List<Utterance> utterances) {
        if (editor == null || editor.getUtteranceSelectionProvider() == null) {
            return;
        }
        selectingInEditor = true;
        try {
            editor.selectUtterances(utterances);
        } finally {
            selectingInEditor = false;
        }
    }

    /**
     * Runs an edit on the followed editor's command stack (undo, dirty marker, save).
     *
     * @return whether it ran: false without editor or when the command cannot execute
     */
    protected boolean execute(Command command) {
        return editor != null && editor.execute(command);
    }

    /** Shows {@link #getConversation()}, or the empty state when it is {@code null}. */
    protected abstract void refresh();

    /**
     * The selection of utterances in the followed editor changed (also called after another editor is followed).
     * Does nothing by default.
     */
    protected void utteranceSelectionChanged(List<Utterance> selected) {
        // for views that show or follow the selection
    }

    /**
     * Another editor (or none) is followed now; called before {@link #refresh()}. Does nothing by default.
     *
     * @param previous the editor followed before, or {@code null}
     */
    protected void editorChanged(ConversationEditor previous) {
        // for views that keep state per editor
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
        follow(null);
        super.dispose();
    }
}
