// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reporting-clause detection: which words of a sentence report what someone else says, thinks or has found, so a
 * method can tell the writer's own words from reported ones. Works per clause ({@link DutchText#clauses(String)}):
 * <ul>
 * <li>A reporting verb with someone else as subject ("mevrouw vertelt", "hij vindt", "de huisarts heeft ...
 * vastgesteld") reports the clauses after it that continue the report (opened by {@code dat, of, omdat, want, als,
 * toen, en, ...} or after a colon). A clause opened by {@code maar, terwijl, al, hoewel, echter} ends the report: "...,
 * maar eigenlijk doet hij te weinig moeite" is the writer's again, as is a clause with "ik" or "we".</li>
 * <li>Verbs that take their content without a clause ("vindt haar bewindvoerder lastig", "noemt zichzelf een chaoot")
 * also report the rest of their own clause.</li>
 * <li>Attribution afterwards: a short clause of a reporting verb and its subject ("…, zegt hij zelf", "…, schat
 * ze", "…, aldus mevrouw", "…, volgens haar") reports the clauses before it, back to the last {@code maar}.</li>
 * <li>A clause that ends in a reporting participle ("heeft een depressie vastgesteld", "heeft aangegeven") or
 * starts with "volgens" + someone else is reported as a whole, as is a clause naming a diagnosis someone gave ("heeft
 * een diagnose ADHD gekregen van de kinderpsychiater").</li>
 * </ul>
 * A reporting verb with the writer as subject ("ik denk", "vind ik", "volgens mij") reports nothing: that is the
 * writer's own view.
 */
public final class Attribution {

    /** Reporting verbs (matching keys) that report a following clause. */
    private static final Set<String> SAYING = stems("zegt", "zeggen", "zei", "zeiden", "vertelt", "vertellen", "vertelde", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "vertelden", "meldt", "melden", "meldde", "vraagt", "vragen", "vroeg", "hoopt", "hopen", "verwacht", "vreest", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "denkt", "dacht", "schat", "schatte", "geschat", "beweert", "beweerde", "erkent", "erkende", "stelt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "legt", "verklaart", "verklaarde", "geeft", "gaf", "klaagt", "klaagde", "vindt", "vond", "voelt", "merkt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "aangegeven", "verteld", "gezegd", "gemeld", "verklaard", "aldus"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    /** Verbs whose content follows in their own clause without "dat": "vindt X lastig", "noemt X ...". */
    private static final Set<String> DIRECT = stems("vindt", "vond", "noemt", "noemde", "beschrijft", "beschreef", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "ervaart", "ervoer", "schat"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    /** Participles that end a clause whose content someone else has established: "... heeft ADHD vastgesteld". */
    private static final Set<String> FINDING = Set.of("vastgesteld", "gediagnosticeerd", "geconstateerd", "aangegeven", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "verteld", "gezegd", "gemeld", "geschat", "beschreven", "genoemd", "opgemerkt", "verklaard"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    /** Clause openers that continue a report. */
    private static final Set<String> CONTINUING = Set.of("", "dat", "of", "omdat", "want", "als", "toen", "zodat", "doordat", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "waardoor", "nadat", "voordat", "wanneer", "indien", "zodra", "en", "sinds", "wat"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
    /** Clause openers after which the writer speaks again. */
    private static final Set<String> CONTRAST = Set.of("maar", "terwijl", "al", "hoewel", "echter", "doch", "dus", "alsof"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    /** Words that may stand beside a reporting verb in an attribution afterwards ("zegt hij zelf ook"). */
    private static final Set<String> ATTRIBUTION_FILLER = Set.of("zelf", "ook", "nog", "althans", "tenminste", "dan", "toen", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "hij", "zij", "ze", "meneer", "mevrouw", "de", "het", "haar", "zijn", "cliënt", "client", "moeder", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
            "vader", "buurvrouw", "buurman", "huisarts", "hem", "hen", "heeft", "hebben", "had", "aan", "uit"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$

    /**
     * The outcome for one sentence.
     *
     * @param clauses  the sentence's clauses
     * @param reported per clause: reported (someone else's words or view)
     * @param from     per clause: index of the first reported word within the clause (0 = all of it; the size =
     *                 none), so "hij vindt haar lastig" reports only what follows "vindt"
     * @param cues     per clause: the reporting words that made it reported, or {@code null}
     */
    public record Result(List<Clause> clauses, boolean[] reported, int[] from, String[] cues) {

        /** Whether the word at {@code offset} of the sentence is reported. */
        public boolean isReported(Token t) {
            for (int c = 0; c < clauses.size(); c++) {
                Clause clause = clauses.get(c);
                int k = clause.tokens().indexOf(t);
                if (k >= 0) {
                    return reported[c] && k >= from[c];
                }
            }
            return false;
        }
    }

    private Attribution() {
    }

    private static Set<String> stems(String... words) {
        java.util.HashSet<String> s = new java.util.HashSet<>();
        for (String w : words) {
            s.add(DutchStemmer.stem(w));
        }
        return Set.copyOf(s);
    }

    /** Which clauses of {@code sentence} are reported, and by which words. */
    public static Result of(String sentence) {
        List<Clause> clauses = DutchText.clauses(sentence);
        int n = clauses.size();
        boolean[] reported = new boolean[n];
        int[] from = new int[n];
        String[] cues = new String[n];
        int lastContrast = 0;
        for (int c = 0; c < n; c++) {
            Clause clause = clauses.get(c);
            if (CONTRAST.contains(clause.opener())) {
                lastContrast = c;
            }
            if (clause.firstPerson()) {
                continue; // the writer's own view: "ik denk dat", "vind ik"
            }
            List<Token> tokens = clause.tokens();
            // "volgens haar ..." / "volgens de huisarts ..."
            if (tokens.size() >= 2 && tokens.get(0).is("volgens") && !tokens.get(1).is("mij", "ons")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                String cue = tokens.get(0).text() + ' ' + tokens.get(1).text();
                if (tokens.size() <= 4 && c > 0) {
                    markBack(clauses, reported, from, cues, lastContrast, c, cue);
                }
                mark(reported, cues, c, cue);
                continue;
            }
            int verb = reportingVerb(clause);
            if (verb < 0) {
                continue;
            }
            Token v = tokens.get(verb);
            boolean attributionAfter = c > 0 && isAttribution(clause, verb);
            if (attributionAfter) {
                markBack(clauses, reported, from, cues, lastContrast, c, v.text());
                continue;
            }
            if (FINDING.contains(v.lower()) && verb == tokens.size() - 1 || v.is("diagnose")) { //$NON-NLS-1$
                mark(reported, cues, c, v.text()); // "de psychiater heeft een depressie vastgesteld"
                continue;
            }
            if (DIRECT.contains(v.stem()) && verb + 1 < tokens.size()) {
                reported[c] = true;
                from[c] = verb + 1;
                cues[c] = v.text();
            }
            for (int k = c + 1; k < n; k++) {
                Clause next = clauses.get(k);
                boolean writerAgain = next.firstPerson() && (next.opener().isEmpty() || next.opener().equals("en")); //$NON-NLS-1$
                if (CONTRAST.contains(next.opener()) || writerAgain || !CONTINUING.contains(next.opener())) {
                    break;
                }
                if (next.opener().isEmpty() && !next.afterColon() && k == c + 1 && !endsWithParticle(clause, verb)) {
                    break; // a comma without a conjunction: a new main clause
                }
                mark(reported, cues, k, v.text());
            }
        }
        return new Result(clauses, reported, from, cues);
    }

    private static void mark(boolean[] reported, String[] cues, int c, String cue) {
        reported[c] = true;
        if (cues[c] == null) {
            cues[c] = cue;
        }
    }

    private static void markBack(List<Clause> clauses, boolean[] reported, int[] from, String[] cues, int first, int to, String cue) {
        for (int k = first; k <= to; k++) {
            mark(reported, cues, k, cue);
            from[k] = 0;
        }
    }

    /** "geeft aan," / "legt uit:" : the verb's particle closes the clause, the content follows after the comma. */
    private static boolean endsWithParticle(Clause clause, int verb) {
        Token last = clause.tokens().get(clause.tokens().size() - 1);
        return last.is("aan", "uit") || verb == clause.tokens().size() - 1; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The index of the clause's reporting verb, or -1. */
    private static int reportingVerb(Clause clause) {
        List<Token> tokens = clause.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String stem = t.stem();
            if (t.is("geeft", "gaf", "geven", "gegeven")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                if (tokens.stream().anyMatch(x -> x.is("aan"))) { //$NON-NLS-1$
                    return i;
                }
                continue;
            }
            if (t.is("legt", "legde")) { //$NON-NLS-1$ //$NON-NLS-2$
                if (tokens.stream().anyMatch(x -> x.is("uit"))) { //$NON-NLS-1$
                    return i;
                }
                continue;
            }
            if (t.is("stelt", "stelde", "voelt", "merkt", "vraagt", "vroeg", "schat")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                // only with a clause after it or as an attribution: "ze voelt zich eenzaam" is no report
                if (i == tokens.size() - 1 || i + 2 >= tokens.size() || t.is("schat")) { //$NON-NLS-1$
                    return i;
                }
                continue;
            }
            if (SAYING.contains(stem) || FINDING.contains(t.lower()) || DIRECT.contains(stem) || t.is("diagnose")) { //$NON-NLS-1$
                return i;
            }
        }
        return -1;
    }

    /** A short clause of a reporting verb and its subject after what it reports: "zegt hij zelf", "aldus mevrouw". */
    private static boolean isAttribution(Clause clause, int verb) {
        List<Token> tokens = clause.tokens();
        if (verb > 1 || tokens.size() > 5) {
            return false;
        }
        if (verb == 0 && tokens.size() <= 4 && !clause.negated() && !clause.opener().equals("dat")) { //$NON-NLS-1$
            return true; // the verb first, then its subject: "zegt zijn ex-vrouw", "schat ze"
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (i != verb && !ATTRIBUTION_FILLER.contains(tokens.get(i).lower()) && !Character.isUpperCase(tokens.get(i).text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Convenience: the reported flag per token of the sentence, in order. */
    public static List<Boolean> reportedTokens(String sentence) {
        Result r = of(sentence);
        List<Boolean> out = new ArrayList<>();
        for (int c = 0; c < r.clauses().size(); c++) {
            for (int k = 0; k < r.clauses().get(c).tokens().size(); k++) {
                out.add(Boolean.valueOf(r.reported()[c] && k >= r.from()[c]));
            }
        }
        return out;
    }
}
