// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.method.persona.PersonaBuilder;
import nl.leefwereld.method.persona.PersonaInput;
import nl.leefwereld.method.persona.PersonaReport;
import nl.leefwereld.method.persona.PseudonymKey;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

/**
 * {@link PersonaInput#load} reads every conversation in one read per table (#22); what it gives, and the personas
 * built from it, are exactly what loading each conversation on its own gave.
 */
public class PersonaInputLoadTest {

    @TempDir
    Path temp;

    @Test
    public void theBulkReadGivesTheSameInputAndPersonasAsOneConversationAtATime() {
        PseudonymKey key = new PseudonymKey(new byte[32]);
        try (ConversationStore store = Stores.openEmbedded(temp.resolve("db"))) {
            Tenants tenants = Tenants.make(5);
            for (Client c : tenants.clients) {
                store.saveClient(c);
                for (Trajectory t : c.getTrajectories()) {
                    for (Conversation conversation : t.getConversations()) {
                        store.saveConversation(conversation);
                    }
                }
            }
            store.saveConversation(panel(tenants.clients.get(0), tenants.clients.get(1)));

            PersonaInput bulk = PersonaInput.load(store, key, null, new NullProgressMonitor());
            PersonaInput oneByOne = PersonaInput.of(store.listClients(), store::loadConversation, key, null,
                    new NullProgressMonitor());

            assertEquals(oneByOne.attributeNames(), bulk.attributeNames());
            assertEquals(oneByOne.themeNames(), bulk.themeNames());
            assertTrue(bulk.themeNames().size() > 1, "the conversations' codes were read: " + bulk.themeNames());
            assertEquals(describe(oneByOne), describe(bulk));
            assertTrue(bulk.members().stream().anyMatch(PersonaInput.Member::panel), "the panel conversation counts");
            assertTrue(bulk.members().stream().allMatch(m -> !m.utterances().isEmpty() || !m.client().getTrajectories()
                    .stream().anyMatch(t -> !t.getConversations().isEmpty())), "every client's own words were read");

            PersonaBuilder.Settings settings = PersonaBuilder.Settings.defaults().withK(3).withSeed(11);
            PersonaReport fromBulk = PersonaBuilder.build(bulk, settings, null, null, new NullProgressMonitor());
            PersonaReport fromOne = PersonaBuilder.build(oneByOne, settings, null, null, new NullProgressMonitor());
            assertEquals(personas(fromOne), personas(fromBulk));
        }
    }

    /** Everything a member holds, in order. */
    private static List<String> describe(PersonaInput input) {
        List<String> lines = new ArrayList<>();
        for (PersonaInput.Member m : input.members()) {
            lines.add(m.key() + " " + m.attributes() + " " + m.themes() + " panel=" + m.panel());
            for (PersonaInput.Quote q : m.utterances()) {
                lines.add("  " + q);
            }
        }
        return lines;
    }

    private static List<String> personas(PersonaReport report) {
        List<String> result = new ArrayList<>();
        for (PersonaReport.Persona p : report.personas()) {
            result.add(p.number() + " " + p.members());
        }
        return result;
    }

    /** A panel conversation in which two clients speak, each by pseudonym. */
    private static Conversation panel(Client first, Client second) {
        ModelFactory f = ModelFactory.eINSTANCE;
        Conversation c = f.createConversation();
        c.setTitle("Bewonerspanel");
        c.setKind(ConversationKind.PANEL);
        first.getTrajectories().get(0).getConversations().add(c);
        for (Client client : List.of(first, second)) {
            Participant p = f.createParticipant();
            p.setName(client.getPseudonym());
            p.setRole(ParticipantRole.CLIENT);
            c.getParticipants().add(p);
            Utterance u = f.createUtterance();
            u.setSpeaker(p);
            u.setText("In het panel zeg ik: de galerij is 's avonds donker.");
            c.getUtterances().add(u);
        }
        return c;
    }
}
