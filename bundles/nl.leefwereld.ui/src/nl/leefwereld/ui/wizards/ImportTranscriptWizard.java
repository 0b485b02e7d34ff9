// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import nl.leefwereld.core.exchange.FileImport;
import nl.leefwereld.core.exchange.QdpxExport;
import nl.leefwereld.core.format.FormatRegistry;
import nl.leefwereld.core.io.TranscriptImporter;
import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.core.io.TranscriptProblem;
import nl.leefwereld.core.io.TranscriptWriter;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.ui.WorkbenchStore;

/**
 * Imports a plain-text transcript ({@code Naam: tekst}, optional {@code [hh:mm:ss]}) as a new conversation, for an
 * existing client (and trajectory), a new client, or the client "Geïmporteerd". While the file is chosen, a preview
 * shows what will be read (time, speaker, text) and every problem on its line; Finish is possible only when there
 * are none, and nothing is stored until then.
 * <p>
 * Several files (any installed format: {@code .txt}, {@code .srt}, {@code .vtt}, {@code .docx}, REFI-QDA
 * {@code .qdpx}) or a folder, separated by {@value #SEPARATOR} in the file field, are imported each in its own
 * transaction by {@link FileImport}, with a progress bar and Cancel; a summary lists what was imported, the
 * warnings and what failed with its reason.
 * </p>
 */
public class ImportTranscriptWizard extends Wizard {

    /** Between the paths of several files or folders in the file field. */
    public static final String SEPARATOR = ";"; //$NON-NLS-1$

    /** The most utterances the preview lists (problems are always all listed). */
    static final int PREVIEW_LIMIT = 1_000;

    private final IWorkbenchPage workbenchPage;
    private final ISelection selection;
    private final Page page = new Page();
    private List<Client> clients = List.of();
    private TranscriptParseResult preview;

    public ImportTranscriptWizard(IWorkbenchPage workbenchPage, ISelection selection) {
        this.workbenchPage = workbenchPage;
        this.selection = selection;
        setWindowTitle(Messages.Import_title);
        setNeedsProgressMonitor(true);
    }

    /** The outcomes of the last import of several files (for the summary and tests). */
    private List<FileImport.Outcome> outcomes = List.of();
    /** The text of the last summary of several files (for tests). */
    private String summaryText;

    public String getSummaryText() {
        return summaryText;
    }

    public List<FileImport.Outcome> getOutcomes() {
        return outcomes;
    }

    /** The paths in the file field. */
    static List<Path> paths(String field) {
        List<Path> paths = new ArrayList<>();
        for (String part : field.split(SEPARATOR)) {
            if (!part.isBlank()) {
                try {
                    paths.add(Path.of(part.strip()));
                } catch (java.nio.file.InvalidPathException e) {
                    // shown as a missing file
                }
            }
        }
        return paths;
    }

    /** A single plain-text transcript gets the line-by-line preview; anything else goes through {@link FileImport}. */
    static boolean isSingleText(List<Path> paths) {
        if (paths.size() != 1 || Files.isDirectory(paths.get(0))) {
            return false;
        }
        String name = paths.get(0).getFileName() == null ? "" : paths.get(0).getFileName().toString().toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
        return !(name.endsWith(".srt") || name.endsWith(".vtt") || name.endsWith(".docx") || name.endsWith(".qdpx")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** Imports several files or folders with a progress bar and Cancel, then shows the summary. */
    private boolean finishMany(List<Path> paths) {
        WorkbenchStore store;
        TranscriptImporter.Target target;
        try {
            store = WorkbenchStore.get();
            target = target(store);
        } catch (StoreException | IllegalArgumentException | IllegalStateException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        List<FileImport.Outcome> result = new ArrayList<>();
        // files to import, and whether Cancel stopped the import before the last one
        int[] total = { 0 };
        boolean[] cancelled = { false };
        try {
            getContainer().run(true, true, monitor -> {
                FileImport importer = new FileImport(store.store(), new FormatRegistry(RegistryFactory.getRegistry()),
                        QdpxExport.installedCodebooks(RegistryFactory.getRegistry()));
                List<Path> files;
                try {
                    files = importer.expand(paths);
                } catch (java.io.IOException e) {
                    throw new java.lang.reflect.InvocationTargetException(e);
                }
                total[0] = files.size();
                SubMonitor sub = SubMonitor.convert(monitor, Messages.Import_many, files.size());
                result.addAll(importer.run(files, target, new FileImport.Listener() {
                    @Override
                    public void started(int index, int total, Path file) {
                        sub.subTask(NLS.bind(Messages.Import_progress, new Object[] { Integer.valueOf(index + 1),
                                Integer.valueOf(total), file.getFileName() }));
                    }

                    @Override
                    public void finished(int index, int total, FileImport.Outcome outcome) {
                        sub.worked(1);
                    }
                }, monitor::isCanceled));
                cancelled[0] = monitor.isCanceled() && result.size() < files.size();
            });
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            page.setErrorMessage(cause.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        outcomes = List.copyOf(result);
        store.fireChanged();
        int imported = (int) result.stream().filter(FileImport.Outcome::imported).count();
        int warnings = result.stream().mapToInt(o -> o.warnings().size()).sum();
        StringBuilder details = new StringBuilder();
        if (cancelled[0]) {
            details.append(NLS.bind(Messages.Import_cancelled, Integer.valueOf(result.size()), Integer.valueOf(total[0])))
                    .append('\n');
        }
        details.append(NLS.bind(Messages.Import_manyDone, new Object[] {
                Integer.valueOf(imported), Integer.valueOf(warnings), Long.valueOf(result.size() - imported) }));
        int listed = 0;
        for (FileImport.Outcome o : result) {
            for (String line : o.imported() ? o.warnings() : o.errors()) {
                if (listed++ < 30) {
                    details.append("\n\u2022 ").append(line); //$NON-NLS-1$
                }
            }
        }
        summaryText = details.toString();
        if (getShell() != null) {
            MessageDialog.openInformation(getShell(), Messages.Import_title, details.toString());
        }
        return true;
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    /** Sets the file to import (the Browse button does this too); the preview follows at once. */
    public void setFile(String path) {
        page.file.setText(path);
    }

    /** Chooses a new client with this name as the owner of the conversation. */
    public void setNewClient(String name) {
        page.client.select(NEW_CLIENT);
        page.clientChanged();
        page.newClientName.setText(name);
    }

    /** The problems the preview shows, one line each ({@code regel 3: ...}). */
    public String[] getProblemLines() {
        return preview == null ? new String[0]
                : preview.problems().stream().map(TranscriptProblem::toString).toArray(String[]::new);
    }

    /** The preview table: line, time, speaker, text; problem rows carry the message in the text column. */
    public Table getPreviewTable() {
        return page.table;
    }

    private static final int NO_CLIENT = 0;
    private static final int NEW_CLIENT = 1;
    private static final int FIRST_CLIENT = 2;

    @Override
    public boolean performFinish() {
        List<Path> paths = paths(page.file.getText());
        if (!isSingleText(paths)) {
            return finishMany(paths);
        }
        Path file = paths.get(0);
        TranscriptParseResult parsed = new TranscriptParser().parse(file);
        if (parsed.hasErrors()) {
            showPreview(parsed);
            return false;
        }
        try {
            WorkbenchStore store = WorkbenchStore.get();
            TranscriptImporter.Result result = new TranscriptImporter(store.store()).importParsed(parsed, file, target(store));
            store.fireChanged();
            Wizards.openEditor(workbenchPage, result.conversation());
            return true;
        } catch (StoreException | IllegalArgumentException | IllegalStateException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
    }

    /** Where the conversation goes; a new client (with its first trajectory) is saved here. */
    private TranscriptImporter.Target target(WorkbenchStore store) {
        int index = page.client.getSelectionIndex();
        if (index == NEW_CLIENT) {
            ModelFactory f = ModelFactory.eINSTANCE;
            Client client = f.createClient();
            client.setId(UUID.randomUUID().toString());
            client.setDisplayName(page.newClientName.getText().trim());
            Trajectory trajectory = f.createTrajectory();
            trajectory.setId(UUID.randomUUID().toString());
            trajectory.setTitle(Messages.Import_newTrajectoryTitle);
            trajectory.setStartDate(new Date());
            client.getTrajectories().add(trajectory);
            store.store().saveClient(client);
            return new TranscriptImporter.Target(trajectory.getId(), null, null);
        }
        if (index >= FIRST_CLIENT) {
            Client client = clients.get(index - FIRST_CLIENT);
            int t = page.trajectory.getSelectionIndex();
            if (t >= 0 && t < client.getTrajectories().size()) {
                return new TranscriptImporter.Target(client.getTrajectories().get(t).getId(), client.getId(), null);
            }
            return new TranscriptImporter.Target(null, client.getId(), null);
        }
        return TranscriptImporter.Target.none();
    }

    private void showPreview(TranscriptParseResult parsed) {
        preview = parsed;
        Table table = page.table;
        table.setRedraw(false);
        try {
            table.removeAll();
            if (parsed == null) {
                page.summary.setText(""); //$NON-NLS-1$
                page.validate();
                return;
            }
            Color red = table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
            var problemImage = PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
            List<Utterance> utterances = parsed.conversation().getUtterances();
            List<TranscriptProblem> problems = parsed.problems();
            int u = 0;
            int p = 0;
            int shown = 0;
            // utterances and problems merged in line order, so a problem stands where it is in the file
            while (p < problems.size() || u < utterances.size() && shown < PREVIEW_LIMIT) {
                boolean problemNext = p < problems.size() && (u >= utterances.size() || shown >= PREVIEW_LIMIT
                        || problems.get(p).line() <= parsed.lineOf(utterances.get(u)));
                TableItem item = new TableItem(table, SWT.NONE);
                if (problemNext) {
                    TranscriptProblem problem = problems.get(p++);
                    item.setText(new String[] { problem.line() == 0 ? "" : Integer.toString(problem.line()), "", //$NON-NLS-1$ //$NON-NLS-2$
                            Messages.Import_problem, problem.message() });
                    item.setImage(0, problemImage);
                    item.setForeground(red);
                } else {
                    Utterance utterance = utterances.get(u++);
                    shown++;
                    Long start = utterance.getStartMillis();
                    item.setText(new String[] { Integer.toString(parsed.lineOf(utterance)),
                            start == null ? "" : TranscriptWriter.formatTime(start.longValue()), //$NON-NLS-1$
                            utterance.getSpeaker().getName(), utterance.getText().replace('\n', ' ') });
                }
            }
            long speakers = utterances.stream().map(Utterance::getSpeaker).distinct().count();
            String summary = NLS.bind(Messages.Import_summary, new Object[] { Integer.valueOf(utterances.size()),
                    Long.valueOf(speakers), Integer.valueOf(problems.size()) });
            if (utterances.size() > PREVIEW_LIMIT) {
                summary += ' ' + NLS.bind(Messages.Import_previewLimited, Integer.valueOf(PREVIEW_LIMIT));
            }
            page.summary.setText(summary);
        } finally {
            table.setRedraw(true);
        }
        page.validate();
    }

    private final class Page extends WizardPage {
        Text file;
        Combo client;
        Label newClientLabel;
        Text newClientName;
        Combo trajectory;
        Label summary;
        Table table;

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
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
                dialog.setFilterExtensions(new String[] { "*.txt;*.srt;*.vtt;*.docx;*.qdpx", "*.txt", "*.srt;*.vtt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "*.docx", "*.qdpx", "*" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                if (dialog.open() != null) {
                    List<String> chosen = new ArrayList<>();
                    for (String name : dialog.getFileNames()) {
                        chosen.add(Path.of(dialog.getFilterPath()).resolve(name).toString());
                    }
                    file.setText(String.join(SEPARATOR + ' ', chosen));
                }
            });
            new Label(c, SWT.NONE);
            new Label(c, SWT.NONE);
            Button folder = new Button(c, SWT.PUSH);
            folder.setText(Messages.Import_folder);
            folder.addListener(SWT.Selection, e -> {
                String chosen = new DirectoryDialog(getShell()).open();
                if (chosen != null) {
                    file.setText(chosen);
                }
            });

            new Label(c, SWT.NONE).setText(Messages.Import_client);
            client = new Combo(c, SWT.READ_ONLY);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(client);
            client.add(Messages.Import_noTrajectory);
            client.add(Messages.Import_newClient);
            newClientLabel = new Label(c, SWT.NONE);
            newClientLabel.setText(Messages.Import_newClientName);
            newClientName = new Text(c, SWT.BORDER);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(newClientName);
            new Label(c, SWT.NONE).setText(Messages.Import_trajectory);
            trajectory = new Combo(c, SWT.READ_ONLY);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(trajectory);
            try {
                clients = WorkbenchStore.get().store().listClients();
            } catch (IllegalStateException | StoreException e) {
                setErrorMessage(e.getMessage());
            }
            clients.forEach(k -> client.add(k.getDisplayName()));
            selectFrom(selection);
            client.addListener(SWT.Selection, e -> clientChanged());
            newClientName.addModifyListener(e -> validate());

            summary = new Label(c, SWT.WRAP);
            GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(summary);
            table = new Table(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
            table.setHeaderVisible(true);
            table.setLinesVisible(true);
            GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 220).applyTo(table);
            column(Messages.Import_columnLine, 64);
            column(Messages.Import_columnTime, 72);
            column(Messages.Import_columnSpeaker, 130);
            column(Messages.Import_columnText, 420);

            file.addModifyListener(e -> filePreview());
            setPageComplete(false);
            setControl(c);
        }

        private void column(String title, int width) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(title);
            column.setWidth(width);
        }

        /** The client (and trajectory) selected in the navigator, if any. */
        private void selectFrom(ISelection s) {
            Object first = s instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
            String clientId = first instanceof Client k ? k.getId()
                    : first instanceof Trajectory t && t.getClient() != null ? t.getClient().getId()
                    : first instanceof Conversation v && v.getTrajectory() != null && v.getTrajectory().getClient() != null
                            ? v.getTrajectory().getClient().getId() : null;
            String trajectoryId = first instanceof Trajectory t ? t.getId()
                    : first instanceof Conversation v && v.getTrajectory() != null ? v.getTrajectory().getId() : null;
            client.select(NO_CLIENT);
            for (int i = 0; i < clients.size(); i++) {
                if (clients.get(i).getId().equals(clientId)) {
                    client.select(FIRST_CLIENT + i);
                }
            }
            clientChanged();
            if (client.getSelectionIndex() >= FIRST_CLIENT && trajectoryId != null) {
                List<Trajectory> ts = clients.get(client.getSelectionIndex() - FIRST_CLIENT).getTrajectories();
                for (int i = 0; i < ts.size(); i++) {
                    if (ts.get(i).getId().equals(trajectoryId)) {
                        trajectory.select(i);
                    }
                }
            }
        }

        void clientChanged() {
            int index = client.getSelectionIndex();
            boolean isNew = index == NEW_CLIENT;
            newClientLabel.setEnabled(isNew);
            newClientName.setEnabled(isNew);
            trajectory.removeAll();
            if (index >= FIRST_CLIENT) {
                List<String> titles = new ArrayList<>();
                clients.get(index - FIRST_CLIENT).getTrajectories().forEach(t -> titles.add(t.getTitle()));
                if (titles.isEmpty()) {
                    trajectory.add(Messages.Import_newTrajectory);
                } else {
                    titles.forEach(trajectory::add);
                }
            } else {
                trajectory.add(isNew ? Messages.Import_newTrajectoryTitle : Messages.Import_importTrajectory);
            }
            trajectory.select(0);
            trajectory.setEnabled(index >= FIRST_CLIENT && trajectory.getItemCount() > 1);
            validate();
        }

        private void filePreview() {
            List<Path> paths = paths(file.getText());
            if (!paths.isEmpty() && !isSingleText(paths)) {
                showPreview(null);
                long missing = paths.stream().filter(p -> !Files.exists(p)).count();
                summary.setText(missing > 0 ? NLS.bind(Messages.Import_noFile, paths.stream().filter(p -> !Files.exists(p))
                        .findFirst().orElseThrow()) : NLS.bind(Messages.Import_manyChosen, Integer.valueOf(paths.size())));
                setPageComplete(missing == 0 && getErrorMessage() == null);
                return;
            }
            String path = file.getText().trim();
            if (path.isEmpty() || !isFile(path)) {
                showPreview(null);
                if (!path.isEmpty()) {
                    summary.setText(NLS.bind(Messages.Import_noFile, path));
                }
                return;
            }
            showPreview(new TranscriptParser().parse(Path.of(path)));
        }

        private static boolean isFile(String path) {
            try {
                return Files.isRegularFile(Path.of(path));
            } catch (java.nio.file.InvalidPathException e) {
                return false;
            }
        }

        void validate() {
            String error = null;
            if (client.getSelectionIndex() == NEW_CLIENT && newClientName.getText().isBlank()) {
                error = Messages.NewClient_nameRequired;
            } else if (preview != null && preview.hasErrors()) {
                error = NLS.bind(Messages.Import_problems, Integer.valueOf(preview.errors().size()),
                        file.getText().trim());
            }
            setErrorMessage(error);
            List<Path> paths = paths(file.getText());
            boolean many = !paths.isEmpty() && !isSingleText(paths) && paths.stream().allMatch(Files::exists);
            setPageComplete(error == null && (preview != null || many));
        }
    }
}
