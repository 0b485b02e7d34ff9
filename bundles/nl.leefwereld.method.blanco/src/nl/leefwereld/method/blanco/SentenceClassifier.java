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

import nl.leefwereld.core.text.Attribution;
import nl.leefwereld.core.text.Clause;
import nl.leefwereld.core.text.DutchStemmer;
import nl.leefwereld.core.text.DutchText;
import nl.leefwereld.core.text.Token;
import nl.leefwereld.method.blanco.model.EntryKind;

/**
 * Tells a fact (what the client said or did, what happened) from a judgment (valuation, interpretation,
 * conclusion, diagnosis, capacity claim, lack of insight, prediction, label, blame) in one sentence, Dutch first and
 * English too. A plain headless class without state: it looks for judgment language (word lists below, matched with
 * their inflections through the Dutch text layer's stems, and the clause patterns of {@link ClausePatterns}) and
 * reports every word it found with the clause it stands in, so a person can check it.
 * <p>
 * Works per clause ({@link Attribution}): what someone else says, thinks or has found is a fact, but only the reported
 * clause ("mevrouw zegt dat ...", "..., zegt hij zelf", "de psychiater heeft ... vastgesteld"); "..., maar eigenlijk
 * doet hij te weinig moeite" after it is the writer's judgment again. Words inside double quotes are the client's own
 * words, and so is a clause in the first person without an opinion verb ("ik heb slecht geslapen", "ik ben bang"):
 * the client's experience belongs to the film.
 * </p>
 */
public final class SentenceClassifier {

    private static final Pattern QUOTED = Pattern.compile("[\"“„”][^\"“„”]*[\"“„”]"); //$NON-NLS-1$

    /** Single words, all forms listed (Dutch adjectives inflect: lastig, lastige, lastiger). */
    private static final Map<String, CueKind> WORDS = new HashMap<>();
    /** Phrases of two or more words, lower case, single spaces. */
    private static final Map<String, CueKind> PHRASES = new HashMap<>();

    /** Set phrases that hold a cue word but are no judgment of the client: "goed dat u er bent". */
    private static final Set<String> NEUTRAL = Set.of("goed dat", "goed zo", "goed om te horen", "zo goed mogelijk", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "goed nieuws", "good morning", "good afternoon", "good to see"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    static {
        // Valuations (Dutch). The issue's examples first.
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
                "verantwoordelijkheid", "sterk", "sterke", "overbezorgd", "overbezorgde", "ongezond", "ongezonde", "onduidelijk", "vaag", "vage"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        // More valuations (issue 23): character and attitude words, and nouns that judge a home or a way of living.
        words(CueKind.EVALUATION, "ongeorganiseerd", "ongeorganiseerde", "wantrouwend", "wantrouwende", "achterdochtig", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "achterdochtige", "gesloten", "afhoudend", "afhoudende", "afwerend", "afwerende", "star", "starre", "rigide", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "impulsief", "impulsieve", "onvolwassen", "kinderachtig", "kinderachtige", "gemakzuchtig", "gemakzuchtige", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "berekenend", "berekenende", "sluw", "sluwe", "onbeleefd", "onbeleefde", "respectloos", "ongeduldig", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "oneerlijk", "oneerlijke", "smerig", "smerige", "rommeltje", "rommel", "puinhoop", "zwijnenstal", "chaos", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "drama", "smoes", "smoesjes", "gezeur", "discipline", "ambitie", "doorzettingsvermogen", "slachtofferrol", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "makkelijk", "gemakkelijk", "afhankelijk", "tekenend", "kenmerkend", "onwil", "nonchalant", "laks", "lakse"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
        // Degree words: the writer weighs what she describes.
        words(CueKind.EVALUATION, "erg", "zeer", "totaal", "uiterst", "ontzettend", "enorm", "extreem", "nogal", "gewoon"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
        phrases(CueKind.EVALUATION, "veel te", "doet alsof", "op zijn beloop", "op haar beloop", "vermoorde onschuld", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "speelt het slachtoffer", "in werkelijkheid", "in feite", "klopt niet", "geloof ik", "ik geloof"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        phrases(CueKind.GENERALISATION, "elke vorm van", "geen enkele"); //$NON-NLS-1$ //$NON-NLS-2$
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

    static {
        lexicon();
    }

    /**
     * Reads {@code judgment-lexicon.txt} beside this class: a broader lexicon of judgment language (character and
     * attitude words, the state of a home, evaluative nouns and noun phrases), one entry a line under a
     * {@code [kind]} header.
     */
    private static void lexicon() {
        try (java.io.InputStream in = SentenceClassifier.class.getResourceAsStream("judgment-lexicon.txt")) { //$NON-NLS-1$
            if (in == null) {
                throw new IllegalStateException("judgment-lexicon.txt is missing from the bundle"); //$NON-NLS-1$
            }
            CueKind kind = CueKind.EVALUATION;
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) { //$NON-NLS-1$
                String entry = line.strip().toLowerCase(Locale.ROOT);
                if (entry.isEmpty() || entry.startsWith("#")) { //$NON-NLS-1$
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) { //$NON-NLS-1$ //$NON-NLS-2$
                    kind = CueKind.valueOf(entry.substring(1, entry.length() - 1).toUpperCase(Locale.ROOT));
                } else if (entry.indexOf(' ') > 0) {
                    PHRASES.putIfAbsent(entry.replaceAll("\\s+", " "), kind); //$NON-NLS-1$ //$NON-NLS-2$
                } else {
                    WORDS.putIfAbsent(entry, kind);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
    private static final int MAX_PHRASE = PHRASES.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1); //$NON-NLS-1$

    /** Listed words of at least this length also match their inflections (by matching key); shorter ones are too ambiguous. */
    private static final int STEM_MATCH_LENGTH = 7;
    private static final Map<String, CueKind> STEMS = new HashMap<>();

    static {
        WORDS.forEach((w, kind) -> {
            if (w.length() >= STEM_MATCH_LENGTH) {
                STEMS.putIfAbsent(DutchStemmer.stem(w), kind);
            }
        });
    }

    /**
     * Words with which the writer gives an opinion of her own ("ik vind", "ik denk"): a clause with "ik" and one of
     * these is no experience of the client but the writer's view.
     */
    private static final Set<String> OPINION_VERBS = Set.of("vind", "vond", "denk", "dacht", "vermoed", "verwacht", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "geloof", "schat", "indruk", "idee", "twijfel", "betwijfel", "zie", "ga", "acht", "think", "believe", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "guess", "suspect", "feel", "assume", "expect"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    /** A word of the sentence that is the writer's own (not quoted, not reported). */
    private record Own(String lower, String stem, int start, int end, int clause) {
    }

    /** Classifies one sentence. Never {@code null}; an empty or blank sentence is a fact without cues. */
    public Classification classify(String sentence) {
        String s = sentence == null ? "" : sentence; //$NON-NLS-1$
        boolean[] quoted = quotedMask(s);
        Attribution.Result attribution = afterSemicolon(s, Attribution.of(s));
        List<Clause> clauses = attribution.clauses();
        List<Own> own = new ArrayList<>();
        boolean[] experience = new boolean[clauses.size()];
        for (int c = 0; c < clauses.size(); c++) {
            Clause clause = clauses.get(c);
            experience[c] = clause.firstPersonSingular() && clause.tokens().stream().noneMatch(t -> OPINION_VERBS.contains(t.lower()));
            for (int k = 0; k < clause.tokens().size(); k++) {
                Token t = clause.tokens().get(k);
                if (quoted[t.start()] || attribution.reported()[c] && k >= attribution.from()[c]) {
                    continue;
                }
                own.add(new Own(t.lower(), t.stem(), t.start(), t.end(), c));
            }
        }
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            int neutral = neutralAt(own, i);
            if (neutral > 0) {
                i += neutral - 1;
                continue;
            }
            Cue cue = phraseAt(s, clauses, own, i);
            boolean phrase = cue != null;
            if (cue == null) {
                Own t = own.get(i);
                CueKind kind = WORDS.get(t.lower());
                if (kind == null && t.lower().length() >= STEM_MATCH_LENGTH - 1) {
                    kind = STEMS.get(t.stem());
                }
                if (kind != null) {
                    cue = cue(kind, s, clauses, t.start(), t.end());
                }
            }
            if (cue != null) {
                // the client's own experience in the first person ("ik heb slecht geslapen", "ik ben bang") is the film
                boolean ownExperience = experience[own.get(i).clause()] && !(phrase && cue.text().toLowerCase(Locale.ROOT).contains("ik")); //$NON-NLS-1$
                if (!ownExperience) {
                    cues.add(cue);
                }
                int end = cue.end();
                while (i + 1 < own.size() && own.get(i + 1).start() < end) {
                    i++;
                }
            }
        }
        // English "So, ..." / "So he ..." at the start: a conclusion.
        if (!own.isEmpty() && own.get(0).lower().equals("so") && own.get(0).start() == firstWordStart(s)) { //$NON-NLS-1$
            cues.add(cue(CueKind.CONCLUSION, s, clauses, own.get(0).start(), own.get(0).end()));
        }
        if (cues.stream().noneMatch(c -> c.kind() == CueKind.NORMATIVE)) {
            normativeWithGap(s, clauses, own, cues);
        }
        contrastWithReport(s, attribution, own, cues);
        ClausePatterns.findInSentence(s, quoted, clauses, cues);
        ClausePatterns.find(s, clauses, own.stream().map(o -> Integer.valueOf(o.start())).collect(java.util.stream.Collectors.toSet()),
                experience, cues);
        // by position; at the same position the longest first ("zal wel weer" before "zal wel")
        cues.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return new Classification(s, cues.isEmpty() ? EntryKind.FACT : EntryKind.JUDGMENT, dedupe(cues));
    }

    /**
     * After a semicolon the writer speaks again ("Moeder zegt dat het goed gaat; dat is niet zo."): the clauses that
     * only continued a report before it are her own, until a clause with a reporting verb of its own.
     */
    private static Attribution.Result afterSemicolon(String s, Attribution.Result a) {
        boolean[] reported = a.reported().clone();
        boolean own = false;
        for (int c = 0; c < a.clauses().size(); c++) {
            int k = a.clauses().get(c).start() - 1;
            while (k >= 0 && Character.isWhitespace(s.charAt(k))) {
                k--;
            }
            if (k >= 0 && s.charAt(k) == ';') {
                own = true;
            }
            if (own && a.from()[c] > 0) {
                own = false;
            }
            if (own) {
                reported[c] = false;
            }
        }
        return new Attribution.Result(a.clauses(), reported, a.from(), a.cues());
    }

    /** Openers with which the writer sets her own view against a report: "..., maar eigenlijk ...". */
    private static final Set<String> CONTRAST = Set.of("maar", "terwijl", "al", "hoewel", "echter"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    /**
     * A clause of the writer opened by "maar", "terwijl" or "al" right after a reported clause contradicts or weighs
     * what was reported ("zegt dat hij solliciteert, maar in werkelijkheid ..."): an interpretation.
     */
    private static void contrastWithReport(String s, Attribution.Result attribution, List<Own> own, List<Cue> cues) {
        List<Clause> clauses = attribution.clauses();
        for (int c = 1; c < clauses.size(); c++) {
            Clause clause = clauses.get(c);
            boolean reportedBefore = attribution.reported()[c - 1] || c >= 2 && attribution.reported()[c - 2];
            if (CONTRAST.contains(clause.opener()) && reportedBefore && !attribution.reported()[c]) {
                Token opener = clause.tokens().get(0);
                if (own.stream().anyMatch(o -> o.start() == opener.start())) {
                    cues.add(cue(CueKind.INTERPRETATION, s, clauses, opener.start(), opener.end()));
                }
            }
        }
    }

    /** Cues that cover the same words once (a clause pattern and a word list may both find "niet in staat"). */
    private static List<Cue> dedupe(List<Cue> cues) {
        List<Cue> result = new ArrayList<>();
        int coveredUntil = -1;
        for (Cue c : cues) {
            if (c.start() >= coveredUntil || result.isEmpty()) {
                result.add(c);
                coveredUntil = Math.max(coveredUntil, c.end());
            }
        }
        return result;
    }

    private static int firstWordStart(String s) {
        List<DutchText.Word> words = DutchText.words(s);
        return words.isEmpty() ? -1 : words.get(0).start();
    }

    /** A cue for the words {@code start..end} of {@code s}, with the clause they stand in. */
    static Cue cue(CueKind kind, String s, List<Clause> clauses, int start, int end) {
        String clause = s;
        for (Clause c : clauses) {
            if (start >= c.start() && start < c.end()) {
                clause = c.text(s);
                break;
            }
        }
        return new Cue(kind, s.substring(start, end), start, end, clause);
    }

    private static void normativeWithGap(String s, List<Clause> clauses, List<Own> own, List<Cue> cues) {
        for (int i = 0; i < own.size(); i++) {
            String w = own.get(i).lower();
            if (w.equals("zou") || w.equals("zouden") || w.equals("had") || w.equals("hadden")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                for (int j = i + 1; j < own.size() && j <= i + 6; j++) {
                    if (own.get(j).lower().equals("moeten")) { //$NON-NLS-1$
                        Own a = own.get(i);
                        Own b = own.get(j);
                        Cue c = cue(CueKind.NORMATIVE, s, clauses, a.start(), b.end());
                        cues.add(new Cue(CueKind.NORMATIVE, s.substring(a.start(), a.end()) + " … " //$NON-NLS-1$
                                + s.substring(b.start(), b.end()), a.start(), b.end(), c.clause()));
                        return;
                    }
                }
            }
        }
    }

    private static String joined(List<Own> own, int i, int n) {
        StringBuilder b = new StringBuilder(own.get(i).lower());
        for (int k = 1; k < n; k++) {
            b.append(' ').append(own.get(i + k).lower());
        }
        return b.toString();
    }

    /** The number of words of a {@link #NEUTRAL} phrase starting at {@code i}, or 0. */
    private static int neutralAt(List<Own> own, int i) {
        for (int n = Math.min(MAX_PHRASE, own.size() - i); n >= 2; n--) {
            if (NEUTRAL.contains(joined(own, i, n))) {
                return n;
            }
        }
        return 0;
    }

    private static Cue phraseAt(String s, List<Clause> clauses, List<Own> own, int i) {
        for (int n = Math.min(MAX_PHRASE, own.size() - i); n >= 2; n--) {
            CueKind kind = PHRASES.get(joined(own, i, n));
            if (kind != null) {
                return cue(kind, s, clauses, own.get(i).start(), own.get(i + n - 1).end());
            }
        }
        return null;
    }

    /** Which characters of {@code s} are inside double quotes (the client's own words). */
    private static boolean[] quotedMask(String s) {
        boolean[] quoted = new boolean[s.length() + 1];
        Matcher q = QUOTED.matcher(s);
        while (q.find()) {
            for (int k = q.start(); k < q.end(); k++) {
                quoted[k] = true;
            }
        }
        return quoted;
    }

    /**
     * Splits a text into sentences (the Dutch text layer's rules, {@link DutchText#sentences(String, boolean)}): at
     * {@code . ! ?} followed by white space and at every line end; abbreviations such as "dhr." and "bijv." do not end
     * a sentence.
     */
    public List<Sentence> sentences(String text) {
        List<Sentence> result = new ArrayList<>();
        if (text == null) {
            return result;
        }
        for (DutchText.Sentence s : DutchText.sentences(text, true)) {
            int start = s.start();
            while (start > 0 && "\"\u201C\u201E'".indexOf(text.charAt(start - 1)) >= 0) { //$NON-NLS-1$
                start--; // an opening quote belongs to the sentence: it marks the client's own words
            }
            result.add(new Sentence(text.substring(start, s.end()), start, s.end(), DutchText.lineOf(text, start)));
        }
        return result;
    }
}
