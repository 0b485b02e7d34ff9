// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.wizards;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;

import nl.leefwereld.core.io.TranscriptImporter;
import nl.leefwereld.core.io.TranscriptProblem;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.ui.WorkbenchStore;

/**
 * Imports a plain-text transcript ({@code Naam: tekst}, optional {@code [hh:mm:ss]}) as a new conversation. Lines the
 * parser cannot read are listed with their numbers and nothing is stored until the file is right.
 */
public class ImportTranscriptWizard extends Wizard {

    private final IWorkbenchPage workbenchPage;
    private final ISelection selection;
    private final Page page = new Page();
    private List<Trajectory> trajectories = List.of();

    public ImportTranscriptWizard(IWorkbenchPage workbenchPage, ISelection selection) {
        this.workbenchPage = workbenchPage;
        this.selection = selection;
        setWindowTitle(Messages.Import_title);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    /** Sets the file to import (the Browse button does this too). */
    public void setFile(String path) {
        page.file.setText(path);
    }

    /** The problems shown after the last attempt, one line each. */
    public String[] getProblemLines() {
        return page.problems.getText().isEmpty() ? new String[0] : page.problems.getText().split("\n"); //$NON-NLS-1$
    }

    @Override
    public boolean performFinish() {
        Path file = Path.of(page.file.getText().trim());
        int index = page.trajectory.getSelectionIndex();
        String trajectoryId = index <= 0 ? null : trajectories.get(index - 1).getId();
        TranscriptImporter.Result result;
        try {
            WorkbenchStore store = WorkbenchStore.get();
            result = new TranscriptImporter(store.store()).importFile(file, new TranscriptImporter.Target(trajectoryId, null, null));
            if (result.saved()) {
                store.fireChanged();
            }
        } catch (StoreException | IllegalArgumentException | IllegalStateException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        if (!result.saved()) {
            List<TranscriptProblem> problems = result.parse().problems();
            page.problems.setText(String.join("\n", problems.stream().map(TranscriptProblem::toString).toList())); //$NON-NLS-1$
            page.setErrorMessage(NLS.bind(Messages.Import_problems, Integer.valueOf(problems.size()), file.getFileName()));
            return false;
        }
        Wizards.openEditor(workbenchPage, result.conversation());
        return true;
    }

    private final class Page extends WizardPage {
        Text file;
        Combo trajectory;
        Text problems;

        Page() {
            super("import"); //$NON-NLS-1$
            setTitle(Messages.Import_title);
            setDescription(Messages.Import_description);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
            new Label(c, SWT.NONE).setText(Messages.Import_file);
            file = new Text(c, SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
            Button browse = new Button(c, SWT.PUSH);
            browse.setText(Messages.Import_browse);
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] { "*.txt", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
                String chosen = dialog.open();
                if (chosen != null) {
                    file.setText(chosen);
                }
            });
            new Label(c, SWT.NONE).setText(Messages.Import_trajectory);
            trajectory = new Combo(c, SWT.READ_ONLY);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(trajectory);
            trajectory.add(Messages.Import_noTrajectory);
            try {
                trajectories = Wizards.trajectories(WorkbenchStore.get().store().listClients());
            } catch (IllegalStateException | StoreException e) {
                setErrorMessage(e.getMessage());
            }
            Wizards.fill(trajectory, trajectories, selection);
            if (trajectory.getSelectionIndex() >= 0 && !trajectories.isEmpty()) {
                trajectory.select(trajectory.getSelectionIndex() + 1);
            } else {
                trajectory.select(0);
            }
            problems = new Text(c, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
            GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 120).applyTo(problems);
            file.addModifyListener(e -> setPageComplete(!file.getText().isBlank()));
            setPageComplete(false);
            setControl(c);
        }
    }
}
