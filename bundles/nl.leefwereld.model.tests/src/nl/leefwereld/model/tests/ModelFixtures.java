// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.model.tests;

import java.time.Instant;
import java.util.Date;

import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Casebook;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Codebook;
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

/** Small builders for test models. */
final class ModelFixtures {

    static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    /** 12 March 2024, 09:30:15.123 UTC: a date with milliseconds, to catch lossy date serialisation. */
    static final Date INTAKE_DATE = Date.from(Instant.parse("2024-03-12T09:30:15.123Z"));
    static final Date FOLLOW_UP_DATE = Date.from(Instant.parse("2024-04-02T13:00:00Z"));
    static final Date CONSENT_DATE = Date.from(Instant.parse("2024-03-01T00:00:00Z"));

    private ModelFixtures() {
    }

    static Client client(String id, String displayName) {
        Client client = FACTORY.createClient();
        client.setId(id);
        client.setDisplayName(displayName);
        return client;
    }

    static Trajectory trajectory(String id, String title) {
        Trajectory trajectory = FACTORY.createTrajectory();
        trajectory.setId(id);
        trajectory.setTitle(title);
        return trajectory;
    }

    static Conversation conversation(String id, ConversationKind kind) {
        Conversation conversation = FACTORY.createConversation();
        conversation.setId(id);
        conversation.setKind(kind);
        return conversation;
    }

    static Participant participant(String id, String name, ParticipantRole role) {
        Participant participant = FACTORY.createParticipant();
        participant.setId(id);
        participant.setName(name);
        participant.setRole(role);
        return participant;
    }

    static Utterance utterance(String id, Participant speaker, String text) {
        Utterance utterance = FACTORY.createUtterance();
        utterance.setId(id);
        utterance.setSpeaker(speaker);
        utterance.setText(text);
        return utterance;
    }

    static Annotation annotation(String id, Utterance utterance, String methodId, String codeId) {
        Annotation annotation = FACTORY.createAnnotation();
        annotation.setId(id);
        annotation.setUtterance(utterance);
        annotation.setMethodId(methodId);
        annotation.setCodeId(codeId);
        return annotation;
    }

    /**
     * A casebook with one professional, two clients, a codebook, and for the first client a trajectory with
     * an intake (three utterances, two participants, annotations) and a follow-up conversation.
     */
    static Casebook sampleCasebook() {
        Casebook casebook = FACTORY.createCasebook();
        casebook.setId("cb-1");
        casebook.setName("Wijkteam Noord");

        Professional anna = FACTORY.createProfessional();
        anna.setId("prof-anna");
        anna.setName("Anna de Vries");
        anna.setOrganisation("Gemeente Voorbeeld");
        anna.setFunction("klantmanager");
        casebook.getProfessionals().add(anna);

        Codebook codebook = FACTORY.createCodebook();
        codebook.setId("codebook-mi");
        codebook.setMethodId("mi");
        codebook.setName("MI");
        Code reflection = FACTORY.createCode();
        reflection.setId("code-reflection");
        reflection.setLabel("Reflectie");
        reflection.setColour("#3366cc");
        Code complexReflection = FACTORY.createCode();
        complexReflection.setId("code-complex-reflection");
        complexReflection.setLabel("Complexe reflectie");
        reflection.getCodes().add(complexReflection);
        codebook.getCodes().add(reflection);
        casebook.getCodebooks().add(codebook);

        Client jan = client("client-jan", "Jan");
        jan.setPseudonym("K-0042");
        ClientAttribute household = FACTORY.createClientAttribute();
        household.setName("household");
        household.setValue("single parent");
        jan.getAttributes().add(household);
        Consent consent = FACTORY.createConsent();
        consent.setPurpose("recording");
        consent.setGiven(true);
        consent.setDate(CONSENT_DATE);
        jan.getConsents().add(consent);
        casebook.getClients().add(jan);
        casebook.getClients().add(client("client-fatima", "Fatima"));

        Trajectory debts = trajectory("traj-debts", "Schulden op orde");
        debts.setChangeGoal("Rust in de financien");
        debts.setStartDate(INTAKE_DATE);
        jan.getTrajectories().add(debts);

        Conversation intake = conversation("conv-intake", ConversationKind.WELCOME);
        intake.setTitle("Welkomstgesprek");
        intake.setDate(INTAKE_DATE);
        debts.getConversations().add(intake);

        Participant annaInConversation = participant("part-anna", "Anna", ParticipantRole.PROFESSIONAL);
        annaInConversation.setProfessional(anna);
        Participant janInConversation = participant("part-jan", "Jan", ParticipantRole.CLIENT);
        intake.getParticipants().add(annaInConversation);
        intake.getParticipants().add(janInConversation);

        Utterance u1 = utterance("utt-1", annaInConversation, "Wat brengt je hier?");
        u1.setStartMillis(Long.valueOf(0L));
        u1.setEndMillis(Long.valueOf(2_500L));
        Utterance u2 = utterance("utt-2", janInConversation, "De brieven stapelen zich op.");
        Utterance u3 = utterance("utt-3", annaInConversation, "Het wordt je te veel.");
        intake.getUtterances().add(u1);
        intake.getUtterances().add(u2);
        intake.getUtterances().add(u3);

        Annotation a1 = annotation("ann-1", u3, "mi", "code-reflection");
        a1.setCoder("prof-anna");
        a1.setOrigin(AnnotationOrigin.MANUAL);
        Annotation a2 = annotation("ann-2", u3, "mi", "code-complex-reflection");
        a2.setOrigin(AnnotationOrigin.SUGGESTED);
        a2.setConfidence(0.75);
        a2.setSpanStart(4);
        a2.setSpanEnd(20);
        a2.setReason("feeling named");
        intake.getAnnotations().add(a1);
        intake.getAnnotations().add(a2);

        Note note = FACTORY.createNote();
        note.setId("note-1");
        note.setText("Veel onrust over post.");
        note.setAuthor("prof-anna");
        note.setCreated(INTAKE_DATE);
        intake.getNotes().add(note);

        Conversation followUp = conversation("conv-follow-up", ConversationKind.HOME_VISIT);
        followUp.setDate(FOLLOW_UP_DATE);
        followUp.setLanguage("en");
        debts.getConversations().add(followUp);

        return casebook;
    }
}
