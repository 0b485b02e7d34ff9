// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.privacy;

import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;
import static nl.leefwereld.testsupport.ui.UiTestSupport.page;
import static nl.leefwereld.testsupport.ui.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.privacy.AuditCsv;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.AuditEvent;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.editor.ConversationEditor;
import nl.leefwereld.ui.editor.ConversationEditorInput;
import nl.leefwereld.ui.navigator.NavigatorView;

/** The audit log view on the workbench's real store: what it lists, following the navigator, and its export. */
public class AuditViewTest {

    private IWorkbenchPage page;
    private WorkbenchStore store;
    private Client anna;
    private Client bert;
    private AuditView view;

    @BeforeEach
    void setUp() throws Exception {
        page = page();
        store = openStore();
        Instant now = Instant.now();
        anna = PrivacyTestData.client(store.store(), "Anna Audit " + UUID.randomUUID(), null,
                now.minus(30, ChronoUnit.DAYS), now.minus(2, ChronoUnit.DAYS));
        bert = PrivacyTestData.client(store.store(), "Bert Audit " + UUID.randomUUID(), null,
                now.minus(30, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS));
        store.fireChanged();
        // Opening Anna's conversation reads it in full: the store records that.
        Conversation talk = PrivacyTestData.conversation(anna);
        page.openEditor(new ConversationEditorInput(talk.getId(), talk.getTitle()), ConversationEditor.ID);
        view = (AuditView) page.showView(AuditView.ID);
        view.setShowAll(false);
        processEvents();
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        page.hideView(view);
        processEvents();
    }

    @Test
    void followsTheClientSelectedInTheNavigatorNewestFirst() {
        NavigatorView navigator = (NavigatorView) page.findView(NavigatorView.ID);
        PrivacyTestData.selectInNavigator(navigator, anna.getId());
        assertEquals(anna.getId(), view.getClientFilter());

        List<AuditEvent> events = view.getEvents();
        assertFalse(events.isEmpty());
        assertTrue(events.stream().allMatch(e -> anna.getId().equals(e.clientId())), events.toString());
        String conversationId = PrivacyTestData.conversation(anna).getId();
        assertTrue(events.stream().anyMatch(e -> e.action().equals(AuditAction.OPEN.name())
                && conversationId.equals(e.objectId())), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.action().equals(AuditAction.CHANGE.name())), events.toString());
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i - 1).sequence() > events.get(i).sequence(), "newest first: " + events);
        }
        // what the table shows: the client by name, the action translated, the conversation by title
        TableItem[] rows = view.getViewer().getTable().getItems();
        assertEquals(events.size(), rows.length);
        for (TableItem row : rows) {
            assertEquals(anna.getDisplayName(), row.getText(3));
        }
        int open = events.indexOf(events.stream().filter(e -> e.action().equals(AuditAction.OPEN.name())).findFirst()
                .orElseThrow());
        assertEquals(Messages.Action_OPEN, rows[open].getText(2));
        assertEquals(PrivacyTestData.conversation(anna).getTitle(), rows[open].getText(4));

        // a conversation of Bert's selected: Bert's events
        PrivacyTestData.selectInNavigator(navigator, PrivacyTestData.conversation(bert).getId());
        assertEquals(bert.getId(), view.getClientFilter());
        assertTrue(view.getEvents().stream().allMatch(e -> bert.getId().equals(e.clientId())));
        assertFalse(view.getEvents().isEmpty());
    }

    @Test
    void showAllListsEveryClientsEvents() {
        NavigatorView navigator = (NavigatorView) page.findView(NavigatorView.ID);
        PrivacyTestData.selectInNavigator(navigator, anna.getId());
        int ofAnna = view.getEvents().size();

        view.setShowAll(true);
        assertNull(view.getClientFilter());
        List<AuditEvent> all = view.getEvents();
        assertTrue(all.size() > ofAnna, all.size() + " > " + ofAnna);
        assertTrue(all.stream().anyMatch(e -> anna.getId().equals(e.clientId())));
        assertTrue(all.stream().anyMatch(e -> bert.getId().equals(e.clientId())));
        assertEquals(store.store().auditEvents(null).size(), all.size());

        view.setShowAll(false);
        assertEquals(anna.getId(), view.getClientFilter());
        assertEquals(ofAnna, view.getEvents().size());
    }

    @Test
    void exportsWhatItShowsAsTheCommandLineDoes(@TempDir Path dir) throws Exception {
        NavigatorView navigator = (NavigatorView) page.findView(NavigatorView.ID);
        PrivacyTestData.selectInNavigator(navigator, anna.getId());
        Path file = dir.resolve("audit.csv");
        List<AuditEvent> oldestFirst = store.store().auditEvents(anna.getId());
        int written = view.writeCsv(file);

        assertEquals(oldestFirst.size(), written);
        List<AuditEvent> after = store.store().auditEvents(anna.getId());
        AuditEvent export = after.get(after.size() - 1);
        assertEquals(oldestFirst.size() + 1, after.size(), "the export is recorded in the log itself");
        assertEquals("EXPORT", export.action());
        assertEquals(AuditCsv.EXPORT_DETAIL + file, export.detail());
        StringBuilder expected = new StringBuilder();
        AuditCsv.write(oldestFirst, expected);
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(expected.toString(), csv);
        assertTrue(csv.startsWith(AuditCsv.HEADER + "\r\n"), csv);
        assertTrue(csv.contains("," + anna.getId() + "," + PrivacyTestData.conversation(anna).getId() + ","), csv);
        assertFalse(csv.contains(bert.getId()), csv);
    }

}
