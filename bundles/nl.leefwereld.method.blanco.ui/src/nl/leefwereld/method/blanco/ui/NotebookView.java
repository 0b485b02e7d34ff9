// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.ui;

import java.text.DateFormat;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.core.coding.Coders;
import nl.leefwereld.method.blanco.ClientAssessments;
import nl.leefwereld.method.blanco.Notebooks;
import nl.leefwereld.method.blanco.commands.NotebookCommands;
import nl.leefwereld.method.blanco.model.EntryKind;
import nl.leefwereld.method.blanco.model.ListeningNotebook;
import nl.leefwereld.method.blanco.model.NotebookEntry;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.ui.Tables;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;

/**
 * The listening notebook of the active conversation (kept in the conversation, changed through the editor's command
 * stack: undo and save as for any edit) or of the client chosen in the navigator (kept with the client, saved at
 * once). Notes are split into sentences and classified; facts stay, judgments go to the nightstand, dated, until
 * the professional brings them back to interpret.
 */
public class NotebookView extends ClientViewPart {

    public static final String ID = "nl.leefwereld.method.blanco.ui.notebook"; //$NON-NLS-1$

    private Label subject;
    private Text input;
    private Button add;
    private Button addUtterances;
    private TableViewer facts;
    private TableViewer nightstand;

    /** The owner of the notebook: a conversation (editor mode) or a client (navigator mode); null when none. */
    private EObject owner;
    private ConversationEditor editor;
    private CommandStack stack;
    private final CommandStackListener stackListener = e -> refresh();

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        subject = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(subject);

        Composite entry = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(entry);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(entry);
        // the notes over the full width, the buttons below them (beside them, a side view left the notes a sliver)
        input = new Text(entry, SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL);
        input.setMessage(Messages.Notebook_inputHint);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(100, 48).applyTo(input);
        add = new Button(entry, SWT.PUSH);
        add.setText(Messages.Notebook_add);
        add.addListener(SWT.Selection, e -> addInput());
        // Ctrl+Enter adds, as the button does (Enter alone starts a new line). The field is not a CommittingField:
        // it does not show a value of the model but collects new notes, each sentence becoming a dated entry that is
        // classified; applying them on a pause or on leaving would turn half-written sentences into entries. What is
        // added goes through the command stack like any edit (dirty, undo, saved with the conversation).
        input.addListener(SWT.KeyDown, e -> {
            if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.MOD1) != 0) {
                e.doit = false;
                addInput();
            }
        });
        addUtterances = new Button(entry, SWT.PUSH);
        addUtterances.setText(Messages.Notebook_addUtterances);
        addUtterances.setToolTipText(Messages.Notebook_addUtterancesTip);
        addUtterances.addListener(SWT.Selection, e -> {
            if (editor != null) {
                addUtterances(editor.getUtterancesViewer().getStructuredSelection().toList().stream()
                        .filter(Utterance.class::isInstance).map(Utterance.class::cast).toList());
            }
        });

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        // side by side in a wide view, above each other in a narrow one: side by side only when each half has room
        // for the longer group title (the nightstand's), which is otherwise cut off
        sash.addListener(SWT.Resize, e -> {
            var size = sash.getSize();
            int titleWidth = titleWidth(sash, Messages.Notebook_nightstand);
            int orientation = size.x > size.y * 3 / 2 && size.x / 2 >= titleWidth ? SWT.HORIZONTAL : SWT.VERTICAL;
            if (sash.getOrientation() != orientation) {
                sash.setOrientation(orientation);
            }
        });
        facts = table(sash, Messages.Notebook_facts, Messages.Notebook_toNightstand, false);
        nightstand = table(sash, Messages.Notebook_nightstand, Messages.Notebook_bringBack, true);
        track(subject);
    }

    /** Adds what is typed in the notes field as entries and empties the field; nothing when there is no subject. */
    private void addInput() {
        if (owner == null || input.getText().isBlank()) {
            return;
        }
        addNotes(input.getText());
        input.setText(""); //$NON-NLS-1$
    }

    Text getInput() {
        return input;
    }

    /** The width a group needs to show the title in full: the text and the group's frame around it. */
    private static int titleWidth(Composite parent, String title) {
        return Tables.titleWidth(parent, title) + 12;
    }

    private TableViewer table(Composite parent, String title, String action, boolean onNightstand) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(group);
        TableViewer viewer = new TableViewer(group, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        DateFormat dates = DateFormat.getDateInstance(DateFormat.SHORT);
        Tables.column(viewer, NotebookEntry.class, onNightstand ? Messages.Notebook_colSince : Messages.Notebook_colDate,
                80, e -> {
                    Date d = onNightstand ? e.getNightstandDate() : e.getDate();
                    return d == null ? null : dates.format(d);
                });
        Tables.column(viewer, NotebookEntry.class, Messages.Notebook_colText, 260, NotebookEntry::getText);
        if (!onNightstand) {
            Tables.column(viewer, NotebookEntry.class, Messages.Notebook_colKind, 110,
                    e -> e.getKind() == EntryKind.FACT ? Messages.Notebook_fact
                            : e.getBroughtBackDate() == null ? Messages.Notebook_judgment
                                    : NLS.bind(Messages.Notebook_broughtBack, dates.format(e.getBroughtBackDate())));
        }
        Tables.column(viewer, NotebookEntry.class, Messages.Notebook_colReason, 260, NotebookEntry::getReason);
        Tables.column(viewer, NotebookEntry.class, Messages.Notebook_colQuote, 200, NotebookEntry::getQuote);
        Button button = new Button(group, SWT.PUSH);
        button.setText(action);
        button.addListener(SWT.Selection, e -> {
            List<NotebookEntry> selected = viewer.getStructuredSelection().toList().stream()
                    .filter(NotebookEntry.class::isInstance).map(NotebookEntry.class::cast).toList();
            if (onNightstand) {
                bringBack(selected);
            } else {
                moveToNightstand(selected);
            }
        });
        return viewer;
    }

    // --- what the view is about ---

    /** The notebook of the followed editor's conversation; its command stack refreshes this view (the base). */
    @Override
    protected void editorChanged(ConversationEditor previous) {
        ConversationEditor followed = getEditor();
        if (followed != null) {
            detach();
            editor = followed;
            owner = followed.getConversation();
            stack = followed.getCommandStack();
        } else if (editor != null) {
            detach();
        }
    }

    @Override
    protected void clientSelected(Client selected) {
        WorkbenchStore store = WorkbenchStore.get();
        if (!store.isOpen()) {
            return;
        }
        detach();
        owner = store.store().loadClient(selected.getId());
        stack = new BasicCommandStack();
        stack.addCommandStackListener(stackListener);
        refresh();
    }

    private void detach() {
        if (stack != null) {
            stack.removeCommandStackListener(stackListener);
        }
        stack = null;
        editor = null;
        owner = null;
    }

    // --- the notebook and its commands ---

    /** The notebook shown, or null when the subject has none yet. */
    ListeningNotebook getNotebook() {
        if (owner instanceof Conversation c) {
            return Assessments.latest(c, ListeningNotebook.class);
        }
        if (owner instanceof Client c) {
            return Assessments.latest(c, ListeningNotebook.class);
        }
        return null;
    }

    /** The conversation or client whose notebook is shown, or null. */
    EObject getOwner() {
        return owner;
    }

    String getSubjectText() {
        return subject.getText();
    }

    TableViewer getFactsViewer() {
        return facts;
    }

    TableViewer getNightstandViewer() {
        return nightstand;
    }

    /** Splits {@code text} into sentences, classifies them and adds them (creating the notebook when needed). */
    void addNotes(String text) {
        if (owner == null || text == null || text.isBlank()) {
            return;
        }
        Date now = new Date();
        add(Notebooks.entries(text, now), now);
    }

    private void add(List<NotebookEntry> entries, Date now) {
        if (entries.isEmpty()) {
            return;
        }
        executeAndSave(NotebookCommands.addEntries(owner, getNotebook(), entries, title(),
                Coders.currentUser(), now));
    }

    /**
     * Adds the sentences of utterances (selected in the transcript) as entries, each with the utterance quoted as
     * "speaker: text". The professional's sentences are classified; what the client says is a fact about his life.
     * An assessment keeps a quote rather than a reference, so it stays readable wherever it is kept.
     */
    void addUtterances(List<Utterance> utterances) {
        if (owner == null || utterances.isEmpty()) {
            return;
        }
        Date now = new Date();
        List<NotebookEntry> entries = new java.util.ArrayList<>();
        for (Utterance u : utterances) {
            String quote = (u.getSpeaker() == null ? "" : u.getSpeaker().getName() + ": ") + u.getText(); //$NON-NLS-1$ //$NON-NLS-2$
            boolean professional = u.getSpeaker() != null && u.getSpeaker().getRole() == ParticipantRole.PROFESSIONAL;
            for (NotebookEntry e : Notebooks.entries(u.getText(), now)) {
                if (!professional) {
                    // What the client (or a relative) said is a fact about his life, even when it is his own judgment.
                    e.setKind(EntryKind.FACT);
                    e.setOnNightstand(false);
                    e.setNightstandDate(null);
                    e.setReason(Messages.Notebook_clientSaid);
                }
                e.setQuote(quote);
                entries.add(e);
            }
        }
        add(entries, now);
    }

    /** Puts entries on the nightstand, dated today; they become judgments. */
    public void moveToNightstand(List<NotebookEntry> entries) {
        executeAndSave(NotebookCommands.moveToNightstand(entries, new Date()));
    }

    /** Brings judgments back from the nightstand to interpret them, dated today. */
    public void bringBack(List<NotebookEntry> entries) {
        executeAndSave(NotebookCommands.bringBack(entries, new Date()));
    }

    private void executeAndSave(Command command) {
        if (command == null) {
            return;
        }
        if (editor != null) {
            editor.execute(command);
            return;
        }
        stack.execute(command);
        if (owner instanceof Client client && getNotebook() instanceof ListeningNotebook notebook) {
            try {
                ClientAssessments.save(WorkbenchStore.get().store(), client.getId(), notebook);
                WorkbenchStore.get().fireChanged();
            } catch (StoreException e) {
                stack.undo();
                MessageDialog.openError(getSite().getShell(), Messages.Notebook_title,
                        NLS.bind(Messages.SaveFailed, e.getMessage()));
            }
        }
    }

    private String title() {
        if (owner instanceof Conversation c) {
            return c.getTitle();
        }
        return owner instanceof Client c ? c.getDisplayName() : null;
    }

    @Override
    protected void refresh() {
        if (subject == null || subject.isDisposed()) {
            return;
        }
        if (owner instanceof Conversation c) {
            subject.setText(NLS.bind(Messages.Notebook_conversation, c.getTitle()));
        } else if (owner instanceof Client c) {
            subject.setText(NLS.bind(Messages.Notebook_client, c.getDisplayName()));
        } else {
            subject.setText(Messages.Subject_none);
        }
        add.setEnabled(owner != null);
        addUtterances.setEnabled(editor != null);
        ListeningNotebook n = getNotebook();
        facts.setInput(n == null ? List.of() : Notebooks.open(n));
        nightstand.setInput(n == null ? List.of() : Notebooks.nightstand(n));
        subject.getParent().layout();
    }

    @Override
    public void setFocus() {
        input.setFocus();
    }

    @Override
    public void dispose() {
        detach();
        super.dispose();
    }
}
