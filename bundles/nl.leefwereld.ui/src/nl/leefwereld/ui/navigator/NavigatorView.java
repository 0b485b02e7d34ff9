// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.navigator;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import java.text.DateFormat;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.ui.StartupMarker;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;

/** Clients, their trajectories and conversations, from the store's listing (no transcripts loaded). */
public class NavigatorView extends ViewPart {

    public static final String ID = "nl.leefwereld.ui.navigator"; //$NON-NLS-1$
    static final String REFRESH_COMMAND = "nl.leefwereld.ui.refresh"; //$NON-NLS-1$

    private TreeViewer viewer;
    private WorkbenchStore store;
    private final Runnable refresher = this::refreshAsync;

    @Override
    public void createPartControl(Composite parent) {
        store = WorkbenchStore.get();
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new ContentProvider());
        viewer.setLabelProvider(new Labels(new LocalResourceManager(JFaceResources.getResources(), viewer.getTree())));
        viewer.setAutoExpandLevel(2);
        viewer.addDoubleClickListener(event -> openSelected());
        getSite().setSelectionProvider(viewer);
        addDragAndDrop();

        MenuManager menu = new MenuManager();
        Action open = new Action(Messages.Navigator_open) {
            @Override
            public void run() {
                openSelected();
            }
        };
        menu.add(open);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.addSelectionChangedListener(event -> open.setEnabled(
                viewer.getStructuredSelection().toList().stream().anyMatch(Conversation.class::isInstance)));
        open.setEnabled(false);
        viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
        getSite().registerContextMenu(menu, viewer);

        IHandlerService handlers = getSite().getService(IHandlerService.class);
        handlers.activateHandler(IWorkbenchCommandConstants.EDIT_DELETE, new AbstractHandler() {
            @Override
            public Object execute(ExecutionEvent event) {
                deleteSelected();
                return null;
            }
        });
        handlers.activateHandler(REFRESH_COMMAND, new AbstractHandler() {
            @Override
            public Object execute(ExecutionEvent event) {
                refresh();
                return null;
            }
        });
        store.addChangeListener(refresher);
        // the database opens in a job after the window is up: its progress shows on this view (busy title)
        IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.showBusyForFamily(WorkbenchStore.OPENING);
        }
        refresh();
    }

    /** Reloads the listing from the store; shows a placeholder while the database is being opened. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        if (!store.isOpen()) {
            viewer.setInput(List.of(Messages.Navigator_opening));
            return;
        }
        Object[] expanded = viewer.getExpandedElements();
        List<Client> clients = store.store().listClients();
        // the hint in short lines: a tree does not wrap, and one line was cut in the narrow navigator at 1280x800
        viewer.setInput(clients.isEmpty() ? List.of((Object[]) Messages.Navigator_empty.split("\n")) : clients); //$NON-NLS-1$
        StartupMarker.navigatorFilled(clients.size());
        for (Object element : expanded) {
            Object same = find(clients, element);
            if (same != null) {
                viewer.setExpandedState(same, true);
            }
        }
    }

    private void refreshAsync() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    }

    private static Object find(List<Client> clients, Object element) {
        String id = element instanceof Client c ? c.getId() : element instanceof Trajectory t ? t.getId() : null;
        if (id == null) {
            return null;
        }
        for (Client client : clients) {
            if (client.getId().equals(id)) {
                return client;
            }
            for (Trajectory trajectory : client.getTrajectories()) {
                if (trajectory.getId().equals(id)) {
                    return trajectory;
                }
            }
        }
        return null;
    }

    /** Conversations can be dragged onto a trajectory, a client with one trajectory, or a conversation's trajectory. */
    private void addDragAndDrop() {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                IStructuredSelection selection = viewer.getStructuredSelection();
                event.doit = !selection.isEmpty() && selection.toList().stream().allMatch(Conversation.class::isInstance);
                LocalSelectionTransfer.getTransfer().setSelection(selection);
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = LocalSelectionTransfer.getTransfer().getSelection();
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(viewer) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                return LocalSelectionTransfer.getTransfer().isSupportedType(type) && ConversationMove.dropTarget(target) != null
                        && !MoveConversationHandler.selected(LocalSelectionTransfer.getTransfer().getSelection()).isEmpty();
            }

            @Override
            public boolean performDrop(Object data) {
                return dropOn(LocalSelectionTransfer.getTransfer().getSelection(), getCurrentTarget());
            }
        });
    }

    /** What a drop of {@code dragged} on {@code target} does; returns whether anything moved. */
    boolean dropOn(ISelection dragged, Object target) {
        Trajectory trajectory = ConversationMove.dropTarget(target);
        List<Conversation> conversations = MoveConversationHandler.selected(dragged);
        if (trajectory == null || conversations.isEmpty()) {
            return false;
        }
        return ConversationMove.move(getSite().getPage(), getSite().getShell(), conversations, trajectory) > 0;
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    private void openSelected() {
        for (Object element : viewer.getStructuredSelection()) {
            if (element instanceof Conversation conversation) {
                try {
                    getSite().getPage().openEditor(new ConversationEditorInput(conversation.getId(), conversation.getTitle()),
                            ConversationEditor.ID);
                } catch (PartInitException e) {
                    MessageDialog.openError(getSite().getShell(), Messages.Navigator_title, e.getMessage());
                }
            } else {
                viewer.setExpandedState(element, !viewer.getExpandedState(element));
            }
        }
    }

    private void deleteSelected() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        if (selection.isEmpty() || !store.isOpen()) {
            return;
        }
        String names = String.join(", ", selection.toList().stream().map(Labels::text).toList()); //$NON-NLS-1$
        if (!MessageDialog.openConfirm(getSite().getShell(), Messages.Navigator_deleteTitle,
                NLS.bind(Messages.Navigator_deleteQuestion, names))) {
            return;
        }
        for (Object element : selection) {
            if (element instanceof Conversation conversation) {
                closeEditor(conversation.getId());
                store.store().deleteConversation(conversation.getId());
            } else if (element instanceof Trajectory trajectory) {
                trajectory.getConversations().forEach(c -> closeEditor(c.getId()));
                store.store().deleteTrajectory(trajectory.getId());
            } else if (element instanceof Client client) {
                client.getTrajectories().forEach(t -> t.getConversations().forEach(c -> closeEditor(c.getId())));
                store.store().deleteClient(client.getId());
            }
        }
        store.fireChanged();
    }

    private void closeEditor(String conversationId) {
        var reference = getSite().getPage().findEditor(new ConversationEditorInput(conversationId, "")); //$NON-NLS-1$
        if (reference != null) {
            getSite().getPage().closeEditor(reference, false);
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (store != null) {
            store.removeChangeListener(refresher);
        }
        super.dispose();
    }

    private static final class ContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object element) {
            if (element instanceof Client client) {
                return client.getTrajectories().toArray();
            }
            if (element instanceof Trajectory trajectory) {
                return trajectory.getConversations().stream()
                        .sorted((a, b) -> a.getDate() == null || b.getDate() == null ? 0 : a.getDate().compareTo(b.getDate()))
                        .toArray();
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            if (element instanceof Trajectory trajectory) {
                return trajectory.getClient();
            }
            if (element instanceof Conversation conversation) {
                return conversation.getTrajectory();
            }
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }

    /** Labels: a client by name, a trajectory by title, a conversation by date and title. */
    static final class Labels extends LabelProvider {
        private final Image client;
        private final Image trajectory;
        private final Image conversation;

        Labels(LocalResourceManager resources) {
            client = resources.create(icon("client.png")); //$NON-NLS-1$
            trajectory = resources.create(icon("trajectory.png")); //$NON-NLS-1$
            conversation = resources.create(icon("conversation.png")); //$NON-NLS-1$
        }

        private static ImageDescriptor icon(String name) {
            return ImageDescriptor.createFromURL(NavigatorView.class.getResource("/icons/" + name)); //$NON-NLS-1$
        }

        @Override
        public String getText(Object element) {
            return text(element);
        }

        static String text(Object element) {
            if (element instanceof Client c) {
                return c.getDisplayName();
            }
            if (element instanceof Trajectory t) {
                return t.getTitle();
            }
            if (element instanceof Conversation c) {
                String date = c.getDate() == null ? "" : DateFormat.getDateInstance(DateFormat.SHORT).format(c.getDate()) + "  "; //$NON-NLS-1$ //$NON-NLS-2$
                return date + c.getTitle();
            }
            return String.valueOf(element);
        }

        @Override
        public Image getImage(Object element) {
            if (element instanceof Client) {
                return client;
            }
            if (element instanceof Trajectory) {
                return trajectory;
            }
            return element instanceof Conversation ? conversation : null;
        }
    }
}
