// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.UUID;

import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
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
import nl.leefwereld.store.ConversationStore;

/**
 * The one builder of test models: clients, trajectories, conversations parsed from the transcript format, and the
 * rich objects the store and model tests round-trip. A method's own tests keep their transcripts and method
 * objects and build the rest here.
 */
public final class Fixtures {

    public static final ModelFactory F = ModelFactory.eINSTANCE;

    /** 12 March 2024, 09:30:15.123 UTC: a date with milliseconds, to catch lossy date serialisation. */
    public static final Date INTAKE_DATE = Date.from(Instant.parse("2024-03-12T09:30:15.123Z"));
    public static final Date FOLLOW_UP_DATE = Date.from(Instant.parse("2024-04-02T13:00:00Z"));
    public static final Date CONSENT_DATE = Date.from(Instant.parse("2024-03-01T00:00:00Z"));

    private Fixtures() {
    }

    public static String id() {
        return UUID.randomUUID().toString();
    }

    /** The conversation of a transcript in the import format; fails the test on any problem the parser reports. */
    public static Conversation parse(String transcript) {
        TranscriptParseResult r = new TranscriptParser().parse(transcript);
        if (r.hasProblems()) {
            throw new AssertionError(r.problems().toString());
        }
        return r.conversation();
    }

    /** That day at 10:00 in the local time zone. */
    public static Date date(String isoDate) {
        return Date.from(LocalDate.parse(isoDate).atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant());
    }

    public static Client client(String id, String displayName) {
        Client client = F.createClient();
        client.setId(id);
        client.setDisplayName(displayName);
        return client;
    }

    /** A client with a fresh id. */
    public static Client client(String displayName) {
        return client(id(), displayName);
    }

    public static Trajectory trajectory(String id, String title) {
        Trajectory trajectory = F.createTrajectory();
        trajectory.setId(id);
        trajectory.setTitle(title);
        return trajectory;
    }

    /** A new trajectory of {@code client} with a fresh id. */
    public static Trajectory trajectory(Client client, String title) {
        Trajectory trajectory = trajectory(id(), title);
        client.getTrajectories().add(trajectory);
        return trajectory;
    }

    /** A new client with one trajectory (nothing saved): the trajectory. */
    public static Trajectory trajectory(String clientName, String title, String changeGoal) {
        Trajectory trajectory = trajectory(client(clientName), title);
        trajectory.setChangeGoal(changeGoal);
        return trajectory;
    }

    /** The transcript parsed and added to {@code trajectory}. */
    public static Conversation conversation(Trajectory trajectory, String transcript) {
        Conversation conversation = parse(transcript);
        trajectory.getConversations().add(conversation);
        return conversation;
    }

    /** A new client with one trajectory holding the parsed transcripts. */
    public static Client client(String name, String trajectoryTitle, String... transcripts) {
        Client client = client(name);
        Trajectory trajectory = trajectory(client, trajectoryTitle);
        for (String transcript : transcripts) {
            conversation(trajectory, transcript);
        }
        return client;
    }

    /**
     * Saves the trajectory's client, then the transcript as a new conversation of the trajectory (dated now when
     * the transcript has no date): the saved conversation.
     */
    public static Conversation save(ConversationStore store, Trajectory trajectory, String transcript) {
        store.saveClient(trajectory.getClient());
        Conversation conversation = parse(transcript);
        if (conversation.getDate() == null) {
            conversation.setDate(new Date());
        }
        trajectory.getConversations().add(conversation);
        store.saveConversation(conversation);
        return conversation;
    }

    /**
     * Saves a new client (one untitled trajectory) and an empty conversation with this title in it: the saved
     * conversation.
     */
    public static Conversation saveEmpty(ConversationStore store, String clientName, String title) {
        Client client = client(clientName);
        Trajectory trajectory = trajectory(client, null);
        store.saveClient(client);
        Conversation conversation = F.createConversation();
        conversation.setId(id());
        conversation.setTitle(title);
        trajectory.getConversations().add(conversation);
        store.saveConversation(conversation);
        return conversation;
    }

    public static Conversation conversation(String id, ConversationKind kind) {
        Conversation conversation = F.createConversation();
        conversation.setId(id);
        conversation.setKind(kind);
        return conversation;
    }

    public static Participant participant(String id, String name, ParticipantRole role) {
        Participant participant = F.createParticipant();
        participant.setId(id);
        participant.setName(name);
        participant.setRole(role);
        return participant;
    }

    /** A new participant of {@code conversation}. */
    public static Participant participant(Conversation conversation, String name, ParticipantRole role) {
        Participant participant = participant(id(), name, role);
        conversation.getParticipants().add(participant);
        return participant;
    }

    public static Utterance utterance(String id, Participant speaker, String text) {
        Utterance utterance = F.createUtterance();
        utterance.setId(id);
        utterance.setSpeaker(speaker);
        utterance.setText(text);
        return utterance;
    }

    /** A new utterance at the end of {@code conversation}. */
    public static Utterance utterance(Conversation conversation, Participant speaker, Long startMillis, String text) {
        Utterance utterance = utterance(id(), speaker, text);
        utterance.setStartMillis(startMillis);
        conversation.getUtterances().add(utterance);
        return utterance;
    }

    public static Annotation annotation(String id, Utterance utterance, String methodId, String codeId) {
        Annotation annotation = F.createAnnotation();
        annotation.setId(id);
        annotation.setUtterance(utterance);
        annotation.setMethodId(methodId);
        annotation.setCodeId(codeId);
        return annotation;
    }

    /** Adds an attribute (as {@code persona import} stores them) to the client. */
    public static void attribute(Client client, String name, String value) {
        ClientAttribute a = F.createClientAttribute();
        a.setName(name);
        a.setValue(value);
        client.getAttributes().add(a);
    }

    /**
     * A client with attributes, a consent, a note and one trajectory with a change goal: every column of the
     * client tables filled.
     */
    public static Client richClient(String name) {
        Client client = client(name);
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
        Trajectory trajectory = trajectory(client, "Traject werk en inkomen");
        trajectory.setKind("participatie");
        trajectory.setChangeGoal("Binnen een half jaar twee dagdelen vrijwilligerswerk.");
        trajectory.setStartDate(new Date(1_699_000_000_000L));
        return client;
    }

    /**
     * A conversation in the client's first trajectory: two participants (one a professional), {@code utterances}
     * utterances alternating between them (every third without times), a manual and a suggested span annotation,
     * a note.
     */
    public static Conversation richConversation(Client client, int utterances) {
        Conversation conversation = conversation(id(), ConversationKind.WELCOME);
        conversation.setTitle("Welkomstgesprek");
        conversation.setDate(new Date(1_700_500_000_000L));
        conversation.setLanguage("nl");
        client.getTrajectories().get(0).getConversations().add(conversation);

        Professional professional = F.createProfessional();
        professional.setId(id());
        professional.setName("Sanne de Vries");
        professional.setOrganisation("Gemeente Utrecht");
        professional.setFunction("klantmanager");
        Participant klantmanager = participant(conversation, "Sanne", ParticipantRole.PROFESSIONAL);
        klantmanager.setProfessional(professional);
        Participant clientParticipant = participant(conversation, client.getDisplayName(), ParticipantRole.CLIENT);

        for (int i = 0; i < utterances; i++) {
            Utterance utterance = utterance(id(), i % 2 == 0 ? klantmanager : clientParticipant,
                    (i % 2 == 0 ? "Wat zou voor u een goede week zijn? " : "Een week zonder gedoe. ") + i);
            if (i % 3 != 2) { // every third utterance has no times
                utterance.setStartMillis(i * 5_000L);
                utterance.setEndMillis(i * 5_000L + 4_200L);
            }
            conversation.getUtterances().add(utterance);
        }
        if (utterances > 1) {
            Annotation open = annotation(id(), conversation.getUtterances().get(0), "mi", "open-question");
            open.setCoder("Sanne de Vries");
            open.setOrigin(AnnotationOrigin.MANUAL);
            open.setConfidence(1.0);
            open.setNote("Mooie open vraag.");
            Annotation span = annotation(id(), conversation.getUtterances().get(1), "relation", "bezoeker");
            span.setSpanStart(4);
            span.setSpanEnd(15);
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

    /**
     * A casebook with one professional, two clients, a codebook, and for the first client a trajectory with
     * an intake (three utterances, two participants, annotations) and a follow-up conversation.
     */
    public static Casebook sampleCasebook() {
        Casebook casebook = F.createCasebook();
        casebook.setId("cb-1");
        casebook.setName("Wijkteam Noord");

        Professional anna = F.createProfessional();
        anna.setId("prof-anna");
        anna.setName("Anna de Vries");
        anna.setOrganisation("Gemeente Voorbeeld");
        anna.setFunction("klantmanager");
        casebook.getProfessionals().add(anna);

        Codebook codebook = F.createCodebook();
        codebook.setId("codebook-mi");
        codebook.setMethodId("mi");
        codebook.setName("MI");
        Code reflection = F.createCode();
        reflection.setId("code-reflection");
        reflection.setLabel("Reflectie");
        reflection.setColour("#3366cc");
        Code complexReflection = F.createCode();
        complexReflection.setId("code-complex-reflection");
        complexReflection.setLabel("Complexe reflectie");
        reflection.getCodes().add(complexReflection);
        codebook.getCodes().add(reflection);
        casebook.getCodebooks().add(codebook);

        Client jan = client("client-jan", "Jan");
        jan.setPseudonym("K-0042");
        ClientAttribute household = F.createClientAttribute();
        household.setName("household");
        household.setValue("single parent");
        jan.getAttributes().add(household);
        Consent consent = F.createConsent();
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

        Note note = F.createNote();
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
