// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.privacy;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.io.UserFileException;
import nl.leefwereld.core.io.UserFiles;

/**
 * Replaces direct identifiers in free text by keyed pseudonyms ({@code [persoon-1a2b3c4d]}, {@code [naam-5e6f7a8b]},
 * {@code [telefoon-…]}, {@code [bsn-…]}, {@code [iban-…]}, {@code [email-…]}, {@code [postcode-…]},
 * {@code [datum-…]}, {@code [kenteken-…]}). Four sources, in this order of precedence:
 * <ol>
 * <li>numbers, e-mail addresses, postcodes, dates and licence plates found by the {@link IdentifierDetector}
 * (BSN with the 11-proef, IBAN with its check digits); the pseudonym is keyed on a normal form, so
 * {@code 06-12345678} and {@code +31 6 1234 5678} get the same one;</li>
 * <li>known people ({@link #addPerson(String)}: participants, clients' display names, coders): the full name,
 * the last name with its particles ({@code de Vries}) and every part of two or more letters that is not a particle
 * ({@code Sanne}, {@code Vries}); case-insensitive, whole words;</li>
 * <li>a user-supplied list of extra names and places ({@link #addExtra(String)}, {@link #readNameList(Path)}),
 * case-insensitive, whole words;</li>
 * <li>names found by the {@link IdentifierDetector} (Dutch name lists, the participants' names, context, and
 * capitalised words inside a sentence). A name of several words found in any text given to {@link #learn(String)}
 * gets one person's pseudonym, also where its surname or first name appears alone; a capitalised word found as a
 * name inside a sentence is replaced everywhere it is capitalised or in capitals.</li>
 * </ol>
 * The same identifier gives the same pseudonym with the same key. {@link #report()} lists what was replaced, so that
 * a person can check it; the report holds the originals and must be kept apart from the export (owner-only).
 * Not thread-safe.
 */
public final class NameScrubber {

    /** Where a replaced name came from. */
    public enum Source {
        /** A participant, client or coder. */
        KNOWN,
        /** The user's list of names and places. */
        LIST,
        /** A name found with the name lists, the participants' names and context (see {@link IdentifierDetector}). */
        HEURISTIC,
        /** A number, e-mail address, postcode, date or licence plate found by pattern. */
        PATTERN
    }

    /** One replaced name with how often it was replaced. */
    public record Replacement(Source source, String original, String replacement, int count) {
    }

    /** The largest name list read by {@link #readNameList(Path)}: 1 MB. */
    public static final long MAX_LIST_BYTES = 1024 * 1024;
    /** The longest entry of a name list. */
    public static final int MAX_NAME_LENGTH = 200;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:-\\p{L}[\\p{L}\\p{M}]*)*"); //$NON-NLS-1$
    private static final String BEFORE = "(?<![\\p{L}\\p{M}\\p{N}_])"; //$NON-NLS-1$
    private static final String AFTER = "(?![\\p{L}\\p{M}\\p{N}_])"; //$NON-NLS-1$

    /** Name particles: not names on their own. */
    private static final Set<String> PARTICLES = Set.of("de", "van", "der", "den", "het", "'t", "ter", "ten", "te", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "in", "op", "la", "le", "du", "da", "von", "el", "al", "bin", "ben", "ibn", "dos", "del", "di"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$

    /**
     * Dutch words that are capitalised inside a sentence although they are no personal name or place that identifies
     * someone (forms of address, languages, holidays, institutions, apps, role words used as speaker names), plus
     * interjections that often start a turn. Lower case.
     */
    private static final Set<String> COMMON = Set.of(
            "u", "uw", "ik", "je", "jij", "we", "wij", "ze", "zij", "hij", "het", "de", "een", "dat", "die", "dit", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$
            "en", "maar", "want", "dus", "ook", "nou", "ja", "nee", "jawel", "oké", "oke", "ok", "okay", "hm", "hmm", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
            "hè", "he", "hoi", "hallo", "dag", "doei", "goedemorgen", "goedemiddag", "goedenavond", "dank", "bedankt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "sorry", "welkom", "meneer", "mevrouw", "mevr", "mw", "dhr", "mr", "dr", "drs", "ir", "juf", "meester", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
            "god", "heer", "here", "allah", "jezus", "kerst", "kerstmis", "pasen", "pinksteren", "ramadan", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "suikerfeest", "offerfeest", "sinterklaas", "koningsdag", "oud", "nieuw", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "nederland", "nederlands", "nederlandse", "nederlanders", "europa", "europese", "engels", "engelse", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "duits", "duitse", "frans", "franse", "turks", "turkse", "arabisch", "pools", "poolse", "marokkaans", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "marokkaanse", "surinaams", "surinaamse", "antilliaans", "syrisch", "eritrees", "oekraïens", "oekraïense", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "whatsapp", "facebook", "instagram", "google", "teams", "zoom", "digid", "excel", "word", "internet", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "belastingdienst", "toeslagen", "gemeente", "participatiewet", "jeugdwet", "wmo", "bijstand", "wet", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "euro", "corona", "covid", "klantmanager", "consulent", "client", "cliënt", "klant", "huurder", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "professional", "moderator", "gespreksleider", "interviewer", "deelnemer", "spreker", "hulpverlener", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "medewerker", "begeleider", "coach", "mantelzorger", "observator", "waarnemer", "familie", "anders", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            // countries and nationalities: too common to identify anyone
            "polen", "belgië", "belgisch", "belgische", "duitsland", "turkije", "marokko", "suriname", "syrië", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "eritrea", "somalië", "oekraïne", "spanje", "frankrijk", "italië", "portugal", "afghanistan", "irak", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "iran", "ghana", "nigeria", "china", "india", "indonesië", "antillen", "aruba", "curaçao", "bonaire", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "somalisch", "somalische", "afghaans", "afghaanse", "italiaans", "spaans", "portugees", "chinees", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "kvk", "roc", "mbo", "hbo", "havo", "vwo", "vmbo"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    private final PseudonymKey key;
    private final IdentifierDetector detector = new IdentifierDetector();
    /** Normalised term (lower case, single spaces) to its replacement and source. */
    private final Map<String, Term> terms = new LinkedHashMap<>();
    /** Lower-case words found capitalised inside a sentence. */
    private final Set<String> learned = new HashSet<>();
    /** Parts of learned names that are ordinary words: replaced by the person's pseudonym where capitalised. */
    private final Map<String, String> capitalisedParts = new HashMap<>();
    private final Map<String, int[]> counts = new TreeMap<>();
    private final Map<String, Replacement> reported = new TreeMap<>();
    private Pattern pattern;

    private record Term(Source source, String original, String replacement) {
    }

    public NameScrubber(PseudonymKey key) {
        this.key = key;
    }

    /** The pseudonym of a person's name: {@code persoon-} and 8 hex digits; the same for any case and spacing. */
    public String personPseudonym(String name) {
        return "persoon-" + key.hex("person", normalize(name), 8); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The pseudonym of another name or place: {@code naam-} and 8 hex digits. */
    public String namePseudonym(String name) {
        return "naam-" + key.hex("name", normalize(name), 8); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Adds a person whose full name and name parts are replaced by the person's pseudonym. Blank names are ignored. */
    public NameScrubber addPerson(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return this;
        }
        detector.addKnownName(fullName);
        String replacement = '[' + personPseudonym(fullName) + ']';
        String[] parts = fullName.strip().split("\\s+"); //$NON-NLS-1$
        addTerm(fullName, Source.KNOWN, replacement);
        for (int i = 1; i < parts.length; i++) {
            if (PARTICLES.contains(parts[i - 1].toLowerCase(Locale.ROOT)) || i == parts.length - 1) {
                int from = i;
                while (from > 0 && PARTICLES.contains(parts[from - 1].toLowerCase(Locale.ROOT))) {
                    from--;
                }
                addTerm(String.join(" ", List.of(parts).subList(from, parts.length)), Source.KNOWN, replacement); //$NON-NLS-1$
            }
        }
        for (String part : parts) {
            for (String piece : part.contains("-") ? concat(part, part.split("-")) : new String[] { part }) { //$NON-NLS-1$ //$NON-NLS-2$
                String p = piece.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
                String lower = p.toLowerCase(Locale.ROOT);
                if (p.codePointCount(0, p.length()) >= 2 && !PARTICLES.contains(lower) && !COMMON.contains(lower)) {
                    addTerm(p, Source.KNOWN, replacement);
                }
            }
        }
        return this;
    }

    /** Adds a name or place from the user's list, replaced by its {@link #namePseudonym(String)}. */
    public NameScrubber addExtra(String nameOrPlace) {
        if (nameOrPlace != null && !nameOrPlace.isBlank()) {
            addTerm(nameOrPlace, Source.LIST, '[' + namePseudonym(nameOrPlace) + ']');
        }
        return this;
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private void addTerm(String term, Source source, String replacement) {
        String k = normalize(term);
        if (k.isEmpty() || source == Source.KNOWN && !k.contains(" ") && COMMON.contains(k)) { //$NON-NLS-1$
            return;
        }
        Term existing = terms.get(k);
        if (existing == null || existing.source().compareTo(source) > 0) {
            terms.put(k, new Term(source, term.strip(), replacement));
            pattern = null;
        }
    }

    /**
     * Reads the evidence from a text without changing it: every capitalised word found as a name inside a sentence is
     * later replaced wherever it is capitalised, and a name of two or more words ({@code Ronald Brouwer}) is later
     * replaced with one pseudonym wherever the full name or its surname appears. Call for all texts before
     * {@link #scrub(String)}.
     */
    public void learn(String text) {
        if (text == null) {
            return;
        }
        for (IdentifierDetector.Found f : detector.find(text)) {
            if (f.kind() != IdentifierDetector.Kind.NAME) {
                continue;
            }
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(f.text());
            while (m.find()) {
                words.add(m.group());
            }
            long names = words.stream().filter(x -> !PARTICLES.contains(x.toLowerCase(Locale.ROOT))).count();
            if (names >= 2 && terms.get(normalize(f.text())) == null) {
                addLearnedPerson(words);
            }
            for (String w : words) {
                if (isCandidate(w) && !IdentifierDetector.startsSentence(text, f.start())) {
                    learned.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    /** A name of several words found in the texts: the full name and its surname get one person's pseudonym. */
    private void addLearnedPerson(List<String> words) {
        String full = String.join(" ", words); //$NON-NLS-1$
        String replacement = '[' + personPseudonym(full) + ']';
        addTerm(full, Source.HEURISTIC, replacement);
        int from = 1;
        while (from < words.size() && PARTICLES.contains(words.get(from).toLowerCase(Locale.ROOT))) {
            from++;
        }
        int surname = from;
        // the surname with its particles (van Dam) when it is no ordinary word on its own
        if (surname < words.size()) {
            int withParticles = surname;
            while (withParticles > 1 && PARTICLES.contains(words.get(withParticles - 1).toLowerCase(Locale.ROOT))) {
                withParticles--;
            }
            String last = String.join(" ", words.subList(withParticles, words.size())); //$NON-NLS-1$
            if (withParticles < surname || !IdentifierDetector.isOrdinaryWord(words.get(words.size() - 1))) {
                addTerm(last, Source.HEURISTIC, replacement);
            } else {
                // an ordinary word (Brouwer, Bakker): only where it is capitalised
                capitalisedParts.putIfAbsent(normalize(last), replacement);
            }
        }
        if (!IdentifierDetector.isOrdinaryWord(words.get(0))) {
            addTerm(words.get(0), Source.HEURISTIC, replacement);
        } else {
            capitalisedParts.putIfAbsent(normalize(words.get(0)), replacement);
        }
    }

    /** One replacement: where, by what, and why. */
    public record Span(int start, int end, String replacement, Source source, String original) {
    }

    /**
     * What {@link #scrub(String)} would replace in the text, in text order: identifiers found by pattern (phone,
     * BSN, IBAN, e-mail, postcode, date, licence plate), known people and list entries, and names.
     */
    public List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return spans;
        }
        boolean[] taken = new boolean[text.length() + 1];
        List<IdentifierDetector.Found> found = detector.find(text);
        for (IdentifierDetector.Found f : found) {
            if (f.kind() != IdentifierDetector.Kind.NAME) {
                String replacement = '[' + patternPseudonym(f.kind(), f.text()) + ']';
                add(spans, taken, f.start(), f.end(), replacement, Source.PATTERN, f.text());
            }
        }
        Pattern p = pattern();
        if (p != null) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Term t = terms.get(normalize(m.group()));
                if (t != null && !overlaps(taken, m.start(), m.end())) {
                    add(spans, taken, m.start(), m.end(), t.replacement(), t.source(), m.group());
                }
            }
        }
        for (IdentifierDetector.Found f : found) {
            if (f.kind() == IdentifierDetector.Kind.NAME && !overlaps(taken, f.start(), f.end())) {
                Term t = terms.get(normalize(f.text()));
                String replacement = t != null ? t.replacement()
                        : capitalisedParts.getOrDefault(normalize(f.text()), '[' + namePseudonym(f.text()) + ']');
                add(spans, taken, f.start(), f.end(), replacement, Source.HEURISTIC, f.text());
            }
        }
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            if (overlaps(taken, w.start(), w.end())) {
                // a compound holding a known name (Xx-Sanne-Groot): its other capitalised parts are names too
                int at = w.start();
                for (String part : w.group().split("-", -1)) { //$NON-NLS-1$
                    int end = at + part.length();
                    if (!overlaps(taken, at, end) && isCandidate(part) && w.group().contains("-")) { //$NON-NLS-1$
                        add(spans, taken, at, end, '[' + namePseudonym(part) + ']', Source.HEURISTIC, part);
                    }
                    at = end + 1;
                }
                continue;
            }
            String word = w.group();
            String lower = word.toLowerCase(Locale.ROOT);
            if ((isCandidate(word) || word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT)))
                    && (learned.contains(lower) || capitalisedParts.containsKey(lower))) {
                String replacement = capitalisedParts.getOrDefault(lower, '[' + namePseudonym(word) + ']');
                add(spans, taken, w.start(), w.end(), replacement, Source.HEURISTIC, word);
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    private static void add(List<Span> spans, boolean[] taken, int start, int end, String replacement, Source source,
            String original) {
        spans.add(new Span(start, end, replacement, source, original));
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }

    /** The text with names and other identifiers replaced; {@code null} stays {@code null}. */
    public String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<Span> spans = find(text);
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        int at = 0;
        for (Span s : spans) {
            count(s.source(), s.original(), s.replacement());
            b.append(text, at, s.start()).append(s.replacement());
            at = s.end();
        }
        return b.append(text, at, text.length()).toString();
    }

    /**
     * The pseudonym of an identifier found by pattern: a Dutch kind word and 8 hex digits of the identifier in a
     * normal form, so that {@code 06-12345678} and {@code +31 6 1234 5678} get the same pseudonym.
     */
    public String patternPseudonym(IdentifierDetector.Kind kind, String value) {
        String v = value.strip();
        String normal = switch (kind) {
            case PHONE -> {
                String digits = v.replace("(0)", "").replaceAll("[^+0-9]", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                if (digits.startsWith("+31")) { //$NON-NLS-1$
                    digits = '0' + digits.substring(3);
                } else if (digits.startsWith("0031")) { //$NON-NLS-1$
                    digits = '0' + digits.substring(4);
                } else if (digits.startsWith("00")) { //$NON-NLS-1$
                    digits = '+' + digits.substring(2);
                }
                yield digits;
            }
            case BSN -> v.replaceAll("\\D", ""); //$NON-NLS-1$ //$NON-NLS-2$
            case IBAN, POSTCODE -> v.replaceAll("\\s", "").toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
            case PLATE -> v.replace("-", "").toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
            default -> normalize(v);
        };
        String word = switch (kind) {
            case PHONE -> "telefoon"; //$NON-NLS-1$
            case BSN -> "bsn"; //$NON-NLS-1$
            case IBAN -> "iban"; //$NON-NLS-1$
            case EMAIL -> "email"; //$NON-NLS-1$
            case POSTCODE -> "postcode"; //$NON-NLS-1$
            case DATE -> "datum"; //$NON-NLS-1$
            case PLATE -> "kenteken"; //$NON-NLS-1$
            case NAME -> "naam"; //$NON-NLS-1$
        };
        return word + '-' + key.hex(kind.name().toLowerCase(Locale.ROOT), normal, 8);
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /** What was replaced so far, by source and original (the originals are real names: keep the report private). */
    public List<Replacement> report() {
        List<Replacement> list = new ArrayList<>(reported.size());
        for (Map.Entry<String, Replacement> e : reported.entrySet()) {
            Replacement r = e.getValue();
            list.add(new Replacement(r.source(), r.original(), r.replacement(), counts.get(e.getKey())[0]));
        }
        return list;
    }

    private void count(Source source, String original, String replacement) {
        String k = source.ordinal() + "\u0000" + normalize(original); //$NON-NLS-1$
        counts.computeIfAbsent(k, x -> new int[1])[0]++;
        reported.putIfAbsent(k, new Replacement(source, original, replacement, 0));
    }

    private Pattern pattern() {
        if (pattern == null && !terms.isEmpty()) {
            List<String> keys = new ArrayList<>(terms.keySet());
            keys.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            StringBuilder b = new StringBuilder(BEFORE).append("(?:"); //$NON-NLS-1$
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    b.append('|');
                }
                String[] words = keys.get(i).split(" "); //$NON-NLS-1$
                for (int j = 0; j < words.length; j++) {
                    if (j > 0) {
                        b.append("\\s+"); //$NON-NLS-1$
                    }
                    b.append(Pattern.quote(words[j]));
                }
            }
            b.append(')').append(AFTER);
            pattern = Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        return pattern;
    }

    /** Upper-case first letter, at least one lower-case letter, not a common word. */
    private static boolean isCandidate(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        boolean lower = false;
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                lower = true;
                break;
            }
        }
        return lower && !COMMON.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a lower-case word is one of the words that are capitalised without being a name (U, Nederland, …). */
    static boolean isCommonCapitalised(String lower) {
        return COMMON.contains(lower);
    }

    /** Lower case (root locale), NFC, inner white space as one space, trimmed. */
    static String normalize(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Reads a list of names and places: UTF-8, one a line, {@code #} starts a comment line, blank lines ignored.
     *
     * @throws IOException with a localised message naming the file (and line) when it is missing, larger than
     *                     {@link #MAX_LIST_BYTES}, not UTF-8, or has a line longer than {@link #MAX_NAME_LENGTH}
     */
    public static List<String> readNameList(Path file) throws IOException {
        Path f = file.toAbsolutePath();
        String text;
        try {
            text = UserFiles.readText(f, MAX_LIST_BYTES);
        } catch (UserFileException e) {
            throw switch (e.problem()) {
                case MISSING -> new IOException(NLS.bind(Messages.Names_missing, f), e);
                case TOO_LARGE -> new IOException(NLS.bind(Messages.Names_tooLarge, f, Long.valueOf(MAX_LIST_BYTES / 1024)), e);
                default -> e;
            };
        }
        List<String> names = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n"); //$NON-NLS-1$
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            if (line.length() > MAX_NAME_LENGTH || line.indexOf('\0') >= 0) {
                throw new IOException(NLS.bind(Messages.Names_badLine, new Object[] { f, Integer.valueOf(i + 1),
                        Integer.valueOf(MAX_NAME_LENGTH) }));
            }
            names.add(line);
        }
        return names;
    }
}
