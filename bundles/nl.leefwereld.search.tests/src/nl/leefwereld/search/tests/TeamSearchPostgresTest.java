// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Note;
import nl.leefwereld.search.CodeMatrix;
import nl.leefwereld.search.CodedSegment;
import nl.leefwereld.search.Search;
import nl.leefwereld.search.SearchFilter;
import nl.leefwereld.search.SearchHit;
import nl.leefwereld.search.SearchIndex;
import nl.leefwereld.search.internal.IndexedStore;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.OrganisationDatabase;
import nl.leefwereld.store.OrganisationDatabase.Role;
import nl.leefwereld.store.Stores;
import nl.leefwereld.testsupport.PostgresServer;

/**
 * Search on a team server respects the caseloads PostgreSQL enforces (row-level security): the index a
 * professional's store builds holds only what that professional's connection returns. Team Noord's client has a
 * client memo, a client note, a conversation memo, a conversation note and coded utterances with distinctive words;
 * team Zuid's professional, opening the store as themselves, finds none of it by search, retrieval or the code
 * matrix; Noord's professional finds all of it; once the privacy officer has erased the client nobody does, also
 * not in a session that was open before the erasure.
 */
public class TeamSearchPostgresTest {

    private static final char[] ANNA = "anna-wachtwoord-1".toCharArray();
    private static final char[] BERT = "bert-wachtwoord-2".toCharArray();
    private static final char[] PIM = "privacy-wachtwoord-3".toCharArray();
    private static final String METHOD = "mi";
    private static final String NOORD_CODE = "noordcode";

    /** One distinctive word per kind of text, none of which occurs in Zuid's data. */
    private static final List<String> NOORD_WORDS = List.of("kwispelstaart", "hondenmand", "vuurtorenwachter",
            "zeppelinhangar", "walvisbaleinen");

    private String url;
    private Client noord;
    private Conversation noordTalk;
    private Client zuid;

    private static char[] admin() {
        return PostgresServer.superuserPassword().toCharArray();
    }

    @BeforeEach
    public void twoTeams() {
        PostgresServer server = PostgresServer.shared();
        url = server.url(server.createDatabase());
        OrganisationDatabase.init(url, PostgresServer.SUPERUSER, admin());
        OrganisationDatabase.addUser(url, PostgresServer.SUPERUSER, admin(), "anna.noord", ANNA, Role.PROFESSIONAL);
        OrganisationDatabase.joinTeam(url, PostgresServer.SUPERUSER, admin(), "anna.noord", "wijk-noord");
        OrganisationDatabase.addUser(url, PostgresServer.SUPERUSER, admin(), "bert.zuid", BERT, Role.PROFESSIONAL);
        OrganisationDatabase.joinTeam(url, PostgresServer.SUPERUSER, admin(), "bert.zuid", "wijk-zuid");
        OrganisationDatabase.addUser(url, PostgresServer.SUPERUSER, admin(), "pim.privacy", PIM,
                Role.PRIVACY_OFFICER);

        noord = Fixtures.client("Sanne Noord");
        noord.getMemos().add(memo("Cliëntmemo", "De " + NOORD_WORDS.get(0) + " van de buurman blaft 's nachts."));
        noord.getNotes().add(note("Notitie over de " + NOORD_WORDS.get(1) + " in de gang."));
        noordTalk = Fixtures.conversation(noord, "Keukentafel Noord", "nl", new Date(1_700_000_000_000L),
                "Hoe gaat het met de schulden?",
                "Mijn broer is " + NOORD_WORDS.get(2) + " en betaalt de huur niet.",
                "Wat wilt u daaraan doen?");
        noordTalk.getMemos().add(memo("Gespreksmemo", "Gesprek over de " + NOORD_WORDS.get(3) + "."));
        noordTalk.getNotes().add(note("Gespreksnotitie: de " + NOORD_WORDS.get(4) + " liggen op zolder."));
        Fixtures.code(noordTalk, 1, METHOD, NOORD_CODE, "anna.noord", AnnotationOrigin.MANUAL);
        Fixtures.code(noordTalk, 2, METHOD, "gedeeldecode", "anna.noord", AnnotationOrigin.MANUAL);
        try (ConversationStore anna = Stores.openRemote(url, "anna.noord", ANNA)) {
            Fixtures.save(anna, noordTalk);
        }

        zuid = Fixtures.client("Karel Zuid");
        Conversation zuidTalk = Fixtures.conversation(zuid, "Keukentafel Zuid", "nl", new Date(1_700_000_000_000L),
                "Hoe gaat het met werk?", "Ik zoek een baan in de haven.");
        Fixtures.code(zuidTalk, 1, METHOD, "gedeeldecode", "bert.zuid", AnnotationOrigin.MANUAL);
        zuid.getMemos().add(memo("Eigen memo", "Bert zijn eigen cliënt."));
        try (ConversationStore bert = Stores.openRemote(url, "bert.zuid", BERT)) {
            Fixtures.save(bert, zuidTalk);
        }
    }

    @Test
    public void anotherTeamsProfessionalFindsNothingOfTheirs() {
        try (ConversationStore bert = Stores.openRemote(url, "bert.zuid", BERT)) {
            assertInstanceOf(IndexedStore.Handle.class, bert, "the store is decorated with its index, as in the product");
            assertTrue(Search.isInMemory(bert), "a team server's index is kept in memory");
            SearchIndex index = Search.of(bert);
            assertNothingOfNoord(index, "Bert (team Zuid)");
            // his own client is there: the index was built, and from his store
            assertEquals(1, index.count("haven", SearchFilter.none()));
            assertEquals(Set.of(zuid.getId()), segmentClients(index.retrieve(SearchFilter.none())));
            // rebuilding from scratch gives the same
            assertNothingOfNoord(Search.rebuild(bert), "Bert after a rebuild");
        }
    }

    @Test
    public void theTeamsOwnProfessionalFindsEverything() {
        try (ConversationStore anna = Stores.openRemote(url, "anna.noord", ANNA)) {
            SearchIndex index = Search.of(anna);
            for (String word : NOORD_WORDS) {
                List<SearchHit> hits = index.search(word, SearchFilter.none(), 10);
                assertEquals(1, hits.size(), word + ": " + hits);
                assertEquals(noord.getId(), hits.get(0).clientId());
            }
            assertEquals(0, index.count("haven", SearchFilter.none()), "nothing of Zuid for Anna");
            List<CodedSegment> segments = index.retrieve(SearchFilter.none().withCode(NOORD_CODE));
            assertEquals(1, segments.size());
            assertTrue(segments.get(0).text().contains(NOORD_WORDS.get(2)), segments.get(0).text());
            assertEquals(Set.of(noord.getId()), segmentClients(index.retrieve(SearchFilter.none())));
            CodeMatrix byClient = index.matrix(true, SearchFilter.none());
            assertEquals(List.of(noord.getId()), byClient.columns());
            assertTrue(byClient.codes().contains(METHOD + ":" + NOORD_CODE), byClient.codes().toString());
        }
    }

    @Test
    public void afterErasureNobodyFindsTheClientNotEvenInASessionOpenBefore() {
        try (ConversationStore anna = Stores.openRemote(url, "anna.noord", ANNA)) {
            SearchIndex before = Search.of(anna);
            assertEquals(1, before.count(NOORD_WORDS.get(0), SearchFilter.none()));
            try (ConversationStore pim = Stores.openRemote(url, "pim.privacy", PIM)) {
                assertTrue(Search.of(pim).count(NOORD_WORDS.get(2), SearchFilter.none()) > 0,
                        "the privacy officer sees every client");
                assertTrue(pim.eraseClient(noord.getId()).found());
                assertNothingOfNoord(Search.of(pim), "the privacy officer after the erasure");
            }
            // Anna's session was open during the erasure: her index must not keep what the store no longer has
            assertNothingOfNoord(Search.of(anna), "Anna's session opened before the erasure");
        }
        try (ConversationStore anna = Stores.openRemote(url, "anna.noord", ANNA)) {
            assertNothingOfNoord(Search.of(anna), "Anna after the erasure");
        }
        try (ConversationStore bert = Stores.openRemote(url, "bert.zuid", BERT)) {
            assertNothingOfNoord(Search.of(bert), "Bert after the erasure");
            assertEquals(1, Search.of(bert).count("haven", SearchFilter.none()), "Zuid's own client stays");
        }
    }

    /** No hit for Noord's words, no coded segment and no matrix cell of Noord's client or conversation. */
    private void assertNothingOfNoord(SearchIndex index, String who) {
        for (String word : NOORD_WORDS) {
            assertEquals(List.of(), index.search(word, SearchFilter.none(), 10), who + " searching " + word);
        }
        assertEquals(List.of(), index.search(String.join(" OR ", NOORD_WORDS), SearchFilter.none(), 10), who);
        assertEquals(List.of(), index.retrieve(SearchFilter.none().withCode(NOORD_CODE)), who);
        assertEquals(List.of(), index.retrieve(SearchFilter.none().withClient(noord.getId())), who);
        assertFalse(segmentClients(index.retrieve(SearchFilter.none())).contains(noord.getId()), who);
        CodeMatrix byClient = index.matrix(true, SearchFilter.none());
        assertFalse(byClient.columns().contains(noord.getId()), who + ": " + byClient.columns());
        assertFalse(byClient.labels().contains(noord.getDisplayName()), who + ": " + byClient.labels());
        assertFalse(byClient.codes().contains(METHOD + ":" + NOORD_CODE), who + ": " + byClient.codes());
        CodeMatrix byConversation = index.matrix(false, SearchFilter.none());
        assertFalse(byConversation.columns().contains(noordTalk.getId()), who + ": " + byConversation.columns());
        assertFalse(index.conversationIds().contains(noordTalk.getId()), who);
    }

    private static Set<String> segmentClients(List<CodedSegment> segments) {
        Set<String> clients = new TreeSet<>();
        for (CodedSegment s : segments) {
            clients.add(s.clientId());
        }
        return clients;
    }

    private static Memo memo(String title, String text) {
        Memo memo = ModelFactory.eINSTANCE.createMemo();
        memo.setId(UUID.randomUUID().toString());
        memo.setTitle(title);
        memo.setText(text);
        memo.setAuthor("anna.noord");
        memo.setCreated(new Date(1_700_000_000_000L));
        memo.setModified(new Date(1_700_000_000_000L));
        return memo;
    }

    private static Note note(String text) {
        Note note = ModelFactory.eINSTANCE.createNote();
        note.setId(UUID.randomUUID().toString());
        note.setText(text);
        note.setAuthor("anna.noord");
        note.setCreated(new Date(1_700_000_000_000L));
        return note;
    }
}
