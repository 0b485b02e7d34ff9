// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import java.util.Date;
import java.util.UUID;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.Consent;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Professional;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;

/** Builds realistic model objects for the tests. */
final class TestData {

    static final ModelFactory F = ModelFactory.eINSTANCE;

    private TestData() {
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    static Client client(String name) {
        Client client = F.createClient();
        client.setId(id());
        client.setDisplayName(name);
        client.setPseudonym("P-" + name.hashCode());
        ClientAttribute age = F.createClientAttribute();
        age.setName("leeftijdsgroep");
        age.setValue("27-45");
        ClientAttribute household = F.createClientAttribute();
        household.setName("huishouden");
        household.setValue("alleenstaande ouder, twee kinderen");
        client.getAttributes().add(age);
        client.getAttributes().add(household);
        Consent consent = F.createConsent();
        consent.setPurpose("opname van gesprekken voor intervisie");
        consent.setGiven(true);
        consent.setDate(new Date(1_700_000_000_000L));
        client.getConsents().add(consent);
        Note note = F.createNote();
        note.setId(id());
        note.setText("Voorkeur voor afspraken in de ochtend.");
        note.setAuthor("Sanne de Vries");
        note.setCreated(new Date(1_700_000_100_000L));
        client.getNotes().add(note);
        Trajectory trajectory = F.createTrajectory();
        trajectory.setId(id());
        trajectory.setTitle("Traject werk en inkomen");
        trajectory.setKind("participatie");
        trajectory.setChangeGoal("Binnen een half jaar twee dagdelen vrijwilligerswerk.");
        trajectory.setStartDate(new Date(1_699_000_000_000L));
        client.getTrajectories().add(trajectory);
        return client;
    }

    /** A conversation in the client's first trajectory: two participants, utterances, annotations, a note. */
    static Conversation conversation(Client client, int utterances) {
        Trajectory trajectory = client.getTrajectories().get(0);
        Conversation conversation = F.createConversation();
        conversation.setId(id());
        conversation.setTitle("Welkomstgesprek");
        conversation.setDate(new Date(1_700_500_000_000L));
        conversation.setKind(ConversationKind.WELCOME);
        conversation.setLanguage("nl");
        trajectory.getConversations().add(conversation);

        Professional professional = F.createProfessional();
        professional.setId(id());
        professional.setName("Sanne de Vries");
        professional.setOrganisation("Gemeente Utrecht");
        professional.setFunction("klantmanager");
        Participant klantmanager = F.createParticipant();
        klantmanager.setId(id());
        klantmanager.setName("Sanne");
        klantmanager.setRole(ParticipantRole.PROFESSIONAL);
        klantmanager.setProfessional(professional);
        Participant clientParticipant = F.createParticipant();
        clientParticipant.setId(id());
        clientParticipant.setName(client.getDisplayName());
        clientParticipant.setRole(ParticipantRole.CLIENT);
        conversation.getParticipants().add(klantmanager);
        conversation.getParticipants().add(clientParticipant);

        for (int i = 0; i < utterances; i++) {
            Utterance utterance = F.createUtterance();
            utterance.setId(id());
            utterance.setSpeaker(i % 2 == 0 ? klantmanager : clientParticipant);
            utterance.setText((i % 2 == 0 ? "Wat zou voor u een goede week zijn? " : "Een week zonder gedoe. ") + i);
            if (i % 3 != 2) { // every third utterance has no times
                utterance.setStartMillis(i * 5_000L);
                utterance.setEndMillis(i * 5_000L + 4_200L);
            }
            conversation.getUtterances().add(utterance);
        }
        if (utterances > 1) {
            Annotation open = F.createAnnotation();
            open.setId(id());
            open.setUtterance(conversation.getUtterances().get(0));
            open.setMethodId("mi");
            open.setCodeId("open-question");
            open.setCoder("Sanne de Vries");
            open.setOrigin(AnnotationOrigin.MANUAL);
            open.setConfidence(1.0);
            open.setNote("Mooie open vraag.");
            Annotation span = F.createAnnotation();
            span.setId(id());
            span.setUtterance(conversation.getUtterances().get(1));
            span.setSpanStart(4);
            span.setSpanEnd(15);
            span.setMethodId("relation");
            span.setCodeId("bezoeker");
            span.setCoder("analyse");
            span.setOrigin(AnnotationOrigin.SUGGESTED);
            span.setConfidence(0.62);
            span.setReason("Geen eigen hulpvraag genoemd.");
            conversation.getAnnotations().add(open);
            conversation.getAnnotations().add(span);
        }
        Note memo = F.createNote();
        memo.setId(id());
        memo.setText("Cliënt kwam op verzoek van de woningcorporatie.");
        memo.setAuthor("Sanne de Vries");
        memo.setCreated(new Date(1_700_500_600_000L));
        conversation.getNotes().add(memo);
        return conversation;
    }
}
