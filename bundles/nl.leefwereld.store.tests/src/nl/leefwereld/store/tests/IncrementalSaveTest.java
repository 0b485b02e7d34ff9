// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.testsupport.Fixtures;
import nl.leefwereld.store.StoreConflictException;
import nl.leefwereld.store.StoreOptions;

/**
 * A save of a loaded conversation writes only what changed; each kind of change round-trips exactly, a stale copy
 * is still refused, and every save is audited once.
 */
class IncrementalSaveTest extends StoreTestBase {


    @Test
    void editingOneUtteranceRoundTrips() throws Exception {
        roundTrip(c -> c.getUtterances().get(4).setText("Dat klinkt alsof u er al over heeft nagedacht."));
    }

    @Test
    void aSaveAfterOneEditLeavesTheOtherRowsAlone() throws Exception {
        Path db = temp.resolve("db");
        Client client = Fixtures.richClient("Sem Visser");
        Conversation original = Fixtures.richConversation(client, 12);
        try (ConversationStore store = open(db); Jdbc jdbc = jdbc(db)) {
            store.saveClient(client);
            store.saveConversation(original);
            Conversation edited = store.loadConversation(original.getId());
            // a row changed behind the store's back (not a save: the version stays): a save that rewrote every
            // row would overwrite it, one that writes what changed leaves it
            jdbc.update("UPDATE utterance SET utterance_text = 'ongewijzigd gelaten' WHERE id = ?",
                    edited.getUtterances().get(9).getId());
            edited.getUtterances().get(4).setText("Alleen deze uiting is bewerkt.");
            store.saveConversation(edited);
            Conversation now = store.loadConversation(original.getId());
            assertEquals("Alleen deze uiting is bewerkt.", now.getUtterances().get(4).getText());
            assertEquals("ongewijzigd gelaten", now.getUtterances().get(9).getText());
            assertEquals(12, now.getUtterances().size());
        }
    }

    @Test
    void deletingOneUtteranceRoundTrips() throws Exception {
        roundTrip(c -> c.getUtterances().remove(6));
    }

    @Test
    void insertingAnUtteranceInTheMiddleRoundTrips() throws Exception {
        roundTrip(c -> {
            Utterance inserted = Fixtures.F.createUtterance();
            inserted.setId(Fixtures.id());
            inserted.setSpeaker(c.getParticipants().get(1));
            inserted.setText("Mag ik daar even op terugkomen?");
            inserted.setStartMillis(12_345L);
            c.getUtterances().add(5, inserted);
        });
    }

    @Test
    void changingAddingAndRemovingAnnotationsRoundTrips() throws Exception {
        roundTrip(c -> {
            Annotation first = c.getAnnotations().get(0);
            first.setCodeId("reflection");
            first.setConfidence(0.5);
            first.setNote(null);
            c.getAnnotations().remove(1);
            Annotation added = Fixtures.F.createAnnotation();
            added.setId(Fixtures.id());
            added.setUtterance(c.getUtterances().get(7));
            added.setMethodId("mi");
            added.setCodeId("affirm");
            added.setOrigin(AnnotationOrigin.SUGGESTED);
            added.setConfidence(0.9);
            c.getAnnotations().add(0, added);
        });
    }

    @Test
    void mergingTwoUtterancesMovesTheAnnotationAndRoundTrips() throws Exception {
        roundTrip(c -> {
            Utterance first = c.getUtterances().get(0);
            Utterance second = c.getUtterances().get(1);
            first.setText(first.getText() + " " + second.getText());
            c.getAnnotations().get(1).setUtterance(first);
            c.getUtterances().remove(second);
        });
    }

    @Test
    void participantsNotesAndHeaderChangesRoundTrip() throws Exception {
        roundTrip(c -> {
            c.setTitle("Tweede gesprek");
            Participant family = Fixtures.F.createParticipant();
            family.setId(Fixtures.id());
            family.setName("Zus");
            family.setRole(ParticipantRole.FAMILY);
            c.getParticipants().add(family);
            c.getUtterances().get(2).setSpeaker(family);
            c.getParticipants().get(0).getProfessional().setOrganisation("Gemeente Amersfoort");
            Note note = Fixtures.F.createNote();
            note.setId(Fixtures.id());
            note.setText("Zus was erbij.");
            c.getNotes().add(0, note);
            c.getUtterances().get(3).setStartMillis(null);
        });
    }

    /**
     * Saves a conversation, loads it, applies the change, saves again (twice: the second save changes nothing) and
     * checks that a fresh load equals the edited copy, that a stale copy is refused and that the saves were audited.
     */
    private void roundTrip(Consumer<Conversation> change) throws Exception {
        Path db = temp.resolve("db");
        Client client = Fixtures.richClient("Noor Bakker");
        Conversation original = Fixtures.richConversation(client, 12);
        try (ConversationStore store = open(db, StoreOptions.defaults().withUserName("tester"))) {
            store.saveClient(client);
            store.saveConversation(original);
            Conversation stale = store.loadConversation(original.getId());
            Conversation edited = store.loadConversation(original.getId());
            change.accept(edited);
            store.saveConversation(edited);
            assertEquals(describe(edited), describe(store.loadConversation(original.getId())));
            store.saveConversation(edited);
            assertEquals(describe(edited), describe(store.loadConversation(original.getId())));

            edited.getUtterances().get(0).setText("En daarna nog een wijziging.");
            store.saveConversation(edited);
            assertEquals(describe(edited), describe(store.loadConversation(original.getId())));

            stale.getUtterances().get(1).setText("Verouderd.");
            assertThrows(StoreConflictException.class, () -> store.saveConversation(stale));
            assertEquals(describe(edited), describe(store.loadConversation(original.getId())));

            long changes = store.auditEvents(client.getId()).stream()
                    .filter(e -> e.action().equals(AuditAction.CHANGE.name()) && original.getId().equals(e.objectId()))
                    .count();
            assertEquals(4, changes, "one CHANGE event per save of the conversation");
        }
    }

    /** Everything the rows hold, in order: a change the store lost or reordered shows as a difference. */
    static List<String> describe(Conversation c) {
        List<String> lines = new ArrayList<>();
        lines.add(c.getId() + "|" + c.getTitle() + "|" + c.getDate() + "|" + c.getKind() + "|" + c.getLanguage());
        for (Participant p : c.getParticipants()) {
            lines.add("P " + p.getId() + "|" + p.getName() + "|" + p.getRole() + "|"
                    + (p.getProfessional() == null ? null
                            : p.getProfessional().getId() + "/" + p.getProfessional().getName() + "/"
                                    + p.getProfessional().getOrganisation() + "/" + p.getProfessional().getFunction()));
        }
        for (Utterance u : c.getUtterances()) {
            lines.add("U " + u.getId() + "|" + (u.getSpeaker() == null ? null : u.getSpeaker().getId()) + "|"
                    + u.getText() + "|" + u.getStartMillis() + "|" + u.getEndMillis());
        }
        for (Annotation a : c.getAnnotations()) {
            lines.add("A " + a.getId() + "|" + (a.getUtterance() == null ? null : a.getUtterance().getId()) + "|"
                    + a.getSpanStart() + "-" + a.getSpanEnd() + "|" + a.getMethodId() + "|" + a.getCodeId() + "|"
                    + a.getCoder() + "|" + a.getOrigin() + "|" + a.getConfidence() + "|" + a.getReason() + "|"
                    + a.getNote());
        }
        for (Note n : c.getNotes()) {
            lines.add("N " + n.getId() + "|" + n.getText() + "|" + n.getAuthor() + "|" + n.getCreated());
        }
        return lines;
    }
}
