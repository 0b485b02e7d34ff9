// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct identifiers in Dutch free text: phone numbers, BSN (11-proef), IBAN (mod-97), e-mail addresses,
 * postcodes, full dates, Dutch licence plates (sidecodes) and names of people. Numbers are found by pattern and
 * checked where a check exists; names with the Dutch first-name and surname lists ({@code names/*.txt}, see their
 * headers for source and licence), the names of the conversation's participants, and context:
 * <ul>
 * <li>a listed name that is no ordinary Dutch word counts in any case and position ({@code Samira}, {@code nora},
 * {@code DANIEL});</li>
 * <li>a listed name that is also an ordinary word ({@code Roos}, {@code Bakker}, {@code Mark}) counts only with a
 * capital inside a sentence, after a title or relation word ({@code mevrouw}, {@code dokter}, {@code mijn zus}),
 * after a tussenvoegsel ({@code van der Meer}) or next to another name ({@code Mark Jansen});</li>
 * <li>any other capitalised word inside a sentence counts as a name or place, unless it is a common capitalised
 * word ({@code U}, {@code Nederland}, {@code Wmo}, …).</li>
 * </ul>
 * Adjacent name words with their tussenvoegsels form one name ({@code Thijs van Dam}). Stateless apart from the
 * participants' names; not thread-safe.
 */
public final class IdentifierDetector {

    /** What was found. */
    public enum Kind {
        PHONE, BSN, IBAN, EMAIL, POSTCODE, DATE, PLATE, NAME
    }

    /** One identifier: its kind and where it is in the text. */
    public record Found(Kind kind, int start, int end, String text) {
    }

    private static final String NOT_BEFORE = "(?<![\\p{L}\\p{N}_@.+])"; //$NON-NLS-1$
    private static final String NOT_AFTER = "(?![\\p{L}\\p{N}_@])"; //$NON-NLS-1$

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.\\p{L}{2,}"); //$NON-NLS-1$
    private static final Pattern IBAN = Pattern
            .compile(NOT_BEFORE + "[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}+(?: ?[A-Z0-9]{1,3})?+" + NOT_AFTER); //$NON-NLS-1$
    private static final Pattern NL_IBAN_SHAPE = Pattern.compile("NL\\d{2}[A-Z]{4}\\d{10}"); //$NON-NLS-1$
    private static final String SEP = "(?:\\s?[\\-.]\\s?|\\s)?"; //$NON-NLS-1$
    private static final Pattern PHONE_INTERNATIONAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:\\+|00)[1-9]\\d{0,2}(?:\\s?\\(0\\)\\s?)?(?:" + SEP + "\\(?\\d\\)?){6,13}(?!\\p{N})"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Pattern PHONE_NATIONAL = Pattern
            .compile("(?<![\\p{L}\\p{N}+\\-.])\\(?0\\)?(?:" + SEP + "\\(?\\d\\)?){9,10}(?!\\p{N})"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Pattern BSN = Pattern.compile(
            "(?<![\\p{N}.\\-])(?:\\d{9}|\\d{4}[. ]\\d{2}[. ]\\d{3}|\\d{3}[. ]\\d{3}[. ]\\d{3}|\\d{2}[. ]\\d{2}[. ]\\d{2}[. ]\\d{3})(?![\\p{N}]|[.\\-]\\d)"); //$NON-NLS-1$
    private static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december" //$NON-NLS-1$
            + "|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"; //$NON-NLS-1$
    private static final Pattern DATE = Pattern.compile("(?<![\\p{N}])(?:" //$NON-NLS-1$
            + "(?:0?[1-9]|[12]\\d|3[01])([\\-/.])(?:0?[1-9]|1[0-2])\\1(?:19|20)?\\d{2}" //$NON-NLS-1$
            + "|(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])" //$NON-NLS-1$
            + "|(?:0?[1-9]|[12]\\d|3[01])(?:e|ste|de)?\\s+(?:" + MONTHS + ")\\.?\\s+(?:(?:19|20)\\d{2}|'\\d{2})" //$NON-NLS-1$ //$NON-NLS-2$
            + ")(?![\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE); //$NON-NLS-1$
    private static final Pattern PLATE = Pattern.compile("(?<![\\p{L}\\p{N}\\-])(?:" //$NON-NLS-1$
            + "[A-Z]{2}-\\d{2}-\\d{2}|\\d{2}-\\d{2}-[A-Z]{2}|\\d{2}-[A-Z]{2}-\\d{2}|[A-Z]{2}-\\d{2}-[A-Z]{2}" //$NON-NLS-1$
            + "|[A-Z]{2}-[A-Z]{2}-\\d{2}|\\d{2}-[A-Z]{2}-[A-Z]{2}|\\d{2}-[A-Z]{3}-\\d|\\d-[A-Z]{3}-\\d{2}" //$NON-NLS-1$
            + "|[A-Z]{2}-\\d{3}-[A-Z]|[A-Z]-\\d{3}-[A-Z]{2}|[A-Z]{3}-\\d{2}-[A-Z]|[A-Z]-\\d{2}-[A-Z]{3}" //$NON-NLS-1$
            + "|\\d-[A-Z]{2}-\\d{3}|\\d{3}-[A-Z]{2}-\\d" //$NON-NLS-1$
            + ")(?![\\p{L}\\p{N}\\-])"); //$NON-NLS-1$
    /** Upper-case letters with an optional space, or lower-case letters written together; SA, SD, SS are not used. */
    private static final Pattern POSTCODE = Pattern
            .compile("(?<![\\p{L}\\p{N}\\-])[1-9]\\d{3}(?:\\s?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})(?![\\p{L}\\p{N}])"); //$NON-NLS-1$

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['\u2019]\\p{L}+)?(?:-\\p{L}[\\p{L}\\p{M}]*)*"); //$NON-NLS-1$
    private static final String SENTENCE_END = ".!?:;\u2026\n\r"; //$NON-NLS-1$
    private static final String OPENERS = "\"'\u201C\u201D\u2018\u2019\u201E([{-\u2013\u2014*"; //$NON-NLS-1$

    /** Tussenvoegsels: part of a surname when a name follows. */
    static final Set<String> PARTICLES = Set.of("de", "van", "der", "den", "het", "'t", "ter", "ten", "te", "in", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "op", "la", "le", "du", "da", "von", "el", "al", "bin", "ben", "ibn", "dos", "del", "di", "vd", "v.d."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$

    /** Tussenvoegsels that are taken into the name span when they stand right before it. */
    private static final Set<String> JOINING = Set.of("de", "van", "der", "den", "het", "'t", "ter", "ten", "von", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "la", "le", "du", "da", "el", "al", "bin", "ben", "ibn", "dos", "del", "di", "vd"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$

    /** Words after which a capitalised or listed word is a name: titles and relations. Lower case, no dot. */
    private static final Set<String> CUES = Set.of("meneer", "mevrouw", "mevr", "mw", "dhr", "heer", "mr", "dr", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "drs", "ir", "ing", "prof", "dokter", "huisarts", "juf", "juffrouw", "meester", "zuster", "agent", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "tante", "oom", "ome", "opa", "oma", "neef", "nicht", "zus", "zusje", "broer", "broertje", "zoon", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
            "dochter", "vriend", "vriendin", "vrouw", "man", "moeder", "vader", "ex", "collega", "buurman", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "buurvrouw", "baas", "partner", "schoonmoeder", "schoonvader", "stiefvader", "stiefmoeder", "heet", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "genaamd", "met", "bij", "aan", "voor", "van", "en"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    /** Titles: a capitalised word after these is a name even when it is an ordinary word. */
    private static final Set<String> TITLES = Set.of("meneer", "mevrouw", "mevr", "mw", "dhr", "heer", "mr", "dr", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "drs", "ir", "ing", "prof", "dokter", "juf", "juffrouw", "meester", "zuster", "agent"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

    private static final class Lists {
        static final Set<String> FIRST = read("names/first-names.txt"); //$NON-NLS-1$
        static final Set<String> SURNAMES = read("names/surnames.txt"); //$NON-NLS-1$
        static final Set<String> NAME_WORDS = read("names/name-words.txt"); //$NON-NLS-1$
        static final Set<String> COMMON = read("names/common-words.txt"); //$NON-NLS-1$

        private static Set<String> read(String resource) {
            Set<String> set = new HashSet<>();
            try (InputStream in = IdentifierDetector.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource); //$NON-NLS-1$
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String l = line.strip();
                    if (!l.isEmpty() && !l.startsWith("#")) { //$NON-NLS-1$
                        set.add(l.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(set);
        }
    }

    /** Lower-case words of the participants' names (not particles). */
    private final Set<String> known = new HashSet<>();

    /** Adds a participant or other known person: each word of the name counts as a name wherever it appears. */
    public IdentifierDetector addKnownName(String fullName) {
        if (fullName != null) {
            Matcher m = WORD.matcher(fullName);
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (w.length() >= 2 && !PARTICLES.contains(w) && !Lists.COMMON.contains(w)) {
                    known.add(w);
                }
            }
        }
        return this;
    }

    /** Whether a word is a listed first name or surname (any case). */
    public static boolean isListedName(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Lists.FIRST.contains(w) || Lists.SURNAMES.contains(w);
    }

    /** Whether a word is an ordinary Dutch word (also when it is a name too, like {@code Roos} or {@code Bakker}). */
    public static boolean isOrdinaryWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Lists.NAME_WORDS.contains(w) || Lists.COMMON.contains(w) || NameScrubber.isCommonCapitalised(w);
    }

    /** Whether a word is a common Dutch word that is never taken for a name on its own. */
    public static boolean isCommonWord(String word) {
        return Lists.COMMON.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Every identifier in the text, in text order, without overlaps; numbers and e-mail before names. */
    public List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        boolean[] taken = new boolean[text.length() + 1];
        add(found, taken, text, EMAIL, Kind.EMAIL);
        Matcher m = IBAN.matcher(text);
        while (m.find()) {
            int end = validIbanEnd(text, m.start(), m.end());
            if (end > 0) {
                mark(found, taken, text, Kind.IBAN, m.start(), end);
            }
        }
        add(found, taken, text, DATE, Kind.DATE);
        add(found, taken, text, PLATE, Kind.PLATE);
        add(found, taken, text, PHONE_INTERNATIONAL, Kind.PHONE);
        m = BSN.matcher(text);
        while (m.find()) {
            if (!overlaps(taken, m.start(), m.end()) && elfProef(m.group().replaceAll("\\D", ""))) { //$NON-NLS-1$
                mark(found, taken, text, Kind.BSN, m.start(), m.end());
            }
        }
        add(found, taken, text, PHONE_NATIONAL, Kind.PHONE);
        add(found, taken, text, POSTCODE, Kind.POSTCODE);
        findNames(text, taken, found);
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private static void add(List<Found> found, boolean[] taken, String text, Pattern p, Kind kind) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int end = m.end();
            // a number pattern may take a trailing separator or bracket: give it back
            while (end > m.start() && " -.()".indexOf(text.charAt(end - 1)) >= 0) { //$NON-NLS-1$
                end--;
            }
            if (!overlaps(taken, m.start(), end)) {
                mark(found, taken, text, kind, m.start(), end);
            }
        }
    }

    private static void mark(List<Found> found, boolean[] taken, String text, Kind kind, int start, int end) {
        found.add(new Found(kind, start, end, text.substring(start, end)));
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /** The end of the longest prefix that is a valid IBAN (mod 97), or of a Dutch IBAN shape; -1 when none. */
    private static int validIbanEnd(String text, int start, int end) {
        for (int e = end; e - start >= 15; e--) {
            if (!Character.isLetterOrDigit(text.charAt(e - 1))) {
                continue;
            }
            String compact = text.substring(start, e).replace(" ", ""); //$NON-NLS-1$ //$NON-NLS-2$
            if (compact.length() >= 15 && compact.length() <= 34 && (mod97(compact) || NL_IBAN_SHAPE.matcher(compact).matches())
                    && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)))) {
                return e;
            }
        }
        return -1;
    }

    /** Whether the text (spaces allowed) is an IBAN with valid check digits. */
    public static boolean isValidIban(String iban) {
        String compact = iban.replace(" ", "").toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        return compact.length() >= 15 && compact.length() <= 34 && compact.matches("[A-Z]{2}\\d{2}[A-Z0-9]+") //$NON-NLS-1$
                && mod97(compact);
    }

    /** Whether the text (dots and spaces allowed) is a BSN: nine digits that pass the 11-proef. */
    public static boolean isValidBsn(String bsn) {
        return elfProef(bsn.replaceAll("[ .]", "")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The IBAN check: the rearranged number modulo 97 is 1 (computed digit by digit, no big numbers). */
    static boolean mod97(String iban) {
        int remainder = 0;
        for (int i = 0; i < iban.length(); i++) {
            char c = iban.charAt((i + 4) % iban.length());
            if (c >= '0' && c <= '9') {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return remainder == 1;
    }

    /** The BSN check (11-proef): 9×d1 + 8×d2 + … + 2×d8 − d9 is a multiple of 11, and not all zeros. */
    static boolean elfProef(String digits) {
        if (!digits.matches("\\d{9}") || digits.chars().allMatch(c -> c == '0')) { //$NON-NLS-1$
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    private record Token(int start, int end, String word, String lower) {
    }

    private void findNames(String text, boolean[] taken, List<Found> found) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.start(), m.end(), m.group(), m.group().toLowerCase(Locale.ROOT)));
        }
        boolean[] name = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!overlaps(taken, t.start(), t.end())) {
                name[i] = isName(text, tokens, i);
            }
        }
        // a second pass: an ordinary-word name next to a found name belongs to it (Mark Jansen, Jan de Boer)
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < tokens.size(); i++) {
                if (!name[i] && isCapitalised(tokens.get(i).word()) && isListed(tokens.get(i).lower())
                        && !Lists.COMMON.contains(tokens.get(i).lower())
                        && (i > 0 && name[i - 1] && adjacent(text, tokens.get(i - 1), tokens.get(i))
                                || i + 1 < tokens.size() && name[i + 1] && adjacent(text, tokens.get(i), tokens.get(i + 1)))
                        && !overlaps(taken, tokens.get(i).start(), tokens.get(i).end())) {
                    name[i] = true;
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!name[i]) {
                continue;
            }
            // tussenvoegsels directly before the name belong to it (van der Meer, De Vries)
            int first = i;
            while (first > 0 && JOINING.contains(tokens.get(first - 1).lower())
                    && adjacent(text, tokens.get(first - 1), tokens.get(first))
                    && !overlaps(taken, tokens.get(first - 1).start(), tokens.get(first - 1).end())) {
                first--;
            }
            if (first < i && !(first > 0 && name[first - 1] && adjacent(text, tokens.get(first - 1), tokens.get(first)))
                    && !isCapitalised(tokens.get(first).word()) && !TITLES.contains(previousWord(tokens, first))
                    && !isCapitalised(tokens.get(i).word())) {
                first = i; // "de bakker" stays a bakker
            }
            // "het" and "'t" begin a surname only after another particle (van het Hof, in 't Veld), else an article
            while (first < i && (tokens.get(first).lower().equals("het") || tokens.get(first).lower().equals("'t"))) { //$NON-NLS-1$ //$NON-NLS-2$
                first++;
            }
            int last = i;
            while (true) {
                // the next name, directly or after tussenvoegsels (Jan van der Meer)
                int k = last + 1;
                while (k < tokens.size() && JOINING.contains(tokens.get(k).lower())
                        && adjacent(text, tokens.get(k - 1), tokens.get(k))) {
                    k++;
                }
                if (k < tokens.size() && name[k] && adjacent(text, tokens.get(k - 1), tokens.get(k))) {
                    last = k;
                } else {
                    break;
                }
            }
            int start = tokens.get(first).start();
            int end = tokens.get(last).end();
            if (!overlaps(taken, start, end)) {
                mark(found, taken, text, Kind.NAME, start, end);
            }
            i = last;
        }
    }

    /** Only white space (no line break, no punctuation) between two tokens. */
    private static boolean adjacent(String text, Token a, Token b) {
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u00A0') {
                return false;
            }
        }
        return a.end() < b.start();
    }

    private boolean isListed(String lower) {
        return known.contains(lower) || Lists.FIRST.contains(lower) || Lists.SURNAMES.contains(lower);
    }

    private boolean isName(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String lower = t.lower();
        if (lower.length() < 2 || PARTICLES.contains(lower) || NameScrubber.isCommonCapitalised(lower)) {
            return false;
        }
        if (Lists.COMMON.contains(lower)) {
            // a frequent word is a name only as a capitalised surname after a tussenvoegsel (Jan van der Meer)
            return isCapitalised(t.word()) && i > 0 && JOINING.contains(previousWord(tokens, i))
                    && adjacentToPrevious(text, tokens, i) && !startsSentence(text, tokens.get(i - 1).start());
        }
        if (lower.indexOf('-') > 0) {
            // a compound with an ordinary part (KvK-nummer, Noord-Holland is a place, Jan-Willem a name)
            for (String part : t.word().split("-")) { //$NON-NLS-1$
                if (!part.isEmpty() && !Character.isUpperCase(part.codePointAt(0))) {
                    return false;
                }
            }
        }
        String previous = previousWord(tokens, i);
        boolean capital = isCapitalised(t.word());
        boolean upper = isUpper(t.word());
        boolean start = startsSentence(text, t.start());
        boolean afterTitle = TITLES.contains(previous) && adjacentToPrevious(text, tokens, i);
        boolean afterCue = CUES.contains(previous) && adjacentToPrevious(text, tokens, i);
        boolean afterParticle = PARTICLES.contains(previous) && adjacentToPrevious(text, tokens, i);
        if (known.contains(lower)) {
            return true;
        }
        boolean listed = Lists.FIRST.contains(lower) || Lists.SURNAMES.contains(lower);
        boolean ordinary = Lists.NAME_WORDS.contains(lower);
        if (listed && !ordinary) {
            // lower case only for first names: a lower-case surname alone is too often an ordinary word
            return capital || upper || Lists.FIRST.contains(lower) && lower.length() >= 3;
        }
        if (listed) {
            return capital && (!start || afterTitle) || (capital || upper) && afterCue && !start;
        }
        if (capital && afterTitle) {
            return true;
        }
        // the heuristic: a capitalised word inside a sentence that is no ordinary word written with a capital
        return capital && !start && !afterParticle && !ordinary
                || capital && afterParticle && !start;
    }

    private static boolean adjacentToPrevious(String text, List<Token> tokens, int i) {
        return i > 0 && adjacentOrDot(text, tokens.get(i - 1), tokens.get(i));
    }

    /** White space, optionally after a dot (dhr. Jansen). */
    private static boolean adjacentOrDot(String text, Token a, Token b) {
        int i = a.end();
        if (i < b.start() && text.charAt(i) == '.') {
            i++;
        }
        for (; i < b.start(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u00A0') {
                return false;
            }
        }
        return a.end() < b.start();
    }

    private static String previousWord(List<Token> tokens, int i) {
        return i > 0 ? tokens.get(i - 1).lower() : ""; //$NON-NLS-1$
    }

    /** Upper-case first letter and at least one lower-case letter. */
    static boolean isCapitalised(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUpper(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True at the start of the text or after a sentence end (skipping spaces, quotes and brackets). */
    static boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0'
                || OPENERS.indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || SENTENCE_END.indexOf(text.charAt(i)) >= 0;
    }
}
