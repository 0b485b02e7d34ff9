// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.memos;

import java.text.DateFormat;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
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
import org.eclipse.swt.widgets.Text;

import nl.leefwereld.core.coding.Coders;
import nl.leefwereld.core.commands.MemoCommands;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.ui.editor.ConversationViewPart;
import nl.leefwereld.ui.Tables;

/**
 * The memos of the conversation in the editor (on the conversation, its utterances, spans of them and codes), one
 * per row, with a title and a text field to write a new memo or change the chosen one. It follows the transcript:
 * the memos of the selected utterance are selected, and <i>Nieuwe memo</i> puts a memo on the selected utterance (on
 * the conversation when none is selected). Every change is one undoable step on the editor's command stack, built by
 * core's {@link MemoCommands} like {@code leefwereld memo}.
 */
public class MemosView extends ConversationViewPart {

    public static final String ID = "nl.leefwereld.ui.memos"; //$NON-NLS-1$

    private Label header;
    private TableViewer memos;
    private Text title;
    private Text text;
    private Button add;
    private Button change;
    private Button delete;
    private boolean followingEditor;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        header = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        memos = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        memos.getTable().setHeaderVisible(true);
        memos.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 80).applyTo(memos.getControl());
        DateFormat dates = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT);
        Tables.column(memos, Memo.class, Messages.Memos_target, 170, MemoCommands::describeTarget);
        Tables.column(memos, Memo.class, Messages.Memos_title, 160, MemoCommands::titleOf);
        Tables.column(memos, Memo.class, Messages.Memos_text, 280, m -> m.getText() == null ? "" : m.getText().replace('\n', ' ')); //$NON-NLS-1$
        Tables.column(memos, Memo.class, Messages.Memos_author, 110, Memo::getAuthor);
        Tables.column(memos, Memo.class, Messages.Memos_modified, 120, m -> m.getModified() == null ? "" : dates.format(m.getModified())); //$NON-NLS-1$
        memos.addSelectionChangedListener(e -> {
            Memo memo = selected();
            title.setText(memo == null || memo.getTitle() == null ? "" : memo.getTitle()); //$NON-NLS-1$
            text.setText(memo == null || memo.getText() == null ? "" : memo.getText()); //$NON-NLS-1$
            updateButtons();
            if (!followingEditor && memo != null && memo.getUtterance() != null) {
                selectUtterances(List.of(memo.getUtterance()));
            }
        });

        Composite fields = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(fields);
        new Label(fields, SWT.NONE).setText(Messages.Memos_titleLabel);
        title = new Text(fields, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        Label textLabel = new Label(fields, SWT.NONE);
        textLabel.setText(Messages.Memos_textLabel);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(textLabel);
        text = new Text(fields, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 60).applyTo(text);
        text.addListener(SWT.Modify, e -> updateButtons());

        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        add = Tables.button(buttons, Messages.Memos_add, this::addMemo);
        change = Tables.button(buttons, Messages.Memos_change, this::changeMemo);
        delete = Tables.button(buttons, Messages.Memos_delete, this::deleteMemo);
        startFollowing(parent);
    }

    private Memo selected() {
        Object first = memos.getStructuredSelection().getFirstElement();
        return first instanceof Memo memo ? memo : null;
    }

    /**
     * Adds a memo with the title and text of the fields on the selected utterance, or on the conversation; returns
     * it, or {@code null} when nothing was added (no conversation, an empty text: said in a message).
     */
    public Memo addMemo() {
        Conversation c = getConversation();
        if (c == null) {
            return null;
        }
        try {
            Memo memo = MemoCommands.create(title.getText(), text.getText(), Coders.currentUser(), new Date());
            List<Utterance> utterances = getSelectedUtterances();
            if (utterances.size() == 1) {
                MemoCommands.on(memo, utterances.get(0), -1, -1);
            }
            if (!execute(MemoCommands.add(c, memo))) {
                return null;
            }
            memos.setSelection(new StructuredSelection(memo), true);
            return memo;
        } catch (IllegalArgumentException e) {
            MessageDialog.openInformation(getSite().getShell(), Messages.Memos_name, e.getMessage());
            return null;
        }
    }

    /** Puts the fields' title and text on the selected memo; whether it changed. */
    public boolean changeMemo() {
        Memo memo = selected();
        if (memo == null) {
            return false;
        }
        try {
            Command edit = MemoCommands.edit(memo, title.getText(), text.getText(), new Date());
            return edit != null && execute(edit);
        } catch (IllegalArgumentException e) {
            MessageDialog.openInformation(getSite().getShell(), Messages.Memos_name, e.getMessage());
            return false;
        }
    }

    /** Deletes the selected memo (undo brings it back); whether one was deleted. */
    public boolean deleteMemo() {
        Memo memo = selected();
        return memo != null && execute(MemoCommands.remove(memo));
    }

    @Override
    protected void refresh() {
        Conversation c = getConversation();
        Memo before = selected();
        List<Memo> all = c == null ? List.of() : List.copyOf(c.getMemos());
        header.setText(c == null ? Messages.Memos_noConversation
                : NLS.bind(Messages.Memos_header, c.getTitle(), Integer.valueOf(all.size())));
        followingEditor = true;
        try {
            memos.setInput(all);
            if (before != null && all.contains(before)) {
                memos.setSelection(new StructuredSelection(before), true);
            }
        } finally {
            followingEditor = false;
        }
        updateButtons();
        header.getParent().layout(true, true);
    }

    @Override
    protected void utteranceSelectionChanged(List<Utterance> selected) {
        Conversation c = getConversation();
        if (memos.getControl().isDisposed() || c == null) {
            return;
        }
        List<Memo> ofSelected = c.getMemos().stream().filter(m -> selected.contains(m.getUtterance())).toList();
        if (ofSelected.isEmpty()) {
            return;
        }
        followingEditor = true;
        try {
            memos.setSelection(new StructuredSelection(ofSelected.get(0)), true);
        } finally {
            followingEditor = false;
        }
    }

    private void updateButtons() {
        if (add.isDisposed()) {
            return;
        }
        boolean conversation = getConversation() != null;
        add.setEnabled(conversation && !text.getText().isBlank());
        change.setEnabled(selected() != null && !text.getText().isBlank());
        delete.setEnabled(selected() != null);
    }

    /** For tests: the list of memos. */
    TableViewer getViewer() {
        return memos;
    }

    Text getTitleField() {
        return title;
    }

    Text getTextField() {
        return text;
    }

    String getHeader() {
        return header.getText();
    }

    @Override
    public void setFocus() {
        memos.getControl().setFocus();
    }
}
