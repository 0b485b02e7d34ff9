// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import nl.leefwereld.method.persona.DataFileException;
import nl.leefwereld.method.persona.Format;
import nl.leefwereld.method.persona.PersonaAnalysis.ClientSet;
import nl.leefwereld.method.persona.PersonaAnalysis;
import nl.leefwereld.method.persona.PersonaInput;
import nl.leefwereld.method.persona.PopulationTable;
import nl.leefwereld.method.persona.RepresentativenessReport.AttributeCheck;
import nl.leefwereld.method.persona.RepresentativenessReport.CategoryCheck;
import nl.leefwereld.method.persona.RepresentativenessReport;
import nl.leefwereld.ui.WorkbenchStore;

/**
 * The clients (or the panel) against a population table: per attribute and category the share in the set and in
 * the population, under- and over-represented groups marked, the warnings to read before building personas. The
 * same analysis as {@code leefwereld persona representativeness}; it runs as a job.
 */
public class RepresentativenessView extends ViewPart {

    public static final String ID = "nl.leefwereld.method.persona.ui.representativeness"; //$NON-NLS-1$

    /** One row of the table. */
    public record Row(AttributeCheck attribute, CategoryCheck category) {
    }

    private Inputs inputs;
    private Button check;
    private Label warning;
    private TableViewer viewer;
    private RepresentativenessReport report;
    private Job job;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        inputs = new Inputs(bar);
        check = new Button(bar, SWT.PUSH);
        check.setText(Messages.RepresentativenessView_check);
        check.addListener(SWT.Selection, e -> check(inputs.clientSet(), inputs.populationFile()));
        warning = new Label(parent, SWT.WRAP);
        warning.setText(Messages.RepresentativenessView_empty);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(warning);
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        Color red = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        Color blue = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE);
        column(150, Messages.RepresentativenessView_columnAttribute, r -> r.attribute().attribute(), null, null);
        column(150, Messages.RepresentativenessView_columnCategory, r -> r.category().category(), null, null);
        column(70, Messages.RepresentativenessView_columnCount, r -> Integer.toString(r.category().count()), null, null);
        column(90, Messages.RepresentativenessView_columnShare, r -> Format.percent1(r.category().share()), null, null);
        column(90, Messages.RepresentativenessView_columnPopulation,
                r -> Format.percent1(r.category().populationShare()), null, null);
        column(150, Messages.RepresentativenessView_columnStatus, r -> r.category().status().label(), red, blue);
        column(70, Messages.RepresentativenessView_columnWeight, r -> Format.number(r.category().weight()), null, null);
        column(80, Messages.RepresentativenessView_columnP, r -> Format.number(r.attribute().pValue()), null, null);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
    }

    private void column(int width, String title, java.util.function.Function<Row, String> text, Color under,
            Color over) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public Color getForeground(Object element) {
                return switch (((Row) element).category().status()) {
                    case UNDER, ABSENT -> under;
                    case OVER -> over;
                    default -> null;
                };
            }
        });
    }

    /** Compares the set with the population table in a job and shows the result; also what tests call. */
    public Job check(ClientSet set, Path population) {
        inputs.setClientSet(set);
        inputs.population.setText(population == null ? "" : population.toString()); //$NON-NLS-1$
        if (population == null) {
            warning.setText(Messages.RepresentativenessView_noPopulation);
            return null;
        }
        if (job != null) {
            job.cancel();
        }
        check.setEnabled(false);
        warning.setText(Messages.RepresentativenessView_running);
        Display display = getSite().getShell().getDisplay();
        Job j = Job.create(Messages.RepresentativenessView_job, (IProgressMonitor monitor) -> {
            SubMonitor sub = SubMonitor.convert(monitor, 10);
            RepresentativenessReport result = null;
            String error = null;
            try {
                PopulationTable table = PopulationTable.read(population);
                WorkbenchStore store = WorkbenchStore.get();
                PersonaInput input = PersonaAnalysis.load(store.store(),
                        PersonaAnalysis.key(PersonaView.databaseFolder(store)), set, sub.split(9));
                result = RepresentativenessReport.check(input, set.label(), table);
            } catch (DataFileException e) {
                error = e.getMessage();
            } catch (OperationCanceledException e) {
                error = Messages.RepresentativenessView_cancelled;
            } catch (Exception e) {
                error = NLS.bind(Messages.RepresentativenessView_failed, e.getMessage());
            }
            RepresentativenessReport shown = result;
            String message = error;
            display.asyncExec(() -> show(shown, message));
            return Status.OK_STATUS;
        });
        j.setUser(true);
        job = j;
        j.schedule();
        return j;
    }

    private void show(RepresentativenessReport r, String error) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        check.setEnabled(true);
        report = r;
        if (r == null) {
            viewer.setInput(List.of());
            warning.setText(error);
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (AttributeCheck a : r.attributes()) {
            for (CategoryCheck c : a.categories()) {
                rows.add(new Row(a, c));
            }
        }
        viewer.setInput(rows);
        String summary = NLS.bind(Messages.RepresentativenessView_summary,
                new Object[] { r.set(), Integer.valueOf(r.clients()), r.population() });
        List<String> lines = new ArrayList<>(r.warnings());
        if (!r.skewed()) {
            lines.add(NLS.bind(nl.leefwereld.method.persona.Messages.Representativeness_fine, r.set(), r.population()));
        }
        warning.setForeground(r.skewed() ? warning.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        warning.setText(summary + "\n" + String.join("\n", lines)); //$NON-NLS-1$ //$NON-NLS-2$
        getViewSite().getShell().layout(true, true);
    }

    public TableViewer getViewer() {
        return viewer;
    }

    String getWarningText() {
        return warning.getText();
    }

    /** The report shown, or null. */
    public RepresentativenessReport getReport() {
        return report;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
