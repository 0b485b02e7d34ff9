// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import nl.leefwereld.ui.ScrollingBody;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import nl.leefwereld.method.relation.RelationTypes;
import nl.leefwereld.method.relation.Timeline;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.chart.SeriesChart;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationViewPart;

/**
 * The relationship over the trajectory of the active conversation: one row per conversation with its type (stored,
 * overridden or suggested) and the move from the previous one, and the client's scaling answers as a chart. The
 * other conversations of the trajectory are loaded from the database in a job; the active one is taken from the
 * editor, unsaved changes included.
 */
public class TrajectoryView extends ConversationViewPart {

    public static final String ID = "nl.leefwereld.method.relation.ui.trajectoryView"; //$NON-NLS-1$

    private static final RGB SCALE_COLOUR = new RGB(0x8E, 0x24, 0xAA);

    private Label heading;
    private Table table;
    private SeriesChart chart;
    /** The trajectory whose other conversations are in {@link #others}. */
    private String loadedTrajectory;
    private String loadedFor;
    private List<Conversation> others = List.of();
    private Job job;
    private List<Timeline.Entry> entries = List.of();

    /** The least height of the chart (and of the table beside it), in pixels. */
    static final int MIN_CHART_HEIGHT = 160;

    @Override
    public void createPartControl(Composite parent) {
        Composite body = ScrollingBody.create(parent);
        body.setLayout(new GridLayout(1, false));
        heading = new Label(body, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        // table and chart side by side in a wide view (the bottom of the window), one above the other in a tall one
        SashForm split = new SashForm(body, SWT.HORIZONTAL | SWT.SMOOTH);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.getParent().addListener(SWT.Resize, e -> {
            var view = body.getParent().getSize();
            int orientation = view.x > 2 * view.y ? SWT.HORIZONTAL : SWT.VERTICAL;
            if (split.getOrientation() != orientation) {
                split.setOrientation(orientation);
                GridData data = (GridData) split.getLayoutData();
                data.minimumHeight = data.heightHint = orientation == SWT.HORIZONTAL ? MIN_CHART_HEIGHT : 2 * MIN_CHART_HEIGHT;
                body.layout(true, true);
            }
        });
        table = new Table(split, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(Messages.Trajectory_columnDate, 90);
        column(Messages.Trajectory_columnConversation, 220);
        column(Messages.Trajectory_columnType, 90);
        column(Messages.Trajectory_columnSource, 150);
        column(Messages.Trajectory_columnChange, 160);
        column(Messages.Trajectory_columnScale, 60);
        chart = new SeriesChart(split, SWT.BORDER);
        split.setWeights(55, 45);
        // the chart never shrinks below a readable height: the view scrolls instead
        ((GridData) split.getLayoutData()).minimumHeight = MIN_CHART_HEIGHT;
        ((GridData) split.getLayoutData()).heightHint = MIN_CHART_HEIGHT;
        chart.setTitle(Messages.Trajectory_chartTitle);
        chart.setEmptyMessage(Messages.Trajectory_chartEmpty);
        chart.setYRange(0, 10);
        startFollowing(table);
    }

    private void column(String text, int width) {
        TableColumn c = new TableColumn(table, SWT.LEFT);
        c.setText(text);
        c.setWidth(width);
    }

    @Override
    public void dispose() {
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    protected void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        ConversationEditor editor = getEditor();
        Conversation c = editor == null ? null : editor.getConversation();
        if (c == null) {
            heading.setText(Messages.Trajectory_noConversation);
            show(List.of());
            return;
        }
        Trajectory t = c.getTrajectory();
        String trajectoryId = t == null ? null : t.getId();
        if (trajectoryId != null && (!trajectoryId.equals(loadedTrajectory) || !c.getId().equals(loadedFor))) {
            load(c, t);
        }
        heading.setText(NLS.bind(Messages.Trajectory_heading, t == null || t.getTitle() == null ? "" : t.getTitle())); //$NON-NLS-1$
        List<Conversation> all = new ArrayList<>();
        for (Conversation o : others) {
            if (!o.getId().equals(c.getId())) {
                all.add(o);
            }
        }
        all.add(c);
        List<Timeline.Line> lines = Timeline.of(all);
        show(lines.isEmpty() ? List.of() : lines.get(0).entries());
    }

    /** Loads the other conversations of the trajectory in a job, then shows them. */
    private void load(Conversation current, Trajectory t) {
        loadedTrajectory = t.getId();
        loadedFor = current.getId();
        others = List.of();
        String clientId = t.getClient() == null ? null : t.getClient().getId();
        String trajectoryId = t.getId();
        String currentId = current.getId();
        if (clientId == null || !WorkbenchStore.get().isOpen()) {
            return;
        }
        if (job != null) {
            job.cancel();
        }
        job = Job.create(Messages.Trajectory_job, (IProgressMonitor monitor) -> {
            ConversationStore store = WorkbenchStore.get().store();
            Client client = store.loadClient(clientId);
            List<Conversation> loaded = new ArrayList<>();
            if (client != null) {
                for (Trajectory x : client.getTrajectories()) {
                    if (!x.getId().equals(trajectoryId)) {
                        continue;
                    }
                    SubMonitor sub = SubMonitor.convert(monitor, x.getConversations().size());
                    for (Conversation header : x.getConversations()) {
                        if (sub.isCanceled()) {
                            throw new OperationCanceledException();
                        }
                        if (!header.getId().equals(currentId)) {
                            Conversation full = store.loadConversation(header.getId());
                            if (full != null) {
                                loaded.add(full);
                            }
                        }
                        sub.worked(1);
                    }
                }
            }
            table.getDisplay().asyncExec(() -> {
                if (!table.isDisposed() && trajectoryId.equals(loadedTrajectory) && currentId.equals(loadedFor)) {
                    others = loaded;
                    refresh();
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(List<Timeline.Entry> shown) {
        entries = shown;
        table.removeAll();
        List<String> categories = new ArrayList<>();
        double[] values = new double[shown.size()];
        Timeline.Entry previous = null;
        for (int i = 0; i < shown.size(); i++) {
            Timeline.Entry e = shown.get(i);
            String date = nl.leefwereld.ui.Formats.date(e.date());
            String change = previous != null && previous.type() != e.type()
                    ? NLS.bind(Messages.Trajectory_change, RelationTypes.label(previous.type()), RelationTypes.label(e.type()))
                    : ""; //$NON-NLS-1$
            Integer scale = e.lastScale();
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { date, e.title() == null ? "" : e.title(), RelationTypes.label(e.type()), //$NON-NLS-1$
                    source(e.source()), change, scale == null ? "" : scale.toString() }); //$NON-NLS-1$
            categories.add(date.isEmpty() ? String.valueOf(i + 1) : date);
            values[i] = scale == null ? Double.NaN : scale.doubleValue();
            previous = e;
        }
        chart.setCategories(categories);
        boolean anyScale = shown.stream().anyMatch(e -> e.lastScale() != null);
        chart.setSeries(anyScale ? List.of(new SeriesChart.Series(Messages.Trajectory_series, values, SCALE_COLOUR)) : List.of());
    }

    private static String source(Timeline.Source s) {
        return switch (s) {
            case ASSESSED -> Messages.Trajectory_sourceAssessed;
            case OVERRIDDEN -> Messages.Trajectory_sourceOverridden;
            case SUGGESTED -> Messages.Trajectory_sourceSuggested;
        };
    }

    // ------------------------------------------------------------------ for tests

    List<Timeline.Entry> entries() {
        return entries;
    }

    Table table() {
        return table;
    }

    SeriesChart chart() {
        return chart;
    }

    boolean isLoading() {
        return job != null && job.getState() != Job.NONE;
    }
}
