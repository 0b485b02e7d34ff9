// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.text.DutchStemmer;
import nl.leefwereld.core.text.DutchText;
import nl.leefwereld.core.text.Token;
import nl.leefwereld.method.stress.Steps.Step;

/**
 * Finds stress-adding language in a text (an utterance of the professional, a letter): demands and obligations,
 * sanctions and threats, deadlines, jargon and abbreviations (from the rules file {@code rules/taal.tsv}, each with
 * a plainer alternative where one is known), capitalised abbreviations not in the rules, sentences of more than
 * {@value #LONG_SENTENCE_WORDS} words and many steps at once ({@value #MANY_STEPS} or more steps in one text, counted
 * within sentences by {@link Steps}). Rules match whole words by regular expression or, written with "~", by the
 * stems of the Dutch text layer, so one rule covers every form ("~terugvorderen": teruggevorderd, terugvordering).
 * Every flag says which words triggered it. Immutable and thread-safe.
 */
public final class StressLanguage {

    /** A sentence with more words than this is long. */
    public static final int LONG_SENTENCE_WORDS = 20;
    /** This many steps (instructions, enumeration items) in one text are too many at once. */
    public static final int MANY_STEPS = 4;

    /** What kind of stress a flag adds; each maps to a code of the method's codebook. */
    public enum Kind {
        DEMAND(StressMethod.CODE_DEMAND),
        SANCTION(StressMethod.CODE_SANCTION),
        DEADLINE(StressMethod.CODE_DEADLINE),
        JARGON(StressMethod.CODE_JARGON),
        LONG_SENTENCE(StressMethod.CODE_LONG_SENTENCE),
        MANY_STEPS(StressMethod.CODE_MANY_STEPS);

        private final String codeId;

        Kind(String codeId) {
            this.codeId = codeId;
        }

        /** The guid of the code in {@code codebook/stress.qdc}. */
        public String codeId() {
            return codeId;
        }

        /** The name in the user's language. */
        public String label() {
            return switch (this) {
                case DEMAND -> Messages.Kind_demand;
                case SANCTION -> Messages.Kind_sanction;
                case DEADLINE -> Messages.Kind_deadline;
                case JARGON -> Messages.Kind_jargon;
                case LONG_SENTENCE -> Messages.Kind_longSentence;
                case MANY_STEPS -> Messages.Kind_manySteps;
            };
        }
    }

    /**
     * One flagged passage.
     *
     * @param kind        what it is
     * @param start       offset of the passage in the text
     * @param end         end offset (exclusive)
     * @param line        the 1-based line of {@code start}
     * @param text        the passage (for long sentences and many steps: the whole sentence or the first step)
     * @param reason      why it is flagged, naming the words, in the user's language
     * @param alternative a plainer way to say it, or {@code null} when none is known
     */
    public record Flag(Kind kind, int start, int end, int line, String text, String reason, String alternative) {
    }

    /**
     * A rule of the rules file: a regular expression over the text, or (a pattern starting with "~") a sequence of
     * words matched on the Dutch text layer's stems ({@code stems} holds its alternatives; {@code pattern} is then
     * {@code null}).
     */
    public record Rule(Kind kind, Pattern pattern, List<List<WordMatcher>> stems, String alternative, int line) {
        public Rule(Kind kind, Pattern pattern, String alternative, int line) {
            this(kind, pattern, null, alternative, line);
        }
    }

    /** One item of a stem rule: a word by its stem, a gap of up to {@value #GAP} words, or a word by a regular expression. */
    public record WordMatcher(String stem, Pattern word, boolean gap) {
        boolean matches(Token t) {
            return stem != null ? stem.equals(t.stem()) : word.matcher(t.lower()).matches();
        }
    }

    /** How many other words "…" in a stem rule may skip. */
    public static final int GAP = 5;

    /** The rules file in this bundle. */
    public static final String RULES = "/rules/taal.tsv"; //$NON-NLS-1$

    private static final Pattern ABBREVIATION = Pattern.compile("\\b\\p{Lu}{2,6}\\b"); //$NON-NLS-1$
    /** Abbreviations that are ordinary words for most readers. */
    private static final List<String> KNOWN_ABBREVIATIONS = List.of("OK", "ID", "TV", "PC", "NL"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    private static volatile StressLanguage defaults;

    private final List<Rule> rules;

    private StressLanguage(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The checker with the rules file of this bundle. */
    public static StressLanguage defaults() {
        StressLanguage d = defaults;
        if (d == null) {
            try (InputStream in = StressLanguage.class.getResourceAsStream(RULES)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + RULES); //$NON-NLS-1$
                }
                d = parse(new InputStreamReader(in, StandardCharsets.UTF_8), RULES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RulesFormatException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            defaults = d;
        }
        return d;
    }

    /**
     * Reads a rules file: lines {@code KIND<TAB>pattern<TAB>alternative[<TAB>cs]}, {@code #} comments.
     *
     * @throws RulesFormatException naming the source and line of the first bad line
     */
    public static StressLanguage parse(Reader reader, String source) throws IOException, RulesFormatException {
        List<Rule> rules = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            String[] cols = line.split("\t"); //$NON-NLS-1$
            if (cols.length < 3) {
                throw new RulesFormatException(NLS.bind(Messages.Rules_columns, source, Integer.valueOf(number)));
            }
            Kind kind;
            try {
                kind = Kind.valueOf(cols[0].trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RulesFormatException(NLS.bind(Messages.Rules_kind, new Object[] { source, Integer.valueOf(number), cols[0] }));
            }
            boolean caseSensitive = cols.length > 3 && cols[3].trim().equalsIgnoreCase("cs"); //$NON-NLS-1$
            String alternativeText = cols[2].trim();
            String alt = alternativeText.isEmpty() || alternativeText.equals("-") ? null : alternativeText; //$NON-NLS-1$
            if (cols[1].trim().startsWith("~")) { //$NON-NLS-1$
                try {
                    rules.add(new Rule(kind, null, stemRule(cols[1].trim()), alt, number));
                } catch (PatternSyntaxException e) {
                    throw new RulesFormatException(NLS.bind(Messages.Rules_pattern, new Object[] { source, Integer.valueOf(number), e.getDescription() }));
                }
                continue;
            }
            Pattern p;
            try {
                p = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + cols[1].trim() + ")(?![\\p{L}\\p{N}])", //$NON-NLS-1$ //$NON-NLS-2$
                        caseSensitive ? Pattern.UNICODE_CHARACTER_CLASS : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
            } catch (PatternSyntaxException e) {
                throw new RulesFormatException(NLS.bind(Messages.Rules_pattern, new Object[] { source, Integer.valueOf(number), e.getDescription() }));
            }
            String alternative = cols[2].trim();
            rules.add(new Rule(kind, p, alternative.isEmpty() || alternative.equals("-") ? null : alternative, number)); //$NON-NLS-1$
        }
        return new StressLanguage(rules);
    }

    private static List<List<WordMatcher>> stemRule(String pattern) {
        List<List<WordMatcher>> alternatives = new ArrayList<>();
        for (String alternative : pattern.split(" \\| ")) { //$NON-NLS-1$
            List<WordMatcher> items = new ArrayList<>();
            for (String item : alternative.trim().split("\\s+")) { //$NON-NLS-1$
                if (item.equals("\u2026") || item.equals("...")) { //$NON-NLS-1$ //$NON-NLS-2$
                    items.add(new WordMatcher(null, null, true));
                } else if (item.startsWith("~")) { //$NON-NLS-1$
                    items.add(new WordMatcher(DutchStemmer.stem(item.substring(1)), null, false));
                } else {
                    items.add(new WordMatcher(null, Pattern.compile(item, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), false));
                }
            }
            alternatives.add(items);
        }
        return alternatives;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The matches of a stem rule in one sentence's tokens: start and end offsets. */
    private static void stemMatches(Rule rule, List<Token> tokens, List<int[]> into) {
        for (List<WordMatcher> items : rule.stems()) {
            for (int i = 0; i < tokens.size(); i++) {
                int end = matchFrom(items, 0, tokens, i);
                if (end >= 0) {
                    into.add(new int[] { tokens.get(i).start(), tokens.get(end).end() });
                }
            }
        }
    }

    /** The index of the last token of a match of {@code items[k..]} starting at token {@code i}, or -1. */
    private static int matchFrom(List<WordMatcher> items, int k, List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return -1;
        }
        WordMatcher m = items.get(k);
        if (m.gap()) {
            for (int skip = 0; skip <= GAP && i + skip < tokens.size(); skip++) {
                int end = matchFrom(items, k + 1, tokens, i + skip);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (!m.matches(tokens.get(i))) {
            return -1;
        }
        return k == items.size() - 1 ? i : matchFrom(items, k + 1, tokens, i + 1);
    }

    /** All flags of a text, ordered by position. Overlapping word matches keep the longest. */
    public List<Flag> check(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Flag> words = new ArrayList<>();
        List<DutchText.Sentence> sentences = DutchText.sentences(text);
        List<List<Token>> sentenceTokens = sentences.stream().map(x -> DutchText.tokens(text, x.start(), x.end())).toList();
        for (Rule rule : rules) {
            if (rule.stems() != null) {
                List<int[]> spans = new ArrayList<>();
                sentenceTokens.forEach(tokens -> stemMatches(rule, tokens, spans));
                spans.forEach(span -> words.add(wordFlag(text, rule.kind(), span[0], span[1], rule.alternative())));
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                words.add(wordFlag(text, rule.kind(), m.start(), m.end(), rule.alternative()));
            }
        }
        Matcher abbreviation = ABBREVIATION.matcher(text);
        while (abbreviation.find()) {
            String a = abbreviation.group();
            if (!KNOWN_ABBREVIATIONS.contains(a) && !isRomanNumeral(a) && !isCode(text, abbreviation.start(), abbreviation.end())) {
                words.add(wordFlag(text, Kind.JARGON, abbreviation.start(), abbreviation.end(), null));
            }
        }
        words.sort(Comparator.comparingInt(Flag::start).thenComparing(Comparator.comparingInt((Flag f) -> f.end() - f.start()).reversed()));
        List<Flag> result = new ArrayList<>();
        int coveredUntil = -1;
        for (Flag f : words) {
            if (f.start() >= coveredUntil) {
                result.add(f);
                coveredUntil = f.end();
            }
        }

        List<Step> steps = new ArrayList<>();
        List<Integer> enumeration = DutchText.enumerationItems(text);
        for (DutchText.Sentence s : sentences) {
            int n = s.words().size();
            if (n > LONG_SENTENCE_WORDS) {
                result.add(new Flag(Kind.LONG_SENTENCE, s.start(), s.end(), DutchText.lineOf(text, s.start()), s.text(),
                        NLS.bind(Messages.Flag_longSentence, Integer.valueOf(n), Integer.valueOf(LONG_SENTENCE_WORDS)),
                        Messages.Flag_longSentenceAlternative));
            }
            steps.addAll(Steps.of(text, s, enumeration.contains(Integer.valueOf(s.start()))));
        }
        if (steps.size() >= MANY_STEPS) {
            Step first = steps.get(0);
            Step last = steps.get(steps.size() - 1);
            List<String> heads = steps.stream().map(Step::head).toList();
            result.add(new Flag(Kind.MANY_STEPS, first.start(), last.end(), DutchText.lineOf(text, first.start()),
                    text.substring(first.start(), first.end()),
                    NLS.bind(Messages.Flag_manySteps, Integer.valueOf(steps.size()), String.join("; ", heads)), //$NON-NLS-1$
                    Messages.Flag_manyStepsAlternative));
        }
        result.sort(Comparator.comparingInt(Flag::start).thenComparing(Flag::kind));
        return result;
    }

    /**
     * A capital abbreviation that is part of a code rather than a word: a postcode (1234 AB), a reference
     * (INK/2025/11093), or letters glued to digits.
     */
    private static boolean isCode(String text, int start, int end) {
        boolean slashOrDigitAround = start > 0 && (text.charAt(start - 1) == '/' || Character.isDigit(text.charAt(start - 1)))
                || end < text.length() && (text.charAt(end) == '/' || Character.isDigit(text.charAt(end)));
        boolean postcode = start >= 5 && text.substring(start - 5, start).matches("\\d{4} ") && end - start == 2; //$NON-NLS-1$
        return slashOrDigitAround || postcode;
    }

    private static boolean isRomanNumeral(String s) {
        return s.matches("[IVXLC]+"); //$NON-NLS-1$
    }

    private static Flag wordFlag(String text, Kind kind, int start, int end, String alternative) {
        String words = text.substring(start, end);
        String reason = switch (kind) {
            case DEMAND -> NLS.bind(Messages.Flag_demand, words);
            case SANCTION -> NLS.bind(Messages.Flag_sanction, words);
            case DEADLINE -> NLS.bind(Messages.Flag_deadline, words);
            case JARGON -> alternative == null && words.equals(words.toUpperCase(Locale.ROOT))
                    ? NLS.bind(Messages.Flag_abbreviation, words) : NLS.bind(Messages.Flag_jargon, words);
            default -> words;
        };
        if (kind == Kind.JARGON && alternative == null) {
            alternative = Messages.Flag_abbreviationAlternative;
        }
        return new Flag(kind, start, end, DutchText.lineOf(text, start), words, reason, alternative);
    }

    /** A bad rules file: the message names the file and line. */
    public static final class RulesFormatException extends Exception {
        private static final long serialVersionUID = 1L;

        public RulesFormatException(String message) {
            super(message);
        }
    }
}
