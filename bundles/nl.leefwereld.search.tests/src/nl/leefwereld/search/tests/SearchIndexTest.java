// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.core.commands.MemoCommands;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Note;
import nl.leefwereld.search.CodeMatrix;
import nl.leefwereld.search.CodedSegment;
import nl.leefwereld.search.MatrixFiles;
import nl.leefwereld.search.Search;
import nl.leefwereld.search.SearchException;
import nl.leefwereld.search.SearchFilter;
import nl.leefwereld.search.SearchHit;
import nl.leefwereld.search.SearchIndex;
import nl.leefwereld.search.SegmentPage;
import nl.leefwereld.search.internal.IndexedStore;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

/** Search, filters, retrieval and the matrix over a real Derby database and its real Lucene index. */
public class SearchIndexTest {

    static Date day(String iso) {
        return Date.from(LocalDate.parse(iso).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /** Two clients, three conversations, codes by two coders, one accepted suggestion and one pending. */
    static Conversation[] fill(ConversationStore store) {
        Client sanne = Fixtures.client("Sanne");
        Client ahmed = Fixtures.client("Ahmed");
        Conversation a = Fixtures.conversation(sanne, "Eerste gesprek", "nl", day("2025-03-01"),
                "Hoe gaat het met de post?", "Ik heb de brieven van de gemeente niet geopend.",
                "U maakt zich zorgen over brieven.", "De huur is niet betaald en de schuld loopt op.");
        Fixtures.code(a, 1, "mi", "change_talk", "anna", AnnotationOrigin.MANUAL);
        Fixtures.code(a, 2, "mi", "reflection", "anna", AnnotationOrigin.MANUAL);
        Fixtures.code(a, 3, "mi", "change_talk", "bram", AnnotationOrigin.ACCEPTED);
        Fixtures.code(a, 0, "mi", "question", "bram", AnnotationOrigin.SUGGESTED);
        Conversation b = Fixtures.conversation(sanne, "Tweede gesprek", "nl", day("2025-04-10"),
                "Wat wilt u bereiken?", "Ik wil de huur betalen, op tijd.");
        Fixtures.code(b, 1, "mi", "change_talk", "anna", AnnotationOrigin.MANUAL);
        Conversation c = Fixtures.conversation(ahmed, "Intake", "nl", day("2025-05-20"),
                "Welkom. Welke brief bedoelt u?", "De cliëntondersteuner heeft de brief gelezen.");
        Fixtures.code(c, 1, "relation", "klant", "anna", AnnotationOrigin.MANUAL);
        Fixtures.save(store, a);
        Fixtures.save(store, b);
        Fixtures.save(store, c);
        return new Conversation[] { a, b, c };
    }

    @Test
    public void searchesWithFiltersRightAfterSaving(@TempDir Path dir) {
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            assertTrue(store instanceof IndexedStore.Handle, "the store is decorated by the OSGi service");
            Conversation[] cs = fill(store);
            SearchIndex index = Search.of(store);
            SearchFilter none = SearchFilter.none();
            assertEquals(4, index.count("brief", none), "brieven x2, brief x2");
            assertEquals(2, index.count("brief", none.withSpeakerRole("client")));
            assertEquals(2, index.count("brief", none.withSpeakerRole("professional")));
            assertEquals(2, index.count("brief", none.withClient(cs[0].getTrajectory().getClient().getId())));
            assertEquals(2, index.count("brief", none.withClient(cs[2].getTrajectory().getClient().getId())));
            assertEquals(1, index.count("brief", none.withCode("change_talk")));
            assertEquals(1, index.count("brief", none.withCode("relation:klant").withCoder("anna")));
            assertEquals(0, index.count("brief", none.withCode("question")), "a pending suggestion is no coding");
            assertEquals(1, index.count("brief", none.withMethod("relation")));
            assertEquals(2, index.count("brief", none.withDates(LocalDate.parse("2025-05-01"), null)));
            assertEquals(2, index.count("brief", none.withDates(null, LocalDate.parse("2025-03-01"))));
            assertEquals(2, index.count("brief", none.withKind("follow_up").withTrajectory(
                    cs[0].getTrajectory().getId())));
            assertEquals(0, index.count("brief", none.withKind("welcome")));
            // phrase, prefix, boolean; accents folded
            assertEquals(1, index.count("\"huur betalen\"", none));
            assertEquals(1, index.count("\"huur is niet betaald\"", none));
            assertEquals(0, index.count("\"betalen huur\"", none));
            assertEquals(1, index.count("clientondersteun*", none));
            assertEquals(1, index.count("huur AND schuld", none));
            assertEquals(2, index.count("huur OR schuld", none));
            assertEquals(1, index.count("huur -schuld", none));
            assertEquals(1, index.count("huur NOT schuld", none));
            List<SearchHit> hits = index.search("cliënt*", none, 10);
            assertEquals(1, hits.size());
            assertEquals("De [cliëntondersteuner] heeft de brief gelezen.", hits.get(0).marked("[", "]"));
            assertEquals(2, hits.get(0).utteranceNumber());
            assertEquals("client", hits.get(0).role());
            String[] kwic = index.search("schuld", none, 10).get(0).keywordInContext(12);
            assertEquals("schuld", kwic[1]);
            assertTrue(kwic[0].startsWith("…") && kwic[0].endsWith("en de "), kwic[0]);
            assertEquals(" loopt op.", kwic[2]);
            SearchException bad = assertThrows(SearchException.class, () -> index.search("\"huur", none, 10));
            assertTrue(bad.getMessage().contains("\"huur"), bad.getMessage());
            assertThrows(SearchException.class, () -> index.search("  ", none, 10));

            // a change saved is found at once; an utterance removed is gone
            cs[1].getUtterances().get(1).setText("Ik wil een afbetalingsregeling.");
            store.saveConversation(cs[1]);
            assertEquals(1, Search.of(store).count("afbetalingsregeling", none));
            assertEquals(0, Search.of(store).count("\"huur betalen\"", none));
        }
    }

    @Test
    public void retrievesSegmentsCountsAndMatrix(@TempDir Path dir) throws IOException {
        try (ConversationStore store = Stores.openEmbedded(dir.resolve("db"))) {
            Conversation[] cs = fill(store);
            SearchIndex index = Search.of(store);
            List<CodedSegment> change = index.retrieve(SearchFilter.none().withCode("mi:change_talk"));
            assertEquals(3, change.size());
            CodedSegment first = change.stream().filter(s -> s.conversationId().equals(cs[0].getId())
                    && s.utteranceNumber() == 2).findFirst().orElseThrow();
            assertEquals("Hoe gaat het met de post?", first.before());
            assertEquals("Ik heb de brieven van de gemeente niet geopend.", first.text());
            assertEquals("U maakt zich zorgen over brieven.", first.after());
            assertEquals("anna", first.coder());
            assertEquals(CodedSegment.HUMAN, first.origin());
            CodedSegment last = change.stream().filter(s -> s.utteranceNumber() == 4).findFirst().orElseThrow();
            assertEquals("", last.after());
            assertEquals(CodedSegment.ACCEPTED, last.origin());
            // pages of two: the same segments in the same order, with the total on every page
            SegmentPage page1 = index.retrieve(SearchFilter.none().withCode("mi:change_talk"), 0, 2);
            SegmentPage page2 = index.retrieve(SearchFilter.none().withCode("mi:change_talk"), 2, 2);
            assertEquals(3, page1.total());
            assertEquals(3, page2.total());
            assertTrue(page1.hasMore());
            assertFalse(page2.hasMore());
            List<CodedSegment> paged = new java.util.ArrayList<>(page1.segments());
            paged.addAll(page2.segments());
            assertEquals(change, paged);
            assertTrue(index.retrieve(SearchFilter.none().withCode("mi:change_talk"), 5, 2).segments().isEmpty());
            assertEquals(2, index.retrieve(SearchFilter.none().withCode("change_talk").withCoder("anna")).size());
            assertEquals(0, index.retrieve(SearchFilter.none().withCode("question")).size());

            Map<String, Integer> counts = index.codeCounts(SearchFilter.none());
            assertEquals(Map.of("mi:change_talk", 3, "mi:reflection", 1, "relation:klant", 1), counts);
            assertEquals(Map.of("mi:change_talk", 2, "mi:reflection", 1),
                    index.codeCounts(SearchFilter.none().withConversation(cs[0].getId())));
            assertEquals(Map.of("mi:change_talk", 1),
                    index.codeCounts(SearchFilter.none().withCoder("bram")));

            CodeMatrix byConversation = index.matrix(false, SearchFilter.none());
            assertEquals(List.of("mi:change_talk", "mi:reflection", "relation:klant"), byConversation.codes());
            assertEquals(3, byConversation.columns().size());
            int col = byConversation.columns().indexOf(cs[0].getId());
            assertEquals(2, byConversation.counts()[0][col]);
            assertTrue(byConversation.labels().get(col).startsWith("Eerste gesprek (2025-03-01"),
                    byConversation.labels().get(col));
            CodeMatrix byClient = index.matrix(true, SearchFilter.none());
            assertEquals(List.of("Ahmed", "Sanne"), byClient.labels());
            assertEquals(3, byClient.counts()[0][1]);
            assertEquals(3, byClient.rowTotal(0));

            Path csv = dir.resolve("matrix.csv");
            MatrixFiles.write(byClient, csv);
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertEquals(List.of("code,Ahmed,Sanne,total", "mi:change_talk,0,3,3", "mi:reflection,0,1,1",
                    "relation:klant,1,0,1"), lines);
            Path xlsx = dir.resolve("matrix.xlsx");
            MatrixFiles.write(byConversation, xlsx);
            try (XSSFWorkbook book = new XSSFWorkbook(xlsx.toFile())) {
                Sheet sheet = book.getSheet("matrix");
                assertEquals("code", sheet.getRow(0).getCell(0).getStringCellValue());
                assertEquals(cs[0].getId(), sheet.getRow(1).getCell(col + 1).getStringCellValue());
                assertEquals("mi:change_talk", sheet.getRow(2).getCell(0).getStringCellValue());
                assertEquals(2.0, sheet.getRow(2).getCell(col + 1).getNumericCellValue());
                assertEquals(3.0, sheet.getRow(2).getCell(4).getNumericCellValue());
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
        }
    }

    @Test
    public void erasureRemovesFromTheIndexAndItsFiles(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        try (ConversationStore store = Stores.openEmbedded(db)) {
            Conversation[] cs = fill(store);
            Client ahmed = cs[2].getTrajectory().getClient();
            Conversation secret = Fixtures.conversation(ahmed, "Huisbezoek", "nl", day("2025-06-01"), "Waar woont u?",
                    "Ik woon aan de Zwanenburgerkade.");
            Fixtures.save(store, secret);
            assertEquals(1, Search.of(store).count("zwanenburgerkade", SearchFilter.none()));
            assertTrue(filesContain(IndexedStore.indexFolder(db), "Zwanenburgerkade"), "the test can see the text");
            store.eraseClient(ahmed.getId());
            SearchIndex index = Search.of(store);
            assertEquals(0, index.count("zwanenburgerkade", SearchFilter.none()));
            assertEquals(0, index.count("brief", SearchFilter.none().withClient(ahmed.getId())));
            assertEquals(0, index.retrieve(SearchFilter.none().withCode("relation:klant")).size());
            assertFalse(filesContain(IndexedStore.indexFolder(db), "Zwanenburgerkade"), "no index file keeps it");
            assertEquals(2, index.count("brief", SearchFilter.none()), "the other client's stay");
            store.deleteConversation(cs[1].getId());
            assertEquals(0, Search.of(store).count("\"huur betalen\"", SearchFilter.none()));
        }
    }

    @Test
    public void memosAreFoundAsMemosAtTheirUtteranceAndErasedWithTheirClient(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        try (ConversationStore store = Stores.openEmbedded(db)) {
            Conversation[] cs = fill(store);
            Client ahmed = cs[2].getTrajectory().getClient();
            Conversation talk = Fixtures.conversation(ahmed, "Huisbezoek", "nl", day("2025-06-01"), "Waar woont u?",
                    "Bij mijn tante.");
            java.util.Date now = new java.util.Date();
            talk.getMemos().add(nl.leefwereld.core.commands.MemoCommands.on(nl.leefwereld.core.commands.MemoCommands
                    .create("Woonsituatie", "Tante woont aan de Vogelenzangstraat, brieven gaan daarheen.", "Anne",
                            now), talk.getUtterances().get(1), -1, -1));
            talk.getMemos().add(nl.leefwereld.core.commands.MemoCommands.onCode(
                    nl.leefwereld.core.commands.MemoCommands.create(null, "Klantrelatie snel duidelijk", "Anne", now),
                    "relation", "klant"));
            Fixtures.save(store, talk);
            SearchIndex index = Search.of(store);
            List<SearchHit> hits = index.search("vogelenzangstraat", SearchFilter.none(), 10);
            assertEquals(1, hits.size());
            assertEquals("memo", hits.get(0).type());
            assertEquals(2, hits.get(0).utteranceNumber(), "opens at the memo's utterance");
            assertEquals(talk.getMemos().get(0).getId(), hits.get(0).utteranceId());
            assertEquals("Anne", hits.get(0).speaker());
            assertEquals(1, index.count("woonsituatie", SearchFilter.none()), "the title is searched too");
            assertEquals(1, index.count("klantrelatie", SearchFilter.none().withCode("relation:klant")),
                    "a code memo is found with its code");
            assertTrue(filesContain(IndexedStore.indexFolder(db), "Vogelenzangstraat"), "the test can see the text");
            store.eraseClient(ahmed.getId());
            assertEquals(0, Search.of(store).count("vogelenzangstraat", SearchFilter.none()));
            assertFalse(filesContain(IndexedStore.indexFolder(db), "Vogelenzangstraat"), "no index file keeps it");
        }
    }

    @Test
    public void clientNotesAreFoundKeptInStepAndErased(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        try (ConversationStore store = Stores.openEmbedded(db)) {
            Conversation[] cs = fill(store);
            SearchFilter none = SearchFilter.none();
            assertEquals(4, Search.of(store).count("brief", none));
            Client ahmed = store.loadClient(cs[2].getTrajectory().getClient().getId());
            Note note = ModelFactory.eINSTANCE.createNote();
            note.setId("note-ahmed-1");
            note.setAuthor("anna");
            note.setText("Ahmed belde: de brieven van de Belastingdienst liggen bij de buren.");
            ahmed.getNotes().add(note);
            store.saveClient(ahmed);

            SearchIndex index = Search.of(store);
            List<SearchHit> hits = index.search("belastingdienst", none, 10);
            assertEquals(1, hits.size(), "a client note is found at once after saving the client");
            SearchHit hit = hits.get(0);
            assertTrue(hit.isClientNote());
            assertEquals(SearchHit.CLIENT_NOTE, hit.type());
            assertEquals("", hit.conversationId());
            assertEquals(ahmed.getId(), hit.clientId());
            assertEquals("Ahmed", hit.conversationTitle(), "the client's name");
            assertEquals("anna", hit.speaker());
            assertEquals("Ahmed belde: de [brieven] van de Belastingdienst liggen bij de buren.",
                    index.search("brief", none.withClient(ahmed.getId()), 10).stream()
                            .filter(SearchHit::isClientNote).findFirst().orElseThrow().marked("[", "]"),
                    "Dutch stemming: brief finds brieven");
            assertEquals(5, index.count("brief", none));
            assertEquals(1, index.count("belastingdienst", none.withClient(ahmed.getId())));
            assertEquals(0, index.count("belastingdienst", none.withClient(cs[0].getTrajectory().getClient().getId())));
            assertEquals(0, index.count("belastingdienst", none.withSpeakerRole("client")), "a note has no speaker");
            assertEquals(0, index.count("belastingdienst", none.withConversation(cs[2].getId())));

            // edited: the old text is gone; a rebuild from the store finds the note again
            note.setText("Ahmed belde over de toeslagen.");
            store.saveClient(ahmed);
            assertEquals(0, Search.of(store).count("belastingdienst", none));
            assertEquals(1, Search.rebuild(store).count("toeslagen", none));

            ahmed.getNotes().get(0).setText("Ahmed woont aan de Zwanenburgerkade.");
            store.saveClient(ahmed);
            assertEquals(1, Search.of(store).count("zwanenburgerkade", none));
            // (whether the compressed stored fields show the text before is not certain; the purge after erasure
            // rewrites every segment, as erasureRemovesFromTheIndexAndItsFiles shows for a conversation)
            store.eraseClient(ahmed.getId());
            assertEquals(0, Search.of(store).count("zwanenburgerkade", none), "erased: not found");
            assertFalse(filesContain(IndexedStore.indexFolder(db), "Zwanenburgerkade"), "no index file keeps it");
        }
        // reopened: the erased note stays gone, the other client's utterances stay (Ahmed's two are erased)
        try (ConversationStore store = Stores.openEmbedded(db)) {
            assertEquals(0, Search.of(store).count("zwanenburgerkade", SearchFilter.none()));
            assertEquals(2, Search.of(store).count("brief", SearchFilter.none()));
        }
    }

    @Test
    public void clientMemosAreFoundKeptInStepRebuiltAndErased(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        SearchFilter none = SearchFilter.none();
        try (ConversationStore store = Stores.openEmbedded(db)) {
            Conversation[] cs = fill(store);
            String sanneId = cs[0].getTrajectory().getClient().getId();
            Client ahmed = store.loadClient(cs[2].getTrajectory().getClient().getId());
            Date now = new Date();
            Memo memo = MemoCommands.create("Achtergrond", "Woont bij zijn broer in Schiedam-Noord.", "anna", now);
            MemoCommands.add(ahmed, memo).execute();
            store.saveClient(ahmed);

            SearchIndex index = Search.of(store);
            List<SearchHit> hits = index.search("schiedam", none, 10);
            assertEquals(1, hits.size(), "a client memo is found at once after saving the client");
            SearchHit hit = hits.get(0);
            assertEquals(SearchHit.CLIENT_MEMO, hit.type());
            assertTrue(hit.isOnClient());
            assertFalse(hit.isClientNote());
            assertEquals("", hit.conversationId());
            assertEquals(ahmed.getId(), hit.clientId());
            assertEquals(memo.getId(), hit.utteranceId());
            assertEquals("anna", hit.speaker());
            assertEquals(1, index.count("achtergrond", none), "its title is searched too");
            assertEquals(1, index.count("broer AND schiedam", none));
            assertEquals(0, index.count("schiedam", none.withClient(sanneId)), "another client's filter");

            // edited through core's rule and saved: the old words are gone at once
            MemoCommands.edit(memo, null, "Woont sinds maart in Vlaardingen.", new Date()).execute();
            store.saveClient(ahmed);
            assertEquals(0, Search.of(store).count("schiedam", none));
            assertEquals(1, Search.of(store).count("vlaardingen", none));
            assertEquals(1, Search.rebuild(store).count("vlaardingen", none), "a rebuild reads client memos");
        }
        // reopened: kept across opens; deleting the memo or erasing its client takes it out of the index files
        try (ConversationStore plain = Stores.openEmbedded(db)) {
            Client ahmed = plain.listClients().stream().filter(c -> !c.getMemos().isEmpty()).findFirst()
                    .orElseThrow();
            assertEquals(1, Search.of(plain).count("vlaardingen", none), "kept across opens");
            Memo memo = ahmed.getMemos().get(0);
            MemoCommands.remove(memo).execute();
            plain.saveClient(ahmed);
            assertEquals(0, Search.of(plain).count("vlaardingen", none), "a deleted memo is gone");
            Memo again = MemoCommands.create(null, "Zoekt werk bij de Zwanenburgerhaven.", "anna", new Date());
            MemoCommands.add(ahmed, again).execute();
            plain.saveClient(ahmed);
            assertEquals(1, Search.of(plain).count("zwanenburgerhaven", none));
            // (whether the compressed index files show the text before erasure is not certain: not asserted)
            plain.eraseClient(ahmed.getId());
            assertEquals(0, Search.of(plain).count("zwanenburgerhaven", none), "erased: not found");
            assertFalse(filesContain(IndexedStore.indexFolder(db), "Zwanenburgerhaven"), "no index file keeps it");
        }
    }

    static boolean filesContain(Path folder, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                outer: for (int i = 0; i + needle.length <= bytes.length; i++) {
                    for (int j = 0; j < needle.length; j++) {
                        if (bytes[i + j] != needle[j]) {
                            continue outer;
                        }
                    }
                    return true;
                }
            }
        }
        return false;
    }
}
