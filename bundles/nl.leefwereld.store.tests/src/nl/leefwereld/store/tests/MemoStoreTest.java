// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Date;

import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.internal.Schema;
import nl.leefwereld.store.internal.Sql;
import nl.leefwereld.testsupport.Fixtures;

/** Memos and coded spans in the store (migration 4): round trip, incremental saves, old databases, erasure. */
class MemoStoreTest extends StoreTestBase {

    private static final String SECRET = "Zegt dat haar broer Kees schulden bij de buurman heeft";
    private static final Date CREATED = new Date(1_700_000_000_123L);


    private static Memo memo(String title, String text) {
        Memo memo = ModelFactory.eINSTANCE.createMemo();
        memo.setId(Fixtures.id());
        memo.setTitle(title);
        memo.setText(text);
        memo.setAuthor("Sanne de Vries");
        memo.setCreated(CREATED);
        memo.setModified(CREATED);
        return memo;
    }

    private static Memo on(Memo memo, Utterance utterance, int start, int end) {
        memo.setUtterance(utterance);
        memo.setSpanStart(start);
        memo.setSpanEnd(end);
        return memo;
    }

    private static Memo onCode(Memo memo, String methodId, String codeId) {
        memo.setMethodId(methodId);
        memo.setCodeId(codeId);
        return memo;
    }

    @Test
    void memosOfEveryKindAndSpanFlagsRoundTripAndChangeIncrementally() throws Exception {
        Path db = temp.resolve("db");
        Client client = Fixtures.richClient("Memo Client");
        client.getMemos().add(memo("Achtergrond", "Woont sinds kort alleen."));
        Conversation conversation = Fixtures.richConversation(client, 4);
        Utterance second = conversation.getUtterances().get(1);
        conversation.getMemos().add(memo(null, "Over het hele gesprek."));
        conversation.getMemos().add(on(memo("Uiting", "Over uiting twee."), second, -1, -1));
        conversation.getMemos().add(on(memo("Stuk", "Over een stuk."), second, 4, 8));
        conversation.getMemos().add(onCode(memo("Code", "Over de code."), "mi", "CT"));
        Annotation span = conversation.getAnnotations().stream().filter(a -> a.getSpanStart() >= 0).findFirst()
                .orElseThrow();
        span.setSpanDetached(true);

        try (ConversationStore store = open(db)) {
            store.saveClient(client);
            store.saveConversation(conversation);
        }
        try (ConversationStore store = open(db); Jdbc jdbc = jdbc(db)) {
            Client loadedClient = store.loadClient(client.getId());
            assertEquals(1, loadedClient.getMemos().size());
            Memo clientMemo = loadedClient.getMemos().get(0);
            assertEquals("Achtergrond", clientMemo.getTitle());
            assertEquals("Woont sinds kort alleen.", clientMemo.getText());
            assertEquals(CREATED, clientMemo.getCreated());
            assertNull(clientMemo.getUtterance());

            Conversation loaded = store.loadConversation(conversation.getId());
            assertEquals(4, loaded.getMemos().size());
            Utterance loadedSecond = loaded.getUtterances().get(1);
            assertNull(loaded.getMemos().get(0).getUtterance());
            assertNull(loaded.getMemos().get(0).getCodeId());
            assertNull(loaded.getMemos().get(0).getTitle());
            assertSame(loadedSecond, loaded.getMemos().get(1).getUtterance());
            assertEquals(-1, loaded.getMemos().get(1).getSpanStart());
            Memo loadedSpan = loaded.getMemos().get(2);
            assertSame(loadedSecond, loadedSpan.getUtterance());
            assertEquals(4, loadedSpan.getSpanStart());
            assertEquals(8, loadedSpan.getSpanEnd());
            assertEquals("mi", loaded.getMemos().get(3).getMethodId());
            assertEquals("CT", loaded.getMemos().get(3).getCodeId());
            assertEquals("Sanne de Vries", loaded.getMemos().get(3).getAuthor());
            assertEquals(CREATED, loaded.getMemos().get(3).getModified());
            Annotation loadedSpanCode = loaded.getAnnotations().stream().filter(a -> a.getId().equals(span.getId()))
                    .findFirst().orElseThrow();
            assertTrue(loadedSpanCode.isSpanDetached());
            assertEquals(span.getSpanStart(), loadedSpanCode.getSpanStart());
            assertTrue(loaded.getAnnotations().stream().filter(a -> a != loadedSpanCode)
                    .noneMatch(Annotation::isSpanDetached));

            // an edit of a memo on a loaded copy: the memo rows change, the utterances are left alone
            Date later = new Date(CREATED.getTime() + 3_600_000L);
            loadedSpan.setText("Over een stuk, herzien.");
            loadedSpan.setModified(later);
            loaded.getMemos().remove(0);
            jdbc.update("UPDATE utterance SET utterance_text = 'onaangeroerd' WHERE conversation_id = ? AND id = ?",
                    loaded.getId(), loaded.getUtterances().get(3).getId());
            store.saveConversation(loaded);
            assertEquals(3, jdbc.count("SELECT COUNT(*) FROM memo WHERE conversation_id = ?", loaded.getId()));
            assertEquals(1, jdbc.count("SELECT COUNT(*) FROM utterance WHERE utterance_text LIKE 'onaangeroerd'"),
                    "the save wrote only the memo rows");
            Conversation again = store.loadConversation(conversation.getId());
            assertEquals(3, again.getMemos().size());
            assertEquals("Over een stuk, herzien.", again.getMemos().get(1).getText());
            assertEquals(later, again.getMemos().get(1).getModified());
            assertEquals(CREATED, again.getMemos().get(1).getCreated());
        }
    }

    @Test
    void aDatabaseOfVersionThreeIsMigratedAndKeepsItsCodes() throws Exception {
        Path db = temp.resolve("old");
        try (Jdbc jdbc = creating(db)) {
            Connection c = jdbc.connection();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY"
                        + ", description VARCHAR(1000), applied_at TIMESTAMP NOT NULL)");
            }
            for (int i = 0; i < 3; i++) {
                Schema.MIGRATIONS.get(i).apply(c, Sql.of(c));
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    s.setInt(1, i + 1);
                    s.setString(2, Schema.MIGRATIONS.get(i).description());
                    s.setTimestamp(3, new Timestamp(System.currentTimeMillis()));
                    s.executeUpdate();
                }
            }
            c.commit();
            c.setAutoCommit(true);
            jdbc.update("INSERT INTO client (id, display_name, version) VALUES ('c1', 'Oud', 1)");
            jdbc.update("INSERT INTO trajectory (id, client_id, seq, title) VALUES ('t1', 'c1', 0, 'Traject')");
            jdbc.update("INSERT INTO conversation (id, trajectory_id, title, version) VALUES ('v1', 't1', 'Oud', 1)");
            jdbc.update("INSERT INTO participant (conversation_id, id, seq, name, participant_role)"
                    + " VALUES ('v1', 'p1', 0, 'Piet', 'client')");
            jdbc.update("INSERT INTO utterance (conversation_id, id, seq, speaker_id, utterance_text)"
                    + " VALUES ('v1', 'u1', 0, 'p1', 'Ik wil stoppen')");
            jdbc.update("INSERT INTO annotation (conversation_id, id, seq, utterance_id, span_start, span_end, method_id,"
                    + " code_id, origin, confidence) VALUES ('v1', 'a1', 0, 'u1', 7, 14, 'free', 'wens', 'manual', 1.0)");
        }
        try (ConversationStore store = open(db); Jdbc jdbc = jdbc(db)) {
            assertTrue(jdbc.count("SELECT MAX(version) FROM schema_version") >= 4);
            Conversation old = store.loadConversation("v1");
            Annotation a = old.getAnnotations().get(0);
            assertEquals("stoppen", a.getUtterance().getText().substring(a.getSpanStart(), a.getSpanEnd()));
            assertFalse(a.isSpanDetached());
            assertTrue(old.getMemos().isEmpty());
            old.getMemos().add(on(memo(null, "Eerste memo in een oude database"), a.getUtterance(), -1,
                    -1));
            store.saveConversation(old);
            assertEquals("Eerste memo in een oude database",
                    store.loadConversation("v1").getMemos().get(0).getText());
        }
    }

    @Test
    void erasureAndDeletionTakeTheMemosWithThem() throws Exception {
        Path db = temp.resolve("db");
        Client client = Fixtures.richClient("Te Wissen");
        client.getMemos().add(memo("Geheim", SECRET));
        Conversation conversation = Fixtures.richConversation(client, 3);
        conversation.getMemos().add(on(memo("Geheim", SECRET), conversation.getUtterances().get(0), -1,
                -1));
        Conversation other = Fixtures.richConversation(client, 2);
        other.getMemos().add(memo(null, "Gaat weg met het gesprek"));
        Client keep = Fixtures.richClient("Blijft");
        keep.getMemos().add(memo(null, "Blijft staan"));
        try (ConversationStore store = open(db); Jdbc jdbc = jdbc(db)) {
            store.saveClient(client);
            store.saveConversation(conversation);
            store.saveConversation(other);
            store.saveClient(keep);
            assertEquals(4, jdbc.count("SELECT COUNT(*) FROM memo"));
            store.deleteConversation(other.getId());
            assertEquals(3, jdbc.count("SELECT COUNT(*) FROM memo"));
            store.eraseClient(client.getId());
            assertEquals(1, jdbc.count("SELECT COUNT(*) FROM memo"));
            assertEquals(0, jdbc.count("SELECT COUNT(*) FROM memo WHERE memo_text LIKE ?", "%Kees%"));
            assertEquals(1, store.loadClient(keep.getId()).getMemos().size());
        }
    }
}
