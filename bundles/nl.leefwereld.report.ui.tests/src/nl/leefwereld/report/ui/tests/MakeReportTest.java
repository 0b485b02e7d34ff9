// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report.ui.tests;

import static nl.leefwereld.testsupport.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.report.ui.MakeReportHandler;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;

/**
 * Rapport maken as a user does it: a conversation open in the editor, the example method's view shown with Show View,
 * its toolbar button pressed; the file the user names (the dialog answered by the test) is a PDF of the conversation,
 * owner-only and audited.
 */
public class MakeReportTest {

    private static final String VIEW = "nl.leefwereld.method.example.ui.openQuestions"; //$NON-NLS-1$
    private static final String TRANSCRIPT = """
            # Titel: Kennismaking met de cliënt
            # Professional: Klantmanager
            [00:00:05] Klantmanager: Welkom. Hoe gaat het met je?
            [00:00:12] Sanne: Goed, dank je. Ik heb één vraag.
            [00:00:31] Klantmanager: Wat wil je vandaag bespreken?
            """;

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private ConversationEditor editor;

    private static Conversation save() {
        WorkbenchStore store = WorkbenchStore.get();
        waitUntil(store::isOpen, "the store is open");
        TranscriptParseResult parse = new TranscriptParser().parse(TRANSCRIPT);
        assertFalse(parse.hasProblems(), parse.problems().toString());
        Client client = ModelFactory.eINSTANCE.createClient();
        client.setId(UUID.randomUUID().toString());
        client.setDisplayName("Sanne <script>");
        Trajectory t = ModelFactory.eINSTANCE.createTrajectory();
        t.setId(UUID.randomUUID().toString());
        t.setTitle("Kennismaking");
        client.getTrajectories().add(t);
        store.store().saveClient(client);
        Conversation c = parse.conversation();
        c.setDate(new Date());
        t.getConversations().add(c);
        store.store().saveConversation(c);
        return c;
    }

    @AfterEach
    public void close() {
        MakeReportHandler.setPrompts(null);
        if (page != null && editor != null) {
            page.closeEditor(editor, false);
        }
    }

    @Test
    public void theViewsToolbarButtonWritesThePdfTheUserNames() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Conversation saved = save();
        editor = (ConversationEditor) page.openEditor(new ConversationEditorInput(saved.getId(), saved.getTitle()),
                ConversationEditor.ID);
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Command showView = window.getService(ICommandService.class).getCommand(IWorkbenchCommandConstants.VIEWS_SHOW_VIEW);
        window.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(showView,
                Map.of(IWorkbenchCommandConstants.VIEWS_SHOW_VIEW_PARM_ID, VIEW)), null);
        waitUntil(() -> true, "events");
        IViewPart view = page.findView(VIEW);
        assertNotNull(view, "Show View opens the view");

        Path pdf = dir.resolve("rapporten/open-vragen.pdf");
        List<String> errors = new ArrayList<>();
        MakeReportHandler.setPrompts(new MakeReportHandler.Prompts() {
            @Override
            public String saveFile(Shell shell, String suggestedName) {
                assertEquals("example-rapport.pdf", suggestedName);
                return pdf.toString();
            }

            @Override
            public String optionFile(Shell shell, String option) {
                return null;
            }

            @Override
            public void error(Shell shell, String message) {
                errors.add(message);
            }
        });
        ToolBarManager toolbar = (ToolBarManager) view.getViewSite().getActionBars().getToolBarManager();
        toolbar.update(true);
        waitUntil(() -> true, "the toolbar is filled");
        IContributionItem item = toolbar.find(VIEW + ".makeReport");
        assertNotNull(item, "the view's toolbar offers Rapport maken");
        ToolItem button = null;
        for (ToolItem t : toolbar.getControl().getItems()) {
            if (t.getData() == item) {
                button = t;
            }
        }
        assertNotNull(button, "the button is shown");
        assertTrue(button.isEnabled());
        button.notifyListeners(SWT.Selection, new Event());
        waitUntil(() -> Files.exists(pdf) || !errors.isEmpty(), "the report is written");
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf)));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Kennismaking met de cliënt"), text);
            assertTrue(text.contains("Wat wil je vandaag bespreken?"), text);
        }
        assertTrue(WorkbenchStore.get().store().auditEvents(null).stream().anyMatch(e -> e.action().equals("EXPORT")
                && e.detail().equals("report example pdf " + pdf.toAbsolutePath())), "audited as an export");
    }
}
