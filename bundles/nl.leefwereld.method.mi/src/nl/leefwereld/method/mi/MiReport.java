// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.io.TranscriptWriter;
import nl.leefwereld.method.mi.model.MiAssessment;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.report.ReportBuilder;
import nl.leefwereld.report.ReportDocument;
import nl.leefwereld.report.ReportDocument.Tone;
import nl.leefwereld.report.ReportTexts;
import nl.leefwereld.report.Reports;
import nl.leefwereld.store.OwnerOnlyFiles;

/**
 * A self-contained HTML report of one conversation for supervision: change goal, global ratings, summary scores
 * against the MITI 4.2.1 thresholds (labelled as expert-opinion benchmarks), the count of each code and examples of
 * each code from the transcript. Contributed to the report service as {@link MiSupervisionReport}
 * ({@code leefwereld report mi}); {@code leefwereld mi report} writes the same as HTML.
 */
public final class MiReport {

    /** How many examples per code. */
    public static final int EXAMPLES = 3;

    private MiReport() {
    }

    /**
     * The report as a document for the report service (HTML, PDF, DOCX).
     *
     * @param labels code guid to label (from the codebook); missing labels fall back to the MITI abbreviation
     */
    public static ReportDocument document(Conversation c, MiScores scores, Map<String, String> labels) {
        ReportBuilder r = new ReportBuilder(NLS.bind(Messages.Report_title, ReportTexts.title(c)));
        r.note(Messages.Report_purpose);
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of(Messages.Report_date, ReportTexts.date(c)));
        MiAssessment ratings = scores.ratings();
        String goal = ratings != null && ratings.getChangeGoal() != null ? ratings.getChangeGoal()
                : c.getTrajectory() == null ? null : c.getTrajectory().getChangeGoal();
        facts.add(List.of(Messages.Report_changeGoal, goal == null || goal.isBlank() ? Messages.Report_noChangeGoal : goal));
        facts.add(List.of(Messages.Report_coder, scores.coder() == null ? Messages.Analyzer_allCoders : scores.coder()));
        if (ratings != null && ratings.getSegmentStart() != null && ratings.getSegmentEnd() != null) {
            facts.add(List.of(Messages.Report_segment, time(ratings.getSegmentStart()) + " \u2013 " + time(ratings.getSegmentEnd()))); //$NON-NLS-1$
        }
        facts.add(List.of(Messages.Report_utterances, Integer.toString(c.getUtterances().size())));
        r.facts(facts);

        r.heading(Messages.Report_ratings);
        List<List<String>> rated = new ArrayList<>();
        for (MiRatings.Rating rating : MiRatings.Rating.values()) {
            int v = rating.of(ratings);
            rated.add(List.of(ratingLabel(rating), v == 0 ? Messages.Report_notRated : Integer.toString(v)));
        }
        r.facts(rated);

        r.heading(Messages.Report_scores);
        r.note(Messages.Report_benchmarks);
        List<List<String>> rows = new ArrayList<>();
        List<Tone> tones = new ArrayList<>();
        for (MiScores.Value v : scores.values()) {
            rows.add(List.of(v.score().label(), v.formatted(), v.score().thresholds(), v.level().label(), v.score().formula()));
            tones.add(switch (v.level()) {
            case GOOD -> Tone.GOOD;
            case FAIR -> Tone.FAIR;
            case BELOW_FAIR -> Tone.POOR;
            default -> Tone.NORMAL;
            });
        }
        r.table(List.of(Messages.Report_score, Messages.Report_value, Messages.Report_thresholds, Messages.Report_level,
                Messages.Report_formula), rows, tones);

        r.heading(Messages.Report_codes);
        for (MiCode code : MiCode.values()) {
            List<Utterance> examples = scores.examples(code);
            int count = code == MiCode.OPEN_QUESTION || code == MiCode.CLOSED_QUESTION ? examples.size() : scores.count(code);
            if (count == 0 && examples.isEmpty()) {
                continue;
            }
            r.subheading(label(labels, code) + " (" + code.abbreviation() + "): " + count); //$NON-NLS-1$ //$NON-NLS-2$
            for (Utterance u : examples.subList(0, Math.min(EXAMPLES, examples.size()))) {
                r.quote(ReportTexts.meta(u), u.getText());
            }
        }
        if (scores.isEmpty()) {
            r.paragraph(Messages.Report_nothingCoded);
        }
        r.note(Messages.Report_source);
        return r.build();
    }

    /**
     * The report as one self-contained HTML file (what {@code leefwereld mi report} writes).
     *
     * @param labels code guid to label (from the codebook); missing labels fall back to the MITI abbreviation
     */
    public static String html(Conversation c, MiScores scores, Map<String, String> labels) {
        return Reports.html(document(c, scores, labels));
    }

    /** Writes the report through a temporary file and an atomic move (never half a file), owner-only. */
    public static void write(Path file, String html) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = dir.resolve(".mi-report-" + UUID.randomUUID() + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            OwnerOnlyFiles.writeString(tmp, html, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
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
}
