// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.tests;



import nl.leefwereld.model.Client;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Trajectory;
import nl.leefwereld.testsupport.Fixtures;

/** Realistic Dutch conversations (written for these tests; names and situations are made up). */
final class Transcripts {

    /** Ricardo, first conversation: sent by his girlfriend, no problem of his own: a visitor. */
    static final String RICARDO_1_BEZOEKER = """
            # Titel: Kennismaking Ricardo
            # Soort: welkomstgesprek
            # Datum: 2025-09-01 10:00
            # Professional: Consulent
            # Client: Ricardo
            [00:00:02] Consulent: Welkom Ricardo, goed dat je er bent. Hoe is het voor je om hier te zijn?
            [00:00:09] Ricardo: Ik ben hier omdat ik moet. Mijn vriendin wil dat ik met iemand over geld praat.
            [00:00:17] Consulent: Je vriendin vond het belangrijk dat je kwam. En jijzelf?
            [00:00:22] Ricardo: Het gaat prima met mij. Ik heb het niet nodig.
            [00:00:28] Consulent: Oké. Dat je toch gekomen bent, dat waardeer ik.
            [00:00:33] Ricardo: Ja, anders krijg ik thuis weer gezeur.
            [00:00:38] Consulent: Stel dat je vriendin ophoudt met zeuren, wat zou er dan anders zijn?
            [00:00:45] Ricardo: Dan is het gewoon weer gezellig thuis.
            [00:00:50] Consulent: Dat klinkt als iets wat de moeite waard is. Je mag altijd terugkomen; zal ik over twee weken een afspraak klaarzetten?
            [00:01:00] Ricardo: Mag wel.
            """;

    /** Ricardo, second conversation: a problem and a request for help, the solution with others: a complainant. */
    static final String RICARDO_2_KLAGER = """
            # Titel: Vervolggesprek Ricardo
            # Soort: vervolggesprek
            # Datum: 2025-09-15 10:00
            # Professional: Consulent
            # Client: Ricardo
            [00:00:02] Consulent: Fijn dat je er weer bent, Ricardo. Hoe is het gegaan sinds de vorige keer?
            [00:00:08] Ricardo: Niet best. Het probleem is dat er steeds meer brieven komen. Ik maak me zorgen.
            [00:00:16] Consulent: Je maakt je zorgen over de brieven. Op een schaal van 0 tot 10, waarbij 10 is dat je het helemaal onder controle hebt, waar sta je nu?
            [00:00:27] Ricardo: Een drie, denk ik.
            [00:00:31] Consulent: Een drie. Wat maakt dat het een drie is en geen nul?
            [00:00:36] Ricardo: Ik heb nog werk. Maar die incassobureaus, die moeten eerst ophouden met al die kosten. Kunt u mij helpen met die brieven?
            [00:00:48] Consulent: Wanneer ging het wel een keer beter met de post?
            [00:00:53] Ricardo: Toen mijn vriendin de brieven openmaakte. Maar ik kan er niks aan doen dat ze blijven komen.
            [00:01:02] Consulent: Wil je de komende week eens opletten wanneer het je lukt om een brief open te maken?
            [00:01:10] Ricardo: Dat kan ik wel doen.
            """;

    /** Ricardo, third conversation: his own share in the solution: a customer. */
    static final String RICARDO_3_KLANT = """
            # Titel: Derde gesprek Ricardo
            # Soort: vervolggesprek
            # Datum: 2025-09-29 10:00
            # Professional: Consulent
            # Client: Ricardo
            [00:00:02] Consulent: Hoi Ricardo. Wat is er beter gegaan sinds vorige keer?
            [00:00:07] Ricardo: Ik heb opgelet, zoals je vroeg. Als ik de brieven meteen openmaak, is het minder eng. Ik heb zelf het incassobureau gebeld.
            [00:00:18] Consulent: Knap dat je dat zelf hebt gedaan.
            [00:00:22] Ricardo: Ik wil graag een betalingsregeling. Wat kan ik zelf doen om die te krijgen?
            [00:00:30] Consulent: Op een schaal van 0 tot 10, waar sta je nu?
            [00:00:34] Ricardo: Op een zes.
            [00:00:37] Consulent: Van een drie naar een zes. Wat zou een zeven zijn?
            [00:00:42] Ricardo: Ik heb nog steeds schulden, maar ik ga het zelf op een rij zetten.
            [00:00:50] Consulent: Dan stel ik voor dat je deze week die lijst maakt en hem volgende keer meeneemt.
            [00:00:57] Ricardo: Goed, dat ga ik doen.
            """;

    /** A visitor on whom action tasks and advice are pushed. */
    static final String JANSEN_BEZOEKER_GEDUWD = """
            # Titel: Gesprek over de uitkering
            # Soort: vervolggesprek
            # Datum: 2025-10-06 09:00
            # Professional: Klantmanager
            # Client: Jansen
            [00:00:02] Klantmanager: Goedemorgen meneer Jansen. U bent hier vanwege de brief over uw uitkering.
            [00:00:08] Jansen: Ik ben gestuurd. Mijn vrouw zegt dat ik moet gaan, maar er is niks aan de hand.
            [00:00:15] Klantmanager: U moet uw administratie op orde brengen.
            [00:00:20] Jansen: Dat zie ik anders.
            [00:00:24] Klantmanager: Ik stel voor dat u een budgetcursus volgt bij het wijkteam.
            [00:00:31] Jansen: Hm.
            [00:00:34] Klantmanager: Volgende week levert u de bankafschriften van drie maanden in.
            [00:00:41] Jansen: We zien wel.
            """;

    /** A complainant in a wijkteam: the neighbours must change. */
    static final String FATMA_KLAGER = """
            # Titel: Keukentafelgesprek Fatma
            # Soort: huisbezoek
            # Datum: 2025-10-08 14:00
            # Professional: Wijkcoach
            # Client: Fatma
            [00:00:03] Wijkcoach: Dank dat ik bij u thuis mag komen. Wat speelt er?
            [00:00:09] Fatma: Ik lig er wakker van. De buren maken elke nacht lawaai en ik kom er niet uit met ze.
            [00:00:18] Wijkcoach: Dat klinkt zwaar. Hoe houdt u het vol?
            [00:00:23] Fatma: Ik ga vroeg naar bed, maar het helpt niet. Zij moeten gewoon ophouden. Het ligt aan hen, niet aan mij.
            [00:00:33] Wijkcoach: Waren er ook nachten dat het wel rustig was?
            [00:00:38] Fatma: In de vakantie, toen waren ze weg. Kunt u mij helpen met een brief aan de corporatie?
            [00:00:46] Wijkcoach: Wat goed dat u alles zo precies weet. Wilt u de komende week eens bijhouden wanneer het rustig is?
            [00:00:55] Fatma: Dat kan ik doen.
            """;

    /** A customer at the schuldhulp desk, with the miracle question. */
    static final String MEHMET_KLANT = """
            # Titel: Intake schuldhulp Mehmet
            # Soort: welkomstgesprek
            # Datum: 2025-10-09 11:00
            # Professional: Schuldhulpverlener
            # Client: Mehmet
            [00:00:02] Schuldhulpverlener: Welkom. Wat brengt u hier?
            [00:00:06] Mehmet: Ik zit met schulden en ik wil er echt iets aan doen. Ik heb hulp nodig.
            [00:00:14] Schuldhulpverlener: Stel dat er vannacht een wonder gebeurt en uw geldzorgen zijn weg. Wat merkt u morgen als eerste?
            [00:00:24] Mehmet: Dat ik rustig de post openmaak. Ik ben al begonnen met een map voor alle brieven.
            [00:00:33] Schuldhulpverlener: Dat heeft u goed gedaan. Op een schaal van 0 tot 10, hoe dicht bent u bij die morgen?
            [00:00:41] Mehmet: Vier.
            [00:00:43] Schuldhulpverlener: Wat zou u deze week kunnen doen om op een vijf te komen?
            [00:00:49] Mehmet: Ik ga zelf de energiemaatschappij bellen over een regeling.
            """;

    /** A customer at a housing corporation; the session ends with compliment, bridge and an action task. */
    static final String SANNE_KLANT_AFSLUITING = """
            # Titel: Tweede gesprek huurachterstand Sanne
            # Soort: vervolggesprek
            # Datum: 2025-10-20 10:00
            # Professional: Consulent
            # Client: Sanne
            [00:00:02] Consulent: Fijn dat u er weer bent. Wat is er beter gegaan sinds vorige keer?
            [00:00:07] Sanne: Ik heb zelf de verhuurder gebeld en een afspraak gemaakt. Ik wil dit echt oplossen.
            [00:00:15] Consulent: Op een schaal van 0 tot 10, waar staat u nu?
            [00:00:19] Sanne: Een zes, denk ik.
            [00:00:22] Consulent: Knap dat u zelf de verhuurder hebt gebeld. Omdat u graag in dit huis wilt blijven wonen, stel ik voor dat u deze week de eerste termijn van de regeling betaalt.
            [00:00:34] Sanne: Dat ga ik doen.
            """;

    private Transcripts() {
    }

    static Conversation parse(String transcript) {
        return Fixtures.parse(transcript);
    }

    /** A client with one trajectory (saved by the caller). */
    static Trajectory trajectory(String name) {
        Trajectory t = Fixtures.trajectory(name, "Geldzaken " + name, null);
        t.getClient().setPseudonym("LW-TEST-" + name.toUpperCase());
        return t;
    }
}
