// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.leefwereld.core.commands.MemoCommands;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Memo;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.CliRun;
import nl.leefwereld.testsupport.CliTestBase;

/** {@code leefwereld memo add|list} on a real Derby database. */
public class MemoCommandTest extends CliTestBase {

    private String importConversation() throws Exception {
        Path file = dir.resolve("gesprek.txt");
        Files.writeString(file, """
                Klantmanager: Hoe gaat het met u?
                Sanne: Ik wil stoppen met de schulden, echt.
                Klantmanager: Wat helpt u daarbij?
                """, StandardCharsets.UTF_8);
        CliRun imported = run("import", file.toString());
        assertEquals(0, imported.code(), imported.err());
        Matcher m = Pattern.compile("([0-9a-f]{8}-[0-9a-f-]{27})").matcher(imported.out());
        assertTrue(m.find(), imported.out());
        return m.group(1);
    }

    @Test
    public void memosOnAConversationAnUtteranceASpanACodeAndAClientAreStoredAndListed() throws Exception {
        String id = importConversation();
        CliRun onConversation = run("memo", "add", id, "Rustig gesprek, veel open vragen.", "--title", "Indruk");
        assertEquals(0, onConversation.code(), onConversation.err());
        CliRun onUtterance = run("memo", "add", id + "#2", "Eerste verandertaal.");
        assertEquals(0, onUtterance.code(), onUtterance.err());
        CliRun onSpan = run("memo", "add", id + "#2", "Doel in eigen woorden.", "--span", "7-14");
        assertEquals(0, onSpan.code(), onSpan.err());
        assertTrue(onSpan.out().contains("stoppen"), "names the span's text: " + onSpan.out());
        CliRun onCode = run("memo", "add", id, "Reflecties vaak te lang.", "--code", "mi:CR");
        assertEquals(0, onCode.code(), onCode.err());

        String clientId;
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation c = store.loadConversation(id);
            assertEquals(4, c.getMemos().size());
            Memo span = c.getMemos().get(2);
            assertEquals(MemoCommands.Target.SPAN, MemoCommands.targetOf(span));
            assertEquals("stoppen", MemoCommands.spanText(span));
            assertEquals("Indruk", c.getMemos().get(0).getTitle());
            assertEquals("CR", c.getMemos().get(3).getCodeId());
            clientId = c.getTrajectory().getClient().getId();
        }
        CliRun onClient = run("memo", "add", clientId, "Woont sinds kort alleen.");
        assertEquals(0, onClient.code(), onClient.err());

        CliRun utteranceList = run("memo", "list", id + "#2");
        assertEquals(0, utteranceList.code(), utteranceList.err());
        assertTrue(utteranceList.out().contains("Eerste verandertaal.")
                && utteranceList.out().contains("Doel in eigen woorden."), utteranceList.out());
        assertFalse(utteranceList.out().contains("Rustig gesprek"), utteranceList.out());

        CliRun all = run("memo", "list");
        assertEquals(0, all.code(), all.err());
        for (String text : new String[] { "Rustig gesprek", "Eerste verandertaal.", "Doel in eigen woorden.",
                "Reflecties vaak te lang.", "Woont sinds kort alleen.", "Indruk" }) {
            assertTrue(all.out().contains(text), text + " in " + all.out());
        }
        CliRun clientList = run("memo", "list", clientId);
        assertTrue(clientList.out().contains("Woont sinds kort alleen.")
                && !clientList.out().contains("Rustig gesprek"), clientList.out());

        String audit = run("audit", "--csv").out();
        assertTrue(audit.contains(",CHANGE,") && audit.contains(id), audit);
        assertTrue(run("help").out().contains("memo"), "listed by leefwereld help");
    }

    @Test
    public void badInputIsRefusedNamingTheProblemAndStoresNothing() throws Exception {
        String id = importConversation();
        CliRun noUtterance = run("memo", "add", id + "#9", "Tekst");
        assertEquals(1, noUtterance.code());
        assertTrue(noUtterance.err().contains("9") && noUtterance.err().contains(id), noUtterance.err());
        CliRun badSpan = run("memo", "add", id + "#2", "Tekst", "--span", "30-300");
        assertEquals(1, badSpan.code());
        assertTrue(badSpan.err().contains("30-300"), badSpan.err());
        CliRun empty = run("memo", "add", id, "   ");
        assertEquals(1, empty.code());
        CliRun unknown = run("memo", "add", "bestaat-niet", "Tekst");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("bestaat-niet"), unknown.err());
        CliRun spanOnConversation = run("memo", "add", id, "Tekst", "--span", "1-2");
        assertEquals(1, spanOnConversation.code());
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            assertTrue(store.loadConversation(id).getMemos().isEmpty());
            Client client = store.loadConversation(id).getTrajectory().getClient();
            assertTrue(client == null || store.loadClient(client.getId()).getMemos().isEmpty());
        }
        assertEquals(nl.leefwereld.cli.commands.Messages.Memo_none, run("memo", "list", id).out().strip());
    }

    private static String memoId(CliRun added) {
        Matcher m = Pattern.compile("([0-9a-f]{8}-[0-9a-f-]{27})").matcher(added.out());
        assertTrue(m.find(), added.out());
        return m.group(1);
    }

    @Test
    public void memosAreEditedAndDeletedByTheIdsListShowsAndEachChangeIsAudited() throws Exception {
        String id = importConversation();
        CliRun added = run("memo", "add", id + "#2", "Eerste verandertaal.", "--title", "Indruk");
        assertEquals(0, added.code(), added.err());
        String memoId = memoId(added);
        String clientId;
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            clientId = store.loadConversation(id).getTrajectory().getClient().getId();
        }
        String clientMemo = memoId(run("memo", "add", clientId, "Woont sinds kort alleen."));
        CliRun list = run("memo", "list");
        assertTrue(list.out().contains(memoId) && list.out().contains(clientMemo), "list shows memo ids: " + list.out());
        long changesBefore = changes();

        CliRun text = run("memo", "edit", memoId, "Duidelijke verandertaal.");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains(memoId), text.out());
        CliRun title = run("memo", "edit", memoId, "--title", "Doel");
        assertEquals(0, title.code(), title.err());
        CliRun same = run("memo", "edit", memoId, "Duidelijke verandertaal.", "--title", "Doel");
        assertEquals(0, same.code(), same.err());
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Memo memo = store.loadConversation(id).getMemos().get(0);
            assertEquals("Duidelijke verandertaal.", memo.getText());
            assertEquals("Doel", memo.getTitle(), "only the title changed, the text stayed");
            assertEquals(MemoCommands.Target.UTTERANCE, MemoCommands.targetOf(memo), "still on its utterance");
            assertTrue(memo.getModified().after(memo.getCreated()) || memo.getModified().equals(memo.getCreated()));
        }
        assertEquals(changesBefore + 2, changes(), "each change is one audited save; nothing changed, no event");

        assertEquals(1, run("memo", "edit", memoId).code(), "neither text nor title");
        CliRun unknown = run("memo", "edit", "geen-memo", "Tekst");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("geen-memo"), unknown.err());
        assertEquals(1, run("memo", "edit", memoId, "   ").code(), "a memo keeps a text");
        assertEquals(1, run("memo", "delete").code());

        CliRun deleted = run("memo", "delete", memoId);
        assertEquals(0, deleted.code(), deleted.err());
        CliRun deletedClientMemo = run("memo", "delete", clientMemo);
        assertEquals(0, deletedClientMemo.code(), deletedClientMemo.err());
        assertEquals(1, run("memo", "delete", memoId).code(), "gone");
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            assertTrue(store.loadConversation(id).getMemos().isEmpty());
            assertTrue(store.loadClient(clientId).getMemos().isEmpty());
        }
        assertEquals(changesBefore + 4, changes());
        String help = run("help").out();
        assertTrue(help.contains("memo edit") && help.contains("memo delete"), help);
    }

    private long changes() throws Exception {
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            return store.auditEvents(null).stream()
                    .filter(e -> nl.leefwereld.store.AuditAction.CHANGE.name().equals(e.action())).count();
        }
    }
}
