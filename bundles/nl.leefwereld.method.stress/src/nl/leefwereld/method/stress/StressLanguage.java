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

/**
 * Finds stress-adding language in a text (an utterance of the professional, a letter): demands and obligations,
 * sanctions and threats, deadlines, jargon and abbreviations (from the rules file {@code rules/taal.tsv}, each with
 * a plainer alternative where one is known), capitalised abbreviations not in the rules, sentences of more than
 * {@value #LONG_SENTENCE_WORDS} words and many steps at once ({@value #MANY_STEPS} or more instructions or
 * enumeration items in one text). Every flag says which words triggered it. Immutable and thread-safe.
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

    /** A rule of the rules file. */
    public record Rule(Kind kind, Pattern pattern, String alternative, int line) {
    }

    /** The rules file in this bundle. */
    public static final String RULES = "/rules/taal.tsv"; //$NON-NLS-1$

    private static final Pattern ABBREVIATION = Pattern.compile("\\b\\p{Lu}{2,6}\\b"); //$NON-NLS-1$
    /** Abbreviations that are ordinary words for most readers. */
    private static final List<String> KNOWN_ABBREVIATIONS = List.of("OK", "ID", "TV", "PC", "NL"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    /** An instruction: a sentence that starts (after a linking word) with an imperative, or "u moet/dient". */
    private static final Pattern INSTRUCTION = Pattern.compile("(?iu)^(?:(?:en|ook|verder|daarnaast|vervolgens|dan|daarna|tot slot|tenslotte|ten slotte|bovendien)[,]?\\s+)?" //$NON-NLS-1$
            + "(?:stuur|lever|vul|neem|breng|zorg|meld|onderteken|bel|maak|upload|geef|kom|lees|controleer|bewaar|wijzig|schrijf|vraag|regel|ga|houd|hou|let|toon|overleg|print|mail|log|teken|schrijf|kopieer|scan)\\b" //$NON-NLS-1$
            + "|\\b(?:u moet|moet u|u dient|dient u|u bent verplicht|bent u verplicht|wilt u)\\b"); //$NON-NLS-1$

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

    public List<Rule> rules() {
        return rules;
    }

    /** All flags of a text, ordered by position. Overlapping word matches keep the longest. */
    public List<Flag> check(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Flag> words = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                words.add(wordFlag(text, rule.kind(), m.start(), m.end(), rule.alternative()));
            }
        }
        Matcher abbreviation = ABBREVIATION.matcher(text);
        while (abbreviation.find()) {
            String a = abbreviation.group();
            if (!KNOWN_ABBREVIATIONS.contains(a) && !isRomanNumeral(a)) {
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

        List<DutchText.Sentence> sentences = DutchText.sentences(text);
        List<DutchText.Sentence> steps = new ArrayList<>();
        for (DutchText.Sentence s : sentences) {
            int n = s.words().size();
            if (n > LONG_SENTENCE_WORDS) {
                result.add(new Flag(Kind.LONG_SENTENCE, s.start(), s.end(), DutchText.lineOf(text, s.start()), s.text(),
                        NLS.bind(Messages.Flag_longSentence, Integer.valueOf(n), Integer.valueOf(LONG_SENTENCE_WORDS)),
                        Messages.Flag_longSentenceAlternative));
            }
            if (INSTRUCTION.matcher(s.text()).find() || isEnumerationItem(text, s.start())) {
                steps.add(s);
            }
        }
        if (steps.size() >= MANY_STEPS) {
            DutchText.Sentence first = steps.get(0);
            DutchText.Sentence last = steps.get(steps.size() - 1);
            List<String> heads = steps.stream().map(s -> head(s)).toList();
            result.add(new Flag(Kind.MANY_STEPS, first.start(), last.end(), DutchText.lineOf(text, first.start()), first.text(),
                    NLS.bind(Messages.Flag_manySteps, Integer.valueOf(steps.size()), String.join("; ", heads)), //$NON-NLS-1$
                    Messages.Flag_manyStepsAlternative));
        }
        result.sort(Comparator.comparingInt(Flag::start).thenComparing(Flag::kind));
        return result;
    }

    private static String head(DutchText.Sentence s) {
        List<DutchText.Word> w = s.words();
        int n = Math.min(4, w.size());
        String h = s.text().substring(w.get(0).start() - s.start(), w.get(n - 1).end() - s.start());
        return n < w.size() ? h + " \u2026" : h; //$NON-NLS-1$
    }

    private static boolean isEnumerationItem(String text, int sentenceStart) {
        return DutchText.enumerationItems(text).contains(Integer.valueOf(sentenceStart));
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
