// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.leefwereld.method.blanco.model.EntryKind;

/**
 * Tells a fact (what the client said or did, what happened) from a judgment (valuation, interpretation,
 * conclusion, diagnosis) in one sentence, Dutch first and English too. A plain headless class without state:
 * it looks for judgment language (word lists below) and reports every word it found, so a person can check it.
 * <p>
 * Two things are not the professional's judgment and are skipped: words inside double quotes (the client's own
 * words), and what follows a reporting verb with someone else as subject ("mevrouw zegt dat ...", "hij vindt
 * ...", "volgens haar ...", "de psychiater heeft ... vastgesteld"): what the client says or thinks is a fact.
 * </p>
 */
public final class SentenceClassifier {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*"); //$NON-NLS-1$
    private static final Pattern QUOTED = Pattern.compile("[\"“„”][^\"“„”]*[\"“„”]"); //$NON-NLS-1$

    /** Single words, all forms listed (Dutch adjectives inflect: lastig, lastige, lastiger). */
    private static final Map<String, CueKind> WORDS = new HashMap<>();
    /** Phrases of two or more words, lower case, single spaces. */
    private static final Map<String, CueKind> PHRASES = new HashMap<>();

    /** Set phrases that hold a cue word but are no judgment of the client: "goed dat u er bent". */
    private static final Set<String> NEUTRAL = Set.of("goed dat", "goed zo", "goed om te horen", "zo goed mogelijk", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "goed nieuws", "good morning", "good afternoon", "good to see"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    /**
     * Verbs of saying: the rest of the sentence is reported when "dat", "of" or ":" follows ("zegt dat ...",
     * "vraagt of ...", "zegt: ..."). "Ze zegt nooit wat ze denkt" is not reported speech.
     */
    private static final Set<String> SAYING = Set.of("zegt", "zei", "zeggen", "zeiden", "vertelt", "vertelde", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "vertellen", "verteld", "meldt", "meldde", "vraagt", "vroeg", "hoopt", "verwacht", "vreest", "denkt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "dacht", "aangegeven"); //$NON-NLS-1$ //$NON-NLS-2$
    /** Words that start a reported clause after a verb of saying. */
    private static final Set<String> CLAUSE = Set.of("dat", "of", "that", "if"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    /**
     * Verbs after which the rest is someone else's view without a clause ("vindt haar bewindvoerder moeilijk
     * bereikbaar", "noemt zijn broer ...", "heeft ADHD vastgesteld"), and English verbs of saying, which often drop
     * "that".
     */
    private static final Set<String> REPORTING = Set.of("vindt", "vond", "noemt", "noemde", "beschrijft", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "beschreef", "vastgesteld", "gediagnosticeerd", "diagnose", "says", "said", "tells", "told", "reports", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "reported", "describes", "thinks", "feels", "diagnosed", "mentions", "mentioned"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    /** Reporting phrases of two words ("geeft aan", "volgens haar"). */
    private static final Set<String> REPORTING_PHRASES = Set.of("geeft aan", "gaf aan", "geven aan", "legt uit", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "volgens haar", "volgens hem", "volgens mevrouw", "volgens meneer", "volgens de", "volgens zijn", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "volgens hen", "according to"); //$NON-NLS-1$ //$NON-NLS-2$
    /** Subjects that make a reporting verb the speaker's own judgment ("ik denk", "vind ik"). */
    private static final Set<String> FIRST_PERSON = Set.of("ik", "i", "we", "wij"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    static {
        // Valuations (Dutch). The examples first.
        words(CueKind.EVALUATION, "ongemotiveerd", "ongemotiveerde", "gemotiveerd", "gemotiveerde", "lastig", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "lastige", "lastiger", "manipulatief", "manipulatieve", "manipuleert", "onbetrouwbaar", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "onbetrouwbare", "betrouwbaar", "betrouwbare", "zielig", "zielige", "lui", "luie", "onverantwoordelijk", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "onverantwoordelijke", "agressief", "agressieve", "brutaal", "brutale", "vervelend", "vervelende", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "passief", "passieve", "naïef", "naief", "naïeve", "chaotisch", "chaotische", "onverschillig", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "onverschillige", "onwillig", "onwillige", "koppig", "koppige", "dom", "domme", "slim", "slimme", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "aardig", "aardige", "vriendelijk", "vriendelijke", "sympathiek", "sympathieke", "prettig", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "prettige", "goed", "goede", "slecht", "slechte", "zwak", "zwakke", "verwaarloosd", "verwaarloosde", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "vies", "vieze", "onverzorgd", "onverzorgde", "rommelig", "rommelige", "onrealistisch", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "onrealistische", "verkeerd", "verkeerde", "onverstandig", "onverstandige", "egoïstisch", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "egoïstische", "hulpeloos", "hulpeloze", "labiel", "labiele", "instabiel", "instabiele", "claimend", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "claimende", "veeleisend", "veeleisende", "ondankbaar", "ondankbare", "leugenachtig", "liegt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "zeurt", "overdrijft", "overdreven", "ongeïnteresseerd", "ongeinteresseerd", "ongepast", "ongepaste", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "onacceptabel", "schandalig", "vreselijk", "vreselijke", "prima", "positief", "positieve", "negatief", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "negatieve", "zorgwekkend", "zorgwekkende", "zorgelijk", "zorgelijke", "problematisch", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "problematische", "onvoldoende", "netjes", "keurig", "keurige", "slordig", "slordige", "afwachtend", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "afwachtende", "defensief", "defensieve", "vijandig", "vijandige", "onaangepast", "asociaal", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "asociale", "moeilijk", "moeilijke", "bereidwillig", "coöperatief", "cooperatief", "motivatie", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "weerstand", "ontkenning", "teveel", "schrijnend", "schrijnende", "triest", "sneu", "klaagt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "onhandig", "onhandige", "ongeschikt", "ongeschikte", "zwakbegaafd", "bemoeizuchtig", "dominant", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "dominante", "zorgmijder", "probleemgezin", "multiprobleemgezin", "excuus", "stroef", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "verantwoordelijkheid", "overbezorgd", "overbezorgde", "ongezond", "ongezonde", "onduidelijk", "vaag", "vage"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        phrases(CueKind.EVALUATION, "te veel", "te weinig", "ik vind", "vind ik", "naar mijn mening", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "mijns inziens", "komt over", "kwam over", "niet serieus", "geen inzicht", "weinig inzicht", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "geen enkel inzicht", "werkt niet mee", "niet op orde", "niet te vertrouwen", "in de war"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        // Valuations (English).
        words(CueKind.EVALUATION, "unmotivated", "motivated", "difficult", "manipulative", "unreliable", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "reliable", "pathetic", "lazy", "irresponsible", "aggressive", "rude", "annoying", "passive", "naive", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "chaotic", "indifferent", "unwilling", "stubborn", "stupid", "nice", "friendly", "good", "bad", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "weak", "neglected", "dirty", "unrealistic", "wrong", "selfish", "helpless", "unstable", "demanding", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "ungrateful", "dishonest", "lies", "exaggerates", "complains", "inappropriate", "unacceptable", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "terrible", "worrying", "problematic", "insufficient", "sloppy", "defensive", "hostile", "resistant", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "cooperative", "messy", "untidy", "sad"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        phrases(CueKind.EVALUATION, "too much", "too little", "in my opinion", "comes across"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        // Interpretations: hedges, and inner states attributed by the writer.
        words(CueKind.INTERPRETATION, "waarschijnlijk", "vermoedelijk", "lijkt", "lijken", "leek", "leken", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "schijnt", "blijkbaar", "kennelijk", "ogenschijnlijk", "wellicht", "misschien", "onbewust", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "vast", "bang", "boos", "verdrietig", "angstig", "gefrustreerd", "teleurgesteld", "onzeker", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "gestrest", "overbelast", "eenzaam", "eenzame", "wanhopig", "schaamt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "probably", "likely", "seems", "seem", "seemed", "apparently", "presumably", "perhaps", "maybe", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "angry", "frustrated", "lonely", "anxious", "scared"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        phrases(CueKind.INTERPRETATION, "ik denk", "denk ik", "ik vermoed", "vermoed ik", "ik heb de indruk", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "mijn indruk", "de indruk", "ik verwacht", "ik ga ervan uit", "volgens mij", "ik heb het gevoel", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "ik heb het idee", "het idee dat", "zal wel", "ik schat in", "naar mijn idee", "ik denk dat", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "i think", "i believe", "i guess", "i suspect", "my impression", "i feel", "i assume", "i expect"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        // Generalisations.
        words(CueKind.GENERALISATION, "altijd", "nooit", "iedereen", "niemand", "telkens", "voortdurend", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "constant", "always", "never", "everyone", "everybody", "nobody", "constantly"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        phrases(CueKind.GENERALISATION, "elke keer", "steeds weer", "every time"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // Conclusions.
        words(CueKind.CONCLUSION, "dus", "kortom", "daarom", "concluderend", "conclusie", "therefore", "hence", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "thus", "clearly", "duidelijk"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        phrases(CueKind.CONCLUSION, "hieruit blijkt", "waaruit blijkt", "dat betekent", "wat betekent", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "in short", "which means", "this means"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // Diagnosis-like labels.
        words(CueKind.DIAGNOSIS, "depressief", "depressieve", "depressie", "verslaafd", "verslaafde", "verslaving", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "psychotisch", "autistisch", "autisme", "adhd", "borderline", "lvb", "persoonlijkheidsstoornis", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "narcistisch", "paranoïde", "paranoide", "alcoholist", "gestoord", "overspannen", "depressed", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "addicted", "addict", "alcoholic", "psychotic", "autistic", "narcissistic", "paranoid"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        phrases(CueKind.DIAGNOSIS, "licht verstandelijk beperkt"); //$NON-NLS-1$
        // What should be.
        phrases(CueKind.NORMATIVE, "zou moeten", "zou beter", "zouden moeten", "had moeten", "hadden moeten", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "moet eens", "moet nodig", "hoort te", "ought to", "had better"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        words(CueKind.NORMATIVE, "should"); //$NON-NLS-1$
    }

    private static void words(CueKind kind, String... words) {
        for (String w : words) {
            WORDS.put(w, kind);
        }
    }

    private static void phrases(CueKind kind, String... phrases) {
        for (String p : phrases) {
            PHRASES.put(p, kind);
        }
    }

    /** The longest phrase in {@link #PHRASES}, in words. */
    private static final int MAX_PHRASE = 4;

    /** A word; {@code colon} when a ':' follows it directly. */
    private record Token(String lower, int start, int end, boolean colon) {
    }

    /** Classifies one sentence. Never {@code null}; an empty or blank sentence is a fact without cues. */
    public Classification classify(String sentence) {
        String s = sentence == null ? "" : sentence; //$NON-NLS-1$
        List<Token> tokens = tokens(s);
        int reportedFrom = reportedFrom(tokens);
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (i >= reportedFrom) {
                break;
            }
            int neutral = neutralAt(tokens, i);
            if (neutral > 0) {
                i += neutral - 1;
                continue;
            }
            Cue cue = phraseAt(s, tokens, i);
            if (cue == null) {
                Token t = tokens.get(i);
                CueKind kind = WORDS.get(t.lower());
                if (kind != null) {
                    cue = new Cue(kind, s.substring(t.start(), t.end()), t.start(), t.end());
                }
            }
            if (cue != null) {
                cues.add(cue);
                while (i + 1 < tokens.size() && tokens.get(i + 1).start() < cue.end()) {
                    i++;
                }
            }
        }
        // English "So, ..." / "So he ..." at the start: a conclusion.
        if (!tokens.isEmpty() && tokens.get(0).lower().equals("so") && reportedFrom > 0) { //$NON-NLS-1$
            Token t = tokens.get(0);
            cues.add(new Cue(CueKind.CONCLUSION, s.substring(t.start(), t.end()), t.start(), t.end()));
        }
        // "zou ... moeten" with words between: normative.
        if (cues.stream().noneMatch(c -> c.kind() == CueKind.NORMATIVE)) {
            normativeWithGap(s, tokens, reportedFrom, cues);
        }
        cues.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Classification(s, cues.isEmpty() ? EntryKind.FACT : EntryKind.JUDGMENT, cues);
    }

    private static void normativeWithGap(String s, List<Token> tokens, int limit, List<Cue> cues) {
        int end = Math.min(limit, tokens.size());
        for (int i = 0; i < end; i++) {
            String w = tokens.get(i).lower();
            if (w.equals("zou") || w.equals("zouden") || w.equals("had") || w.equals("hadden")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                for (int j = i + 1; j < end && j <= i + 6; j++) {
                    if (tokens.get(j).lower().equals("moeten")) { //$NON-NLS-1$
                        Token a = tokens.get(i);
                        Token b = tokens.get(j);
                        cues.add(new Cue(CueKind.NORMATIVE, s.substring(a.start(), a.end()) + " … " //$NON-NLS-1$
                                + s.substring(b.start(), b.end()), a.start(), b.end()));
                        return;
                    }
                }
            }
        }
    }

    /** The number of words of a {@link #NEUTRAL} phrase starting at {@code i}, or 0. */
    private static int neutralAt(List<Token> tokens, int i) {
        for (int n = Math.min(MAX_PHRASE, tokens.size() - i); n >= 2; n--) {
            StringBuilder b = new StringBuilder(tokens.get(i).lower());
            for (int k = 1; k < n; k++) {
                b.append(' ').append(tokens.get(i + k).lower());
            }
            if (NEUTRAL.contains(b.toString())) {
                return n;
            }
        }
        return 0;
    }

    private static Cue phraseAt(String s, List<Token> tokens, int i) {
        for (int n = Math.min(MAX_PHRASE, tokens.size() - i); n >= 2; n--) {
            StringBuilder b = new StringBuilder(tokens.get(i).lower());
            for (int k = 1; k < n; k++) {
                b.append(' ').append(tokens.get(i + k).lower());
            }
            CueKind kind = PHRASES.get(b.toString());
            if (kind != null) {
                int start = tokens.get(i).start();
                int end = tokens.get(i + n - 1).end();
                return new Cue(kind, s.substring(start, end), start, end);
            }
        }
        return null;
    }

    /** Index of the first token that belongs to reported speech, or the number of tokens. */
    private static int reportedFrom(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            if (i + 1 < tokens.size() && REPORTING_PHRASES.contains(w + ' ' + tokens.get(i + 1).lower())) {
                if (w.equals("volgens") || w.equals("according")) { //$NON-NLS-1$ //$NON-NLS-2$
                    return i;
                }
                return i + 2;
            }
            boolean saying = SAYING.contains(w) && (colonAfter(tokens, i) || clauseFollows(tokens, i));
            if (saying || REPORTING.contains(w)) {
                boolean before = i > 0 && FIRST_PERSON.contains(tokens.get(i - 1).lower());
                boolean after = i + 1 < tokens.size() && FIRST_PERSON.contains(tokens.get(i + 1).lower());
                if (!before && !after) {
                    return i + 1;
                }
            }
        }
        return tokens.size();
    }

    private static boolean clauseFollows(List<Token> tokens, int verb) {
        for (int k = verb + 1; k < tokens.size() && k <= verb + 4; k++) {
            if (CLAUSE.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean colonAfter(List<Token> tokens, int verb) {
        return tokens.get(verb).colon();
    }

    /** Lower-case word tokens of {@code s}, skipping words inside double quotes (the client's own words). */
    private static List<Token> tokens(String s) {
        boolean[] quoted = new boolean[s.length()];
        Matcher q = QUOTED.matcher(s);
        while (q.find()) {
            for (int k = q.start(); k < q.end(); k++) {
                quoted[k] = true;
            }
        }
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            if (quoted[m.start()]) {
                continue;
            }
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            while (w.endsWith("-") || w.endsWith("'")) { //$NON-NLS-1$ //$NON-NLS-2$
                w = w.substring(0, w.length() - 1);
            }
            int end = m.start() + w.length();
            tokens.add(new Token(w, m.start(), end, end < s.length() && s.charAt(end) == ':'));
        }
        return tokens;
    }

    /**
     * Splits a text into sentences: at {@code . ! ?} followed by white space and at line ends; abbreviations such
     * as "dhr." and "bijv." do not end a sentence.
     */
    public List<Sentence> sentences(String text) {
        List<Sentence> result = new ArrayList<>();
        if (text == null) {
            return result;
        }
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(result, text, start, i);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && !(c == '.' && isAbbreviation(text, i))) {
                int cut = i + 1;
                while (cut < n && (text.charAt(cut) == '"' || text.charAt(cut) == '\u201D')) {
                    cut++;
                }
                if (cut == n || Character.isWhitespace(text.charAt(cut))) {
                    add(result, text, start, cut);
                    start = cut;
                    i = cut - 1;
                }
            }
        }
        add(result, text, start, n);
        return result;
    }

    private static final Set<String> ABBREVIATIONS = Set.of("dhr", "mevr", "mw", "bijv", "bv", "o.a", "ca", "nr", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "i.v.m", "m.b.t", "d.w.z", "mr", "mrs", "dr", "e.g", "i.e", "etc", "z.g.a.n", "zgn"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$

    private static boolean isAbbreviation(String text, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        return ABBREVIATIONS.contains(text.substring(k, dot).toLowerCase(Locale.ROOT));
    }

    private static void add(List<Sentence> result, String text, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (b > a) {
            result.add(new Sentence(text.substring(a, b), a, b, lineOf(text, a)));
        }
    }

    /** 1-based line number of offset {@code at} ({@code \n}, {@code \r\n} and {@code \r} end lines). */
    private static int lineOf(String text, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
