// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.ui;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import nl.leefwereld.core.coding.Assessments;
import nl.leefwereld.core.coding.Coders;
import nl.leefwereld.method.blanco.ClientAssessments;
import nl.leefwereld.method.blanco.FilmExtractor;
import nl.leefwereld.method.blanco.FilmFormat;
import nl.leefwereld.method.blanco.Films;
import nl.leefwereld.method.blanco.commands.FilmCommands;
import nl.leefwereld.method.blanco.model.FilmEvent;
import nl.leefwereld.method.blanco.model.LifeFilm;
import nl.leefwereld.method.blanco.model.NetworkPerson;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;

/**
 * The film of the client of the active conversation editor or of the navigator selection: the timeline and the
 * network picture ({@link FilmPicture}) above, the events and people as tables below. The film is kept with the
 * client ({@code Client.assessments}); every change is an EMF command and is saved at once. The same film is
 * printed by {@code leefwereld blanco film <client-id>}.
 */
public class FilmView extends ClientViewPart {

    public static final String ID = "nl.leefwereld.method.blanco.ui.film"; //$NON-NLS-1$


    private Label subject;
    private FilmPicture picture;
    private TableViewer events;
    private TableViewer people;
    private final List<Button> actions = new ArrayList<>();

    private Client client;
    private final BasicCommandStack stack = new BasicCommandStack();

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        subject = new Label(top, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(subject);
        button(top, Messages.Film_suggest, this::suggest);
        button(top, Messages.Film_closer, () -> closeness(-1));
        button(top, Messages.Film_farther, () -> closeness(+1));
        button(top, Messages.Film_support, this::toggleSupport);
        button(top, Messages.Film_delete, this::deleteSelected);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        picture = new FilmPicture(sash);
        SashForm tables = new SashForm(sash, SWT.HORIZONTAL);
        events = viewer(tables);
        column(events, Messages.Film_colWhen, 120, FilmEvent.class, FilmEvent::getWhen);
        column(events, Messages.Film_colWhat, 320, FilmEvent.class, FilmEvent::getWhat);
        people = viewer(tables);
        column(people, Messages.Film_colName, 110, NetworkPerson.class, NetworkPerson::getName);
        column(people, Messages.Film_colRole, 100, NetworkPerson.class, NetworkPerson::getRole);
        column(people, Messages.Film_colRelation, 100, NetworkPerson.class, NetworkPerson::getRelation);
        column(people, Messages.Film_colCloseness, 80, NetworkPerson.class, p -> Integer.toString(p.getCloseness()));
        column(people, Messages.Film_colSupport, 60, NetworkPerson.class,
                p -> p.isSupport() ? Messages.Film_yes : Messages.Film_no);
        sash.setWeights(3, 2);
        stack.addCommandStackListener(e -> refresh());
        track(subject);
    }

    private void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        actions.add(b);
    }

    private static TableViewer viewer(Composite parent) {
        TableViewer v = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        v.getTable().setHeaderVisible(true);
        v.setContentProvider(ArrayContentProvider.getInstance());
        return v;
    }

    private static <T> void column(TableViewer viewer, String title, int width, Class<T> type, Function<T, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (!type.isInstance(element)) {
                    return ""; //$NON-NLS-1$
                }
                String s = text.apply(type.cast(element));
                return s == null ? "" : s; //$NON-NLS-1$
            }
        });
    }

    // --- the client in view ---

    /** Shows the followed conversation's client; when no editor is left, the film stays: it belongs to the client. */
    @Override
    protected void editorChanged(ConversationEditor previous) {
        Conversation c = getConversation();
        if (c != null && c.getTrajectory() != null && c.getTrajectory().getClient() != null) {
            show(c.getTrajectory().getClient().getId());
        }
    }

    @Override
    protected void clientSelected(Client selected) {
        show(selected.getId());
    }

    /** Shows the film of the client with this id, loaded from the workbench's store. */
    public void show(String clientId) {
        WorkbenchStore store = WorkbenchStore.get();
        if (!store.isOpen() || (client != null && client.getId().equals(clientId))) {
            return;
        }
        client = store.store().loadClient(clientId);
        stack.flush();
        refresh();
    }

    // --- what the view shows (read by its test fragment, which shares this package) ---

    public Client getClient() {
        return client;
    }

    /** The film shown, or null when the client has none yet. */
    LifeFilm getFilm() {
        return client == null ? null : Assessments.latest(client, LifeFilm.class);
    }

    FilmPicture getPicture() {
        return picture;
    }

    TableViewer getEventsViewer() {
        return events;
    }

    TableViewer getPeopleViewer() {
        return people;
    }

    String getSubjectText() {
        return subject.getText();
    }

    // --- changes ---

    /**
     * Suggests events and people from the client's own words in all his conversations. Loading the conversations
     * runs as a cancellable job; the suggestions are added (one command, undoable) in the UI thread.
     *
     * @return the job, scheduled; null when no client is shown
     */
    public Job suggest() {
        if (client == null) {
            return null;
        }
        Client target = client;
        List<String> ids = new ArrayList<>();
        for (Trajectory t : target.getTrajectories()) {
            for (Conversation header : t.getConversations()) {
                ids.add(header.getId());
            }
        }
        Display display = picture.getDisplay();
        Job job = Job.create(Messages.Film_suggest, monitor -> {
            SubMonitor sub = SubMonitor.convert(monitor, Messages.Film_suggest, ids.size() + 1);
            ConversationStore store = WorkbenchStore.get().store();
            List<Conversation> conversations = new ArrayList<>();
            for (String id : ids) {
                if (sub.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                Conversation c = store.loadConversation(id);
                if (c != null) {
                    conversations.add(c);
                }
                sub.worked(1);
            }
            FilmExtractor.Suggestions s = new FilmExtractor().extract(conversations);
            sub.worked(1);
            display.asyncExec(() -> {
                if (subject.isDisposed() || client != target) {
                    return;
                }
                apply(s);
                subject.setText(subjectText() + "  \u2014  " + NLS.bind(Messages.Film_suggested, new Object[] { //$NON-NLS-1$
                        Integer.valueOf(s.events().size()), Integer.valueOf(s.people().size()),
                        Integer.valueOf(conversations.size()) }));
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void apply(FilmExtractor.Suggestions s) {
        executeAndSave(FilmCommands.addSuggestions(client, getFilm(), s, Coders.currentUser(), new Date()));
    }

    private List<NetworkPerson> selectedPeople() {
        return people.getStructuredSelection().toList().stream().filter(NetworkPerson.class::isInstance)
                .map(NetworkPerson.class::cast).toList();
    }

    /** Moves the selected people closer (-1) or farther (+1) in the client's view. */
    public void closeness(int delta) {
        executeAndSave(FilmCommands.closeness(selectedPeople(), delta));
    }

    public void toggleSupport() {
        executeAndSave(FilmCommands.toggleSupport(selectedPeople()));
    }

    public void deleteSelected() {
        executeAndSave(FilmCommands.delete(getFilm(),
                events.getStructuredSelection().toList().stream().filter(FilmEvent.class::isInstance)
                        .map(FilmEvent.class::cast).toList(),
                selectedPeople()));
    }

    private void executeAndSave(Command command) {
        if (command == null) {
            return;
        }
        stack.execute(command);
        LifeFilm film = getFilm();
        if (film == null) {
            return;
        }
        try {
            ClientAssessments.save(WorkbenchStore.get().store(), client.getId(), film);
            WorkbenchStore.get().fireChanged();
        } catch (StoreException e) {
            stack.undo();
            MessageDialog.openError(getSite().getShell(), Messages.Film_title, NLS.bind(Messages.SaveFailed, e.getMessage()));
        }
    }

    private String subjectText() {
        if (client == null) {
            return Messages.Subject_none;
        }
        return NLS.bind(Messages.Film_subject, client.getDisplayName() == null ? client.getId() : client.getDisplayName());
    }

    @Override
    protected void refresh() {
        if (subject == null || subject.isDisposed()) {
            return;
        }
        subject.setText(subjectText());
        for (Button b : actions) {
            b.setEnabled(client != null);
        }
        LifeFilm film = getFilm();
        picture.setFilm(client == null ? null : client.getDisplayName(), film);
        events.setInput(film == null ? List.of() : Films.timeline(film));
        people.setInput(film == null ? List.of() : FilmFormat.network(film));
        subject.getParent().layout();
    }

    @Override
    public void setFocus() {
        picture.setFocus();
    }
}
