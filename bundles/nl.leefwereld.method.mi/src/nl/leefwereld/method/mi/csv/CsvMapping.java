// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.io.UserFileException;
import nl.leefwereld.core.io.UserFiles;
import nl.leefwereld.method.mi.MiCode;

/**
 * How the columns of an expert-coded CSV transcript map onto conversations, read from a properties file:
 *
 * <pre>
 * transcript = transcript_id      # column naming the transcript (optional: the whole file is one transcript)
 * order      = utterance_id       # column with the utterance order (optional: file order)
 * speaker    = interlocutor       # column with the speaker's name (required)
 * role       = interlocutor       # column with the role (optional: the speaker column)
 * role.professional = therapist   # role values of the professional (comma-separated; defaults below)
 * time       = timestamp          # column with hh:mm:ss, mm:ss or seconds (optional)
 * text       = utterance_text     # column with the utterance (required)
 * codes      = main_therapist_behaviour, reflection_subtype, question_subtype, client_talk_type
 * code.reflection_subtype.simple = SR    # a value of a codes column mapped to a MITI code (empty: ignore)
 * ignore     = n/a, na, -         # values ignored in every codes column
 * coder      = annomi             # coder of the imported codes (default: import)
 * coder.column = annotator_id     # column naming the coder of a row (optional): rows with the same transcript and
 *                                 # order are one utterance coded by several coders, each called coder-value
 * language   = en                 # language of the conversations (default: nl)
 * delimiter  = ,                  # field separator (default: ,)
 * </pre>
 *
 * A value in a codes column may hold several codes separated by {@code ;} or {@code |}. Without a value mapping, a
 * value is taken as a MITI abbreviation ({@code GI, Persuade, PwP, Q, OQ, CQ, SR, CR, AF, Seek, Emph, Con, CT, ST,
 * NT}). Without a mapping file the columns are called {@code transcript, order, speaker, role, time, text, codes}.
 */
public final class CsvMapping {

    /** The default role values of the professional. */
    public static final Set<String> DEFAULT_PROFESSIONAL = Set.of("therapist", "professional", "counsellor", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "counselor", "hulpverlener", "consulent", "klantmanager", "coach", "t", "p"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    private static final Set<String> KEYS = Set.of("transcript", "order", "speaker", "role", "role.professional", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "time", "text", "codes", "ignore", "coder", "coder.column", "language", "delimiter", "title"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

    String transcript;
    String order;
    String speaker;
    String role;
    Set<String> professionalRoles = DEFAULT_PROFESSIONAL;
    String time;
    String text;
    List<String> codes = List.of();
    /** column (lower case) -> value (lower case) -> code, or null for "ignore". */
    final Map<String, Map<String, MiCode>> values = new HashMap<>();
    Set<String> ignore = Set.of("", "n/a", "na", "-", "none", "null"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    String coder = "import"; //$NON-NLS-1$
    /** Column naming the coder of a row, or null: every code is the {@link #coder}'s. */
    String coderColumn;
    String language = "nl"; //$NON-NLS-1$
    char delimiter = ',';
    String source;

    private CsvMapping() {
    }

    /** The mapping for files whose columns are called transcript, order, speaker, role, time, text, codes. */
    public static CsvMapping defaults() {
        CsvMapping m = new CsvMapping();
        m.transcript = "transcript"; //$NON-NLS-1$
        m.order = "order"; //$NON-NLS-1$
        m.speaker = "speaker"; //$NON-NLS-1$
        m.role = "role"; //$NON-NLS-1$
        m.time = "time"; //$NON-NLS-1$
        m.text = "text"; //$NON-NLS-1$
        m.codes = List.of("codes"); //$NON-NLS-1$
        m.source = Messages.Mapping_defaults;
        return m;
    }

    /** The coder of a row whose coder column holds {@code value}: {@code <coder>-<value>}. */
    String coderOf(String value) {
        return coder + '-' + value.strip();
    }

    /** Whether the defaults ask for optional columns (missing ones are then left out, not an error). */
    boolean isDefaults() {
        return Messages.Mapping_defaults.equals(source);
    }

    /**
     * Reads a mapping file.
     *
     * @throws CsvImportException naming the file and the key when it is unreadable or wrong
     */
    public static CsvMapping read(Path file) throws CsvImportException {
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(UserFiles.readText(file, UserFiles.Kind.LIST)));
        } catch (UserFileException e) {
            throw new CsvImportException(e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            throw new CsvImportException(NLS.bind(Messages.Mapping_unreadable, file, e.getMessage()));
        }
        return of(p, file.toString());
    }

    /** A mapping from properties; {@code source} names them in messages. */
    public static CsvMapping of(Properties p, String source) throws CsvImportException {
        CsvMapping m = new CsvMapping();
        m.source = source;
        List<String> problems = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key) && !key.startsWith("code.")) { //$NON-NLS-1$
                problems.add(NLS.bind(Messages.Mapping_unknownKey, key));
            }
        }
        m.transcript = blankToNull(p.getProperty("transcript")); //$NON-NLS-1$
        m.order = blankToNull(p.getProperty("order")); //$NON-NLS-1$
        m.speaker = blankToNull(p.getProperty("speaker")); //$NON-NLS-1$
        m.role = blankToNull(p.getProperty("role")); //$NON-NLS-1$
        m.time = blankToNull(p.getProperty("time")); //$NON-NLS-1$
        m.text = blankToNull(p.getProperty("text")); //$NON-NLS-1$
        if (m.speaker == null) {
            problems.add(NLS.bind(Messages.Mapping_missingKey, "speaker")); //$NON-NLS-1$
        }
        if (m.text == null) {
            problems.add(NLS.bind(Messages.Mapping_missingKey, "text")); //$NON-NLS-1$
        }
        if (p.getProperty("role.professional") != null) { //$NON-NLS-1$
            m.professionalRoles = split(p.getProperty("role.professional")); //$NON-NLS-1$
        }
        if (p.getProperty("codes") != null) { //$NON-NLS-1$
            m.codes = List.copyOf(split(p.getProperty("codes"))); //$NON-NLS-1$
        }
        if (p.getProperty("ignore") != null) { //$NON-NLS-1$
            Set<String> ignore = new LinkedHashSet<>(split(p.getProperty("ignore"))); //$NON-NLS-1$
            ignore.add(""); //$NON-NLS-1$
            m.ignore = ignore;
        }
        m.coder = p.getProperty("coder", m.coder).strip(); //$NON-NLS-1$
        m.coderColumn = blankToNull(p.getProperty("coder.column")); //$NON-NLS-1$
        m.language = p.getProperty("language", m.language).strip(); //$NON-NLS-1$
        String d = p.getProperty("delimiter"); //$NON-NLS-1$
        if (d != null) {
            String dd = "\\t".equals(d.strip()) || "tab".equalsIgnoreCase(d.strip()) ? "\t" : d.strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (dd.length() != 1) {
                problems.add(NLS.bind(Messages.Mapping_badDelimiter, d));
            } else {
                m.delimiter = dd.charAt(0);
            }
        }
        for (String key : p.stringPropertyNames()) {
            if (!key.startsWith("code.")) { //$NON-NLS-1$
                continue;
            }
            String rest = key.substring(5);
            int dot = rest.indexOf('.');
            if (dot <= 0 || dot == rest.length() - 1) {
                problems.add(NLS.bind(Messages.Mapping_badCodeKey, key));
                continue;
            }
            String column = rest.substring(0, dot).toLowerCase(Locale.ROOT);
            String value = rest.substring(dot + 1).toLowerCase(Locale.ROOT);
            String target = p.getProperty(key).strip();
            MiCode code = target.isEmpty() ? null : MiCode.byAbbreviation(target);
            if (!target.isEmpty() && code == null) {
                problems.add(NLS.bind(Messages.Mapping_unknownCode, key, target));
                continue;
            }
            m.values.computeIfAbsent(column, k -> new HashMap<>()).put(value, code);
        }
        if (!problems.isEmpty()) {
            throw new CsvImportException(NLS.bind(Messages.Mapping_problems, source, String.join("; ", problems))); //$NON-NLS-1$
        }
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Set<String> split(String s) {
        Set<String> result = new LinkedHashSet<>();
        for (String part : s.split(",")) { //$NON-NLS-1$
            if (!part.isBlank()) {
                result.add(part.strip().toLowerCase(Locale.ROOT));
            }
        }
        return result;
    }

    /** The mapping file next to a CSV file: {@code <name>.mapping.properties}, else {@code mapping.properties}. */
    public static Path besides(Path csv) {
        String name = csv.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        Path dir = csv.toAbsolutePath().getParent();
        Path own = dir.resolve(base + ".mapping.properties"); //$NON-NLS-1$
        if (Files.isRegularFile(own)) {
            return own;
        }
        Path shared = dir.resolve("mapping.properties"); //$NON-NLS-1$
        return Files.isRegularFile(shared) ? shared : null;
    }
}
