// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Dutch text layer shared by the methods: sentences, words, tokens with matching keys ({@link DutchStemmer}),
 * clauses, negation, and syllables. Plain heuristics, documented here so a person can check a figure:
 * <ul>
 * <li>A sentence ends at {@code . ! ?} followed by white space or the end, unless the word before the full stop is
 * a known abbreviation ({@code bijv., o.a., art., nr., …}), a single lower-case letter other than "u" or has a dot
 * inside ({@code d.w.z.}); it also ends at a
 * blank line and at a line ending with {@code : ,} followed by a line break (salutations, headings), and at the
 * end of a line that starts an enumeration ({@code -, •, 1.}).</li>
 * <li>A word is a run of letters and digits, with inner hyphens and apostrophes ({@code re-integratie},
 * {@code auto's}); a number with its separators ({@code 1.250,00}) and a dotted abbreviation ({@code d.w.z.}) are
 * one word.</li>
 * <li>Syllables: vowel groups, where Dutch long vowels and diphthongs ({@code aa ee oo uu ie oe eu ei ij ui ou au})
 * and {@code aai ooi oei eeu ieu} count as one, a vowel with a diaeresis ({@code ë ï}) starts a new syllable,
 * abbreviations in capitals are spelled letter by letter ({@code UWV} = 3), and every word has at least one.</li>
 * <li>Clauses ({@link #clauses(String)}): a sentence is cut at {@code , ; : ( ) –} and before a conjunction that opens a
 * clause ({@code want, omdat, terwijl, dat, als, toen, ...}; {@code maar}, {@code en}, {@code of} and {@code al} only after a comma or
 * before a pronoun), so rules can work per clause.</li>
 * <li>Negation: {@code niet, geen, nooit, niets, niks, nergens, niemand, allerminst}.</li>
 * </ul>
 */
public final class DutchText {

    /** A sentence: its span in the text and its words. */
    public record Sentence(int start, int end, String text, List<Word> words) {
    }

    /** A word: its span in the text. */
    public record Word(int start, int end, String text) {
    }

    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{L}\\.){2,}|\\p{N}+(?:[.,]\\p{N}+)*|[\\p{L}\\p{N}]+(?:['\u2019\\-][\\p{L}\\p{N}]+)*"); //$NON-NLS-1$
    private static final Pattern ENUMERATION_LINE = Pattern.compile("(?m)^[ \\t]*(?:[-\u2022*\u2013]|\\d{1,2}[.)]|[a-z][.)])[ \\t]+"); //$NON-NLS-1$
    private static final Set<String> ABBREVIATIONS = Set.of("bijv", "bv", "art", "nr", "enz", "etc", "ca", "dhr", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "mevr", "mw", "mr", "dr", "drs", "ir", "tel", "lid", "jl", "resp", "evt", "incl", "excl", "blz", "vs", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
            "zgn", "ivm", "mbt", "tav", "dwz", "oa"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final String[] VOWEL_UNITS = { "aai", "ooi", "oei", "eeu", "ieu", "aa", "ee", "oo", "uu", "ie", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "oe", "eu", "ei", "ij", "ui", "ou", "au" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    private static final Set<String> NEGATIONS = Set.of("niet", "geen", "nooit", "niets", "niks", "nergens", "niemand", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "allerminst", "geeneens"); //$NON-NLS-1$ //$NON-NLS-2$
    /** Conjunctions that always open a clause. */
    private static final Set<String> OPENERS = Set.of("want", "omdat", "terwijl", "dat", "als", "toen", "zodat", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "doordat", "waardoor", "hoewel", "nadat", "voordat", "wanneer", "indien", "zodra", "alsof", "dus", "echter", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "daarna", "vervolgens", "dan", "tenslotte", "waarna", "wat"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    /** Conjunctions that open a clause after a comma or before a pronoun ("en hij", "of dat"). */
    private static final Set<String> WEAK_OPENERS = Set.of("en", "of", "al", "doch", "zelfs", "sinds", "maar"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    private static final Set<String> PRONOUNS = Set.of("ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij", "jullie", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "dat", "het", "er", "dit", "daar", "meneer", "mevrouw"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    private static final String CLAUSE_PUNCTUATION = ",;:()\u2013\u2014"; //$NON-NLS-1$

    private DutchText() {
    }

    /** Whether a lower-case word negates. */
    public static boolean isNegation(String lower) {
        return NEGATIONS.contains(lower);
    }

    /** The words of {@code text} between {@code from} and {@code to} as tokens with their matching keys. */
    public static List<Token> tokens(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        for (Word w : words(text, from, to)) {
            String lower = w.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            tokens.add(new Token(w.text(), lower, DutchStemmer.stem(lower), w.start(), w.end()));
        }
        return tokens;
    }

    public static List<Token> tokens(String text) {
        return tokens(text, 0, text.length());
    }

    /** The clauses of one sentence (see the class comment), each with at least one word. */
    public static List<Clause> clauses(String sentence) {
        List<Clause> clauses = new ArrayList<>();
        List<Token> tokens = tokens(sentence);
        List<Token> current = new ArrayList<>();
        String opener = ""; //$NON-NLS-1$
        boolean colon = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int gapFrom = i == 0 ? 0 : tokens.get(i - 1).end();
            String gap = sentence.substring(gapFrom, t.start());
            boolean punctuation = i > 0 && gap.chars().anyMatch(c -> CLAUSE_PUNCTUATION.indexOf(c) >= 0)
                    || i > 0 && gap.contains(" - "); //$NON-NLS-1$
            boolean next = i + 1 < tokens.size();
            boolean opens = OPENERS.contains(t.lower()) && !(t.is("dat", "wat") && i > 0 && !punctuation //$NON-NLS-1$ //$NON-NLS-2$
                    && !isVerbLike(tokens.get(i - 1)) && !tokens.get(i - 1).is("zo", "alleen", "maar", "en", "of")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    || WEAK_OPENERS.contains(t.lower()) && (punctuation || next && PRONOUNS.contains(tokens.get(i + 1).lower()));
            if ((punctuation || opens) && !current.isEmpty()) {
                clauses.add(clause(current, opener, colon));
                current = new ArrayList<>();
                opener = ""; //$NON-NLS-1$
            }
            if (current.isEmpty()) {
                colon = i > 0 && gap.contains(":"); //$NON-NLS-1$
                opener = opens ? t.lower() : ""; //$NON-NLS-1$
            }
            current.add(t);
        }
        if (!current.isEmpty()) {
            clauses.add(clause(current, opener, colon));
        }
        return clauses;
    }

    /**
     * Whether "dat"/"wat" after this word opens a subordinate clause: after a verb of saying or thinking (zegt dat,
     * denk dat, weet wat) rather than as a pronoun ("ik geloof dat niet" is rare enough to accept).
     */
    private static boolean isVerbLike(Token t) {
        return !PRONOUNS.contains(t.lower()) && !t.is("de", "het", "een", "van", "op", "in", "met", "voor", "door", "om"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
    }

    private static Clause clause(List<Token> tokens, String opener, boolean colon) {
        return new Clause(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), List.copyOf(tokens), opener, colon);
    }

    /** The words of {@code text} between {@code from} and {@code to}. */
    public static List<Word> words(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            words.add(new Word(m.start(), m.end(), m.group()));
        }
        return words;
    }

    public static List<Word> words(String text) {
        return words(text, 0, text.length());
    }

    /** The sentences of a text, each with at least one word; a single line break does not end a sentence. */
    public static List<Sentence> sentences(String text) {
        return sentences(text, false);
    }

    /**
     * The sentences of a text, each with at least one word.
     *
     * @param lineBreakEnds whether every line break ends a sentence (notes, one per line) or only a blank line,
     *                      a line ending in {@code : , ;} and enumeration lines do (letters with wrapped lines)
     */
    public static List<Sentence> sentences(String text, boolean lineBreakEnds) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = false;
            int cut = i + 1;
            if (c == '.' || c == '!' || c == '?') {
                while (cut < n && (text.charAt(cut) == '.' || text.charAt(cut) == '!' || text.charAt(cut) == '?'
                        || text.charAt(cut) == '"' || text.charAt(cut) == '\u201D' || text.charAt(cut) == ')')) {
                    cut++;
                }
                end = (cut >= n || Character.isWhitespace(text.charAt(cut))) && !(c == '.' && isAbbreviation(text, i));
                if (end) {
                    i = cut - 1;
                }
            } else if (c == '\n') {
                end = lineBreakEnds || blankLineFollows(text, i) || lineEndsWith(text, i, ":,;") || isEnumerationLine(text, i);
                cut = i;
            }
            if (end) {
                add(text, start, cut, sentences);
                start = cut;
            }
        }
        add(text, start, n, sentences);
        return sentences;
    }

    private static void add(String text, int from, int to, List<Sentence> into) {
        List<Word> words = new ArrayList<>(words(text, from, to));
        if (!words.isEmpty() && words.get(0).end() < text.length() && ".)".indexOf(text.charAt(words.get(0).end())) >= 0
                && isEnumerationMarker(text, words.get(0).end())) {
            words.remove(0); // the number of an enumeration item is no word
        }
        if (words.isEmpty()) {
            return;
        }
        int s = words.get(0).start();
        // keep a leading enumeration mark or quote out, but the closing punctuation in
        int e = to;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        into.add(new Sentence(s, e, text.substring(s, e), words));
    }

    private static boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot);
        if (word.isEmpty()) {
            return isEnumerationMarker(text, dot);
        }
        if (word.indexOf('.') >= 0) {
            return true; // d.w.z. o.a. t.a.v.
        }
        return word.length() == 1 && Character.isLowerCase(word.charAt(0)) && word.charAt(0) != 'u' // "Dank u."
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the digits before {@code mark} ({@code .} or {@code )}) are an enumeration number at the start of a line. */
    private static boolean isEnumerationMarker(String text, int mark) {
        int s = mark;
        while (s > 0 && Character.isDigit(text.charAt(s - 1))) {
            s--;
        }
        if (s == mark) {
            return false;
        }
        while (s > 0 && (text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '\t')) {
            s--;
        }
        return s == 0 || text.charAt(s - 1) == '\n';
    }

    private static boolean blankLineFollows(String text, int newline) {
        for (int j = newline + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean lineEndsWith(String text, int newline, String chars) {
        int j = newline - 1;
        while (j >= 0 && (text.charAt(j) == '\r' || text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        return j >= 0 && chars.indexOf(text.charAt(j)) >= 0;
    }

    /** Whether the line ending at {@code newline} is an enumeration item, or the next line starts one. */
    private static boolean isEnumerationLine(String text, int newline) {
        int lineStart = text.lastIndexOf('\n', newline - 1) + 1;
        Matcher here = ENUMERATION_LINE.matcher(text).region(lineStart, newline);
        if (here.lookingAt()) {
            return true;
        }
        int next = text.indexOf('\n', newline + 1);
        Matcher following = ENUMERATION_LINE.matcher(text).region(newline + 1, next < 0 ? text.length() : next);
        return following.lookingAt();
    }

    /** The enumeration items (lines starting with -, •, *, 1., a)) of a text: their start offsets. */
    public static List<Integer> enumerationItems(String text) {
        List<Integer> items = new ArrayList<>();
        Matcher m = ENUMERATION_LINE.matcher(text);
        while (m.find()) {
            items.add(m.end());
        }
        return items;
    }

    /** The 1-based line of an offset. */
    public static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The number of syllables of one word (at least 1). */
    public static int syllables(String word) {
        if (word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch))
                && word.chars().anyMatch(Character::isLetter)) {
            return word.length(); // an abbreviation is spelled: U-W-V
        }
        int count = 0;
        for (String part : word.split("[-'\u2019]")) { //$NON-NLS-1$
            count += syllablesOfPart(part);
        }
        return Math.max(1, count);
    }

    private static int syllablesOfPart(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        int count = 0;
        int i = 0;
        int n = lower.length();
        while (i < n) {
            char c = lower.charAt(i);
            if (isDiaeresis(c)) {
                count++;
                i++;
                continue;
            }
            if (!isVowel(c)) {
                i++;
                continue;
            }
            String plain = strip(lower.substring(i, Math.min(n, i + 3)));
            int len = 1;
            for (String unit : VOWEL_UNITS) {
                if (plain.startsWith(unit) && !containsDiaeresis(lower, i + 1, i + unit.length())) {
                    len = unit.length();
                    break;
                }
            }
            count++;
            i += len;
        }
        if (count == 0 && part.chars().anyMatch(Character::isLetter)) {
            count = 1;
        }
        return count;
    }

    private static boolean containsDiaeresis(String s, int from, int to) {
        for (int j = from; j < to && j < s.length(); j++) {
            if (isDiaeresis(s.charAt(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDiaeresis(char c) {
        return c == '\u00EB' || c == '\u00EF' || c == '\u00F6' || c == '\u00FC' || c == '\u00E4';
    }

    private static boolean isVowel(char c) {
        return "aeiouy\u00E9\u00E8\u00EA\u00E1\u00E0\u00F3\u00F2\u00FA\u00ED".indexOf(c) >= 0; //$NON-NLS-1$
    }

    private static String strip(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
