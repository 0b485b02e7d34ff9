// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.text.DateFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import nl.leefwereld.ui.ScrollingBody;
import org.eclipse.swt.widgets.Label;

import nl.leefwereld.core.privacy.ExportAudit;
import nl.leefwereld.method.mi.Level;
import nl.leefwereld.method.mi.MiCode;
import nl.leefwereld.method.mi.MiMethod;
import nl.leefwereld.method.mi.MiReport;
import nl.leefwereld.method.mi.MiSupervisionReport;
import nl.leefwereld.method.mi.MiScores;
import nl.leefwereld.method.mi.Score;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.chart.SeriesChart;
import nl.leefwereld.ui.editor.ConversationViewPart;

/**
 * The MITI 4.2.1 summary scores of the active conversation against the thresholds (expert-opinion benchmarks), the
 * code counts, a chart of the scores over the trajectory's conversations, and the supervision report. The same
 * figures come from {@code leefwereld mi scores} and {@code leefwereld mi report}.
 */
public class MiScoresView extends ConversationViewPart {

    public static final String ID = "nl.leefwereld.method.mi.ui.scores"; //$NON-NLS-1$

    private Label header;
    private TableViewer table;
    private Label counts;
    private SeriesChart chart;
    private MiScores scores;
    private Job chartJob;

    @Override
    public void createPartControl(Composite view) {
        Composite parent = ScrollingBody.create(view); // scrolls instead of clipping
        parent.setLayout(new GridLayout(1, false));
        header = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        Label note = new Label(parent, SWT.WRAP);
        note.setText(Messages.Scores_benchmarks);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(note);

        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, 170).applyTo(table.getTable());
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Scores_score, 200, v -> v.score().label());
        column(Messages.Scores_value, 70, MiScores.Value::formatted);
        column(Messages.Scores_fair, 70, v -> v.score().hasThreshold() ? v.score().format(v.score().fair()) : ""); //$NON-NLS-1$
        column(Messages.Scores_good, 70, v -> v.score().hasThreshold() ? v.score().format(v.score().good()) : ""); //$NON-NLS-1$
        column(Messages.Scores_level, 110, v -> v.level() == Level.NO_THRESHOLD ? "" : v.level().label()); //$NON-NLS-1$

        counts = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(counts);

        Button report = new Button(parent, SWT.PUSH);
        report.setText(Messages.Scores_report);
        report.addListener(SWT.Selection, e -> saveReport());

        chart = new SeriesChart(parent, SWT.NONE);
        chart.setTitle(Messages.Scores_chartTitle);
        chart.setEmptyMessage(Messages.Scores_chartEmpty);
        chart.setYRange(0, 5);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 160).applyTo(chart);
        startFollowing(parent);
    }

    private interface Cell {
        String of(MiScores.Value v);
    }

    private void column(String title, int width, Cell cell) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return cell.of((MiScores.Value) element);
            }
        });
    }

    @Override
    protected void refresh() {
        Conversation c = getConversation();
        if (c == null) {
            scores = null;
            header.setText(Messages.Scores_noConversation);
            table.setInput(new Object[0]);
            counts.setText(""); //$NON-NLS-1$
            chart.setCategories(List.of());
            chart.setSeries(List.of());
            return;
        }
        scores = MiScores.compute(c);
        header.setText(NLS.bind(Messages.Scores_header, c.getTitle(),
                scores.coder() == null ? Messages.Scores_allCoders : scores.coder()));
        table.setInput(scores.values().toArray());
        StringBuilder b = new StringBuilder();
        for (MiCode code : MiCode.values()) {
            if (code != MiCode.OPEN_QUESTION && code != MiCode.CLOSED_QUESTION) {
                b.append(b.length() == 0 ? "" : ", ").append(code.abbreviation()).append(' ').append(scores.count(code)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        counts.setText(NLS.bind(Messages.Scores_counts, b));
        updateChart(c);
        header.getParent().layout(true, true);
    }

    /** Loads the trajectory's other conversations in a job and draws their scores. */
    private void updateChart(Conversation current) {
        if (chartJob != null) {
            chartJob.cancel();
        }
        Trajectory t = current.getTrajectory();
        WorkbenchStore ws = WorkbenchStore.get();
        if (t == null || t.getClient() == null || !ws.isOpen()) {
            drawChart(List.of(current), List.of(MiScores.compute(current)));
            return;
        }
        String clientId = t.getClient().getId();
        String trajectoryId = t.getId();
        MiScores currentScores = scores;
        chartJob = new Job(Messages.Scores_chartJob) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                ConversationStore store = ws.store();
                Client client = store.loadClient(clientId);
                List<Conversation> conversations = new ArrayList<>();
                List<MiScores> values = new ArrayList<>();
                Trajectory stored = client == null ? null
                        : client.getTrajectories().stream().filter(x -> x.getId().equals(trajectoryId)).findFirst()
                                .orElse(null);
                List<Conversation> headers = stored == null ? List.of() : new ArrayList<>(stored.getConversations());
                headers.sort(java.util.Comparator.comparing(h -> h.getDate() == null ? new java.util.Date(0) : h.getDate()));
                SubMonitor sub = SubMonitor.convert(monitor, headers.size());
                boolean seen = false;
                for (Conversation h : headers) {
                    if (sub.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    if (h.getId().equals(current.getId())) {
                        conversations.add(current);
                        values.add(currentScores);
                        seen = true;
                    } else {
                        Conversation full = store.loadConversation(h.getId());
                        if (full != null) {
                            conversations.add(full);
                            values.add(MiScores.compute(full));
                        }
                    }
                    sub.worked(1);
                }
                if (!seen) {
                    conversations.add(current);
                    values.add(currentScores);
                }
                if (!header.isDisposed()) {
                    header.getDisplay().asyncExec(() -> {
                        if (!chart.isDisposed() && getConversation() == current) {
                            drawChart(conversations, values);
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        chartJob.setSystem(true);
        chartJob.schedule();
    }

    private void drawChart(List<Conversation> conversations, List<MiScores> values) {
        List<String> categories = new ArrayList<>();
        DateFormat df = DateFormat.getDateInstance(DateFormat.SHORT);
        for (Conversation c : conversations) {
            categories.add(c.getDate() == null ? c.getTitle() : df.format(c.getDate()));
        }
        Map<Score, RGB> series = new LinkedHashMap<>();
        series.put(Score.TECHNICAL, new RGB(21, 101, 192));
        series.put(Score.RELATIONAL, new RGB(46, 125, 50));
        series.put(Score.REFLECTION_TO_QUESTION, new RGB(239, 108, 0));
        List<SeriesChart.Series> lines = new ArrayList<>();
        for (Map.Entry<Score, RGB> e : series.entrySet()) {
            double[] v = new double[values.size()];
            for (int i = 0; i < v.length; i++) {
                double x = values.get(i).value(e.getKey()).value();
                v[i] = Double.isInfinite(x) ? 5 : Math.min(5, x);
            }
            lines.add(new SeriesChart.Series(e.getKey().label(), v, e.getValue()));
        }
        chart.setCategories(categories);
        chart.setSeries(lines);
        chart.setThresholds(List.of(
                new SeriesChart.Threshold(NLS.bind(Messages.Scores_fairLine, Score.TECHNICAL.label()), 3, new RGB(120, 144, 156)),
                new SeriesChart.Threshold(NLS.bind(Messages.Scores_fairLine, Score.RELATIONAL.label()), 3.5, new RGB(120, 144, 156)),
                new SeriesChart.Threshold(Messages.Scores_goodLine, 4, new RGB(76, 175, 80))));
        chart.redraw();
    }

    /** Rapport maken with the MI report: the report service's dialog (PDF, Word or HTML), as in the toolbar. */
    private void saveReport() {
        ICommandService commands = getSite().getService(ICommandService.class);
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        try {
            handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(MAKE_REPORT),
                    Map.of(MAKE_REPORT + ".kind", MiMethod.METHOD_ID)), null); //$NON-NLS-1$
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), Messages.Scores_report,
                    NLS.bind(Messages.Scores_reportFailed, "", e.getMessage())); //$NON-NLS-1$
        }
    }

    /** Writes the supervision report of the shown conversation (the same as {@code leefwereld mi report}). */
    void writeReport(Path file) throws IOException {
        Conversation c = getConversation();
        if (c == null) {
            throw new IOException(Messages.Scores_noConversation);
        }
        MiReport.write(file, MiReport.html(c, MiScores.compute(c), MiSupervisionReport.labels()));
        ExportAudit.record(WorkbenchStore.get().store(), c, "mi report " + file); //$NON-NLS-1$
    }



    /** The report service's command in the workbench (bundle nl.leefwereld.report.ui). */
    private static final String MAKE_REPORT = "nl.leefwereld.report.ui.makeReport"; //$NON-NLS-1$

    /** What is shown. */
    MiScores getScores() {
        return scores;
    }

    TableViewer getTableViewer() {
        return table;
    }

    public SeriesChart getChart() {
        return chart;
    }

    String getCountsText() {
        return counts.getText();
    }

    @Override
    public void setFocus() {
        table.getTable().setFocus();
    }

    @Override
    public void dispose() {
        if (chartJob != null) {
            chartJob.cancel();
        }
        super.dispose();
    }
}
