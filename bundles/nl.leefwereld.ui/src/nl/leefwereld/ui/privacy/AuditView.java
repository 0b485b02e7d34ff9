// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.privacy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

import nl.leefwereld.core.privacy.AuditCsv;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.AuditEvent;
import nl.leefwereld.store.OwnerOnlyFiles;
import nl.leefwereld.ui.Icons;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.navigator.NavigatorView;

/**
 * The audit log, newest first: of the client selected in the navigator (or of the client of the selected
 * trajectory or conversation), or all of it. Read-only; exports to CSV as {@code leefwereld audit --csv} does.
 */
public class AuditView extends ViewPart {

    public static final String ID = "nl.leefwereld.ui.audit"; //$NON-NLS-1$

    private TableViewer viewer;
    private WorkbenchStore store;
    private IAction showAll;
    /** The client the navigator selection points at, or null. */
    private String selectedClientId;
    private List<AuditEvent> events = List.of();
    /** Names of the clients, trajectories and conversations in the store, by id: events hold ids only. */
    private Map<String, String> names = Map.of();
    private final Runnable refresher = this::refreshAsync;
    private final ISelectionListener navigatorListener = (part, selection) -> {
        if (selection instanceof IStructuredSelection structured) {
            selectClient(clientOf(structured.getFirstElement()));
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        store = WorkbenchStore.get();
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Columns.<AuditEvent>add(viewer, 140, Messages.Audit_columnTime, e -> nl.leefwereld.ui.Formats.dateTime(e.time()));
        Columns.<AuditEvent>add(viewer, 90, Messages.Audit_columnUser, AuditEvent::user);
        Columns.<AuditEvent>add(viewer, 100, Messages.Audit_columnAction, e -> Messages.actionLabel(e.action()));
        Columns.<AuditEvent>add(viewer, 170, Messages.Audit_columnClient, e -> objectLabel(e.clientId()));
        Columns.<AuditEvent>add(viewer, 200, Messages.Audit_columnObject, e -> objectLabel(e.objectId()));
        Columns.<AuditEvent>add(viewer, 300, Messages.Audit_columnDetail, e -> Messages.detailLabel(e.detail()));
        getSite().setSelectionProvider(viewer);

        showAll = new Action(Messages.Audit_showAll, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                refresh();
            }
        };
        showAll.setImageDescriptor(Icons.get("client.png")); //$NON-NLS-1$
        Action refresh = new Action(Messages.Audit_refresh) {
            @Override
            public void run() {
                refresh();
            }
        };
        refresh.setImageDescriptor(Icons.get("refresh.png")); //$NON-NLS-1$
        Action export = new Action(Messages.Audit_export) {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
                dialog.setText(Messages.Audit_exportChoose);
                dialog.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
                dialog.setFileName("auditlog.csv"); //$NON-NLS-1$
                dialog.setOverwrite(true);
                String chosen = dialog.open();
                if (chosen != null) {
                    exportTo(Path.of(chosen));
                }
            }
        };
        export.setImageDescriptor(Icons.get("down.png")); //$NON-NLS-1$
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(showAll);
        toolBar.add(refresh);
        toolBar.add(export);
        getViewSite().getActionBars().getMenuManager().add(showAll);
        getViewSite().getActionBars().getMenuManager().add(export);

        getSite().getPage().addSelectionListener(NavigatorView.ID, navigatorListener);
        if (getSite().getPage().getSelection(NavigatorView.ID) instanceof IStructuredSelection structured) {
            selectedClientId = clientOf(structured.getFirstElement());
        }
        store.addChangeListener(refresher);
        refresh();
    }

    /** The id of the client an element of the navigator belongs to, or null. */
    static String clientOf(Object element) {
        if (element instanceof Conversation conversation) {
            element = conversation.getTrajectory();
        }
        if (element instanceof Trajectory trajectory) {
            element = trajectory.getClient();
        }
        return element instanceof Client client ? client.getId() : null;
    }

    /** Follows the navigator: shows the events of this client (null: all events) unless all are asked for. */
    void selectClient(String clientId) {
        if (!Objects.equals(clientId, selectedClientId)) {
            selectedClientId = clientId;
            refresh();
        }
    }

    /** The client whose events are shown, or null when all are. */
    public String getClientFilter() {
        return showAll.isChecked() ? null : selectedClientId;
    }

    /** Shows all events (true) or those of the selected client (false). */
    public void setShowAll(boolean all) {
        showAll.setChecked(all);
        refresh();
    }

    /** Reads the log anew from the store. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        if (!store.isOpen()) {
            events = List.of();
            setContentDescription(Messages.Privacy_notOpen);
            viewer.setInput(events);
            return;
        }
        String clientId = getClientFilter();
        List<AuditEvent> read = new ArrayList<>(store.store().auditEvents(clientId));
        Collections.reverse(read);
        events = List.copyOf(read);
        names = readNames();
        setContentDescription(clientId == null ? NLS.bind(Messages.Audit_all, Integer.valueOf(events.size()))
                : NLS.bind(Messages.Audit_ofClient, Integer.valueOf(events.size()), objectLabel(clientId)));
        viewer.setInput(events);
        Columns.fit(viewer);
    }

    private Map<String, String> readNames() {
        Map<String, String> read = new HashMap<>();
        for (Client client : store.store().listClients()) {
            read.put(client.getId(), client.getDisplayName());
            for (Trajectory trajectory : client.getTrajectories()) {
                read.put(trajectory.getId(), trajectory.getTitle());
                for (Conversation conversation : trajectory.getConversations()) {
                    read.put(conversation.getId(), conversation.getTitle());
                }
            }
        }
        return read;
    }

    private void refreshAsync() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    }

    /**
     * A client, trajectory or conversation by name or title when still in the store, else by id (an erased
     * client's is a hash).
     */
    private String objectLabel(String id) {
        if (id == null) {
            return ""; //$NON-NLS-1$
        }
        String name = names.get(id);
        return name == null || name.isBlank() ? id : name;
    }

    /** Exports the events shown to this file and says how it went. */
    private void exportTo(Path file) {
        try {
            int written = writeCsv(file);
            MessageDialog.openInformation(getSite().getShell(), Messages.Audit_title,
                    NLS.bind(Messages.Audit_exported, Integer.valueOf(written), file));
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Audit_title,
                    NLS.bind(Messages.Audit_exportFailed, e.getMessage()));
        }
    }

    /**
     * Writes the events shown to this file as CSV, oldest first as {@code leefwereld audit --csv}, and records the
     * export in the audit log itself (it names clients); the number of events written.
     */
    int writeCsv(Path file) throws IOException {
        List<AuditEvent> oldestFirst = new ArrayList<>(events);
        Collections.reverse(oldestFirst);
        try (Writer out = OwnerOnlyFiles.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            AuditCsv.write(oldestFirst, out);
        }
        store.store().audit(AuditAction.EXPORT, getClientFilter(), null, AuditCsv.EXPORT_DETAIL + file);
        return oldestFirst.size();
    }

    /** The events shown, newest first. */
    public List<AuditEvent> getEvents() {
        return events;
    }

    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(NavigatorView.ID, navigatorListener);
        if (store != null) {
            store.removeChangeListener(refresher);
        }
        super.dispose();
    }
}
