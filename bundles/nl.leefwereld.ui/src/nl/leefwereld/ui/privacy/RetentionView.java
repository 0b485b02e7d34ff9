// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.ViewPart;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.RetentionItem;
import nl.leefwereld.ui.Icons;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditorInput;

/**
 * The retention periods per trajectory kind, editable, and the trajectories past theirs, which
 * "Apply retention" deletes (after confirmation) as {@code leefwereld retention --apply} does.
 */
public class RetentionView extends ViewPart {

    public static final String ID = "nl.leefwereld.ui.retention"; //$NON-NLS-1$

    /** The kind whose period applies to every kind without one of its own. */
    static final String EVERY_OTHER_KIND = "*"; //$NON-NLS-1$

    private WorkbenchStore store;
    private TableViewer periodsViewer;
    private TableViewer dueViewer;
    private Combo kind;
    private Text months;
    private Label message;
    private Label dueSummary;
    private Action apply;
    private List<Map.Entry<String, Integer>> periods = List.of();
    private List<RetentionItem> due = List.of();
    private Map<String, Client> clients = Map.of();
    private Map<String, Trajectory> trajectories = Map.of();
    private final Runnable refresher = this::refreshAsync;

    @Override
    public void createPartControl(Composite parent) {
        store = WorkbenchStore.get();
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        createPeriods(sash);
        createDue(sash);
        sash.setWeights(2, 3);

        Action refresh = new Action(Messages.Retention_refresh) {
            @Override
            public void run() {
                refresh();
            }
        };
        refresh.setImageDescriptor(Icons.get("refresh.png")); //$NON-NLS-1$
        apply = new Action(Messages.Retention_apply) {
            @Override
            public void run() {
                confirmAndApply();
            }
        };
        apply.setImageDescriptor(Icons.get("problem.png")); //$NON-NLS-1$
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(refresh);
        toolBar.add(apply);
        getViewSite().getActionBars().getMenuManager().add(apply);

        store.addChangeListener(refresher);
        refresh();
    }

    private void createPeriods(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        Label title = new Label(area, SWT.NONE);
        title.setText(Messages.Retention_periods);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(title);

        periodsViewer = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        periodsViewer.getTable().setHeaderVisible(true);
        periodsViewer.getTable().setLinesVisible(true);
        periodsViewer.setContentProvider(ArrayContentProvider.getInstance());
        Columns.add(periodsViewer, 170, Messages.Retention_columnKind,
                (Map.Entry<String, Integer> e) -> kindLabel(e.getKey()));
        Columns.add(periodsViewer, 80, Messages.Retention_columnMonths, (Map.Entry<String, Integer> e) -> e.getValue().toString());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(260, 80).applyTo(periodsViewer.getControl());
        periodsViewer.addSelectionChangedListener(event -> {
            if (periodsViewer.getStructuredSelection().getFirstElement() instanceof Map.Entry<?, ?> entry) {
                kind.setText(String.valueOf(entry.getKey()));
                months.setText(String.valueOf(entry.getValue()));
            }
        });

        new Label(area, SWT.NONE).setText(Messages.Retention_kind);
        kind = new Combo(area, SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(kind);
        new Label(area, SWT.NONE).setText(Messages.Retention_months);
        months = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).align(SWT.BEGINNING, SWT.CENTER).applyTo(months);
        months.addListener(SWT.DefaultSelection, e -> setPeriod(kind.getText(), months.getText()));
        Composite buttons = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(buttons);
        Button set = new Button(buttons, SWT.PUSH);
        set.setText(Messages.Retention_set);
        set.addListener(SWT.Selection, e -> setPeriod(kind.getText(), months.getText()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(set);
        Button remove = new Button(buttons, SWT.PUSH);
        remove.setText(Messages.Retention_remove);
        remove.addListener(SWT.Selection, e -> setPeriod(kind.getText(), "0")); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(remove);

        Label hint = new Label(area, SWT.WRAP);
        hint.setText(Messages.Retention_hint);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(240, SWT.DEFAULT).applyTo(hint);
        message = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(240, SWT.DEFAULT).applyTo(message);
    }

    private void createDue(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(area);
        dueSummary = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(dueSummary);
        dueViewer = new TableViewer(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        dueViewer.getTable().setHeaderVisible(true);
        dueViewer.getTable().setLinesVisible(true);
        dueViewer.setContentProvider(ArrayContentProvider.getInstance());
        Columns.add(dueViewer, 170, Messages.Retention_columnClient, (RetentionItem i) -> clientLabel(i.clientId()));
        Columns.add(dueViewer, 170, Messages.Retention_columnTrajectory, (RetentionItem i) -> trajectoryLabel(i.trajectoryId()));
        Columns.add(dueViewer, 120, Messages.Retention_columnKind, RetentionItem::trajectoryKind);
        Columns.add(dueViewer, 70, Messages.Retention_columnMonths, (RetentionItem i) -> Integer.toString(i.months()));
        Columns.add(dueViewer, 120, Messages.Retention_columnLastActivity, (RetentionItem i) -> nl.leefwereld.ui.Formats.date(i.lastActivity()));
        Columns.add(dueViewer, 120, Messages.Retention_columnDueSince, (RetentionItem i) -> nl.leefwereld.ui.Formats.date(i.dueSince()));
        Columns.add(dueViewer, 90, Messages.Retention_columnConversations, (RetentionItem i) -> Integer.toString(i.conversations()));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(dueViewer.getControl());
        getSite().setSelectionProvider(dueViewer);
    }

    /** Reads the periods and what is due now anew. */
    public void refresh() {
        if (periodsViewer == null || periodsViewer.getControl().isDisposed()) {
            return;
        }
        if (!store.isOpen()) {
            periods = List.of();
            due = List.of();
            dueSummary.setText(Messages.Privacy_notOpen);
        } else {
            periods = List.copyOf(store.store().retentionPeriods().entrySet());
            due = store.store().retentionDue(Instant.now());
            readClients();
            dueSummary.setText(due.isEmpty() ? Messages.Retention_nothingDue
                    : NLS.bind(Messages.Retention_due, Integer.valueOf(due.size()), Integer.valueOf(conversations(due))));
        }
        periodsViewer.setInput(periods);
        dueViewer.setInput(due);
        Columns.fit(dueViewer);
        apply.setEnabled(!due.isEmpty());
        dueSummary.getParent().layout();
    }

    private void readClients() {
        Map<String, Client> byId = new HashMap<>();
        Map<String, Trajectory> trajectoriesById = new HashMap<>();
        TreeSet<String> kinds = new TreeSet<>(store.store().retentionPeriods().keySet());
        kinds.add(EVERY_OTHER_KIND);
        for (Client client : store.store().listClients()) {
            byId.put(client.getId(), client);
            for (Trajectory trajectory : client.getTrajectories()) {
                trajectoriesById.put(trajectory.getId(), trajectory);
                if (trajectory.getKind() != null && !trajectory.getKind().isBlank()) {
                    kinds.add(trajectory.getKind());
                }
            }
        }
        clients = byId;
        trajectories = trajectoriesById;
        String typed = kind.getText();
        kind.setItems(kinds.toArray(String[]::new));
        kind.setText(typed);
    }

    private void refreshAsync() {
        if (periodsViewer != null && !periodsViewer.getControl().isDisposed()) {
            periodsViewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    }

    /**
     * Sets the retention period of a kind (0 months removes it) and shows the result; returns the message shown
     * when the input is wrong (nothing changes then), else null.
     */
    String setPeriod(String kindText, String monthsText) {
        String trimmedKind = kindText == null ? "" : kindText.trim(); //$NON-NLS-1$
        String trimmedMonths = monthsText == null ? "" : monthsText.trim(); //$NON-NLS-1$
        String error = null;
        int value = 0;
        if (trimmedKind.isEmpty()) {
            error = Messages.Retention_noKind;
        } else {
            try {
                value = Integer.parseInt(trimmedMonths);
                if (value < 0) {
                    error = NLS.bind(Messages.Retention_negative, trimmedMonths);
                }
            } catch (NumberFormatException e) {
                error = NLS.bind(Messages.Retention_notANumber, trimmedMonths);
            }
        }
        if (error == null && !store.isOpen()) {
            error = Messages.Privacy_notOpen;
        }
        if (error != null) {
            showMessage(error, true);
            return error;
        }
        store.store().setRetentionPeriod(trimmedKind, value);
        refresh();
        showMessage(value == 0 ? NLS.bind(Messages.Retention_removed, kindLabel(trimmedKind))
                : NLS.bind(Messages.Retention_changed, kindLabel(trimmedKind), Integer.valueOf(value)), false);
        return null;
    }

    private void showMessage(String text, boolean error) {
        message.setText(text);
        message.setForeground(error ? message.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
        message.getParent().layout();
    }

    private void confirmAndApply() {
        if (due.isEmpty()) {
            return;
        }
        MessageDialog confirm = new MessageDialog(getSite().getShell(), Messages.Retention_confirmTitle, null,
                NLS.bind(Messages.Retention_confirm, Integer.valueOf(due.size()), Integer.valueOf(conversations(due))),
                MessageDialog.WARNING, 1, Messages.Retention_delete, Messages.Retention_cancel);
        if (confirm.open() != 0) {
            return;
        }
        try {
            List<RetentionItem> deleted = applyRetention();
            MessageDialog.openInformation(getSite().getShell(), Messages.Retention_confirmTitle,
                    NLS.bind(Messages.Retention_applied, Integer.valueOf(deleted.size()),
                            Integer.valueOf(conversations(deleted))));
        } catch (RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Retention_confirmTitle,
                    NLS.bind(Messages.Retention_failed, e.getMessage()));
        }
    }

    /**
     * Deletes what is past its retention period now, without asking: closes the editors of the conversations that
     * go, and tells every view the store changed. Returns what was deleted.
     */
    List<RetentionItem> applyRetention() {
        readClients();
        List<String> conversationIds = new ArrayList<>();
        for (RetentionItem item : store.store().retentionDue(Instant.now())) {
            Trajectory trajectory = trajectories.get(item.trajectoryId());
            if (trajectory != null) {
                trajectory.getConversations().stream().map(Conversation::getId).forEach(conversationIds::add);
            }
        }
        for (String id : conversationIds) {
            IEditorPart editor = getSite().getPage().findEditor(new ConversationEditorInput(id, "")); //$NON-NLS-1$
            if (editor != null) {
                getSite().getPage().closeEditor(editor, false);
            }
        }
        List<RetentionItem> deleted = store.store().applyRetention(Instant.now());
        store.fireChanged();
        refresh();
        return deleted;
    }

    private static int conversations(List<RetentionItem> items) {
        return items.stream().mapToInt(RetentionItem::conversations).sum();
    }

    private static String kindLabel(String kindKey) {
        return EVERY_OTHER_KIND.equals(kindKey) ? Messages.Retention_everyOtherKind : kindKey;
    }

    private String clientLabel(String clientId) {
        Client client = clients.get(clientId);
        return client == null ? clientId : client.getDisplayName();
    }

    private String trajectoryLabel(String trajectoryId) {
        Trajectory trajectory = trajectories.get(trajectoryId);
        return trajectory == null || trajectory.getTitle() == null ? trajectoryId : trajectory.getTitle();
    }

    /** The periods shown, by kind. */
    public List<Map.Entry<String, Integer>> getPeriods() {
        return periods;
    }

    /** The trajectories shown as past their retention period. */
    public List<RetentionItem> getDue() {
        return due;
    }

    public TableViewer getDueViewer() {
        return dueViewer;
    }

    /** The message under the period fields (an error or what was changed). */
    public String getMessage() {
        return message.getText();
    }

    @Override
    public void setFocus() {
        periodsViewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (store != null) {
            store.removeChangeListener(refresher);
        }
        super.dispose();
    }
}
