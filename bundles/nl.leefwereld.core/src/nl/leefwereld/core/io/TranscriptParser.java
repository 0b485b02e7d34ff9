// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.io.TranscriptProblem.Kind;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

/**
 * Reads a plain-text transcript into a {@link Conversation}.
 *
 * <h2>Format</h2>
 * <ul>
 * <li>UTF-8, with or without byte order mark; UTF-16 only with a byte order mark. Line ends {@code \n},
 * {@code \r\n} or {@code \r}.</li>
 * <li>{@code Naam: tekst} starts an utterance of speaker {@code Naam}. Optionally preceded by a time
 * {@code [hh:mm:ss]} or {@code [mm:ss]} (also {@code [h:mm:ss.mmm]}), which becomes the start time.
 * A speaker name is at most 40 characters and 4 words (titles such as {@code Dhr. Mw. Mevr. Dr.}, initials such
 * as {@code J.} and tussenvoegsels such as {@code van der} not counted), starts with a letter and holds no
 * {@code , ? ! ; "}; a dot only ends a title or an initial ({@code Dhr. Jansen}, {@code J. de Vries}), so
 * {@code Ja. Dus: ...} is text. Digits on both sides of the colon ({@code om 10:30 ...}) are a time of day, not a
 * speaker. A name already seen (or declared in a header) is always recognised.</li>
 * <li>Any other line continues the previous utterance (joined with a line break). A line that starts with
 * a space or tab is always a continuation line, so text that itself starts with {@code Word:} can be
 * written indented. A {@code [...]} without digits and colon (e.g. {@code [lacht]}) is text, not a time.</li>
 * <li>Blank lines are ignored: they do not end an utterance.</li>
 * <li>Lines starting with {@code #} are comments. A comment of the form {@code # Key: value} is a header.
 * Known keys (Dutch or English, case and diacritics ignored): {@code Titel/Title}, {@code Soort/Kind}
 * ({@code welkomstgesprek, intake, vervolggesprek, huisbezoek, keukentafelgesprek, klantenpanel, focusgroep,
 * rollenspel, anders} or the model literals), {@code Datum/Date} ({@code 2025-09-08} or
 * {@code 2025-09-08 10:30}), {@code Taal/Language}, and the roles {@code Professional, Gespreksleider,
 * Moderator}, {@code Client/Cliënt/Klant/Huurder/Deelnemer}, {@code Familie}, {@code Mantelzorger},
 * {@code Observator/Waarnemer}, {@code Anders} whose value is a comma-separated list of names. Other headers
 * are kept in {@link TranscriptParseResult#headers()} for the caller.</li>
 * <li>Roles: a name declared in a header gets that role. When no professional is declared, the first
 * undeclared speaker is the professional. Every other speaker is a client.</li>
 * </ul>
 * Lines it cannot read are reported as {@link TranscriptProblem}s with their line number, never dropped in
 * silence. The parser keeps no state between calls.
 */
public final class TranscriptParser {

    /** Default size limit of a file: 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** Default length limit of a line: 100,000 characters. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 100_000;
    /** The most utterances a transcript may hold (a long conversation has a few thousand). */
    public static final int MAX_UTTERANCES = 100_000;
    /** After this many problems the parser stops reading (the file is not a transcript). */
    public static final int MAX_PROBLEMS = 1_000;
    /** The longest title a header may give (the store keeps titles of up to 4000 characters). */
    public static final int MAX_TITLE_LENGTH = 1_000;
    /** The longest language a header may give. */
    public static final int MAX_LANGUAGE_LENGTH = 35;

    private static final Pattern TIME_PREFIX = Pattern.compile("^\\[([^\\]]{0,40})\\]\\s*(.*)$", Pattern.DOTALL); //$NON-NLS-1$
    private static final Pattern TIME_CANDIDATE = Pattern.compile(".*\\d.*:.*|.*:.*\\d.*|[\\d\\s:.,]+"); //$NON-NLS-1$
    private static final Pattern TIME = Pattern.compile("(\\d{1,3}):(\\d{1,2})(?::(\\d{1,2}))?(?:[.,](\\d{1,3}))?"); //$NON-NLS-1$
    private static final Pattern SPEAKER = Pattern.compile("^([^:]{1,60}?)\\s*:(.*)$", Pattern.DOTALL); //$NON-NLS-1$
    private static final Pattern HEADER = Pattern.compile("^#\\s*([^:#]{1,40}?)\\s*:(.*)$"); //$NON-NLS-1$
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$
    /**
     * One or more initials: {@code J.}, {@code A.B.}, and the Dutch two- and three-letter ones {@code Th. Chr. Ph. IJ.}
     * (listed, so that a word such as {@code Ja.} is not taken for one).
     */
    private static final Pattern INITIALS = Pattern.compile("(?:(?:\\p{Lu}|Th|Ch|Chr|Ph|IJ|Ij)\\.)+"); //$NON-NLS-1$
    /** Forms of address and academic titles that may precede a name, written with or without a dot. */
    private static final java.util.Set<String> TITLES = java.util.Set.of("dhr", "hr", "mw", "mevr", "mevrouw", "meneer", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "mr", "dr", "drs", "ir", "ing", "prof", "fam", "ds", "zr", "br"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
    /** Dutch (and a few neighbouring) name particles: {@code van der}, {@code de}, {@code ten}. */
    private static final java.util.Set<String> TUSSENVOEGSELS = java.util.Set.of("van", "de", "der", "den", "het", "'t", "te", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "ten", "ter", "in", "op", "aan", "uit", "von", "la", "le", "du", "da", "di", "el", "al", "bin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$

    private static final Map<String, ParticipantRole> ROLE_KEYS = new LinkedHashMap<>();
    private static final Map<String, ConversationKind> KIND_WORDS = new LinkedHashMap<>();

    static {
        for (String k : new String[] { "professional", "professioneel", "gespreksleider", "moderator" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            ROLE_KEYS.put(k, ParticipantRole.PROFESSIONAL);
        }
        for (String k : new String[] { "client", "klant", "huurder", "deelnemer" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            ROLE_KEYS.put(k, ParticipantRole.CLIENT);
        }
        ROLE_KEYS.put("familie", ParticipantRole.FAMILY); //$NON-NLS-1$
        ROLE_KEYS.put("family", ParticipantRole.FAMILY); //$NON-NLS-1$
        ROLE_KEYS.put("mantelzorger", ParticipantRole.INFORMAL_CARER); //$NON-NLS-1$
        ROLE_KEYS.put("informal carer", ParticipantRole.INFORMAL_CARER); //$NON-NLS-1$
        ROLE_KEYS.put("observator", ParticipantRole.OBSERVER); //$NON-NLS-1$
        ROLE_KEYS.put("waarnemer", ParticipantRole.OBSERVER); //$NON-NLS-1$
        ROLE_KEYS.put("observer", ParticipantRole.OBSERVER); //$NON-NLS-1$
        ROLE_KEYS.put("anders", ParticipantRole.OTHER); //$NON-NLS-1$
        ROLE_KEYS.put("other", ParticipantRole.OTHER); //$NON-NLS-1$

        for (String k : new String[] { "welkomstgesprek", "welkom", "intake", "intakegesprek" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            KIND_WORDS.put(k, ConversationKind.WELCOME);
        }
        KIND_WORDS.put("vervolggesprek", ConversationKind.FOLLOW_UP); //$NON-NLS-1$
        KIND_WORDS.put("vervolg", ConversationKind.FOLLOW_UP); //$NON-NLS-1$
        KIND_WORDS.put("huisbezoek", ConversationKind.HOME_VISIT); //$NON-NLS-1$
        KIND_WORDS.put("keukentafelgesprek", ConversationKind.HOME_VISIT); //$NON-NLS-1$
        KIND_WORDS.put("klantenpanel", ConversationKind.PANEL); //$NON-NLS-1$
        KIND_WORDS.put("focusgroep", ConversationKind.PANEL); //$NON-NLS-1$
        KIND_WORDS.put("rollenspel", ConversationKind.ROLE_PLAY); //$NON-NLS-1$
        KIND_WORDS.put("anders", ConversationKind.OTHER); //$NON-NLS-1$
        for (ConversationKind k : ConversationKind.VALUES) {
            KIND_WORDS.put(k.getLiteral(), k);
        }
    }

    private final long maxBytes;
    private final int maxLineLength;

    public TranscriptParser() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_LINE_LENGTH);
    }

    public TranscriptParser(long maxBytes, int maxLineLength) {
        this.maxBytes = maxBytes;
        this.maxLineLength = maxLineLength;
    }

    /** Reads and parses a file; read errors and the size limit are reported as problems. */
    public TranscriptParseResult parse(Path file) {
        try {
            // only a regular file, its size checked before reading (a pipe would block, /dev/zero never ends)
            return parse(UserFiles.readBytes(file, maxBytes));
        } catch (UserFileException e) {
            if (e.problem() == UserFileException.Problem.TOO_LARGE) {
                return fileProblem(Kind.TOO_LARGE, e.getMessage());
            }
            return fileProblem(Kind.UNREADABLE, e.getMessage());
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return fileProblem(Kind.UNREADABLE, NLS.bind(Messages.Problem_unreadable, file, reason));
        }
    }

    /** Reads a stream (up to the size limit) and parses it. */
    public TranscriptParseResult parse(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            return fileProblem(Kind.TOO_LARGE, NLS.bind(Messages.Problem_tooLarge, megabytes(bytes.length), megabytes(maxBytes)));
        }
        return parse(bytes);
    }

    /** Parses the bytes of a transcript file: checks size, encoding and NUL bytes first. */
    public TranscriptParseResult parse(byte[] bytes) {
        if (bytes.length > maxBytes) {
            return fileProblem(Kind.TOO_LARGE, NLS.bind(Messages.Problem_tooLarge, megabytes(bytes.length), megabytes(maxBytes)));
        }
        Charset charset = StandardCharsets.UTF_8;
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            start = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            start = 2;
        }
        if (charset == StandardCharsets.UTF_8) {
            for (int i = start; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    return fileProblem(Kind.BINARY, NLS.bind(Messages.Problem_binary, Integer.valueOf(i)));
                }
            }
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) ((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = start; i < offset && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return fileProblem(Kind.NOT_TEXT_ENCODING, NLS.bind(Messages.Problem_encoding,
                    new Object[] { Integer.valueOf(line), Integer.valueOf(offset), charset.name() }));
        }
        out.flip();
        String text = out.toString();
        if (charset != StandardCharsets.UTF_8) {
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                return fileProblem(Kind.BINARY, NLS.bind(Messages.Problem_binary, Integer.valueOf(start + 2 * nul)));
            }
        }
        return parse(text);
    }

    /** Parses decoded text. A leading U+FEFF is skipped. */
    public TranscriptParseResult parse(String text) {
        return new Run().parse(text.startsWith("\uFEFF") ? text.substring(1) : text); //$NON-NLS-1$
    }

    /** Lower case, without diacritics, inner white space collapsed: {@code Cliënt} gives {@code client}. */
    static String normalizeKey(String key) {
        String s = Normalizer.normalize(key.trim(), Normalizer.Form.NFD);
        s = DIACRITICS.matcher(s).replaceAll(""); //$NON-NLS-1$
        return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", Double.valueOf(bytes / (1024.0 * 1024.0))); //$NON-NLS-1$
    }

    private static TranscriptParseResult fileProblem(Kind kind, String message) {
        Conversation c = ModelFactory.eINSTANCE.createConversation();
        c.setId(UUID.randomUUID().toString());
        return new TranscriptParseResult(c, List.of(new TranscriptProblem(kind, 0, message)), List.of());
    }

    /** Parses a time such as {@code 00:01:05}, {@code 1:05} or {@code 1:02:03.250} into milliseconds, or -1. */
    public static long parseTime(String s) {
        Matcher m = TIME.matcher(s.trim());
        if (!m.matches()) {
            return -1;
        }
        long first = Long.parseLong(m.group(1));
        long second = Long.parseLong(m.group(2));
        long millis = 0;
        if (m.group(4) != null) {
            String ms = (m.group(4) + "00").substring(0, 3); //$NON-NLS-1$
            millis = Long.parseLong(ms);
        }
        if (m.group(3) != null) {
            long third = Long.parseLong(m.group(3));
            if (second > 59 || third > 59 || m.group(2).length() != 2 || m.group(3).length() != 2) {
                return -1;
            }
            return ((first * 60 + second) * 60 + third) * 1000 + millis;
        }
        if (second > 59 || m.group(2).length() != 2) {
            return -1;
        }
        return (first * 60 + second) * 1000 + millis;
    }

    /**
     * A conversation of unknown kind ({@link ConversationKind#OTHER}) until a {@code Soort:} header says which:
     * the model's default kind (welcome conversation) would claim what the file never said.
     */
    private static Conversation newConversation() {
        Conversation conversation = ModelFactory.eINSTANCE.createConversation();
        conversation.setKind(ConversationKind.OTHER);
        return conversation;
    }

    /** The state of one parse. */
    private final class Run {
        private final ModelFactory factory = ModelFactory.eINSTANCE;
        private final Conversation conversation = newConversation();
        private final List<TranscriptProblem> problems = new ArrayList<>();
        private final List<TranscriptHeader> headers = new ArrayList<>();
        /** Declared and speaking participants by lower-case name. */
        private final Map<String, Participant> participants = new LinkedHashMap<>();
        private final Map<String, Participant> declared = new LinkedHashMap<>();
        private final List<Participant> speakingOrder = new ArrayList<>();
        private final Map<Utterance, Integer> utteranceLines = new LinkedHashMap<>();
        private final List<Utterance> utterances = new ArrayList<>();
        private Utterance current;
        private boolean undeclaredSpeakerSeen;
        private boolean stopped;

        TranscriptParseResult parse(String text) {
            conversation.setId(UUID.randomUUID().toString());
            // line by line without splitting the whole text at once (a file of only line ends would make millions of strings)
            int lineNo = 0;
            int at = 0;
            int length = text.length();
            while (at <= length) {
                int end = at;
                while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                lineNo++;
                parseLine(text.substring(at, end), lineNo);
                if (stopped) {
                    break;
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    problems.add(new TranscriptProblem(Kind.TOO_LARGE, lineNo,
                            NLS.bind(Messages.Problem_tooManyProblems, Integer.valueOf(MAX_PROBLEMS))));
                    break;
                }
                if (end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n') {
                    end++;
                }
                at = end + 1;
            }
            finish();
            return new TranscriptParseResult(conversation, problems, headers, utteranceLines);
        }

        private void parseLine(String raw, int lineNo) {
            if (raw.length() > maxLineLength) {
                problem(Kind.LINE_TOO_LONG, lineNo, NLS.bind(Messages.Problem_lineTooLong,
                        Integer.valueOf(raw.length()), Integer.valueOf(maxLineLength)));
                return;
            }
            String line = stripTrailing(raw);
            if (line.isBlank()) {
                return;
            }
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) { //$NON-NLS-1$
                Matcher h = HEADER.matcher(trimmed);
                if (h.matches()) {
                    header(h.group(1).trim(), h.group(2).trim(), lineNo);
                }
                return;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            if (indented && current != null) {
                append(trimmed);
                return;
            }
            Long start = null;
            boolean timed = false;
            String rest = trimmed;
            Matcher t = TIME_PREFIX.matcher(trimmed);
            if (t.matches() && TIME_CANDIDATE.matcher(t.group(1)).matches()) {
                long millis = parseTime(t.group(1));
                if (millis < 0) {
                    // reported; the speaker and text are still read so that no further problems cascade
                    problem(Kind.INVALID_TIME, lineNo, NLS.bind(Messages.Problem_invalidTime, '[' + t.group(1) + ']'));
                } else {
                    start = Long.valueOf(millis);
                }
                timed = true;
                rest = t.group(2).strip();
            }
            Matcher s = SPEAKER.matcher(rest);
            if (s.matches() && !s.group(2).startsWith("//") && !isClockTime(s.group(1), s.group(2))) { //$NON-NLS-1$
                String name = s.group(1).strip();
                Participant known = participants.get(name.toLowerCase(Locale.ROOT));
                if (known != null || looksLikeName(name)) {
                    startUtterance(known != null ? known : newSpeaker(name), s.group(2).strip(), start, lineNo);
                    return;
                }
            }
            if (timed || current == null) {
                problem(Kind.NO_SPEAKER, lineNo, Messages.Problem_noSpeaker);
                return;
            }
            append(rest);
        }

        private void header(String key, String value, int lineNo) {
            headers.add(new TranscriptHeader(key, value, lineNo));
            String k = normalizeKey(key);
            ParticipantRole role = ROLE_KEYS.get(k);
            if (role != null) {
                for (String name : value.split(",")) { //$NON-NLS-1$
                    String n = name.strip();
                    if (n.isEmpty()) {
                        continue;
                    }
                    Participant p = participants.get(n.toLowerCase(Locale.ROOT));
                    if (p == null) {
                        p = createParticipant(n);
                    }
                    p.setRole(role);
                    declared.put(n.toLowerCase(Locale.ROOT), p);
                }
                return;
            }
            switch (k) {
                case "titel", "title" -> { //$NON-NLS-1$ //$NON-NLS-2$
                    if (value.length() > MAX_TITLE_LENGTH) {
                        problem(Kind.INVALID_HEADER, lineNo, NLS.bind(Messages.Problem_headerTooLong,
                                new Object[] { key, Integer.valueOf(value.length()), Integer.valueOf(MAX_TITLE_LENGTH) }));
                    } else {
                        conversation.setTitle(value);
                    }
                }
                case "taal", "language" -> { //$NON-NLS-1$ //$NON-NLS-2$
                    if (value.length() > MAX_LANGUAGE_LENGTH) {
                        problem(Kind.INVALID_HEADER, lineNo, NLS.bind(Messages.Problem_headerTooLong,
                                new Object[] { key, Integer.valueOf(value.length()), Integer.valueOf(MAX_LANGUAGE_LENGTH) }));
                    } else {
                        conversation.setLanguage(value);
                    }
                }
                case "soort", "kind", "gesprekssoort" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    ConversationKind kind = KIND_WORDS.get(normalizeKey(value));
                    if (kind == null) {
                        problem(Kind.INVALID_HEADER, lineNo, NLS.bind(Messages.Problem_invalidKind, value,
                                String.join(", ", KIND_WORDS.keySet()))); //$NON-NLS-1$
                    } else {
                        conversation.setKind(kind);
                    }
                }
                case "datum", "date" -> { //$NON-NLS-1$ //$NON-NLS-2$
                    Date date = parseDate(value);
                    if (date == null) {
                        problem(Kind.INVALID_HEADER, lineNo, NLS.bind(Messages.Problem_invalidDate, value));
                    } else {
                        conversation.setDate(date);
                    }
                }
                default -> {
                    // kept in headers() for the caller
                }
            }
        }

        private Participant createParticipant(String name) {
            Participant p = factory.createParticipant();
            p.setId(UUID.randomUUID().toString());
            p.setName(name);
            participants.put(name.toLowerCase(Locale.ROOT), p);
            return p;
        }

        private Participant newSpeaker(String name) {
            Participant p = createParticipant(name);
            boolean professionalDeclared = declared.values().stream()
                    .anyMatch(d -> d.getRole() == ParticipantRole.PROFESSIONAL);
            p.setRole(!professionalDeclared && !undeclaredSpeakerSeen ? ParticipantRole.PROFESSIONAL : ParticipantRole.CLIENT);
            undeclaredSpeakerSeen = true;
            return p;
        }

        private void startUtterance(Participant speaker, String text, Long start, int lineNo) {
            if (utterances.size() >= MAX_UTTERANCES) {
                problem(Kind.TOO_LARGE, lineNo, NLS.bind(Messages.Problem_tooManyUtterances, Integer.valueOf(MAX_UTTERANCES)));
                stopped = true;
                return;
            }
            if (!speakingOrder.contains(speaker)) {
                speakingOrder.add(speaker);
            }
            Utterance u = factory.createUtterance();
            u.setId(UUID.randomUUID().toString());
            u.setSpeaker(speaker);
            u.setText(text);
            u.setStartMillis(start);
            utterances.add(u);
            utteranceLines.put(u, Integer.valueOf(lineNo));
            current = u;
        }

        private void append(String text) {
            String before = current.getText();
            current.setText(before == null || before.isEmpty() ? text : before + '\n' + text);
        }

        private void finish() {
            for (Utterance u : utterances) {
                if (u.getText() == null || u.getText().isBlank()) {
                    problem(Kind.EMPTY_TEXT, utteranceLines.get(u).intValue(),
                            NLS.bind(Messages.Problem_emptyText, u.getSpeaker().getName()));
                }
            }
            if (utterances.isEmpty() && problems.isEmpty()) {
                problems.add(new TranscriptProblem(Kind.NO_UTTERANCES, 0, Messages.Problem_noUtterances));
            }
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
            conversation.getParticipants().addAll(speakingOrder);
            for (Participant p : declared.values()) {
                if (!speakingOrder.contains(p)) {
                    conversation.getParticipants().add(p);
                }
            }
            conversation.getUtterances().addAll(utterances);
        }

        private void problem(Kind kind, int line, String detail) {
            problems.add(new TranscriptProblem(kind, line, detail));
        }
    }

    /**
     * Whether the text before a colon reads as a speaker's name. A dot is allowed only on a title
     * ({@code Dhr.}, {@code Mw.}, {@code Dr.}) or an initial ({@code J.}, {@code A.B.}), so that a sentence such as
     * {@code Ja. Dus: ...} stays text; titles, initials and tussenvoegsels do not count towards the four words.
     */
    public static boolean looksLikeName(String name) {
        if (name.isEmpty() || name.length() > 40 || !Character.isLetter(name.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (",?!;\"\u201C\u201D[]".indexOf(name.charAt(i)) >= 0) { //$NON-NLS-1$
                return false;
            }
        }
        int words = 0;
        for (String word : name.split("\\s+")) { //$NON-NLS-1$
            String lower = word.toLowerCase(Locale.ROOT);
            if (word.indexOf('.') >= 0) {
                if (!INITIALS.matcher(word).matches() && !(word.endsWith(".") //$NON-NLS-1$
                        && TITLES.contains(lower.substring(0, lower.length() - 1)))) {
                    return false;
                }
            } else if (!TITLES.contains(lower) && !TUSSENVOEGSELS.contains(lower)) {
                words++;
            }
        }
        return words <= 4;
    }

    /** {@code om 10:30 ...}: digits on both sides of the colon are a time of day, not a speaker. */
    private static boolean isClockTime(String before, String after) {
        return !before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1)) && !after.isEmpty()
                && Character.isDigit(after.charAt(0));
    }

    private static String stripTrailing(String s) {
        return s.stripTrailing();
    }

    private static Date parseDate(String value) {
        String v = value.strip();
        ZoneId zone = ZoneId.systemDefault();
        try {
            if (v.length() == 10) {
                return Date.from(LocalDate.parse(v).atStartOfDay(zone).toInstant());
            }
            return Date.from(LocalDateTime.parse(v.replace(' ', 'T')).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
