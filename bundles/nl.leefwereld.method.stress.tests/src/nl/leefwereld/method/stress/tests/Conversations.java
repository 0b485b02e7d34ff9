// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.tests;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.testsupport.Fixtures;

/** Realistic Dutch conversations and letters for the tests. */
final class Conversations {

    /** A welkomstgesprek that follows the guide (seed 001). */
    static final String WELCOME = """
            # Titel: Welkomstgesprek mevrouw Yilmaz
            # Soort: welkomstgesprek
            # Datum: 2025-09-08 10:00
            # Professional: Klantmanager
            # Cliënt: Ayşe
            Klantmanager: Goedemorgen mevrouw Yilmaz. Welkom, goed dat u er bent.
            Ayşe: Dank u.
            Klantmanager: Hoe is het voor u om hier te zijn?
            Ayşe: Eerlijk gezegd vind ik het spannend. Ik had nooit gedacht dat ik hier zou zitten.
            Klantmanager: Dat is ook niet niks. Fijn dat u het zo eerlijk zegt.
            Ayşe: Sinds mijn man weg is, lukt het me niet meer om alles te betalen.
            Klantmanager: Vandaag gaan we kennismaken en kijken wat u nodig heeft. Het gesprek duurt ongeveer drie kwartier.
            Ayşe: Oké.
            Klantmanager: Wat is voor u op dit moment het meest dringend?
            Ayşe: De huur. Ik heb een brief van de woningcorporatie gekregen.
            Klantmanager: Dan kijken we daar als eerste naar. Daarna heb ik nog een paar vragen over uw inkomen, is dat goed?
            Ayşe: Ja, dat is goed.
            Klantmanager: Heeft u de bankafschriften van de afgelopen maand op uw telefoon?
            Ayşe: Ja, die heb ik.
            Klantmanager: Fijn. De volgende stap is dat ik vandaag de woningcorporatie bel. Ik bel u donderdag om te vertellen wat ze zeiden.
            Ayşe: Dank u wel, dat scheelt.
            """;

    /** A system-first intake: legitimation and BSN before any connection, demands, a threat, jargon. */
    static final String INTAKE = """
            # Titel: Intake levensonderhoud de heer De Vries
            # Soort: intake
            # Datum: 2025-09-01 09:00
            # Professional: Consulent
            # Cliënt: Peter
            Consulent: Goedemorgen. Kon u het een beetje vinden?
            Peter: Ja hoor.
            Consulent: Mooi. Mag ik uw legitimatie en uw BSN?
            Peter: Hier is mijn rijbewijs.
            Consulent: U moet ook de bankafschriften van de afgelopen drie maanden inleveren. Die zijn verplicht voor de aanvraag.
            Peter: Die heb ik niet bij me. Ik heb al zoveel aan mijn hoofd.
            Consulent: Dan dient u die binnen 5 werkdagen na te sturen, anders wordt de aanvraag niet in behandeling genomen en volgt er mogelijk een maatregel op grond van de Participatiewet.
            Peter: Een maatregel? Ik weet niet eens waar ik moet beginnen.
            Consulent: Ik kan me voorstellen dat het veel is. Stuur de afschriften op. Lever ook uw huurcontract in. Vul het formulier inkomsten in. Neem contact op met het UWV over uw WW.
            Peter: Oké.
            Consulent: U hoort binnen acht weken van ons.
            """;

    private Conversations() {
    }

    static Conversation parse(String transcript) {
        return Fixtures.parse(transcript);
    }

    static String resource(String name) {
        try (InputStream in = Conversations.class.getResourceAsStream("/resources/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
