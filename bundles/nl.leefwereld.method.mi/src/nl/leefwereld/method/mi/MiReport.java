// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DateFormat;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.io.TranscriptWriter;
import nl.leefwereld.method.mi.model.MiAssessment;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;

/**
 * A self-contained HTML report of one conversation for supervision: change goal, global ratings, summary scores
 * against the MITI 4.2.1 thresholds (labelled as expert-opinion benchmarks), the count of each code and examples of
 * each code from the transcript. Written by {@code leefwereld mi report} and by the scores view.
 */
public final class MiReport {

    /** How many examples per code. */
    public static final int EXAMPLES = 3;

    private MiReport() {
    }

    /**
     * @param labels code guid to label (from the codebook); missing labels fall back to the MITI abbreviation
     */
    public static String html(Conversation c, MiScores scores, Map<String, String> labels) {
        StringBuilder h = new StringBuilder(8192);
        String title = c.getTitle() == null ? c.getId() : c.getTitle();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(Messages.Report_lang)).append("\">\n<head>\n") //$NON-NLS-1$ //$NON-NLS-2$
                .append("<meta charset=\"utf-8\">\n<title>").append(esc(NLS.bind(Messages.Report_title, title))) //$NON-NLS-1$
                .append("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}" //$NON-NLS-1$
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}" //$NON-NLS-1$
                        + ".GOOD{background:#e8f5e9}.FAIR{background:#fff8e1}.BELOW_FAIR{background:#ffebee}" //$NON-NLS-1$
                        + ".note{color:#555;font-size:.9em}blockquote{margin:.3em 1em;color:#333}</style>\n</head>\n<body>\n"); //$NON-NLS-1$
        h.append("<h1>").append(esc(NLS.bind(Messages.Report_title, title))).append("</h1>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        h.append("<p class=\"note\">").append(esc(Messages.Report_purpose)).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        h.append("<table>\n"); //$NON-NLS-1$
        row(h, Messages.Report_date, c.getDate() == null ? "" : DateFormat.getDateInstance(DateFormat.LONG).format(c.getDate())); //$NON-NLS-1$
        MiAssessment ratings = scores.ratings();
        String goal = ratings != null && ratings.getChangeGoal() != null ? ratings.getChangeGoal()
                : c.getTrajectory() == null ? null : c.getTrajectory().getChangeGoal();
        row(h, Messages.Report_changeGoal, goal == null || goal.isBlank() ? Messages.Report_noChangeGoal : goal);
        row(h, Messages.Report_coder, scores.coder() == null ? Messages.Analyzer_allCoders : scores.coder());
        if (ratings != null && ratings.getSegmentStart() != null && ratings.getSegmentEnd() != null) {
            row(h, Messages.Report_segment, time(ratings.getSegmentStart()) + " \u2013 " + time(ratings.getSegmentEnd())); //$NON-NLS-1$
        }
        row(h, Messages.Report_utterances, Integer.toString(c.getUtterances().size()));
        h.append("</table>\n"); //$NON-NLS-1$

        h.append("<h2>").append(esc(Messages.Report_ratings)).append("</h2>\n<table>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        for (MiRatings.Rating r : MiRatings.Rating.values()) {
            int v = r.of(ratings);
            row(h, ratingLabel(r), v == 0 ? Messages.Report_notRated : Integer.toString(v));
        }
        h.append("</table>\n"); //$NON-NLS-1$

        h.append("<h2>").append(esc(Messages.Report_scores)).append("</h2>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        h.append("<p class=\"note\">").append(esc(Messages.Report_benchmarks)).append("</p>\n<table>\n<tr><th>") //$NON-NLS-1$ //$NON-NLS-2$
                .append(esc(Messages.Report_score)).append("</th><th>").append(esc(Messages.Report_value)) //$NON-NLS-1$
                .append("</th><th>").append(esc(Messages.Report_thresholds)).append("</th><th>") //$NON-NLS-1$ //$NON-NLS-2$
                .append(esc(Messages.Report_level)).append("</th><th>").append(esc(Messages.Report_formula)) //$NON-NLS-1$
                .append("</th></tr>\n"); //$NON-NLS-1$
        for (MiScores.Value v : scores.values()) {
            h.append("<tr class=\"").append(v.level().name()).append("\"><td>").append(esc(v.score().label())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("</td><td>").append(esc(v.formatted())).append("</td><td>") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(esc(v.score().thresholds())).append("</td><td>").append(esc(v.level().label())) //$NON-NLS-1$
                    .append("</td><td>").append(esc(v.score().formula())).append("</td></tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        h.append("</table>\n"); //$NON-NLS-1$

        h.append("<h2>").append(esc(Messages.Report_codes)).append("</h2>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        for (MiCode code : MiCode.values()) {
            List<Utterance> examples = scores.examples(code);
            int count = code == MiCode.OPEN_QUESTION || code == MiCode.CLOSED_QUESTION ? examples.size() : scores.count(code);
            if (count == 0 && examples.isEmpty()) {
                continue;
            }
            h.append("<h3>").append(esc(label(labels, code))).append(" (").append(esc(code.abbreviation())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("): ").append(count).append("</h3>\n"); //$NON-NLS-1$ //$NON-NLS-2$
            for (Utterance u : examples.subList(0, Math.min(EXAMPLES, examples.size()))) {
                h.append("<blockquote>").append(esc(time(u))).append(' ') //$NON-NLS-1$
                        .append(esc(u.getSpeaker() == null ? "?" : u.getSpeaker().getName())).append(": ") //$NON-NLS-1$ //$NON-NLS-2$
                        .append(esc(u.getText())).append("</blockquote>\n"); //$NON-NLS-1$
            }
        }
        if (scores.isEmpty()) {
            h.append("<p>").append(esc(Messages.Report_nothingCoded)).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        h.append("<p class=\"note\">").append(esc(Messages.Report_source)).append("</p>\n</body>\n</html>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        return h.toString();
    }

    /** Writes the report through a temporary file and an atomic move (never half a file). */
    public static void write(Path file, String html) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".mi-report", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static String ratingLabel(MiRatings.Rating r) {
        return switch (r) {
        case CULTIVATING_CHANGE_TALK -> Messages.Rating_cultivatingChangeTalk;
        case SOFTENING_SUSTAIN_TALK -> Messages.Rating_softeningSustainTalk;
        case PARTNERSHIP -> Messages.Rating_partnership;
        case EMPATHY -> Messages.Rating_empathy;
        };
    }

    public static String label(Map<String, String> labels, MiCode code) {
        String l = labels == null ? null : labels.get(code.guid());
        return l == null ? code.abbreviation() : l;
    }

    private static String time(Utterance u) {
        return u.getStartMillis() == null ? "" : '[' + TranscriptWriter.formatTime(u.getStartMillis().longValue()) + ']'; //$NON-NLS-1$
    }

    private static void row(StringBuilder h, String key, String value) {
        h.append("<tr><th>").append(esc(key)).append("</th><td>").append(esc(value)).append("</td></tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    static String esc(String s) {
        if (s == null) {
            return ""; //$NON-NLS-1$
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
            case '<' -> b.append("&lt;"); //$NON-NLS-1$
            case '>' -> b.append("&gt;"); //$NON-NLS-1$
            case '&' -> b.append("&amp;"); //$NON-NLS-1$
            case '"' -> b.append("&quot;"); //$NON-NLS-1$
            default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
