// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.format.ConversationImporter;
import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.core.io.TranscriptProblem;
import nl.leefwereld.model.Conversation;

/**
 * Reads Word transcripts ({@code .docx}) with Apache POI: every paragraph (and every table row) is a line of a
 * transcript as {@link TranscriptParser} reads it. A speaker comes from a bold prefix ({@code **Anna** tekst} or
 * {@code **Anna:** tekst}) or a {@code Name:} prefix; a time in brackets at the start ({@code [00:01:02]} or
 * {@code (00:01:02)}) is the utterance's start. Paragraphs before the first speaker are the title (the first) or
 * left out with a warning. A table row of two or three cells is read as {@code [time] speaker | text}.
 * <p>
 * The archive is checked with {@link SafeZip#DOCX} before POI opens it (entries, sizes, compression ratio, names,
 * DOCTYPE); POI parses its XML without DTDs. Problems name the file and the paragraph. Stateless.
 * </p>
 */
public final class DocxTranscripts {

    private static final Pattern TIME_START = Pattern.compile("^[\\[(](\\d{1,3}:\\d{1,2}(?::\\d{1,3})?(?:[.,]\\d{1,3})?)[\\])]\\s*(.*)$", //$NON-NLS-1$
            Pattern.DOTALL);
    private static final Pattern SPEAKER_LINE = Pattern.compile("^(?:\\[[^\\]]{0,40}\\]\\s*)?([^:]{1,60}?)\\s*:(.*)$", Pattern.DOTALL); //$NON-NLS-1$
    private static final Pattern TIME_ONLY = Pattern.compile("^[\\[(]?(\\d{1,3}:\\d{1,2}(?::\\d{1,3})?(?:[.,]\\d{1,3})?)?[\\])]?$"); //$NON-NLS-1$
    private static final Pattern BARE_TIME = Pattern.compile("\\d{1,3}:\\d{1,2}(?::\\d{1,3})?(?:[.,]\\d{1,3})?"); //$NON-NLS-1$

    /** Reads a file; never throws for bad content (that is in the result). */
    public ConversationImporter.Result read(Path file) {
        String source = file.toString();
        List<String> lines = new ArrayList<>();
        try {
            SafeZip.check(file, SafeZip.DOCX, name -> false);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                    XWPFDocument doc = new XWPFDocument(pkg)) {
                for (IBodyElement e : doc.getBodyElements()) {
                    if (e instanceof XWPFParagraph p) {
                        lines.add(line(p));
                    } else if (e instanceof XWPFTable t) {
                        for (XWPFTableRow row : t.getRows()) {
                            lines.add(row(row));
                        }
                    }
                    if (lines.size() > 2 * TranscriptParser.MAX_UTTERANCES) {
                        break;
                    }
                }
            }
        } catch (ExchangeFormatException e) {
            return SubtitleParser.failed(e.getMessage());
        } catch (IOException | RuntimeException | LinkageError e) {
            // POI's InvalidFormatException, NotOfficeXmlFileException, POIXMLException, XmlException wrapped...
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return SubtitleParser.failed(NLS.bind(Messages.Docx_unreadable, source, reason));
        } catch (Exception e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return SubtitleParser.failed(NLS.bind(Messages.Docx_unreadable, source, reason));
        }
        return parse(lines, source);
    }

    /** Parses the paragraphs' lines (exposed for tests of the paragraph rules). */
    ConversationImporter.Result parse(List<String> lines, String source) {
        List<String> warnings = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (isSpeakerLine(lines.get(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return SubtitleParser.failed(NLS.bind(Messages.Docx_noSpeakers, source));
        }
        StringBuilder text = new StringBuilder();
        boolean titled = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i < first) {
                if (!line.isBlank() && !titled && line.length() <= TranscriptParser.MAX_TITLE_LENGTH) {
                    text.append("# Titel: ").append(line.strip()); //$NON-NLS-1$
                    titled = true;
                } else if (!line.isBlank()) {
                    warnings.add(NLS.bind(Messages.Docx_atParagraph, new Object[] { source, Integer.valueOf(i + 1),
                            Messages.Docx_beforeFirstSpeaker }));
                }
            } else {
                text.append(line);
            }
            text.append('\n');
        }
        TranscriptParseResult parse = new TranscriptParser().parse(text.toString());
        List<String> errors = new ArrayList<>();
        for (TranscriptProblem p : parse.problems()) {
            String m = p.line() > 0 ? NLS.bind(Messages.Docx_atParagraph, new Object[] { source, Integer.valueOf(p.line()), p.detail() })
                    : source + ": " + p.detail(); //$NON-NLS-1$
            (p.isWarning() ? warnings : errors).add(m);
        }
        Conversation c = parse.conversation();
        boolean declared = !parse.headers().stream().filter(h -> !h.normalizedKey().equals("titel")).toList().isEmpty(); //$NON-NLS-1$
        if (!declared && errors.isEmpty() && SpeakerRoles.assign(c.getParticipants())) {
            warnings.add(NLS.bind(Messages.Import_rolesGuessed, source, SubtitleParser.roles(c.getParticipants())));
        }
        return new ConversationImporter.Result(c, errors, warnings);
    }

    private static boolean isSpeakerLine(String line) {
        Matcher m = SPEAKER_LINE.matcher(line.strip());
        return m.matches() && TranscriptParser.looksLikeName(m.group(1).strip())
                && !(Character.isDigit(m.group(1).charAt(m.group(1).length() - 1)) && m.group(2).matches("^\\d.*")); //$NON-NLS-1$
    }

    /**
     * One paragraph as a transcript line: a bold prefix (after an optional time in plain runs) is the speaker; a
     * time in round brackets becomes a time in square brackets.
     */
    private static String line(XWPFParagraph p) {
        StringBuilder lead = new StringBuilder();
        StringBuilder bold = new StringBuilder();
        int used = 0;
        List<XWPFRun> runs = p.getRuns();
        for (XWPFRun r : runs) {
            String t = r.text();
            if (t == null || t.isEmpty()) {
                used++;
                continue;
            }
            if (r.isBold()) {
                bold.append(t);
                used++;
            } else if (bold.length() == 0 && TIME_ONLY.matcher((lead + t).strip()).matches()) {
                lead.append(t);
                used++;
            } else {
                break;
            }
        }
        String all = flatten(p.getText());
        String prefix = flatten(bold.toString()).strip();
        String time = null;
        Matcher leadTime = TIME_ONLY.matcher(lead.toString().strip());
        if (leadTime.matches() && leadTime.group(1) != null) {
            time = leadTime.group(1);
        }
        Matcher t = TIME_START.matcher(prefix);
        if (t.matches()) {
            time = t.group(1);
            prefix = t.group(2).strip();
        }
        if (!prefix.isEmpty() && used < runs.size()) {
            String name = prefix.endsWith(":") ? prefix.substring(0, prefix.length() - 1).strip() : prefix; //$NON-NLS-1$
            if (!name.contains(":") && TranscriptParser.looksLikeName(name)) { //$NON-NLS-1$
                String rest = all.strip();
                int at = rest.indexOf(name);
                rest = at >= 0 ? rest.substring(at + name.length()).strip() : rest;
                if (rest.startsWith(":")) { //$NON-NLS-1$
                    rest = rest.substring(1).strip();
                }
                return (time == null ? "" : '[' + time + "] ") + name + ": " + rest; //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return normaliseTime(all);
    }

    private static String row(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            cells.add(flatten(cell.getText()).strip());
        }
        if (cells.size() == 3 && BARE_TIME.matcher(cells.get(0)).matches()) {
            return '[' + cells.get(0) + "] " + cells.get(1) + ": " + cells.get(2); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (cells.size() == 2 && !cells.get(0).isEmpty() && TranscriptParser.looksLikeName(cells.get(0).replace(":", "").strip())) { //$NON-NLS-1$ //$NON-NLS-2$
            return cells.get(0).replace(":", "").strip() + ": " + cells.get(1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return String.join(" ", cells); //$NON-NLS-1$
    }

    /** {@code (00:01:02) Anna: ...} and {@code 00:01:02 Anna: ...} become {@code [00:01:02] Anna: ...}. */
    private static String normaliseTime(String line) {
        String s = line.strip();
        Matcher t = TIME_START.matcher(s);
        if (t.matches()) {
            return '[' + t.group(1) + "] " + t.group(2); //$NON-NLS-1$
        }
        int space = s.indexOf(' ');
        if (space > 0 && BARE_TIME.matcher(s.substring(0, space)).matches() && isSpeakerLine(s.substring(space + 1))) {
            return '[' + s.substring(0, space) + "] " + s.substring(space + 1).strip(); //$NON-NLS-1$
        }
        return s;
    }

    /** Line breaks and tabs inside a paragraph become spaces (one paragraph is one line). */
    private static String flatten(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ').replace('\u000B', ' '); //$NON-NLS-1$
    }
}
