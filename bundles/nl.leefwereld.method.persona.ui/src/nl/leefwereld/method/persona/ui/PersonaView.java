// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.ui;

import java.nio.file.Path;
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
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import nl.leefwereld.method.persona.DataFileException;
import nl.leefwereld.method.persona.Format;
import nl.leefwereld.method.persona.PersonaAnalysis.ClientSet;
import nl.leefwereld.method.persona.PersonaAnalysis;
import nl.leefwereld.method.persona.PersonaBuilder;
import nl.leefwereld.method.persona.PersonaInput;
import nl.leefwereld.method.persona.PersonaOutput;
import nl.leefwereld.method.persona.PersonaReport.MinorityGroup;
import nl.leefwereld.method.persona.PersonaReport.Persona;
import nl.leefwereld.method.persona.PersonaReport.PersonaQuote;
import nl.leefwereld.method.persona.PersonaReport.Trait;
import nl.leefwereld.method.persona.PersonaReport;
import nl.leefwereld.method.persona.PopulationTable;
import nl.leefwereld.method.persona.PseudonymKey;
import nl.leefwereld.ui.WorkbenchStore;

/**
 * Personas of the clients in the database: each with its size, what distinguishes it (with the figures) and quotes
 * in the clients' own words; groups too small for a persona are listed below; a warning when the clients differ
 * from the population table. The same analysis as {@code leefwereld persona build}; it runs as a job.
 */
public class PersonaView extends ViewPart {

    public static final String ID = "nl.leefwereld.method.persona.ui.personas"; //$NON-NLS-1$

    private Inputs inputs;
    private Combo k;
    private Spinner seed;
    private Button build;
    private Label warning;
    private Label status;
    private Combo model;
    private TableViewer viewer;
    private Text details;
    private Text minorities;
    private PersonaReport report;
    private Job job;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        // two rows: at 1280x800 one row of twelve pushed the build button out of the view
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        inputs = new Inputs(bar);
        bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.PersonaView_model);
        model = new Combo(bar, SWT.READ_ONLY);
        model.add(Messages.PersonaView_modelLca);
        model.add(Messages.PersonaView_modelKPrototypes);
        model.select(0);
        new Label(bar, SWT.NONE).setText(Messages.PersonaView_k);
        k = new Combo(bar, SWT.READ_ONLY);
        k.add(Messages.PersonaView_kAuto);
        for (int i = 2; i <= 8; i++) {
            k.add(Integer.toString(i));
        }
        k.select(0);
        new Label(bar, SWT.NONE).setText(Messages.PersonaView_seed);
        seed = new Spinner(bar, SWT.BORDER);
        seed.setValues(42, 0, Integer.MAX_VALUE, 0, 1, 100);
        build = new Button(bar, SWT.PUSH);
        build.setText(Messages.PersonaView_build);
        build.addListener(SWT.Selection, e -> build());

        warning = new Label(parent, SWT.WRAP);
        warning.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(warning);
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);
        status.setText(Messages.PersonaView_empty);

        SashForm vertical = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(vertical);
        SashForm sash = new SashForm(vertical, SWT.HORIZONTAL);
        viewer = new TableViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(40, Messages.PersonaView_columnNumber, p -> Integer.toString(p.number()));
        column(260, Messages.PersonaView_columnPersona,
                p -> p.small() ? NLS.bind(Messages.PersonaView_small, p.title()) : p.title());
        column(70, Messages.PersonaView_columnSize, p -> Integer.toString(p.size()));
        column(70, Messages.PersonaView_columnShare, p -> Format.percent(p.share()));
        column(80, Messages.PersonaView_columnWeighted, p -> Format.percent(p.weightedShare()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(e -> showDetails(
                (Persona) ((IStructuredSelection) e.getSelection()).getFirstElement()));
        details = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        sash.setWeights(45, 55);
        minorities = new Text(vertical, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        vertical.setWeights(75, 25);
    }

    private void column(int width, String title, java.util.function.Function<Persona, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Persona) element);
            }
        });
    }

    /** Builds with the values in the controls. */
    public Job build() {
        int chosenK = k.getSelectionIndex() <= 0 ? 0 : Integer.parseInt(k.getText());
        return build(inputs.clientSet(), chosenK, seed.getSelection(), inputs.populationFile(),
                model.getSelectionIndex() == 1 ? PersonaBuilder.Model.KPROTOTYPES : PersonaBuilder.Model.LCA);
    }

    /** Builds with the latent class model (the default). */
    public Job build(ClientSet set, int chosenK, long chosenSeed, Path population) {
        return build(set, chosenK, chosenSeed, population, PersonaBuilder.Model.LCA);
    }

    /**
     * Builds personas in a job and shows them; also what tests call.
     *
     * @param k          0 for automatic
     * @param population a population table, or null
     */
    public Job build(ClientSet set, int chosenK, long chosenSeed, Path population, PersonaBuilder.Model chosenModel) {
        inputs.setClientSet(set);
        model.select(chosenModel == PersonaBuilder.Model.KPROTOTYPES ? 1 : 0);
        k.select(chosenK <= 0 ? 0 : Math.max(0, chosenK - 1));
        seed.setSelection((int) Math.min(Integer.MAX_VALUE, Math.max(0, chosenSeed)));
        inputs.population.setText(population == null ? "" : population.toString()); //$NON-NLS-1$
        if (job != null) {
            job.cancel();
        }
        build.setEnabled(false);
        status.setText(Messages.PersonaView_running);
        Display display = getSite().getShell().getDisplay();
        PersonaBuilder.Settings settings = PersonaBuilder.Settings.defaults().withK(chosenK).withSeed(chosenSeed)
                .withModel(chosenModel);
        Job j = Job.create(Messages.PersonaView_job, (IProgressMonitor monitor) -> {
            SubMonitor sub = SubMonitor.convert(monitor, 10);
            PersonaReport result = null;
            String error = null;
            try {
                PopulationTable table = population == null ? null : PopulationTable.read(population);
                WorkbenchStore store = WorkbenchStore.get();
                PseudonymKey key = PersonaAnalysis.key(databaseFolder(store));
                PersonaInput input = PersonaAnalysis.load(store.store(), key, set, sub.split(4));
                result = PersonaAnalysis.build(input, set, table, table != null, settings, sub.split(6));
            } catch (DataFileException | IllegalArgumentException e) {
                error = e.getMessage();
            } catch (OperationCanceledException e) {
                error = Messages.PersonaView_cancelled;
            } catch (Exception e) {
                error = NLS.bind(Messages.PersonaView_failed, e.getMessage());
            }
            PersonaReport shown = result;
            String message = error;
            display.asyncExec(() -> show(shown, message));
            return Status.OK_STATUS;
        });
        j.setUser(true);
        job = j;
        j.schedule();
        return j;
    }

    private void show(PersonaReport r, String error) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        build.setEnabled(true);
        report = r;
        if (r == null) {
            viewer.setInput(List.of());
            status.setText(error);
            warning.setText(""); //$NON-NLS-1$
            details.setText(""); //$NON-NLS-1$
            minorities.setText(""); //$NON-NLS-1$
            return;
        }
        if (r.representativeness() == null) {
            warning.setText(Messages.PersonaView_notChecked);
        } else if (r.representativeness().skewed()) {
            warning.setText(String.join("\n", r.representativeness().warnings())); //$NON-NLS-1$
        } else {
            warning.setText(NLS.bind(Messages.PersonaView_representative, r.representativeness().population()));
        }
        status.setText(NLS.bind(Messages.PersonaView_status, new Object[] { Integer.valueOf(r.personas().size()),
                Integer.valueOf(r.clients()), Format.number(r.silhouette()),
                r.automaticK() ? Messages.PersonaView_chosen : Messages.PersonaView_given, Long.valueOf(r.millis()) })
                + '\n' + PersonaOutput.modelLine(r) + (r.automaticK() ? ' ' + PersonaOutput.kLine(r) : "")); //$NON-NLS-1$
        viewer.setInput(r.personas());
        StringBuilder m = new StringBuilder(NLS.bind(Messages.PersonaView_minorities, Integer.valueOf(r.minimumSize())));
        if (r.minorities().isEmpty()) {
            m.append('\n').append(Messages.PersonaView_noMinorities);
        }
        // groups (several values together) first, then single values no persona or group stands for
        for (MinorityGroup g : r.minorities()) {
            if (g.attribute() == null) {
                m.append("\n\u2022 ").append(g.description()); //$NON-NLS-1$
            }
        }
        for (MinorityGroup g : r.minorities()) {
            if (g.attribute() != null) {
                m.append("\n\u2022 ").append(g.description()); //$NON-NLS-1$
            }
        }
        minorities.setText(m.toString());
        if (!r.personas().isEmpty()) {
            viewer.getTable().select(0);
            showDetails(r.personas().get(0));
        }
        getViewSite().getShell().layout(true, true);
    }

    private void showDetails(Persona p) {
        if (p == null) {
            details.setText(""); //$NON-NLS-1$
            return;
        }
        StringBuilder s = new StringBuilder();
        s.append(NLS.bind(Messages.PersonaView_detailsHeader, new Object[] { Integer.valueOf(p.number()), p.title(),
                Integer.valueOf(p.size()), Format.percent(p.share()) }));
        if (p.small()) {
            s.append('\n').append(Messages.PersonaView_smallNote);
        }
        s.append("\n\n").append(Messages.PersonaView_distinguishing); //$NON-NLS-1$
        if (p.traits().isEmpty()) {
            s.append("\n\u2022 ").append(Messages.PersonaView_nothing); //$NON-NLS-1$
        }
        for (Trait t : p.traits()) {
            s.append("\n\u2022 ").append(t.text()); //$NON-NLS-1$
        }
        s.append("\n\n").append(Messages.PersonaView_quotes); //$NON-NLS-1$
        if (p.quotes().isEmpty()) {
            s.append('\n').append(Messages.PersonaView_noQuotes);
        }
        for (PersonaQuote q : p.quotes()) {
            s.append("\n\u201C").append(q.text()).append("\u201D\n    \u2014 ").append(q.clientKey()).append(" (") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(q.reason()).append(')');
        }
        details.setText(s.toString());
    }

    /** The database folder (the pseudonym key is kept beside it); the default folder for a network database. */
    static Path databaseFolder(WorkbenchStore store) {
        try {
            Path p = Path.of(store.store().location());
            if (java.nio.file.Files.isDirectory(p)) {
                return p;
            }
        } catch (java.nio.file.InvalidPathException e) {
            // a JDBC URL
        }
        return WorkbenchStore.defaultFolder();
    }

    public TableViewer getViewer() {
        return viewer;
    }

    /** The text of the selected persona. */
    String getDetailsText() {
        return details.getText();
    }

    String getMinoritiesText() {
        return minorities.getText();
    }

    String getWarningText() {
        return warning.getText();
    }

    String getStatusText() {
        return status.getText();
    }

    /** The report shown, or null. */
    public PersonaReport getReport() {
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
