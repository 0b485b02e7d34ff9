// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.toolset;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

import nl.leefwereld.toolset.Toolset;
import nl.leefwereld.toolset.ToolsetException;

/**
 * Help > Methoden beheren: the method features of a p2 repository (folder or zip) with the installed ones ticked;
 * ticking installs, unticking removes, after a restart. The work is done by {@link Toolset}, the same code as the
 * command line's {@code leefwereld toolset}.
 */
public final class ManageMethodsDialog extends TitleAreaDialog {

    private Toolset toolset;
    private String unavailable;
    private Text repository;
    private CheckboxTableViewer features;
    private List<Toolset.MethodFeature> shown = List.of();

    public ManageMethodsDialog(Shell parent) {
        super(parent);
        try {
            toolset = Toolset.running();
        } catch (ToolsetException e) {
            unavailable = e.getMessage();
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Manage_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Manage_title);
        setMessage(Messages.Manage_message);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        new Label(body, SWT.NONE).setText(Messages.Manage_repository);
        repository = new Text(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(repository);
        repository.setText(defaultRepository());
        Button folder = new Button(body, SWT.PUSH);
        folder.setText(Messages.Manage_folder);
        folder.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            String chosen = dialog.open();
            if (chosen != null) {
                repository.setText(chosen);
                load();
            }
        });
        Button zip = new Button(body, SWT.PUSH);
        zip.setText(Messages.Manage_zip);
        zip.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.zip" }); //$NON-NLS-1$
            String chosen = dialog.open();
            if (chosen != null) {
                repository.setText(chosen);
                load();
            }
        });
        repository.addListener(SWT.DefaultSelection, e -> load());

        features = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.FULL_SELECTION);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(SWT.DEFAULT, 220).applyTo(features.getControl());
        features.getTable().setHeaderVisible(true);
        features.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Manage_columnName, 300, f -> f.name());
        column(Messages.Manage_columnId, 240, f -> f.id());
        column(Messages.Manage_columnVersion, 150, f -> f.version());
        column(Messages.Manage_columnStatus, 120, f -> f.installed() ? Messages.Manage_installed : Messages.Manage_notInstalled);
        features.addCheckStateListener(e -> updateButtons());

        if (toolset == null) {
            setErrorMessage(unavailable);
            repository.setEnabled(false);
            folder.setEnabled(false);
            zip.setEnabled(false);
            features.getControl().setEnabled(false);
        } else {
            showInstalled();
            if (!repository.getText().isBlank()) {
                load();
            }
        }
        return area;
    }

    private void column(String title, int width, java.util.function.Function<Toolset.MethodFeature, String> text) {
        TableViewerColumn column = new TableViewerColumn(features, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Toolset.MethodFeature) element);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Manage_apply, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        updateButtons();
    }

    /** The repository shipped beside the product ({@code leefwereld.repository}), if the installation names one. */
    private static String defaultRepository() {
        String given = System.getProperty("leefwereld.repository"); //$NON-NLS-1$
        return given == null ? "" : given; //$NON-NLS-1$
    }

    private void showInstalled() {
        show(toolset.installed());
    }

    /** Reads the repository in the background and shows its method features. */
    void load() {
        String given = repository.getText().trim();
        if (given.isEmpty()) {
            return;
        }
        URI location;
        try {
            location = Toolset.repositoryLocation(given);
        } catch (ToolsetException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        setErrorMessage(null);
        Job job = Job.create(Messages.Manage_loading, (IProgressMonitor monitor) -> {
            try {
                List<Toolset.MethodFeature> found = toolset.available(location, monitor);
                getShell().getDisplay().asyncExec(() -> {
                    if (features.getControl().isDisposed()) {
                        return;
                    }
                    // Installed methods that this repository lacks stay listed, so they can still be removed.
                    List<Toolset.MethodFeature> all = new ArrayList<>(found);
                    for (Toolset.MethodFeature f : toolset.installed()) {
                        if (found.stream().noneMatch(a -> a.id().equals(f.id()))) {
                            all.add(f);
                        }
                    }
                    show(all);
                    setMessage(NLS.bind(Messages.Manage_found, Integer.valueOf(found.size()), given));
                });
                return Status.OK_STATUS;
            } catch (ToolsetException e) {
                getShell().getDisplay().asyncExec(() -> {
                    if (!features.getControl().isDisposed()) {
                        setErrorMessage(e.getMessage());
                    }
                });
                return Status.OK_STATUS;
            }
        });
        job.schedule();
    }

    private void show(List<Toolset.MethodFeature> list) {
        shown = List.copyOf(list);
        features.setInput(shown);
        for (Toolset.MethodFeature f : shown) {
            features.setChecked(f, f.installed());
        }
        updateButtons();
    }

    /** The features shown, with the ones now ticked. */
    public List<Toolset.MethodFeature> getShown() {
        return shown;
    }

    public String getProblem() {
        return unavailable;
    }

    /** Whether Apply would change anything now. */
    public boolean canApply() {
        Button ok = getButton(IDialogConstants.OK_ID);
        return ok != null && ok.isEnabled();
    }

    private List<String> toInstall() {
        return shown.stream().filter(f -> !f.installed() && features.getChecked(f)).map(Toolset.MethodFeature::id).toList();
    }

    private List<String> toRemove() {
        return shown.stream().filter(f -> f.installed() && !features.getChecked(f)).map(Toolset.MethodFeature::id).toList();
    }

    private void updateButtons() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(toolset != null && (!toInstall().isEmpty() || !toRemove().isEmpty()));
        }
    }

    @Override
    protected void okPressed() {
        List<String> install = toInstall();
        List<String> remove = toRemove();
        URI location;
        try {
            location = install.isEmpty() ? null : Toolset.repositoryLocation(repository.getText().trim());
        } catch (ToolsetException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        Toolset target = toolset;
        Shell parent = getParentShell();
        Job job = new Job(Messages.Manage_applying) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    if (!remove.isEmpty()) {
                        target.remove(remove, monitor);
                    }
                    if (!install.isEmpty()) {
                        target.install(location, install, monitor);
                    }
                    parent.getDisplay().asyncExec(() -> offerRestart(parent));
                } catch (ToolsetException e) {
                    parent.getDisplay().asyncExec(() -> MessageDialog.openError(parent, Messages.Manage_title, e.getMessage()));
                }
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
        super.okPressed();
    }

    private static void offerRestart(Shell parent) {
        if (MessageDialog.openQuestion(parent, Messages.Manage_title, Messages.Manage_restart)) {
            PlatformUI.getWorkbench().restart();
        }
    }
}
