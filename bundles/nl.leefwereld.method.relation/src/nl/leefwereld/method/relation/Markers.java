// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word markers (Dutch and English) for the three questions in the client's words and for solution-focused tools and
 * tasks in the professional's words. Plain regular expressions: every hit names the words that triggered it, so a
 * person can check the suggestion. Stateless and thread-safe.
 */
public final class Markers {

    /** One marker found in a text: its kind, the span and the words that matched. */
    public record Hit(MarkerKind kind, int start, int end, String words) {
    }

    private static final Map<MarkerKind, List<Pattern>> PATTERNS = new EnumMap<>(MarkerKind.class);

    private static final String PERSON = "(?:moeder|vader|ouders|partner|vrouw|man|vriendin|vriend|zus|broer|school|leraar|juf|mentor|werkgever|baas|huisarts|dokter|rechter|reclassering|gemeente|uwv|woningcorporatie|verhuurder|wijkagent|mother|father|parents|wife|husband|partner|boss|employer|school|doctor|judge|probation officer)"; //$NON-NLS-1$
    private static final String OTHERS = "(?:zij|hij|ze|die|jullie|de gemeente|het uwv|de school|mijn (?:moeder|vader|ouders|partner|vrouw|man|baas|werkgever)|haar|hem|hen|hun)"; //$NON-NLS-1$

    static {
        add(MarkerKind.PROBLEM_YES,
                "\\bik (?:zit|zat) (?:echt |erg |nogal )?(?:met|in (?:de )?(?:problemen|knoop|zorgen|schulden))",
                "\\b(?:het|mijn) (?:grootste )?probleem is\\b",
                "\\bik heb (?:een |echt een |wel een )?probleem\\b",
                "\\bik (?:maak|maakte) me (?:echt |veel |grote )?zorgen\\b",
                "\\bik kom er (?:niet|niet meer|zelf niet) uit\\b",
                "\\bik loop (?:helemaal )?vast\\b",
                "\\bhet (?:gaat|ging) (?:echt |helemaal )?niet (?:goed|meer|lekker)\\b",
                "\\bik heb (?:er )?(?:veel |echt |zo'?n )?last van\\b",
                "\\b(?:het )?wordt me (?:allemaal )?te veel\\b",
                "\\bik (?:weet|wist) (?:het )?niet meer (?:hoe|wat)\\b",
                "\\bik lig er wakker van\\b",
                "\\bik (?:heb|zit met) (?:nog )?(?:steeds )?(?:veel |flinke |grote )?schulden\\b",
                "\\bi (?:have|'ve got) a problem\\b",
                "\\bthe (?:real )?problem is\\b",
                "\\bi(?:'m| am) (?:really )?(?:struggling|worried|stuck)\\b",
                "\\bit(?:'s| is) (?:all )?(?:getting )?too much\\b",
                "\\b(?:het|alles) (?:loopt|groeit) me (?:helemaal )?boven het hoofd\\b",
                "\\bik ben (?:het|mijn) (?:overzicht|grip) (?:helemaal |compleet )?kwijt\\b",
                "\\bik (?:trek|red|kan) het (?:gewoon |echt |allemaal )?niet (?:meer|langer)\\b",
                "\\bik (?:slaap|sliep) (?:er )?(?:slecht|niet meer)\\b",
                "\\bik heb (?:steeds |veel |vaak |weer )?ruzie met\\b",
                "\\bik ben (?:zo |heel |echt )?bang dat\\b",
                "\\bik weet me geen raad\\b",
                "\\bik heb (?:een |al een |nu een )?(?:flinke |grote )?(?:achterstand|betalingsachterstand|huurachterstand)\\b",
                "\\bik durf (?:\\w+ ){0,4}niet meer\\b",
                "\\bi can(?:'t|not) (?:cope|manage|handle)\\b",
                "\\bi(?:'m| am) (?:\\w+ )?behind (?:on|with)\\b");
        add(MarkerKind.PROBLEM_NO,
                "\\bhet gaat (?:prima|goed|best goed|hartstikke goed) met (?:mij|me)\\b",
                "\\b(?:er is|is er) (?:niks|niets) (?:aan de hand|mis|aan de hand met mij)\\b",
                "\\bik heb (?:helemaal )?geen probleem\\b",
                "\\bik (?:had|heb) het niet nodig\\b",
                "\\bik (?:had|heb) het niet nodig gevonden\\b",
                "\\bik (?:zie|snap) (?:het probleem|niet waarom ik hier)",
                "\\b(?:dat|het) valt (?:wel )?mee\\b",
                "\\bi(?:'m| am) (?:perfectly )?fine\\b",
                "\\b(?:there(?:'s| is)|nothing(?:'s| is)) (?:nothing )?wrong\\b",
                "\\bi don'?t have a problem\\b",
                "\\bik heb nergens last van\\b",
                "\\balles is (?:prima|goed|in orde|oké|ok)\\b",
                "\\bik red me (?:prima|wel|best|zelf wel)\\b",
                "\\beverything(?:'s| is) (?:fine|ok|okay|alright)\\b",
                "\\bi(?:'m| am) doing (?:okay|ok|fine|alright)\\b");
        add(MarkerKind.HELP_YES,
                "\\bik wil (?:heel )?graag\\b",
                "\\bik zou (?:heel )?graag\\b",
                "\\b(?:kunt|kan|kun) (?:u|jij|je|jullie) (?:mij|me|ons) (?:\\w+ )?helpen\\b",
                "\\bik (?:heb|zoek) (?:echt )?hulp\\b",
                "\\bik heb hulp nodig\\b",
                "\\bik wil (?:hulp|(?:er )?(?:echt |graag )?iets aan|dat het|dat dit)\\b",
                "\\bik hoop dat (?:u|jullie|je) (?:mij|me|kunt|kunnen)\\b",
                "\\bdaarom ben ik (?:hier|gekomen)\\b",
                "\\bik ben (?:zelf )?gekomen omdat ik\\b",
                "\\b(?:can|could) you help me\\b",
                "\\bi need (?:some )?help\\b",
                "\\bi(?:'d| would) (?:really )?like (?:some |to get )?help\\b",
                "\\bi want (?:help|to (?:change|fix|get))\\b",
                "\\bik wil (?:graag )?(?:van (?:mijn|die|de) \\w+ af|er vanaf|eruit komen)\\b",
                "\\bik zoek iemand die\\b",
                "\\bik hoop dat (?:u|jullie|je) (?:\\w+ ){0,3}(?:kunt|kunnen|kan|wil|wilt)\\b",
                "\\bi(?:'d| would) like to (?:find|get|learn|sort|fix|change)\\b",
                "\\bi (?:really )?need (?:some |your )?help\\b");
        add(MarkerKind.HELP_NO,
                "\\bik ben hier (?:alleen )?omdat ik (?:moet|verplicht)",
                "\\bik moet (?:hier zijn )?van (?:mijn |de |het )?" + PERSON,
                "\\b(?:mijn|de|het|m'n) " + PERSON + " (?:wil|wilde|vindt|vond|zegt|zei) dat (?:ik|het)",
                "\\bik (?:ben|werd) (?:hierheen |door \\w+ )?gestuurd\\b",
                "\\b(?:ze|zij|hij) (?:hebben|heeft) me (?:hierheen )?gestuurd\\b",
                "\\bik hoef (?:geen|helemaal geen|echt geen) hulp\\b",
                "\\bik (?:kom|ben) (?:hier )?(?:alleen|maar) (?:even |om te )?kijken\\b",
                "\\bik ben hier niet (?:voor mezelf|uit vrije wil)\\b",
                "\\bi(?:'m| am| was) (?:only )?(?:here because i (?:have to|had to|must)|sent here)\\b",
                "\\bmy " + PERSON + " (?:wants|wanted|made) me\\b",
                "\\bi don'?t need (?:any )?help\\b",
                "\\bik ben (?:opgeroepen|doorgestuurd|aangemeld|verwezen)\\b",
                "\\b(?:heeft|hebben) (?:me|mij) (?:\\w+ ){0,2}(?:aangemeld|doorgestuurd|gestuurd|verwezen|opgeroepen)\\b",
                "\\bhet was niet mijn (?:eigen )?(?:idee|keuze|beslissing)\\b",
                "\\bik heb (?:hier )?(?:niet|nooit) om gevraagd\\b",
                "\\bit wasn'?t my (?:idea|decision|choice)\\b",
                "\\b(?:said|told me) (?:that )?(?:i had to|to come)\\b");
        add(MarkerKind.SHARE_YES,
                "\\bwat kan ik (?:zelf )?(?:doen|eraan doen|daaraan doen)\\b",
                "\\bwat moet ik (?:zelf )?doen\\b",
                "\\bik (?:ga|wil|kan) (?:het )?(?:zelf|dat zelf|er zelf|ook zelf)\\b",
                "\\bik heb (?:zelf |al |deze week |vorige week )*(?:(?!niks|niets|nooit|geen|niet)\\w+ ){0,3}(?:gebeld|geregeld|opgezocht|gemaild|gedaan|opgeruimd|uitgezocht|gesorteerd|betaald|gemaakt|aangevraagd|opgezegd|ingevuld|opgestuurd|verzameld|bijgehouden|ingeleverd|afgesproken|geschreven)\\b",
                "\\bik ben (?:al |zelf )*begonnen (?:met|aan)\\b",
                "\\b(?:mijn|m'n) (?:eigen )?(?:deel|aandeel)\\b",
                "\\bik moet (?:er )?zelf (?:ook )?\\b",
                "\\bik wil (?:het )?(?:zelf )?(?:leren|proberen|oefenen)\\b",
                "\\bwhat can i do\\b",
                "\\bi(?:'ll| will| am going to|'m going to) (?:try|call|start|do)\\b",
                "\\bmy (?:own )?part\\b",
                "\\bi (?:already )?(?:called|started|sorted)\\b",
                "\\bik ben bereid\\b",
                "\\bi(?:'m| am) willing to\\b",
                "\\bi(?:'ve| have) (?:already )?(?:started|called|sorted|made|written|applied)\\b");
        add(MarkerKind.SHARE_NO,
                "\\b" + OTHERS + " (?:moet|moeten|zou(?:den)? moeten) (?:dat |het )?(?:eerst |gewoon |maar |nou eens )?(?:ophouden|stoppen|veranderen|regelen|luisteren|oplossen|betalen|zorgen|beter)",
                "\\bhet ligt (?:helemaal )?aan " + OTHERS,
                "\\bals (?:zij|hij|ze|mijn \\w+) (?:nou eens|nu eens|gewoon|eens) ",
                "\\bik kan er (?:ook )?(?:niks|niets) aan doen\\b",
                "\\b(?:dat|het) is niet mijn schuld\\b",
                "\\bjullie moeten (?:dat|het|maar)\\b",
                "\\b(?:regel|regelt) (?:jij|u|jullie) (?:dat|het) (?:maar|even)\\b",
                "\\bthey (?:should|need to|have to)\\b",
                "\\bit(?:'s| is) (?:not my fault|their fault)\\b",
                "\\bthere(?:'s| is) nothing i can do\\b",
                "\\b(?:de|het|mijn|m'n) \\w+ (?:moet|moeten) (?:me |mij |ons )?(?:gewoon |maar |nou eens |eerst )?(?:met rust laten|ophouden|stoppen|veranderen|regelen|oplossen|betalen)\\b",
                "\\b(?:het|dat) is de schuld van\\b",
                "\\b(?:dat|het) is (?:niet mijn|hun|zijn|haar) (?:taak|probleem|schuld|werk)\\b",
                "\\bit(?:'s| is) (?:his|her|their|your) (?:job|problem|fault)\\b");
        add(MarkerKind.SCALING_QUESTION,
                "\\bop een schaal van (?:0|nul|1|een|één) tot (?:10|tien)\\b",
                "\\bschaal van (?:0|nul|1|een|één) tot (?:10|tien)\\b",
                "\\b(?:welk|wat voor(?: een)?) cijfer\\b",
                "\\bcijfer (?:\\w+ ){0,2}(?:van|tussen) (?:0|nul|1|een|één) (?:tot|en) (?:10|tien)\\b",
                "\\bwaar sta (?:je|jij|u) (?:nu )?op (?:die|de|deze) schaal\\b",
                "\\bon a scale (?:of|from) (?:0|zero|1|one) to (?:10|ten)\\b",
                "\\bwhat number would you\\b",
                "\\bals (?:10|tien) (?:betekent|staat voor|is)\\b.{0,60}\\b(?:0|nul) (?:betekent|staat voor|is)\\b",
                "\\bif (?:10|ten) (?:means|is)\\b.{0,60}\\b(?:0|zero) (?:means|is)\\b");
        add(MarkerKind.MIRACLE_QUESTION,
                "\\bwonder\\b",
                "\\b(?:als|stel dat) (?:je|jij|u) morgen wakker wordt en (?:het probleem|alles) (?:is )?(?:weg|opgelost)",
                "\\bmiracle\\b");
        add(MarkerKind.EXCEPTION_QUESTION,
                "\\bwanneer (?:is|was|ging|gaat|lukte|lukt) (?:het|dat) (?:wel|een keer|eens|even)(?: wat)?(?: beter| anders| goed)?\\b",
                "\\b(?:was|is|waren|zijn) er (?:ook )?(?:momenten|een moment|dagen|nachten|avonden|weken|tijden|een keer|keren) (?:dat|waarop) (?:het|je|u) (?:wel|niet|minder|beter)",
                "\\bwat (?:was|is) er anders (?:toen|op (?:die|de) (?:dag|dagen|momenten))\\b",
                "\\bwhen (?:was|is|did) (?:it|things) (?:a (?:bit|little) )?(?:better|different)\\b",
                "\\b(?:a|any) time when (?:the problem|it) (?:was|wasn'?t)\\b",
                "\\bwanneer was (?:het|dat) de laatste keer dat\\b");
        add(MarkerKind.COPING_QUESTION,
                "\\bhoe (?:hou|houd|houdt|hield) (?:je|jij|u) (?:het|dat) (?:vol|uit)\\b",
                "\\bhoe (?:lukt|lukte) het (?:je|jou|u) (?:om|toch)\\b",
                "\\bhoe (?:voorkom|voorkomt) (?:je|u) dat het (?:nog )?erger\\b",
                "\\bhow do you (?:cope|manage|keep going)\\b",
                "\\bhoe (?:krijgt|krijg|kreeg) (?:je|jij|u) het (?:toch )?(?:voor elkaar|gedaan)\\b",
                "\\bwat helpt (?:je|jou|u) om (?:door te gaan|vol te houden)\\b");
        add(MarkerKind.COMPLIMENT,
                "\\bdat waardeer ik\\b",
                "\\b(?:knap|sterk|goed|mooi) dat (?:je|jij|u)\\b",
                "\\bwat (?:knap|sterk|goed) (?:van (?:je|jou|u)|dat)\\b",
                "\\bpetje af\\b",
                "\\bcompliment\\b",
                "\\bdat (?:heb|hebt|heeft) (?:je|jij|u) (?:goed|knap|zelf|mooi) (?:gedaan|geregeld)\\b",
                "\\bwell done\\b",
                "\\bi (?:really )?appreciate (?:that|how|you)\\b",
                "\\bthat(?:'s| is) (?:impressive|great)\\b",
                "\\bfijn dat (?:je|jij|u) (?:toch|ondanks)\\b",
                "\\b(?:dat|die) (?:heb|hebt|heeft) (?:je|jij|u) (?:heel |echt |erg )?(?:goed|knap|slim|mooi) (?:aangepakt|gedaan|geregeld|opgelost|bedacht)\\b",
                "\\b(?:that(?:'s| is)|what) a (?:really |very )?(?:good|great) (?:start|step|idea)\\b");
        add(MarkerKind.ACTION_TASK,
                "\\b(?:u|je|jij) (?:moet|moeten) (?!van\\b)",
                "\\b(?:ik stel voor|stel ik voor) dat (?:u|je|jij)\\b",
                "\\bvolgende week (?:levert|lever|brengt|breng|belt|bel|stuurt|stuur) (?:u|je|jij)\\b",
                "\\b(?:u|je|jij) (?:levert|brengt|stuurt) (?:\\w+ ){0,4}(?:in|op|mee)\\b.{0,30}\\b(?:volgende week|voor vrijdag|morgen|uiterlijk)",
                "\\bmijn advies is\\b",
                "\\bik (?:adviseer|raad) (?:u|je|jou) (?:aan )?",
                "\\b(?:u|je|jij) (?:zou|zult) (?:eigenlijk |echt |toch )?(?:moeten|even)\\b",
                "\\bhet is de bedoeling dat (?:u|je|jij)\\b",
                "\\bzorg (?:ervoor |er )?(?:wel )?(?:dat|voor)\\b",
                "\\bdeze week (?:ga|gaat) (?:u|je|jij)\\b",
                "\\byou (?:must|have to|should|need to)\\b",
                "\\bi suggest (?:that )?you\\b",
                "\\bnext week you\\b",
                "(?:^|[.!?] )(?:bel|maak|regel|zoek|lever|stuur|breng|spreek|probeer) (?:\\w+ ){0,6}(?:af|op|aan|in|mee|na|uit)\\b");
        add(MarkerKind.OBSERVATION_TASK,
                "\\blet (?:\\w+ ){0,4}(?:op|erop) (?:wanneer|wat|hoe|welke|of)\\b",
                "\\b(?:wil|wilt|zou|zoudt) (?:je|jij|u) (?:\\w+ ){0,4}(?:willen )?(?:opletten|bijhouden|opschrijven|noteren|letten op|observeren)\\b",
                "\\b(?:hou|houd|houdt) (?:eens |de komende week )?bij wanneer\\b",
                "\\bschrijf (?:eens )?op wanneer\\b",
                "\\bkijk (?:eens|de komende week) (?:wanneer|wat er)\\b",
                "\\b(?:notice|observe|keep track of) (?:when|what)\\b");
        add(MarkerKind.BRIDGE,
                "\\b(?:omdat|aangezien|nu|gezien dat) (?:je|jij|u) (?:zelf |zo )?(?:\\w+ ){0,6}?(?:graag (?:wil|wilt)|wil|wilt|belangrijk vind|belangrijk vindt|hoopt|wenst)\\b",
                "\\bomdat het (?:voor )?(?:je|jou|jullie|u) (?:zo |heel |echt )?belangrijk is\\b",
                "\\bomdat (?:je|jij|u) (?:zelf )?(?:zei|zegt|aangaf|aangeeft) dat\\b",
                "\\b(?:daarom|dus) (?:stel ik (?:je|jou|u) voor|stel ik voor|wil ik (?:je|jou|u) vragen|zou ik (?:je|jou|u) (?:willen )?vragen|heb ik een voorstel)\\b",
                "\\b(?:because|since) you (?:\\w+ ){0,5}?(?:want|wish|hope|care about|said)\\b",
                "\\bso (?:i(?:'d| would) (?:like to )?suggest|i(?:'d| would) like you to)\\b");
    }

    /** Numbers 0..10 in digits or words, as a client gives them after a scaling question. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d,.])(10|[0-9]|nul|een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|zero|one|two|three|four|five|six|seven|eight|nine|ten)(?![\\p{L}\\d])(?:\\s*(?:,|\\.)\\s*5)?"); //$NON-NLS-1$
    private static final List<String> WORDS_NL = List.of("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "acht", "negen", "tien"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final List<String> WORDS_EN = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "eight", "nine", "ten"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private Markers() {
    }

    private static void add(MarkerKind kind, String... regexes) {
        List<Pattern> list = PATTERNS.computeIfAbsent(kind, k -> new ArrayList<>());
        for (String r : regexes) {
            list.add(Pattern.compile("(?iu)" + r)); //$NON-NLS-1$
        }
    }

    /**
     * The markers in a text, of the client's kinds ({@code clientWords}) or the professional's. Overlapping hits of
     * the same kind are reported once (the first).
     */
    public static List<Hit> find(String text, boolean clientWords) {
        List<Hit> hits = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return hits;
        }
        for (Map.Entry<MarkerKind, List<Pattern>> e : PATTERNS.entrySet()) {
            if (e.getKey().inClientWords() != clientWords) {
                continue;
            }
            int lastEnd = -1;
            List<Hit> ofKind = new ArrayList<>();
            for (Pattern p : e.getValue()) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    ofKind.add(new Hit(e.getKey(), m.start(), m.end(), m.group().strip()));
                }
            }
            ofKind.sort((a, b) -> Integer.compare(a.start(), b.start()));
            for (Hit h : ofKind) {
                if (h.start() >= lastEnd) {
                    hits.add(h);
                    lastEnd = h.end();
                }
            }
        }
        hits.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : a.kind().compareTo(b.kind()));
        return hits;
    }

    /**
     * The number 0..10 a client gives after a scaling question ("Een zes, denk ik", "ik zit op 4"), or {@code null}
     * when the answer holds none. "een" counts only when followed by a number word or digit ("een zes") or standing
     * alone; halves are rounded down.
     */
    public static Integer scaleAnswer(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT).replace('\u00E9', 'e');
            if (w.equals("een") || w.equals("één") || w.equals("one")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                // "een" is also the article: count it only as "een" standing alone or "een 1"
                String rest = text.substring(m.end()).strip();
                if (!(rest.isEmpty() || rest.startsWith(".") || rest.startsWith(",")) //$NON-NLS-1$ //$NON-NLS-2$
                        || text.substring(0, m.start()).strip().toLowerCase(Locale.ROOT).endsWith("een")) { //$NON-NLS-1$
                    continue;
                }
                return Integer.valueOf(1);
            }
            int value;
            if (Character.isDigit(w.charAt(0))) {
                value = Integer.parseInt(w);
            } else if (WORDS_NL.contains(w)) {
                value = WORDS_NL.indexOf(w);
            } else if (w.equals("één")) { //$NON-NLS-1$
                value = 1;
            } else {
                value = WORDS_EN.indexOf(w);
            }
            if (value >= 0 && value <= 10) {
                return Integer.valueOf(value);
            }
        }
        return null;
    }

    /** The span of the number {@link #scaleAnswer(String)} found, as {start, end}, or {@code null}. */
    public static int[] scaleAnswerSpan(String text) {
        Integer n = scaleAnswer(text);
        if (n == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT).replace('\u00E9', 'e');
            int value = Character.isDigit(w.charAt(0)) ? Integer.parseInt(w)
                    : WORDS_NL.contains(w) ? WORDS_NL.indexOf(w) : w.equals("één") ? 1 : WORDS_EN.indexOf(w); //$NON-NLS-1$
            if (value == n.intValue()) {
                return new int[] { m.start(1), m.end(1) };
            }
        }
        return null;
    }
}
