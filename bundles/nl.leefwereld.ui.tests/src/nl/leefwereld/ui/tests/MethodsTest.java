// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.tests;

import static nl.leefwereld.testsupport.Fixtures.participant;
import static nl.leefwereld.testsupport.Fixtures.utterance;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static nl.leefwereld.testsupport.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.method.example.ExampleMethod;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;
import nl.leefwereld.ui.editor.Messages;
import nl.leefwereld.ui.methods.AnalyzeHandler;
import nl.leefwereld.ui.methods.FindingsView;
import nl.leefwereld.ui.methods.MethodsView;

/** Methods view, analysis as a job, findings, suggestions in the transcript, accepting them: in the real workbench. */
public class MethodsTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;
    private static final int CODES_COLUMN = 4;
    /** How the Codes column shows a suggestion of "Open vraag" (a code label from luisteren.qdc) in the test's language. */
    private static final String SUGGESTED_OPEN_QUESTION = NLS.bind(Messages.Editor_suggestion, "Open vraag");

    private IWorkbenchPage page;
    private WorkbenchStore store;
    private Conversation conversation;

    @BeforeEach
    void setUp() {
        page = page();
        store = openStore();
        conversation = saveConversation();
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        processEvents();
    }

    @Test
    void perspectiveHasFindingsAndMethodsViews() {
        assertNotNull(page.findViewReference(FindingsView.ID), "findings");
        assertNotNull(page.findViewReference(MethodsView.ID), "methods");
    }

    @Test
    void methodsViewListsTheExampleMethod() throws Exception {
        MethodsView view = (MethodsView) page.showView(MethodsView.ID);
        processEvents();
        TableItem row = null;
        for (TableItem item : view.getViewer().getTable().getItems()) {
            if (item.getText(1).equals(ExampleMethod.METHOD_ID)) {
                row = item;
            }
        }
        assertNotNull(row, "luisteren is listed");
        assertFalse(row.getText(0).isBlank(), "name");
        assertFalse(row.getText(3).isBlank(), "literature source");
        assertEquals("3", row.getText(4), "codes in luisteren.qdc");
        assertFalse(row.getText(5).isBlank(), "analyzers");
    }

    @Test
    void analysisShowsFindingsAndSuggestionsAndAcceptingIsUndoable() throws Exception {
        ConversationEditor editor = open();
        Utterance question = editor.getConversation().getUtterances().get(0);
        assertEquals("", codesCell(editor, 0));

        // Through the command, as the menu runs it, for the example method only.
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command analyze = commands.getCommand(AnalyzeHandler.COMMAND_ID);
        ParameterizedCommand call = ParameterizedCommand.generateCommand(analyze,
                java.util.Map.of(AnalyzeHandler.METHOD_PARAMETER, ExampleMethod.METHOD_ID));
        page.activate(editor);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(call, null);

        waitUntil(() -> !editor.suggestionsOf(List.of(question)).isEmpty(), "the analysis adds its suggestion");
        FindingsView findings = (FindingsView) page.findView(FindingsView.ID);
        assertNotNull(findings, "findings view shown");
        waitUntil(() -> findings.getViewer().getTable().getItemCount() > 0, "findings are listed");
        List<FindingsView.Row> rows = findings.getRows();
        assertTrue(rows.stream().anyMatch(r -> r.message().contains("Open vraag") && r.utteranceNumbers().equals(List.of(1))),
                rows.toString());
        assertTrue(rows.stream().allMatch(r -> !r.utteranceNumbers().contains(2)), "the client's turn is not suggested");

        assertEquals(SUGGESTED_OPEN_QUESTION, codesCell(editor, 0));
        assertEquals("", codesCell(editor, 1));
        assertTrue(editor.isDirty());

        // The finding ("1 of 2 questions open") is marked beside the utterance it names, not beside the others.
        assertFalse(editor.markersOf(question).isEmpty());
        assertTrue(editor.markersOf(question).get(0).message().contains("1"), editor.markersOf(question).toString());
        assertNotNull(editor.getUtterancesViewer().getTable().getItem(0).getImage(0), "marker icon on utterance 1");
        assertNull(editor.getUtterancesViewer().getTable().getItem(1).getImage(0), "no marker on the client's turn");
        assertNull(editor.getUtterancesViewer().getTable().getItem(2).getImage(0), "no marker on the closed question");

        // Double click on a finding selects its utterance.
        FindingsView.Row row = rows.stream().filter(r -> r.utteranceNumbers().equals(List.of(1))).findFirst().orElseThrow();
        editor.getUtterancesViewer().setSelection(StructuredSelection.EMPTY);
        assertSame(editor, findings.reveal(row));
        assertEquals(question, editor.getUtterancesViewer().getStructuredSelection().getFirstElement());

        // Accept, then undo.
        Annotation suggestion = editor.suggestionsOf(List.of(question)).get(0);
        assertTrue(editor.acceptSuggestions(List.of(suggestion)));
        processEvents();
        assertEquals(AnnotationOrigin.ACCEPTED, suggestion.getOrigin());
        assertEquals("Open vraag", codesCell(editor, 0));
        assertTrue(editor.suggestionsOf(List.of(question)).isEmpty());

        page.activate(editor);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        processEvents();
        assertEquals(AnnotationOrigin.SUGGESTED, suggestion.getOrigin());
        assertEquals(SUGGESTED_OPEN_QUESTION, codesCell(editor, 0));
    }

    @Test
    void codesOfMethodsThatAreNotInstalledShowAsUnknown() throws Exception {
        Annotation a = F.createAnnotation();
        a.setId(UUID.randomUUID().toString());
        a.setUtterance(conversation.getUtterances().get(1));
        a.setMethodId("niet.geinstalleerd");
        a.setCodeId("code-42");
        a.setCoder("anna");
        a.setOrigin(AnnotationOrigin.MANUAL);
        conversation.getAnnotations().add(a);
        store.store().saveConversation(conversation);

        ConversationEditor editor = open();
        assertEquals("? code-42", codesCell(editor, 1));
        assertEquals(1, editor.getConversation().getAnnotations().size());
    }

    private static String codesCell(ConversationEditor editor, int row) {
        return editor.getUtterancesViewer().getTable().getItem(row).getText(CODES_COLUMN);
    }

    private ConversationEditor open() throws Exception {
        ConversationEditor editor = (ConversationEditor) page.openEditor(
                new ConversationEditorInput(conversation.getId(), conversation.getTitle()), ConversationEditor.ID);
        processEvents();
        return editor;
    }

    private Conversation saveConversation() {
        Trajectory trajectory = Fixtures.trajectory("Methodetest " + UUID.randomUUID(), "Traject", null);
        Client client = trajectory.getClient();
        store.store().saveClient(client);

        Conversation c = F.createConversation();
        c.setId(UUID.randomUUID().toString());
        c.setTitle("Vervolg");
        c.setKind(ConversationKind.FOLLOW_UP);
        c.setDate(new Date());
        Participant professional = participant(c, "Consulent", ParticipantRole.PROFESSIONAL);
        Participant client1 = participant(c, "Cli\u00ebnt", ParticipantRole.CLIENT);
        utterance(c, professional, null, "Hoe gaat het met u?");
        utterance(c, client1, null, "Wat moet ik daarop zeggen?");
        utterance(c, professional, null, "Zal ik het formulier pakken?");
        trajectory.getConversations().add(c);
        store.store().saveConversation(c);
        return c;
    }
}
