// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.leefwereld.core.text.Clause;
import nl.leefwereld.core.text.Token;

/**
 * Judgments that no single word gives away, found per clause of the writer's own words (never in a reported clause):
 * <ul>
 * <li>capacity claims: "kan zijn administratie niet zelf bijhouden", "is niet in staat", "niet zelfredzaam" (a
 * present-tense "kan"/"kunnen" with a negation about someone else; "ik kon de huur niet betalen" is the client's
 * experience, "hij kon in april niet betalen" a fact of the past);</li>
 * <li>lack of insight: "ziet zijn eigen aandeel niet", "ziet niet in", "beseft niet", "heeft geen besef/inzicht";</li>
 * <li>predictions: "zal wel weer", "haakt vast weer af", "gaat ... weer niet", "let maar op";</li>
 * <li>professional labels and diagnoses without a source: "klassiek voorbeeld van", "typisch", "er is sprake van",
 * "vertoont ... trekken", words ending in -stoornis, -problematiek, -gedrag;</li>
 * <li>blame through attitude: "door zijn opstelling", "vanwege haar houding", "door eigen toedoen", "vastgelopen
 * omdat ...";</li>
 * <li>idioms that judge, as valuations: "steekt zijn kop in het zand", "gooit er met de pet naar", "kort lontje";</li>
 * <li>the writer denying a report: "dat is niet waar", "dat klopt niet";</li>
 * <li>outside the clause logic: "..., zegt genoeg", "spreekt boekdelen" (a valuation, not a report).</li>
 * </ul>
 */
final class ClausePatterns {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final Pattern CAPACITY = Pattern.compile(
            "\\b(?:niet|onvoldoende|nauwelijks|amper) (?:goed )?(?:in staat|capabel|bekwaam|zelfredzaam|zelfstandig genoeg)\\b" //$NON-NLS-1$
                    + "|\\bniet (?:zelf)?redzaam\\b|\\bkan (?:het|dit|dat) niet (?:aan|alleen|zelf)\\b|\\bniet opgewassen tegen\\b" //$NON-NLS-1$
                    + "|\\bniet in staat\\b|\\bonmachtig\\b" //$NON-NLS-1$
                    + "|\\b(?:te weinig|onvoldoende|geen|mist (?:de )?|beperkte) (?:\\p{L}+ )?(?:vaardigheden|capaciteiten|draagkracht)\\b" //$NON-NLS-1$
                    + "|\\bniet (?:geschikt|berekend|toegerust) (?:voor|op)\\b", FLAGS); //$NON-NLS-1$
    private static final Set<String> CAN = Set.of("kan", "kunnen", "kunt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    /** A time in the clause makes "kan niet" about availability, not capacity: "kan op dinsdag niet komen". */
    private static final Set<String> TIMES = Set.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "zondag", "morgen", "vandaag", "vanavond", "vanmiddag", "volgende", "dan", "straks", "later", "toen", "vorige", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "week", "maand", "afspraak"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private static final Pattern INSIGHT = Pattern.compile(
            "\\b(?:geen|weinig|onvoldoende|nauwelijks|beperkt) (?:enkel |echt )?(?:ziekte|probleem|zelf)?-?(?:inzicht|besef|zelfinzicht|probleembesef|ziekte-inzicht|zelfreflectie)\\b" //$NON-NLS-1$
                    + "|\\bziet (?:\\p{L}+ ){0,4}niet in\\b|\\bziet niet (?:\\p{L}+ ){0,3}in\\b|\\b(?:ziet|erkent|kent|neemt) (?:zijn|haar|hun) (?:eigen )?(?:aandeel|rol|verantwoordelijkheid)(?: \\p{L}+){0,4} niet\\b" //$NON-NLS-1$
                    + "|\\b(?:beseft|overziet|doorziet|snapt) (?:\\p{L}+ ){0,5}niet\\b|\\bheeft (?:\\p{L}+ ){0,3}niet door\\b|\\bgeen oog voor\\b" //$NON-NLS-1$
                    + "|\\b(?:begrijpt|ziet|snapt|beseft|weet) (?:\\p{L}+ ){0,2}niet (?:dat|hoe|wat|waarom|welke|wanneer)\\b" //$NON-NLS-1$
                    + "|\\bgeen (?:enkel |echt )?(?:zicht op|benul|notie)\\b|\\b(?:onderschat|onderschatten|onderschatte|overschat|overschatten|bagatelliseert|bagatelliseren|bagatelliseerde)\\b" //$NON-NLS-1$
                    + "|\\b(?:oorzaak|oorzaken|schuld|problemen|probleem) (?:\\p{L}+ ){0,2}buiten (?:zichzelf|zich)\\b|\\bmeer oog voor\\b", FLAGS); //$NON-NLS-1$

    private static final Pattern PREDICTION = Pattern.compile(
            "\\bzal (?:\\p{L}+ )?wel weer\\b|\\bzullen (?:\\p{L}+ )?wel weer\\b|\\bvast (?:wel )?weer\\b|\\bstraks (?:wel )?weer\\b|\\blet maar op\\b" //$NON-NLS-1$
                    + "|\\b(?:gaat|gaan|zal|zullen) (?:\\p{L}+ ){0,4}(?:weer|toch|nooit) (?:\\p{L}+ ){0,2}(?:niet|mis|af|fout|lukken|halen|volhouden)\\b" //$NON-NLS-1$
                    + "|\\bdat weet ik nu al\\b|\\bzoals (?:te )?verwacht(?:en)?\\b|\\bgaat (?:vast|zeker|toch) (?:weer )?mis\\b|\\bzal (?:het )?(?:nooit|niet) (?:leren|lukken|veranderen)\\b" //$NON-NLS-1$
                    + "|\\b(?:over|binnen) (?:een |enkele |twee |drie |\\p{N}+ )?(?:paar )?(?:dag|dagen|week|weken|maand|maanden|jaar|jaren) (?:staat|staan|zit|zitten|belandt|belanden|valt|vallen|vervalt|vervallen)(?: \\p{L}+){0,3} weer\\b" //$NON-NLS-1$
                    + "|\\b(?:gaat|gaan|zal|zullen) (?:\\p{L}+ ){0,3}(?:niets|niks|nergens) (?:\\p{L}+ )?(?:opleveren|veranderen|worden|uithalen|toe leiden)\\b" //$NON-NLS-1$
                    + "|\\b(?:belandt|belanden|eindigt|eindigen|ontspoort|ontsporen) (?:\\p{L}+ ){0,2}(?:straks|later|nog|ooit|zeker)\\b|\\bvroeg of laat\\b" //$NON-NLS-1$
                    + "|\\b(?:houdt|houden|haalt|halen) (?:\\p{L}+ ){0,4}(?:nooit|niet lang) vol\\b", FLAGS); //$NON-NLS-1$

    private static final Pattern LABEL = Pattern.compile(
            "\\b(?:klassiek|typisch|duidelijk) (?:voorbeeld|geval) van\\b|\\bschoolvoorbeeld\\b|\\btypisch(?:e)?\\b|\\ber is sprake van\\b" //$NON-NLS-1$
                    + "|\\bvertoont (?:\\p{L}+ ){0,3}(?:trekken|gedrag|kenmerken|signalen)\\b|\\b\\p{L}{3,}(?:stoornis|stoornissen|problematiek)\\b" //$NON-NLS-1$
                    + "|\\b\\p{L}{4,}(?:gedrag)\\b|\\b(?:vermijdend|vermijdende|zorgmijdend|zorgmijdende|ontwijkend|ontwijkende|hechtingsprobleem|hechtingsproblemen)\\b" //$NON-NLS-1$
                    + "|\\b\\p{L}+(?:verslaafd|verslaafde|verslaafden|verslaving)\\b|\\b(?:lijdt|lijden|leed) aan\\b" //$NON-NLS-1$
                    + "|\\b(?:faalangst|faalangstig|faalangstige|getraumatiseerd|getraumatiseerde|hoogsensitief|hoogsensitieve|ptss|burn-out|burnout|pdd-nos|gedragsprobleem|gedragsproblemen)\\b" //$NON-NLS-1$
                    + "|\\b(?:borderline|narcistische|antisociale|afhankelijke|theatrale|vermijdende)[- ]persoonlijkheid\\b", FLAGS); //$NON-NLS-1$

    private static final Pattern BLAME = Pattern.compile(
            "\\b(?:door|vanwege|gezien|wegens|dankzij|als gevolg van|doordat) (?:zijn|haar|hun|diens|de) (?:eigen )?(?:\\p{L}+ )?(?:opstelling|houding|gedrag|toedoen|instelling|attitude|manier van doen|karakter|weigerachtigheid)\\b" //$NON-NLS-1$
                    + "|\\bdoor eigen toedoen\\b|\\beigen schuld\\b|\\b(?:zelf|zelve) (?:veroorzaakt|gezocht|over zich(?:zelf)? afgeroepen)\\b|\\baan (?:zichzelf|zich zelf) te wijten\\b|\\blegt de schuld\\b|\\bzijn eigen grootste vijand\\b" //$NON-NLS-1$
                    + "|\\b(?:mislukt|misgegaan|misgelopen|vastgelopen|gestrand|verslechterd|stukgelopen) (?:\\p{L}+ ){0,2}(?:omdat|doordat|vanwege)\\b" //$NON-NLS-1$
                    + "|\\bzelf (?:zo ver|zover) (?:laten )?komen\\b|\\b(?:zoekt|zoeken|legt|leggen|schuift|schuiven) de schuld\\b|\\bde schuld (?:\\p{L}+ ){0,2}bij (?:anderen|een ander|iedereen)\\b" //$NON-NLS-1$
                    + "|\\bmaakt het (?:\\p{L}+ ){0,3}(?:onnodig|nodeloos) (?:moeilijk|lastig|zwaar)\\b|\\bkomt door (?:zijn|haar|hun) (?:eigen )?\\p{L}+\\b", FLAGS); //$NON-NLS-1$

    /** Idioms that judge (Dutch): "steekt zijn kop in het zand", "gooit er met de pet naar", "kort lontje". */
    private static final Pattern IDIOM = Pattern.compile(
            "\\b(?:kop|hoofd|hakken) in het zand\\b|\\bmet de pet naar\\b|\\bde kantjes eraf\\b|\\bloopt de kantjes\\b" //$NON-NLS-1$
                    + "|\\bziel onder (?:zijn|haar|hun|z'n|d'r) arm\\b|\\b(?:niet|nooit|geen) (?:\\p{L}+ ){0,2}op (?:een )?rij(?:tje)?\\b" //$NON-NLS-1$
                    + "|\\bover (?:zich|zichzelf) heen (?:laten )?(?:komen|komt|kwam|gaan)\\b|\\bhart op de (?:juiste|goede) (?:plaats|plek)\\b" //$NON-NLS-1$
                    + "|\\b(?:eigen )?gelijk (?:halen|krijgen|haalt)\\b|\\bin (?:zijn|haar|hun) (?:eigen )?gelijk\\b" //$NON-NLS-1$
                    + "|\\b(?:draait|draaien|draaide|draaiden) (?:\\p{L}+ ){0,2}(?:er|overal ?)?omheen\\b|\\bom de hete brij\\b" //$NON-NLS-1$
                    + "|\\b(?:loopt|lopen|liep|liepen|vlucht|vluchten) (?:weg )?voor (?:zijn|haar|hun|de) (?:eigen )?(?:problemen|verantwoordelijkheid|verantwoordelijkheden|schulden)\\b" //$NON-NLS-1$
                    + "|\\bwater naar de zee\\b|\\bkort lontje\\b|\\bboven (?:zijn|haar|hun) stand\\b|\\bgeen grip (?:meer )?op\\b|\\bgrip kwijt\\b" //$NON-NLS-1$
                    + "|\\bop (?:zijn|haar|hun) lauweren\\b|\\bde kat uit de boom\\b|\\bdoor de mand\\b|\\bhoog van de toren\\b|\\bneus bloedt\\b" //$NON-NLS-1$
                    + "|\\beigen plan(?:nen)? (?:trekt|trekken|trok)\\b|\\baan (?:zijn|haar|hun) laars\\b|\\been potje van\\b|\\bover de balk\\b" //$NON-NLS-1$
                    + "|\\bde handdoek in de ring\\b|\\bhet bijltje erbij\\b|\\bschuld in de schoenen\\b|\\bstraatje schoon\\b|\\bmet twee maten\\b" //$NON-NLS-1$
                    + "|\\bniet van gisteren\\b|\\bplank voor (?:zijn|haar|z'n|d'r) (?:kop|hoofd)\\b|\\bonder de plak\\b|\\bin de ontkenning\\b|\\boost-indisch doof\\b" //$NON-NLS-1$
                    + "|\\bvan de regen in de drup\\b|\\b(?:gedraagt|gedragen|gedroeg|gedroegen) zich als\\b" //$NON-NLS-1$
                    + "|\\bmist (?:\\p{L}+ ){0,2}(?:structuur|grenzen|regelmaat|sturing|discipline|motivatie|ruggengraat|zelfvertrouwen)\\b", FLAGS); //$NON-NLS-1$

    /** The writer denies what was just reported: "...; dat is niet zo", "maar dat klopt niet". */
    private static final Pattern DENIAL = Pattern.compile(
            "\\bdat (?:is|was) (?:\\p{L}+ )?niet (?:zo|waar|juist|het geval)\\b|\\bdat klopt (?:niet|geenszins)\\b|\\bdat geloof ik niet\\b|\\been ander verhaal\\b", FLAGS); //$NON-NLS-1$

    /** A judgment whose verb looks like a reporting verb: "..., zegt genoeg", "spreekt boekdelen". */
    private static final Pattern TELLING = Pattern.compile(
            "\\b(?:zegt|zeggen|zei|zeiden) (?:al |toch |wel |eigenlijk )?(?:genoeg|boekdelen|veel|alles)(?=\\s*(?:[.!;,]|$))|\\bspreekt boekdelen\\b", FLAGS); //$NON-NLS-1$

    private ClausePatterns() {
    }

    /**
     * Adds the cues of these patterns found in the writer's own words of {@code s}.
     *
     * @param ownStarts  start offsets of the words that are the writer's own (not quoted, not reported)
     * @param experience per clause: the client's own experience in the first person (not judged)
     */
    static void find(String s, List<Clause> clauses, Set<Integer> ownStarts, boolean[] experience, List<Cue> cues) {
        for (int c = 0; c < clauses.size(); c++) {
            Clause clause = clauses.get(c);
            if (experience[c] || clause.tokens().stream().noneMatch(t -> ownStarts.contains(Integer.valueOf(t.start())))) {
                continue;
            }
            int from = clause.tokens().stream().filter(t -> ownStarts.contains(Integer.valueOf(t.start()))).findFirst().get().start();
            String text = s.substring(from, clause.end());
            match(CAPACITY, CueKind.CAPACITY, s, clauses, from, text, cues);
            match(PREDICTION, CueKind.PREDICTION, s, clauses, from, text, cues);
            match(LABEL, CueKind.LABEL, s, clauses, from, text, cues);
            // insight, blame and idioms may run on into the next clause ("begrijpt niet dat ...", "mislukt omdat ...", "gedraagt zich als ...")
            String onwards = s.substring(from);
            matchStartingIn(INSIGHT, CueKind.INSIGHT, s, clauses, from, onwards, clause.end() - from, cues);
            matchStartingIn(BLAME, CueKind.BLAME, s, clauses, from, onwards, clause.end() - from, cues);
            matchStartingIn(IDIOM, CueKind.EVALUATION, s, clauses, from, onwards, clause.end() - from, cues);
            match(DENIAL, CueKind.INTERPRETATION, s, clauses, from, text, cues);
            if (!clause.firstPerson() && clause.negated() && clause.tokens().stream().noneMatch(t -> TIMES.contains(t.lower()))) {
                canNot(s, clauses, clause, cues);
            }
        }
    }

    /** Judgments that stand outside the clause logic: "..., zegt genoeg". */
    static void findInSentence(String s, boolean[] quoted, List<Clause> clauses, List<Cue> cues) {
        Matcher m = TELLING.matcher(s);
        while (m.find()) {
            if (!quoted[m.start()]) {
                cues.add(SentenceClassifier.cue(CueKind.EVALUATION, s, clauses, m.start(), m.end()));
                return;
            }
        }
    }

    private static void matchStartingIn(Pattern p, CueKind kind, String s, List<Clause> clauses, int offset, String text,
            int limit, List<Cue> cues) {
        Matcher m = p.matcher(text);
        if (m.find() && m.start() < limit) {
            cues.add(SentenceClassifier.cue(kind, s, clauses, offset + m.start(), offset + m.end()));
        }
    }

    private static void match(Pattern p, CueKind kind, String s, List<Clause> clauses, int offset, String text, List<Cue> cues) {
        Matcher m = p.matcher(text);
        if (m.find()) {
            cues.add(SentenceClassifier.cue(kind, s, clauses, offset + m.start(), offset + m.end()));
        }
    }

    /** "kan ... niet", "kunnen ... geen": a claim about someone's capacity. */
    private static void canNot(String s, List<Clause> clauses, Clause clause, List<Cue> cues) {
        List<Token> tokens = clause.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (CAN.contains(tokens.get(i).lower())) {
                for (int j = i + 1; j < tokens.size() && j <= i + 6; j++) {
                    if (tokens.get(j).is("niet", "geen", "nooit")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        Cue c = SentenceClassifier.cue(CueKind.CAPACITY, s, clauses, tokens.get(i).start(), tokens.get(j).end());
                        cues.add(new Cue(CueKind.CAPACITY, tokens.get(i).text() + " … " + tokens.get(j).text(), c.start(), c.end(), //$NON-NLS-1$
                                c.clause()));
                        return;
                    }
                }
            }
        }
    }
}
