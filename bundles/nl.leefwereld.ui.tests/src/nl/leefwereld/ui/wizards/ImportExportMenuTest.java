// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.wizards;

import static nl.leefwereld.testsupport.ui.UiTestSupport.controls;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.plainLabel;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.zip.ZipFile;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.ProgressMonitorPart;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.exchange.FileImport;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.ui.WorkbenchStore;

/** Bestand &gt; Importeren with a folder of SRT, VTT, text and one broken file; Bestand &gt; Exporteren als REFI-QDA-project. */
public class ImportExportMenuTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        processEvents();
    }

    @Test
    void aFolderImportedFromTheFileMenuStoresEveryGoodFileAndNamesTheBrokenOne() throws Exception {
        WorkbenchStore store = openStore();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Client existing = Fixtures.client("Bestaand " + suffix);
        Conversation kept = Fixtures.parse("Dhr. Jansen: Dit gesprek was er al.\nMw. de Boer: En het blijft.\n");
        kept.setTitle("Al aanwezig " + suffix);
        existing.getTrajectories().add(Fixtures.trajectory(Fixtures.id(), "Begeleiding"));
        existing.getTrajectories().get(0).getConversations().add(kept);
        store.store().saveClient(existing);
        store.store().saveConversation(kept);

        Path folder = Files.createDirectory(dir.resolve("transcripten"));
        Files.writeString(folder.resolve("intake.srt"), """
                1
                00:00:01,000 --> 00:00:04,000
                Mw. de Vries: Goedemorgen, fijn dat u er bent.

                2
                00:00:05,000 --> 00:00:09,500
                Dhr. Bakker: Dank u. Het gaat niet zo goed met de schulden.
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("vervolg.vtt"), """
                WEBVTT

                00:00:02.000 --> 00:00:05.000
                <v Mw. de Vries>Hoe is het sinds vorige week gegaan?

                00:00:06.000 --> 00:00:10.000
                <v Dhr. Bakker>Beter, ik heb de brief van de woningcorporatie geopend.
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("afsluiting.txt"),
                "Mw. de Vries: Dit is ons laatste gesprek.\nDhr. Bakker: Ik red het nu zelf.\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("kapot.docx"), "dit is geen Word-bestand", StandardCharsets.UTF_8);

        AtomicReference<ImportTranscriptWizard> wizard = new AtomicReference<>();
        AtomicReference<String> summary = new AtomicReference<>();
        whenShellOpens(s -> s.getData() instanceof WizardDialog, shell -> {
            WizardDialog dialog = (WizardDialog) shell.getData();
            ImportTranscriptWizard w = (ImportTranscriptWizard) dialog.getCurrentPage().getWizard();
            wizard.set(w);
            w.setFile(folder.toString());
            whenShellOpens(s -> s.getData() instanceof MessageDialog && Messages.Import_title.equals(s.getText()),
                    message -> {
                        summary.set(labels(message));
                        ((MessageDialog) message.getData()).close();
                    });
            Button finish = controls(shell, Button.class).stream()
                    .filter(b -> plainLabel(b.getText()).equals(plainLabel(IDialogConstants.FINISH_LABEL))).findFirst()
                    .orElseThrow();
            if (finish.isEnabled()) {
                finish.notifyListeners(SWT.Selection, new Event());
            } else {
                dialog.close();
            }
        });
        runFromFileMenu("nl.leefwereld.ui.importTranscript");

        assertNotNull(wizard.get(), "Bestand > Importeren opened the wizard");
        assertNotNull(summary.get(), "Finish showed a summary");
        assertTrue(summary.get().contains("kapot.docx"), summary.get());
        List<FileImport.Outcome> outcomes = wizard.get().getOutcomes();
        assertEquals(4, outcomes.size(), outcomes.toString());
        List<String> failed = outcomes.stream().filter(o -> !o.imported()).map(o -> o.file().getFileName().toString()).toList();
        assertEquals(List.of("kapot.docx"), failed);
        List<String> texts = new ArrayList<>();
        for (FileImport.Outcome o : outcomes) {
            for (String id : o.conversationIds()) {
                Conversation c = store.store().loadConversation(id);
                assertNotNull(c, "stored: " + o.file());
                c.getUtterances().forEach(u -> texts.add(u.getSpeaker().getName() + ": " + u.getText()));
            }
        }
        assertTrue(texts.contains("Dhr. Bakker: Dank u. Het gaat niet zo goed met de schulden."), texts.toString());
        assertTrue(texts.contains("Mw. de Vries: Hoe is het sinds vorige week gegaan?"), texts.toString());
        assertTrue(texts.contains("Dhr. Bakker: Ik red het nu zelf."), texts.toString());
        assertEquals(6, texts.size(), texts.toString());

        Conversation still = store.store().loadConversation(kept.getId());
        assertNotNull(still, "the conversation stored before is still there");
        assertEquals(List.of("Dit gesprek was er al.", "En het blijft."),
                still.getUtterances().stream().map(Utterance::getText).toList());
        assertNotNull(store.store().loadClient(existing.getId()));
    }

    @Test
    void cancelStopsAMultiFileImportKeepsWhatWasImportedAndSaysSo() throws Exception {
        WorkbenchStore store = openStore();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Client existing = Fixtures.client("Eerder " + suffix);
        Conversation kept = Fixtures.parse("Mw. de Vries: Dit gesprek was er al.\nDhr. Bakker: En het blijft.\n");
        kept.setTitle("Al aanwezig " + suffix);
        existing.getTrajectories().add(Fixtures.trajectory(Fixtures.id(), "Begeleiding"));
        existing.getTrajectories().get(0).getConversations().add(kept);
        store.store().saveClient(existing);
        store.store().saveConversation(kept);
        int before = store.store().countUtterances().size();

        int files = 1500; // many, so a loaded machine cannot finish them before the cancel lands
        Path folder = Files.createDirectory(dir.resolve("veel"));
        for (int i = 0; i < files; i++) {
            Files.writeString(folder.resolve(String.format("gesprek-%03d.txt", i)), "Mw. de Vries: Hoe gaat het vandaag, gesprek "
                    + i + "?\nDhr. Bakker: Het gaat redelijk.\nMw. de Vries: Wat is er veranderd?\n", StandardCharsets.UTF_8);
        }
        AtomicReference<ImportTranscriptWizard> wizard = new AtomicReference<>();
        AtomicReference<String> summary = new AtomicReference<>();
        whenShellOpens(s -> s.getData() instanceof WizardDialog, shell -> {
            WizardDialog dialog = (WizardDialog) shell.getData();
            ImportTranscriptWizard w = (ImportTranscriptWizard) dialog.getCurrentPage().getWizard();
            wizard.set(w);
            w.setFile(folder.toString());
            whenShellOpens(s -> s.getData() instanceof MessageDialog && Messages.Import_title.equals(s.getText()),
                    message -> {
                        summary.set(labels(message));
                        ((MessageDialog) message.getData()).close();
                    });
            // Cancel, as a user presses it, once a few files are in (the import runs while the dialog's loop runs):
            // the stop button beside the progress bar (JFace wires the dialog's Cancel button to it only when the
            // progress part has none)
            Button cancel = button(shell, IDialogConstants.CANCEL_LABEL);
            whenTrue(() -> store.store().countUtterances().size() >= before + 3, () -> {
                cancel.notifyListeners(SWT.Selection, new Event());
                for (ToolBar bar : controls(shell, ToolBar.class)) {
                    if (inProgressPart(bar)) {
                        for (ToolItem item : bar.getItems()) {
                            item.notifyListeners(SWT.Selection, new Event());
                        }
                    }
                }
            });
            button(shell, IDialogConstants.FINISH_LABEL).notifyListeners(SWT.Selection, new Event());
        });
        runFromFileMenu("nl.leefwereld.ui.importTranscript");

        assertNotNull(wizard.get(), "Bestand > Importeren opened the wizard");
        List<FileImport.Outcome> outcomes = wizard.get().getOutcomes();
        assertTrue(outcomes.size() >= 3 && outcomes.size() < files, "stopped halfway: " + outcomes.size() + " of " + files);
        assertTrue(outcomes.stream().allMatch(FileImport.Outcome::imported), outcomes.toString());
        String cancelled = NLS.bind(Messages.Import_cancelled, Integer.valueOf(outcomes.size()), Integer.valueOf(files));
        assertNotNull(summary.get(), "a summary was shown");
        assertTrue(summary.get().contains(cancelled), summary.get());
        assertTrue(wizard.get().getSummaryText().startsWith(cancelled), wizard.get().getSummaryText());
        // exactly the files imported before Cancel are stored; what was there before is untouched
        assertEquals(before + outcomes.size(), store.store().countUtterances().size());
        for (FileImport.Outcome o : outcomes) {
            assertEquals(3, store.store().loadConversation(o.conversationIds().get(0)).getUtterances().size(), o.toString());
        }
        assertEquals(List.of("Dit gesprek was er al.", "En het blijft."),
                store.store().loadConversation(kept.getId()).getUtterances().stream().map(Utterance::getText).toList());
    }

    private static boolean inProgressPart(Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c instanceof ProgressMonitorPart) {
                return true;
            }
        }
        return false;
    }

    private static Button button(Shell shell, String label) {
        return controls(shell, Button.class).stream().filter(b -> plainLabel(b.getText()).equals(plainLabel(label)))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + label));
    }

    /** Runs {@code action} once {@code condition} holds (looked at every 20 ms for a minute, on the UI thread). */
    private static void whenTrue(java.util.function.BooleanSupplier condition, Runnable action) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 60_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            if (condition.getAsBoolean()) {
                action.run();
            } else if (System.currentTimeMillis() < end) {
                display.timerExec(20, poll[0]);
            }
        };
        display.timerExec(20, poll[0]);
    }

    @Test
    void exportFromTheFileMenuWritesAnOwnerOnlyProject() throws Exception {
        WorkbenchStore store = openStore();
        Client client = Fixtures.client("Export " + UUID.randomUUID().toString().substring(0, 8));
        Conversation c = Fixtures.parse("Mw. de Vries: Wat wilt u bereiken?\nDhr. Bakker: Weer rust in huis.\n");
        client.getTrajectories().add(Fixtures.trajectory(Fixtures.id(), "Begeleiding"));
        client.getTrajectories().get(0).getConversations().add(c);
        store.store().saveClient(client);
        store.store().saveConversation(c);
        Path target = dir.resolve("project.qdpx");
        AtomicReference<String> done = new AtomicReference<>();
        Function<Shell, String> original = ExportQdpxHandler.fileChooser;
        ExportQdpxHandler.fileChooser = shell -> target.toString();
        try {
            whenShellOpens(s -> s.getData() instanceof MessageDialog && Messages.ExportQdpx_title.equals(s.getText()),
                    message -> {
                        done.set(labels(message));
                        ((MessageDialog) message.getData()).close();
                    });
            runFromFileMenu("nl.leefwereld.ui.exportQdpx");
        } finally {
            ExportQdpxHandler.fileChooser = original;
        }
        assertNotNull(done.get(), "the export reported its end");
        assertTrue(done.get().contains(target.toString()), done.get());
        assertTrue(Files.isRegularFile(target));
        assertEquals(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(target));
        try (ZipFile zip = new ZipFile(target.toFile())) {
            assertNotNull(zip.getEntry("project.qde"), "the project holds project.qde");
        }
    }

    /** Bestand &gt; the item of this command, as a user chooses it (returns when its dialogs are closed). */
    private static void runFromFileMenu(String commandId) throws Exception {
        String label = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId).getName();
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Menu file = null;
        for (MenuItem top : window.getMenuBar().getItems()) {
            if (plainLabel(top.getText()).equals(plainLabel(nl.leefwereld.ui.Messages.Menu_file))) {
                file = top.getMenu();
            }
        }
        assertNotNull(file, "a Bestand menu");
        file.notifyListeners(SWT.Show, new Event());
        processEvents();
        List<String> seen = new ArrayList<>();
        for (MenuItem item : file.getItems()) {
            seen.add(plainLabel(item.getText()));
            if (plainLabel(item.getText()).equals(plainLabel(label))) {
                item.notifyListeners(SWT.Selection, new Event());
                file.notifyListeners(SWT.Hide, new Event());
                processEvents();
                return;
            }
        }
        throw new AssertionError(label + " is not in Bestand: " + seen);
    }

    /** Runs {@code action} on the first shell that matches, once it opens (looked for every 100 ms for a minute). */
    private static void whenShellOpens(Predicate<Shell> which, Consumer<Shell> action) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 60_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell s : display.getShells()) {
                if (!s.isDisposed() && s.isVisible() && which.test(s)) {
                    action.accept(s);
                    return;
                }
            }
            if (System.currentTimeMillis() < end) {
                display.timerExec(100, poll[0]);
            }
        };
        display.timerExec(100, poll[0]);
    }

    private static String labels(Shell shell) {
        StringBuilder text = new StringBuilder();
        controls(shell, Label.class).forEach(l -> text.append(l.getText()).append('\n'));
        return text.toString();
    }
}
