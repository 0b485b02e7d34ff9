// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.io.UserFileException;
import nl.leefwereld.core.io.UserFiles;
import nl.leefwereld.method.mi.MiCode;
import nl.leefwereld.method.mi.MiCoding;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

/**
 * Reads an expert-coded CSV transcript (one row per utterance, e.g. AnnoMI) into conversations with their codes as
 * human annotations (origin manual, coder from the mapping), using a {@link CsvMapping}. Strict: every problem is
 * reported with the file and line, and a caller saves nothing when there is any. UTF-8 (with or without byte order
 * mark) only; files over {@link #MAX_BYTES} are refused. Stateless.
 */
public final class CsvTranscriptReader {

    /** Largest file read: 100 MB. */
    public static final long MAX_BYTES = 100L * 1024 * 1024;
    /** At most this many problems are listed. */
    public static final int MAX_PROBLEMS = 50;

    private static final Pattern TIME = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{1,2})(?:[.,](\\d{1,3}))?"); //$NON-NLS-1$
    private static final Pattern SECONDS = Pattern.compile("\\d+(?:[.,]\\d+)?"); //$NON-NLS-1$

    /**
     * The conversations read (in the order their transcripts first appear), the problems (nothing may be saved) and
     * the warnings (what was read is kept, with a loss the warning names, e.g. a malformed time left out).
     */
    public record Result(List<Conversation> conversations, List<String> problems, List<String> warnings) {
        public Result {
            conversations = List.copyOf(conversations);
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }

        public Result(List<Conversation> conversations, List<String> problems) {
            this(conversations, problems, List.of());
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }

        /** How many codes were read. */
        public int codes() {
            return conversations.stream().mapToInt(c -> c.getAnnotations().size()).sum();
        }
    }

    /** One utterance: its first line, and the codes of each coder (one coder unless the mapping has a coder column). */
    private record Row(long line, long order, int index, String speaker, boolean professional, Long time, String text,
            Map<String, List<MiCode>> codes) {
    }

    /** Reads the file; never throws for bad content. */
    public Result read(Path file, CsvMapping mapping) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String content;
        try {
            // only a regular file, its size checked before reading: a FIFO or /dev/zero is refused
            content = decode(file, UserFiles.readBytes(file, MAX_BYTES));
        } catch (UserFileException e) {
            return fail(e.getMessage());
        } catch (CsvImportException e) {
            return fail(e.getMessage());
        } catch (IOException e) {
            return fail(NLS.bind(Messages.Csv_unreadable, file, e.getMessage()));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(mapping.delimiter).setHeader()
                .setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(false).setAllowMissingColumnNames(true).get();
        Map<String, List<Row>> transcripts = new LinkedHashMap<>();
        // with a coder column: transcript -> order -> the utterance its first row made
        Map<String, Map<Long, Row>> utterances = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Map<String, Integer> header = new HashMap<>();
            for (Map.Entry<String, Integer> e : parser.getHeaderMap().entrySet()) {
                if (e.getKey() != null) {
                    header.put(e.getKey().strip().toLowerCase(Locale.ROOT), e.getValue());
                }
            }
            Integer transcriptCol = column(header, mapping.transcript, "transcript", mapping, file, problems); //$NON-NLS-1$
            Integer orderCol = column(header, mapping.order, "order", mapping, file, problems); //$NON-NLS-1$
            Integer speakerCol = column(header, mapping.speaker, "speaker", mapping, file, problems); //$NON-NLS-1$
            Integer roleCol = column(header, mapping.role, "role", mapping, file, problems); //$NON-NLS-1$
            Integer timeCol = column(header, mapping.time, "time", mapping, file, problems); //$NON-NLS-1$
            Integer textCol = column(header, mapping.text, "text", mapping, file, problems); //$NON-NLS-1$
            Integer coderCol = column(header, mapping.coderColumn, "coder.column", mapping, file, problems); //$NON-NLS-1$
            List<Integer> codeCols = new ArrayList<>();
            List<String> codeNames = new ArrayList<>();
            for (String c : mapping.codes) {
                Integer col = column(header, c, "codes", mapping, file, problems); //$NON-NLS-1$
                if (col != null) {
                    codeCols.add(col);
                    codeNames.add(c.toLowerCase(Locale.ROOT));
                }
            }
            if (!problems.isEmpty() || speakerCol == null || textCol == null) {
                return new Result(List.of(), problems);
            }
            int index = 0;
            for (CSVRecord r : parser) {
                long line = startLine(parser, r);
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
                String text = get(r, textCol);
                String speaker = speakerCol == null ? null : get(r, speakerCol);
                if (text.isBlank() && (speaker == null || speaker.isBlank())) {
                    continue; // an empty row
                }
                if (speaker == null || speaker.isBlank()) {
                    problems.add(NLS.bind(Messages.Csv_noSpeaker, file, Long.valueOf(line)));
                    continue;
                }
                if (text.isBlank()) {
                    problems.add(NLS.bind(Messages.Csv_noText, file, Long.valueOf(line)));
                    continue;
                }
                String roleValue = (roleCol == null ? speaker : get(r, roleCol)).strip().toLowerCase(Locale.ROOT);
                boolean professional = mapping.professionalRoles.contains(roleValue);
                long order = index;
                if (orderCol != null && !get(r, orderCol).isBlank()) {
                    try {
                        order = Long.parseLong(get(r, orderCol).strip());
                    } catch (NumberFormatException e) {
                        problems.add(NLS.bind(Messages.Csv_badOrder, new Object[] { file, Long.valueOf(line), get(r, orderCol) }));
                        continue;
                    }
                }
                Long time = null;
                if (timeCol != null && !get(r, timeCol).isBlank()) {
                    time = parseTime(get(r, timeCol).strip());
                    if (time == null) {
                        // a malformed timestamp (AnnoMI has "00:09:025") loses only the time, not the utterance
                        warnings.add(NLS.bind(Messages.Csv_badTime, new Object[] { file, Long.valueOf(line), get(r, timeCol) }));
                    }
                }
                List<MiCode> codes = new ArrayList<>();
                for (int i = 0; i < codeCols.size(); i++) {
                    String cell = get(r, codeCols.get(i));
                    for (String value : cell.split("[;|]")) { //$NON-NLS-1$
                        String v = value.strip().toLowerCase(Locale.ROOT);
                        Map<String, MiCode> map = mapping.values.get(codeNames.get(i));
                        MiCode code;
                        if (map != null && map.containsKey(v)) {
                            code = map.get(v);
                        } else if (mapping.ignore.contains(v)) {
                            code = null;
                        } else {
                            code = MiCode.byAbbreviation(v);
                            if (code == null) {
                                problems.add(NLS.bind(Messages.Csv_unknownCode, new Object[] { file, Long.valueOf(line),
                                        value.strip(), codeNames.get(i) }));
                                continue;
                            }
                        }
                        if (code == null) {
                            continue;
                        }
                        if (code.isBehaviour() != professional) {
                            problems.add(NLS.bind(code.isBehaviour() ? Messages.Csv_behaviourOnClient : Messages.Csv_clientOnProfessional,
                                    new Object[] { file, Long.valueOf(line), code.abbreviation(), speaker }));
                            continue;
                        }
                        if (!codes.contains(code)) {
                            codes.add(code);
                        }
                    }
                }
                String coder = mapping.coder;
                if (coderCol != null) {
                    if (get(r, coderCol).isBlank()) {
                        problems.add(NLS.bind(Messages.Csv_noCoder, new Object[] { file, Long.valueOf(line), mapping.coderColumn }));
                        continue;
                    }
                    coder = mapping.coderOf(get(r, coderCol));
                }
                String transcript = transcriptCol == null ? "" : get(r, transcriptCol).strip(); //$NON-NLS-1$
                Map<String, List<MiCode>> byCoder = new LinkedHashMap<>();
                byCoder.put(coder, codes);
                Row row = new Row(line, order, index++, speaker.strip(), professional, time, text.strip(), byCoder);
                List<Row> rows = transcripts.computeIfAbsent(transcript, k -> new ArrayList<>());
                if (coderCol == null) {
                    rows.add(row);
                } else {
                    Map<Long, Row> seen = utterances.computeIfAbsent(transcript, k -> new HashMap<>());
                    Row first = seen.get(Long.valueOf(order));
                    if (first == null) {
                        seen.put(Long.valueOf(order), row);
                        rows.add(row);
                    } else {
                        merge(file, first, row, coder, problems);
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            String message = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause().getMessage()
                    : e.getMessage();
            problems.add(NLS.bind(Messages.Csv_malformed, file, message));
        }
        if (transcripts.isEmpty() && problems.isEmpty()) {
            problems.add(NLS.bind(Messages.Csv_empty, file));
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems, warnings);
        }
        List<Conversation> conversations = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : transcripts.entrySet()) {
            conversations.add(build(file, mapping, e.getKey(), e.getValue(), transcripts.size()));
        }
        return new Result(conversations, problems, warnings);
    }

    private static Conversation build(Path file, CsvMapping mapping, String transcript, List<Row> rows, int count) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingLong(Row::order).thenComparingInt(Row::index));
        ModelFactory f = ModelFactory.eINSTANCE;
        Conversation c = f.createConversation();
        c.setId(UUID.randomUUID().toString());
        String name = file.getFileName().toString();
        c.setTitle(transcript.isEmpty() ? name
                : NLS.bind(Messages.Csv_title, name, transcript));
        c.setKind(ConversationKind.OTHER);
        c.setLanguage(mapping.language);
        c.setDate(new Date());
        Map<String, Participant> participants = new LinkedHashMap<>();
        for (Row row : sorted) {
            Participant p = participants.computeIfAbsent(row.speaker(), s -> {
                Participant np = f.createParticipant();
                np.setId(UUID.randomUUID().toString());
                np.setName(s);
                np.setRole(row.professional() ? ParticipantRole.PROFESSIONAL : ParticipantRole.CLIENT);
                c.getParticipants().add(np);
                return np;
            });
            Utterance u = f.createUtterance();
            u.setId(UUID.randomUUID().toString());
            u.setSpeaker(p);
            u.setText(row.text());
            u.setStartMillis(row.time());
            c.getUtterances().add(u);
            for (Map.Entry<String, List<MiCode>> coded : row.codes().entrySet()) {
                for (MiCode code : coded.getValue()) {
                    c.getAnnotations().add(MiCoding.newCode(u, -1, -1, code, coded.getKey()));
                }
            }
        }
        return c;
    }

    /**
     * Adds the codes of a further coder's row to the utterance its first row made; the two rows must agree on the
     * text and the speaker, and a coder codes an utterance once.
     */
    private static void merge(Path file, Row first, Row row, String coder, List<String> problems) {
        if (!first.text().equals(row.text())) {
            problems.add(NLS.bind(Messages.Csv_otherText, new Object[] { file, Long.valueOf(row.line()),
                    Long.valueOf(row.order()), Long.valueOf(first.line()) }));
        } else if (!first.speaker().equals(row.speaker()) || first.professional() != row.professional()) {
            problems.add(NLS.bind(Messages.Csv_otherSpeaker, new Object[] { file, Long.valueOf(row.line()),
                    row.speaker(), Long.valueOf(row.order()), Long.valueOf(first.line()), first.speaker() }));
        } else if (first.codes().containsKey(coder)) {
            problems.add(NLS.bind(Messages.Csv_coderTwice, new Object[] { file, Long.valueOf(row.line()), coder,
                    Long.valueOf(row.order()), Long.valueOf(first.line()) }));
        } else {
            first.codes().put(coder, row.codes().get(coder));
        }
    }

    private static Integer column(Map<String, Integer> header, String name, String key, CsvMapping mapping, Path file,
            List<String> problems) {
        if (name == null) {
            return null;
        }
        Integer col = header.get(name.toLowerCase(Locale.ROOT));
        if (col == null && !(mapping.isDefaults() && !key.equals("speaker") && !key.equals("text"))) { //$NON-NLS-1$ //$NON-NLS-2$
            problems.add(NLS.bind(Messages.Csv_missingColumn,
                    new Object[] { file, name, key, String.join(", ", header.keySet().stream().sorted().toList()) })); //$NON-NLS-1$
        }
        return col;
    }

    private static String get(CSVRecord r, Integer col) {
        return col != null && col.intValue() < r.size() ? r.get(col.intValue()) : ""; //$NON-NLS-1$
    }

    /** The file line where the record starts (a quoted field may span lines). */
    private static long startLine(CSVParser parser, CSVRecord r) {
        long end = parser.getCurrentLineNumber();
        long extra = 0;
        for (String v : r.values()) {
            extra += v.chars().filter(ch -> ch == '\n').count();
        }
        return end - extra;
    }

    /** hh:mm:ss, mm:ss (optionally .mmm) or seconds, as milliseconds; {@code null} when unreadable. */
    static Long parseTime(String s) {
        Matcher m = TIME.matcher(s);
        if (m.matches()) {
            long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
            long min = Long.parseLong(m.group(2));
            long sec = Long.parseLong(m.group(3));
            long ms = m.group(4) == null ? 0 : Long.parseLong((m.group(4) + "00").substring(0, 3)); //$NON-NLS-1$
            if (min > 59 && m.group(1) != null || sec > 59) {
                return null;
            }
            return Long.valueOf(((h * 60 + min) * 60 + sec) * 1000 + ms);
        }
        if (SECONDS.matcher(s).matches()) {
            return Long.valueOf(Math.round(Double.parseDouble(s.replace(',', '.')) * 1000));
        }
        return null;
    }

    /** Strict UTF-8 (BOM dropped); a wrong byte is reported with its line. */
    private static String decode(Path file, byte[] bytes) throws CsvImportException {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            long line = 1;
            for (int i = offset; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new CsvImportException(NLS.bind(Messages.Csv_encoding, file, Long.valueOf(line)));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static Result fail(String problem) {
        return new Result(List.of(), List.of(problem));
    }
}
