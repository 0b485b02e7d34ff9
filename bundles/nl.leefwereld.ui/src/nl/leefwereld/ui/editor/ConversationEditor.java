// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.editor;

import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import nl.leefwereld.core.coding.Coders;
import nl.leefwereld.core.commands.ConversationCommands;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.StoreConflictException;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.methods.MethodCatalog;

/**
 * A conversation turn by turn: participants above, the transcript below, both editable in place. Every edit is an
 * EMF command on this editor's command stack, so undo/redo, the dirty marker and the save prompt follow from it.
 */
public class ConversationEditor extends EditorPart {

    public static final String ID = "nl.leefwereld.ui.conversationEditor"; //$NON-NLS-1$

    private Conversation conversation;
    private AdapterFactoryEditingDomain domain;
    private BasicCommandStack commandStack;
    private TableViewer participants;
    private TableViewer utterances;
    private Text title;
    private Combo kind;
    private ConversationOutlinePage outline;
    private MethodCatalog methods;
    private final CommandStackAction undo = new CommandStackAction(true);
    private final CommandStackAction redo = new CommandStackAction(false);

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ConversationEditorInput conversationInput)) {
            throw new PartInitException(NLS.bind(Messages.Editor_wrongInput, input.getName()));
        }
        setSite(site);
        setInput(input);
        try {
            conversation = WorkbenchStore.get().store().loadConversation(conversationInput.getConversationId());
        } catch (StoreException | IllegalStateException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        if (conversation == null) {
            throw new PartInitException(NLS.bind(Messages.Editor_notFound, conversationInput.getConversationId()));
        }
        setPartName(conversation.getTitle());
        storedChangeGoal = changeGoal(conversation);
        methods = MethodCatalog.installed();
        ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        commandStack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(adapters, commandStack);
        commandStack.addCommandStackListener(event -> commandStackChanged());
        site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(body);
        // The title, kind and date beside the participants, in one band: the transcript below takes the rest of the
        // height (at 1280x800 the two on top of each other left room for only two or three utterances).
        Composite top = new Composite(body, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(12, 0).applyTo(top);
        createHeader(top);

        Composite people = new Composite(top, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(people);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(2, 0).applyTo(people);
        participants = new ParticipantsTable(this).create(people);
        Table table = participants.getTable();
        // Room for three participants (more scroll)
        GridDataFactory.fillDefaults().grab(true, false).hint(120,
                table.getHeaderHeight() + 3 * table.getItemHeight() + 2 * table.getBorderWidth()).applyTo(table);
        utterances = new UtterancesTable(this).create(body);
        participants.setInput(conversation.getParticipants());
        utterances.setInput(conversation.getUtterances());
        getSite().setSelectionProvider(utterances);
        participants.getControl().addListener(SWT.FocusIn, e -> getSite().setSelectionProvider(participants));
        utterances.getControl().addListener(SWT.FocusIn, e -> getSite().setSelectionProvider(utterances));
        updateActions();
    }

    private void createHeader(Composite body) {
        Composite header = new Composite(body, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.TOP).applyTo(header);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(header);
        new Label(header, SWT.NONE).setText(Messages.Editor_title);
        title = new Text(header, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(title);
        title.setText(nonNull(conversation.getTitle()));
        title.addListener(SWT.DefaultSelection, e -> setTitleFromField());
        title.addListener(SWT.FocusOut, e -> setTitleFromField());
        // typing marks the editor dirty at once, so closing it asks; the text goes onto the stack as one step
        title.addListener(SWT.Modify, e -> firePropertyChange(PROP_DIRTY));

        new Label(header, SWT.NONE).setText(Messages.Editor_kind);
        kind = new Combo(header, SWT.READ_ONLY);
        for (ConversationKind k : ConversationKind.VALUES) {
            kind.add(Messages.kindLabel(k));
        }
        kind.select(conversation.getKind().getValue());
        kind.addListener(SWT.Selection, e -> {
            ConversationKind chosen = ConversationKind.get(kind.getSelectionIndex());
            if (chosen != conversation.getKind()) {
                execute(ConversationCommands.setKind(conversation, chosen));
            }
        });

        new Label(header, SWT.NONE).setText(Messages.Editor_date);
        Label date = new Label(header, SWT.NONE);
        date.setText(conversation.getDate() == null ? "-" //$NON-NLS-1$
                : DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT).format(conversation.getDate()));
    }

    private void setTitleFromField() {
        if (titleEdited()) {
            execute(ConversationCommands.setTitle(conversation, title.getText()));
        }
    }

    /** Whether the title field holds text that is not yet on the command stack. */
    private boolean titleEdited() {
        return title != null && !title.isDisposed() && !title.getText().equals(nonNull(conversation.getTitle()));
    }

    // --- edits, all through the command stack ---

    /** Executes an edit on the command stack; returns false when the command cannot run. */
    public boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        commandStack.execute(command);
        return true;
    }

    /** The command under a name in the user's language, for Undo and Redo (EMF's own say "Add", "Remove"). */
    private static Command named(String label, Command command) {
        CompoundCommand named = new CompoundCommand(label);
        named.append(command);
        return named;
    }

    /** Sets a field (of the conversation, an utterance or a participant) as one named, undoable step. */
    public boolean set(Object owner, EStructuralFeature feature, Object value) {
        return owner instanceof EObject object && execute(ConversationCommands.set(object, feature, value));
    }

    /** Adds an utterance after the selected one (or at the end), spoken by the other participant than the one before. */
    public Utterance addUtterance() {
        Utterance selected = (Utterance) utterances.getStructuredSelection().getFirstElement();
        int index = selected == null ? conversation.getUtterances().size() : conversation.getUtterances().indexOf(selected) + 1;
        Utterance utterance = ModelFactory.eINSTANCE.createUtterance();
        utterance.setId(UUID.randomUUID().toString());
        utterance.setText(""); //$NON-NLS-1$
        utterance.setSpeaker(nextSpeaker(index));
        if (execute(named(nl.leefwereld.core.commands.Messages.Command_addUtterance, AddCommand.create(domain, conversation, ModelPackage.Literals.CONVERSATION__UTTERANCES, utterance, index)))) {
            utterances.setSelection(new StructuredSelection(utterance), true);
            utterances.editElement(utterance, UtterancesTable.TEXT_COLUMN);
        }
        return utterance;
    }

    private Participant nextSpeaker(int index) {
        List<Participant> all = conversation.getParticipants();
        if (all.isEmpty()) {
            return null;
        }
        Participant previous = index > 0 ? conversation.getUtterances().get(index - 1).getSpeaker() : null;
        int at = previous == null ? 0 : (all.indexOf(previous) + 1) % all.size();
        return all.get(Math.max(at, 0));
    }

    public void deleteUtterances(Collection<?> selected) {
        if (!selected.isEmpty()) {
            // core's rule: a memo on a deleted utterance moves to the conversation, marked, never lost
            List<Utterance> chosen = new ArrayList<>();
            for (Object o : selected) {
                if (o instanceof Utterance u) {
                    chosen.add(u);
                }
            }
            execute(ConversationCommands.removeUtterances(conversation, chosen));
        }
    }

    public void moveUtterance(Utterance utterance, int delta) {
        int to = conversation.getUtterances().indexOf(utterance) + delta;
        if (to >= 0 && to < conversation.getUtterances().size()) {
            execute(named(nl.leefwereld.core.commands.Messages.Command_moveUtterance, MoveCommand.create(domain, conversation, ModelPackage.Literals.CONVERSATION__UTTERANCES, utterance, to)));
            utterances.setSelection(new StructuredSelection(utterance), true);
        }
    }

    public Participant addParticipant() {
        Participant participant = ModelFactory.eINSTANCE.createParticipant();
        participant.setId(UUID.randomUUID().toString());
        participant.setName(Messages.Editor_newParticipant);
        participant.setRole(ParticipantRole.OTHER);
        if (execute(named(nl.leefwereld.core.commands.Messages.Command_addParticipant, AddCommand.create(domain, conversation, ModelPackage.Literals.CONVERSATION__PARTICIPANTS, participant)))) {
            participants.editElement(participant, 0);
        }
        return participant;
    }

    /** Removes participants; their utterances stay, without a speaker, in the same undoable step. */
    public void deleteParticipants(Collection<?> selected) {
        if (selected.isEmpty()) {
            return;
        }
        CompoundCommand command = new CompoundCommand(Messages.Editor_deleteParticipants);
        for (Utterance utterance : conversation.getUtterances()) {
            if (selected.contains(utterance.getSpeaker())) {
                command.append(ConversationCommands.setSpeaker(utterance, null));
            }
        }
        command.append(RemoveCommand.create(domain, conversation, ModelPackage.Literals.CONVERSATION__PARTICIPANTS, selected));
        execute(command);
    }

    // --- codes and suggestions ---

    /**
     * Codes the chosen span of the utterance (or all of it) with the chosen code, in one undoable step (what
     * <i>Tekst coderen</i> does after its dialog); whether it ran.
     */
    boolean codeSpan(Utterance u, SpanCodeDialog.Choice c) {
        return codeSelection(u, c.start(), c.end(), c.methodId(), c.codeId());
    }

    /**
     * Codes [start, end) of the utterance's text ({@code start < 0}: the whole utterance) with a code of a method or a
     * free code, in one undoable step, by core's rule ({@link ConversationCommands#spanCode}): a code of a method
     * that codes whole utterances (MITI) on a part of the text is refused with core's message, shown to the user.
     *
     * @return whether the code was added
     */
    public boolean codeSelection(Utterance u, int start, int end, String methodId, String codeId) {
        try {
            return execute(ConversationCommands.addAnnotation(getConversation(), ConversationCommands.spanCode(u,
                    start, end, methodId, codeId, nl.leefwereld.core.coding.Coders.currentUser())));
        } catch (IllegalArgumentException e) {
            // core's rule refuses it (e.g. a code of a method that codes whole utterances): say why
            MessageDialog.openError(getSite().getShell(), Messages.Editor_codeSelection, e.getMessage());
            return false;
        }
    }

    /**
     * The coded spans shown highlighted in this utterance's text: the human codes on a part of it whose words are
     * still there (not a detached span, not one covering the whole text), in the order of the annotations.
     */
    public List<Annotation> codedSpansOf(Utterance utterance) {
        String text = nonNull(utterance.getText());
        List<Annotation> spans = new ArrayList<>();
        for (Annotation a : conversation.getAnnotations()) {
            if (a.getUtterance() == utterance && a.getOrigin() != AnnotationOrigin.SUGGESTED && !a.isSpanDetached()
                    && a.getSpanStart() >= 0 && a.getSpanStart() < a.getSpanEnd() && a.getSpanEnd() <= text.length()
                    && (a.getSpanStart() > 0 || a.getSpanEnd() < text.length())) {
                spans.add(a);
            }
        }
        return spans;
    }

    /** The annotations (human codes first, then suggestions) of one utterance. */
    public List<Annotation> annotationsOf(Utterance utterance) {
        List<Annotation> human = new ArrayList<>();
        List<Annotation> suggested = new ArrayList<>();
        for (Annotation a : conversation.getAnnotations()) {
            if (a.getUtterance() == utterance) {
                (a.getOrigin() == AnnotationOrigin.SUGGESTED ? suggested : human).add(a);
            }
        }
        human.addAll(suggested);
        return human;
    }

    /**
     * Stores an analysis in one undoable step, by the rule of {@link ConversationCommands#applySuggestions}: the
     * analyzers' earlier suggestions make room for the new ones, what a person already accepted is not suggested
     * again, and when nothing changes the editor stays clean.
     *
     * @param byAnalyzer the suggestions per analyzer id
     * @return the annotations added
     */
    public List<Annotation> applySuggestions(Map<String, List<AnnotationSuggestion>> byAnalyzer) {
        ConversationCommands.SuggestionsCommand command = ConversationCommands.applySuggestions(conversation, byAnalyzer);
        return command != null && execute(command) ? command.added() : List.of();
    }

    private List<FindingMarker> markers = List.of();
    private Function<String, List<int[]>> highlighter;
    /** Highlight ranges by utterance text. */
    private final Map<String, List<int[]>> highlightCache = new HashMap<>();

    private Utterance utterance(String id) {
        for (Utterance u : conversation.getUtterances()) {
            if (u.getId().equals(id)) {
                return u;
            }
        }
        return null;
    }

    /**
     * A person accepts suggestions (origin {@code ACCEPTED}, coder the person) in one undoable step. Annotations
     * that are not suggestions are left alone.
     *
     * @return whether anything changed
     */
    public boolean acceptSuggestions(Collection<Annotation> suggestions) {
        return execute(ConversationCommands.acceptSuggestions(suggestions, Coders.currentUser()));
    }

    /** A person rejects suggestions: they go, in one undoable step; returns whether anything changed. */
    public boolean rejectSuggestions(Collection<Annotation> suggestions) {
        return execute(ConversationCommands.rejectSuggestions(conversation, suggestions));
    }

    /** The suggestions of these utterances. */
    public List<Annotation> suggestionsOf(Collection<?> selectedUtterances) {
        return conversation.getAnnotations().stream()
                .filter(a -> a.getOrigin() == AnnotationOrigin.SUGGESTED && selectedUtterances.contains(a.getUtterance()))
                .toList();
    }

    // --- findings ---

    /**
     * Shows the findings of the latest analysis beside their utterances (replacing earlier ones). They are not
     * part of the conversation: they are not saved and go when the editor closes or the analysis runs again.
     */
    public void setFindingMarkers(List<FindingMarker> markers) {
        this.markers = List.copyOf(markers);
        if (utterances != null && !utterances.getControl().isDisposed()) {
            utterances.refresh();
        }
    }

    /** The findings shown beside this utterance, most serious first. */
    public List<FindingMarker> markersOf(Utterance utterance) {
        return markers.stream().filter(m -> m.utteranceIds().contains(utterance.getId()))
                .sorted(java.util.Comparator.comparing(FindingMarker::severity).reversed()).toList();
    }

    // --- highlights ---

    /**
     * Highlights in the transcript the words this function finds in an utterance's text (as [start, end) ranges),
     * e.g. the matches of a search, until it is replaced or cleared with {@code null}. Like the findings, the
     * highlights are not part of the conversation; they follow edits of the text.
     */
    public void setHighlighter(Function<String, List<int[]>> highlighter) {
        this.highlighter = highlighter;
        highlightCache.clear();
        if (utterances != null && !utterances.getControl().isDisposed()) {
            utterances.refresh();
        }
    }

    /** The highlighted [start, end) ranges of this utterance's text, in text order; empty when none. */
    public List<int[]> highlightsOf(Utterance utterance) {
        if (highlighter == null) {
            return List.of();
        }
        String text = nonNull(utterance.getText());
        return highlightCache.computeIfAbsent(text, t -> List.copyOf(highlighter.apply(t)));
    }

    /** The installed methods with their codebooks, as read when this editor opened. */
    public MethodCatalog getMethodCatalog() {
        return methods;
    }

    /** Selects and shows the utterances with these ids. */
    public void revealUtterances(List<String> utteranceIds) {
        List<Utterance> found = new ArrayList<>();
        for (String id : utteranceIds) {
            Utterance u = utterance(id);
            if (u != null) {
                found.add(u);
            }
        }
        if (!found.isEmpty()) {
            getSite().getPage().activate(this);
            utterances.setSelection(new StructuredSelection(found), true);
        }
    }

    private void commandStackChanged() {
        if (utterances == null || utterances.getControl().isDisposed()) {
            return;
        }
        participants.refresh();
        utterances.refresh();
        if (!title.isFocusControl()) {
            title.setText(nonNull(conversation.getTitle()));
        }
        kind.select(conversation.getKind().getValue());
        setPartName(conversation.getTitle());
        if (outline != null) {
            outline.refresh();
        }
        // Re-announce the selection so the Properties view shows the edited values.
        var selectionProvider = getSite().getSelectionProvider();
        if (selectionProvider != null) {
            selectionProvider.setSelection(selectionProvider.getSelection());
        }
        updateActions();
        firePropertyChange(PROP_DIRTY);
    }

    private void updateActions() {
        undo.update();
        redo.update();
    }

    // --- saving ---

    @Override
    public void doSave(IProgressMonitor monitor) {
        setTitleFromField();
        try {
            WorkbenchStore store = WorkbenchStore.get();
            saveChangeGoal(store.store());
            store.store().saveConversation(conversation);
            commandStack.saveIsDone();
            firePropertyChange(PROP_DIRTY);
            store.fireChanged();
        } catch (StoreConflictException e) {
            monitor.setCanceled(true);
            if (conflictAnswer.apply(e.getMessage()) == ConflictAnswer.RELOAD) {
                reload();
            }
        } catch (StoreException e) {
            monitor.setCanceled(true);
            MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailed,
                    NLS.bind(Messages.Editor_saveFailedDetail, e.getMessage()));
        }
    }

    /** The trajectory's change goal as stored; a changed one is stored with the trajectory on save. */
    private String storedChangeGoal;

    private static String changeGoal(Conversation c) {
        return c.getTrajectory() == null ? null : c.getTrajectory().getChangeGoal();
    }

    /**
     * Stores a changed change goal (set through {@code ConversationCommands.setChangeGoal}) in the trajectory: the
     * client is read fresh from the store, so nothing else of it is overwritten with what this editor loaded.
     */
    private void saveChangeGoal(nl.leefwereld.store.ConversationStore store) {
        String goal = changeGoal(conversation);
        Trajectory trajectory = conversation.getTrajectory();
        if (java.util.Objects.equals(goal, storedChangeGoal) || trajectory.getClient() == null) {
            return;
        }
        Client fresh = store.loadClient(trajectory.getClient().getId());
        if (fresh != null) {
            for (Trajectory t : fresh.getTrajectories()) {
                if (t.getId() != null && t.getId().equals(trajectory.getId())) {
                    t.setChangeGoal(goal);
                    store.saveClient(fresh);
                }
            }
        }
        storedChangeGoal = goal;
    }

    /** What the user wants after someone else saved this conversation first. */
    enum ConflictAnswer {
        /** Load the other save; the changes made here are dropped. */
        RELOAD,
        /** Keep the changes here, unsaved (to copy them, then reload). */
        KEEP
    }

    /** Asks the user; tests answer instead. */
    Function<String, ConflictAnswer> conflictAnswer = this::askAboutConflict;

    private ConflictAnswer askAboutConflict(String message) {
        MessageDialog dialog = new MessageDialog(getSite().getShell(), Messages.Editor_conflictTitle, null,
                NLS.bind(Messages.Editor_conflictDetail, message), MessageDialog.WARNING, 1, Messages.Editor_conflictReload,
                Messages.Editor_conflictKeep);
        return dialog.open() == 0 ? ConflictAnswer.RELOAD : ConflictAnswer.KEEP;
    }

    /**
     * Loads the conversation again from the store, dropping the changes made here and their undo history. The
     * views that follow this editor see the new conversation through the command stack's change event.
     */
    public void reload() {
        Conversation loaded = WorkbenchStore.get().store().loadConversation(conversation.getId());
        if (loaded == null) {
            getSite().getPage().closeEditor(this, false);
            return;
        }
        conversation = loaded;
        storedChangeGoal = changeGoal(conversation);
        participants.setInput(conversation.getParticipants());
        utterances.setInput(conversation.getUtterances());
        title.setText(nonNull(conversation.getTitle()));
        commandStack.flush(); // notifies the listeners: tables, outline, method views, dirty marker
    }

    @Override
    public void doSaveAs() {
        // one conversation, one place: no save as
    }

    @Override
    public boolean isDirty() {
        return commandStack != null && (commandStack.isSaveNeeded() || titleEdited());
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        utterances.getControl().setFocus();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                outline = new ConversationOutlinePage(this);
            }
            return adapter.cast(outline);
        }
        if (adapter == Conversation.class) {
            return adapter.cast(conversation);
        }
        return super.getAdapter(adapter);
    }

    /**
     * The selection of utterances in the transcript: an {@code IStructuredSelection} of {@link Utterance}, whatever
     * table has the focus (the site's selection provider switches to the participants when they have it).
     */
    public ISelectionProvider getUtteranceSelectionProvider() {
        return utterances;
    }

    /** Selects and shows these utterances in the transcript. */
    public void selectUtterances(List<Utterance> selected) {
        if (utterances != null && !utterances.getControl().isDisposed()) {
            utterances.setSelection(new StructuredSelection(selected), true);
        }
    }

    /** The utterances in a selection, in the order given. */
    public static List<Utterance> utterancesIn(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured)) {
            return List.of();
        }
        return structured.toList().stream().filter(Utterance.class::isInstance).map(Utterance.class::cast).toList();
    }

    // --- for the outline, the tables and tests ---

    public Conversation getConversation() {
        return conversation;
    }

    /**
     * The editing domain on this editor's command stack: build EMF commands with it ({@code AddCommand.create(
     * getEditingDomain(), …)}) and run them with {@link #execute}, so undo and the dirty marker work.
     */
    public org.eclipse.emf.edit.domain.EditingDomain getEditingDomain() {
        return domain;
    }

    public BasicCommandStack getCommandStack() {
        return commandStack;
    }

    /** Undo (or redo) on this editor's command stack, for the views that follow it (Ctrl+Z works there too). */
    public IAction getUndoAction(boolean isUndo) {
        return isUndo ? undo : redo;
    }

    public TableViewer getUtterancesViewer() {
        return utterances;
    }

    public TableViewer getParticipantsViewer() {
        return participants;
    }

    /** Selects and shows these objects (utterances or participants) in their table. */
    public void reveal(List<?> objects) {
        List<Object> inUtterances = new ArrayList<>();
        for (Object o : objects) {
            if (o instanceof Utterance) {
                inUtterances.add(o);
            } else if (o instanceof Participant) {
                participants.setSelection(new StructuredSelection(o), true);
            }
        }
        if (!inUtterances.isEmpty()) {
            utterances.setSelection(new StructuredSelection(inUtterances), true);
        }
    }

    static String nonNull(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }

    /** Undo or redo on this editor's command stack, as the workbench's global Undo/Redo. */
    private final class CommandStackAction extends Action {
        private final boolean isUndo;

        CommandStackAction(boolean isUndo) {
            this.isUndo = isUndo;
        }

        void update() {
            setEnabled(commandStack != null && (isUndo ? commandStack.canUndo() : commandStack.canRedo()));
            Command next = commandStack == null ? null : isUndo ? commandStack.getUndoCommand() : commandStack.getRedoCommand();
            String verb = isUndo ? Messages.Editor_undo : Messages.Editor_redo;
            setText(next == null || next.getLabel() == null || next.getLabel().isBlank() ? verb
                    : NLS.bind(Messages.Editor_undoRedoLabel, verb, next.getLabel()));
        }

        @Override
        public void run() {
            if (isUndo) {
                commandStack.undo();
            } else {
                commandStack.redo();
            }
        }
    }
}
