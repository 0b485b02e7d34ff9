// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.Code;
import nl.leefwereld.model.Codebook;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.model.Utterance;

/**
 * Tenants of a (fictional) housing corporation, in three groups with their own attributes and their own words,
 * plus a small group of newcomers: each with a kitchen-table conversation parsed from a Dutch transcript and
 * coded (by a person) with a housing theme.
 */
final class Tenants {

    static final String METHOD = "woonthema";
    static final String LONELINESS = "c1a0e5b2-0000-4000-8000-000000000001";
    static final String SPACE = "c1a0e5b2-0000-4000-8000-000000000002";
    static final String RENT = "c1a0e5b2-0000-4000-8000-000000000003";
    static final String LANGUAGE = "c1a0e5b2-0000-4000-8000-000000000004";

    static final String[] SENIOR_WORDS = {
            "Sinds mijn man is overleden zie ik soms dagen niemand, alleen de postbode.",
            "De trap naar de derde verdieping wordt me echt te zwaar, de lift is vaak kapot.",
            "Vroeger kende ik iedereen in de portiek, nu weet ik niet eens wie er naast me woont.",
            "Ik wil hier blijven wonen, maar dan moet er wel iemand af en toe naar me omkijken." };
    static final String[] FAMILY_WORDS = {
            "Met twee kinderen op een slaapkamer is het thuis gewoon te klein geworden.",
            "Er is geen plek om te spelen, de kinderen zitten de hele dag binnen op elkaar.",
            "We staan al jaren ingeschreven voor een eengezinswoning maar er komt nooit iets vrij.",
            "Als de jongste slaapt kunnen we nergens heen, we zitten met z'n vieren in de woonkamer." };
    static final String[] COUPLE_WORDS = {
            "De huur is dit jaar weer omhoog gegaan terwijl er niets aan de woning gebeurt.",
            "We verdienen net te veel voor toeslag en houden aan het eind van de maand weinig over.",
            "Voor dit geld verwacht ik wel dat de kozijnen een keer geschilderd worden.",
            "Ik snap de servicekosten niet, niemand kan me uitleggen waar we voor betalen." };
    static final String[] NEWCOMER_WORDS = {
            "De brieven van de corporatie begrijp ik niet, mijn zoon moet alles voor mij lezen.",
            "Ik durf niet te bellen omdat ik bang ben dat ze mij niet verstaan." };

    final List<Client> clients = new ArrayList<>();
    final List<String> seniors = new ArrayList<>();
    final List<String> families = new ArrayList<>();
    final List<String> couples = new ArrayList<>();
    final List<String> newcomers = new ArrayList<>();

    /** 30 seniors, 30 young families, 30 working couples, 4 newcomers (first generation) among the seniors' kind. */
    static Tenants make(long seed) {
        Tenants t = new Tenants();
        Random r = new Random(seed);
        for (int i = 0; i < 30; i++) {
            t.seniors.add(t.add(r, "S" + i, "Mevrouw Jansen-" + i, pick(r, "65-79", "65-79", "80+"), "alleenstaand",
                    "Noord", 20 + r.nextInt(25), "geen", "nl", SENIOR_WORDS, LONELINESS));
        }
        for (int i = 0; i < 30; i++) {
            t.families.add(t.add(r, "G" + i, "Familie de Vries-" + i, pick(r, "25-34", "25-34", "35-44"),
                    "gezin met kinderen", "Oost", 1 + r.nextInt(5), pick(r, "geen", "geen", "tweede generatie"), "nl",
                    FAMILY_WORDS, SPACE));
        }
        for (int i = 0; i < 30; i++) {
            t.couples.add(t.add(r, "P" + i, "Meneer Bakker-" + i, pick(r, "45-64", "45-64", "35-44"), "stel", "Zuid",
                    8 + r.nextInt(10), "geen", "nl", COUPLE_WORDS, RENT));
        }
        for (int i = 0; i < 4; i++) {
            t.newcomers.add(t.add(r, "N" + i, "Mevrouw El Amrani-" + i, "65-79", "alleenstaand", "Noord",
                    3 + r.nextInt(5), "eerste generatie", "ar", NEWCOMER_WORDS, LANGUAGE));
        }
        return t;
    }

    private static String pick(Random r, String... values) {
        return values[r.nextInt(values.length)];
    }

    private String add(Random r, String pseudonym, String displayName, String age, String household, String district,
            int years, String migration, String language, String[] words, String theme) {
        ModelFactory f = ModelFactory.eINSTANCE;
        Client c = f.createClient();
        c.setId(UUID.nameUUIDFromBytes(pseudonym.getBytes()).toString());
        c.setPseudonym("HUURDER-" + pseudonym);
        c.setDisplayName(displayName);
        attribute(c, "leeftijdsgroep", age);
        attribute(c, "huishouden", household);
        attribute(c, "wijk", district);
        attribute(c, "jaren in woning", Integer.toString(years));
        attribute(c, "migratieachtergrond", migration);
        attribute(c, "taal", language);
        Trajectory t = f.createTrajectory();
        t.setId(UUID.randomUUID().toString());
        t.setTitle("Keukentafelgesprekken 2025");
        c.getTrajectories().add(t);
        String first = words[r.nextInt(words.length)];
        String second = words[(java.util.Arrays.asList(words).indexOf(first) + 1) % words.length];
        String transcript = """
                # Soort: keukentafelgesprek
                # Professional: Woonconsulent
                # Huurder: Bewoner
                Woonconsulent: Goedemiddag, fijn dat ik even bij u aan tafel mag. Hoe bevalt het wonen hier?
                Bewoner: %s
                Woonconsulent: Wat zou voor u het verschil maken?
                Bewoner: %s
                Woonconsulent: Dank u wel, dat neem ik mee.
                Bewoner: Graag.
                """.formatted(first, second);
        TranscriptParseResult parse = new TranscriptParser().parse(transcript);
        if (parse.hasProblems()) {
            throw new IllegalStateException(parse.problems().toString());
        }
        Conversation conversation = parse.conversation();
        conversation.setId(UUID.randomUUID().toString());
        t.getConversations().add(conversation);
        Utterance coded = conversation.getUtterances().get(1);
        if (coded.getSpeaker().getRole() != ParticipantRole.CLIENT) {
            throw new IllegalStateException("the tenant is a client participant");
        }
        Annotation a = f.createAnnotation();
        a.setId(UUID.randomUUID().toString());
        a.setUtterance(coded);
        a.setMethodId(METHOD);
        a.setCodeId(theme);
        a.setCoder("onderzoeker");
        a.setOrigin(AnnotationOrigin.MANUAL);
        conversation.getAnnotations().add(a);
        clients.add(c);
        return c.getPseudonym();
    }

    private static void attribute(Client c, String name, String value) {
        ClientAttribute a = ModelFactory.eINSTANCE.createClientAttribute();
        a.setName(name);
        a.setValue(value);
        c.getAttributes().add(a);
    }

    /** The codebook of the themes (as a research team would load it from a .qdc file). */
    static Codebook codebook() {
        ModelFactory f = ModelFactory.eINSTANCE;
        Codebook b = f.createCodebook();
        b.setId("woonthema");
        b.setMethodId(METHOD);
        String[][] codes = { { LONELINESS, "Eenzaamheid" }, { SPACE, "Ruimtegebrek" }, { RENT, "Woonlasten" },
                { LANGUAGE, "Taal en begrip" } };
        for (String[] code : codes) {
            Code c = f.createCode();
            c.setId(code[0]);
            c.setLabel(code[1]);
            b.getCodes().add(c);
        }
        return b;
    }
}
