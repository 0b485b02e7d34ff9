// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.tests;


import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.testsupport.Fixtures;

/** Realistic Dutch conversations of blanco listening, and a client to hold them. */
final class BlancoTestData {

    /** A welcome conversation in which the klantmanager asks for the client's opinion after two facts. */
    static final String EARLY_OPINION = """
            # Titel: Welkomstgesprek Karin
            # Soort: welkomstgesprek
            # Professional: Klantmanager
            # Client: Karin
            [00:00:02] Klantmanager: Welkom, goed dat u er bent. Hoe is het voor u om hier te zijn?
            [00:00:09] Karin: Spannend. Ik ben hier nog nooit geweest.
            [00:00:15] Klantmanager: Vertelt u eens, hoe ziet uw week eruit?
            [00:00:21] Karin: Ik breng om half negen de kinderen naar school en daarna werk ik drie uur in de kringloopwinkel.
            [00:00:35] Klantmanager: En 's middags?
            [00:00:38] Karin: Dan haal ik ze op en mijn zus Anja komt vaak langs, zij helpt met koken.
            [00:00:47] Klantmanager: Wat vindt u zelf van uw situatie? Hoe beoordeelt u uw kansen op werk?
            [00:00:55] Karin: Ja, dat weet ik niet zo goed.
            [00:01:02] Klantmanager: U bent dus eigenlijk best gemotiveerd, maar u komt altijd te laat op afspraken.
            [00:01:10] Karin: Dat was één keer, de bus reed niet.
            """;

    /** A home visit that follows the film first and asks for the client's view only at the end. */
    static final String BLANCO = """
            # Titel: Huisbezoek meneer De Vries
            # Soort: huisbezoek
            # Professional: Consulent
            # Client: Henk
            [00:00:03] Consulent: Goedemiddag meneer De Vries. Vertelt u eens, sinds wanneer woont u hier?
            [00:00:10] Henk: Ik woon hier sinds 2021, na de scheiding ben ik uit Apeldoorn hierheen verhuisd.
            [00:00:22] Consulent: Wie zijn er belangrijk voor u?
            [00:00:27] Henk: Mijn dochter Lisa belt elke dag, zij is mijn steun en toeverlaat.
            [00:00:36] Henk: Mijn broer Kees zie ik nooit meer, we hebben ruzie gehad over de erfenis.
            [00:00:45] Consulent: En wie helpt u verder?
            [00:00:49] Henk: De buurvrouw doet de boodschappen als mijn rug opspeelt.
            [00:00:58] Henk: De huisarts heeft me in 2023 naar de fysiotherapeut gestuurd.
            [00:01:05] Consulent: Wat gebeurde er toen met uw werk?
            [00:01:09] Henk: In 2019 ben ik ontslagen bij de drukkerij na een reorganisatie.
            [00:01:18] Henk: Op maandag komt er een vrijwilliger van Humanitas, die helpt me met de post.
            [00:01:30] Consulent: Als u zo terugkijkt, wat vindt u zelf van hoe het nu gaat?
            [00:01:38] Henk: Het gaat beter dan vorig jaar, maar de post blijft lastig.
            """;

    private BlancoTestData() {
    }

    static Conversation parse(String transcript) {
        return Fixtures.parse(transcript);
    }

    /** A client with one trajectory holding the parsed conversations. */
    static Client client(String name, String... transcripts) {
        return Fixtures.client(name, "Werk en inkomen", transcripts);
    }
}
