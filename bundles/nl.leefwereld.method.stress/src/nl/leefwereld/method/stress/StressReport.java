// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.model.Note;
import nl.leefwereld.report.ReportBuilder;
import nl.leefwereld.report.ReportContribution;
import nl.leefwereld.report.ReportDocument;
import nl.leefwereld.report.ReportInput;
import nl.leefwereld.report.ReportTexts;
import nl.leefwereld.report.chart.Charts;

/**
 * The stress trajectory of a client ({@code leefwereld report stress <client-id>}): the client's own score and the
 * observed signals per conversation as a chart and a table, then the letter check ({@link LetterCheck}) of each note
 * of the client.
 */
public class StressReport implements ReportContribution {

    @Override
    public ReportDocument build(ReportInput input, IProgressMonitor monitor) {
        ReportBuilder r = new ReportBuilder(NLS.bind(Messages.Report_title, input.clientName()));
        r.note(Messages.Report_purpose);
        r.heading(Messages.Report_trajectory);
        List<StressTrajectory.Point> points = StressTrajectory.of(input.conversations());
        if (points.isEmpty()) {
            r.paragraph(Messages.Report_noPoints);
        } else {
            List<String> dates = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            List<Double> signals = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (StressTrajectory.Point p : points) {
                dates.add(ReportTexts.date(p.date()));
                scores.add(p.clientScore() == null ? null : Double.valueOf(p.clientScore().doubleValue()));
                signals.add(Double.valueOf(p.signalCount()));
                rows.add(List.of(ReportTexts.date(p.date()), p.title() == null ? "" : p.title(), //$NON-NLS-1$
                        p.clientScore() == null ? "-" : p.clientScore().toString(), //$NON-NLS-1$
                        StressTrajectory.join(p.signals(), StressTrajectory::label),
                        StressTrajectory.join(p.domains(), StressTrajectory::label)));
            }
            r.picture(Charts.line(Messages.Report_chart, dates, List.of(new Charts.Series(Messages.Report_seriesScore, scores),
                    new Charts.Series(Messages.Report_seriesSignals, signals)), 0, 10, 2));
            r.table(List.of(Messages.Report_date, Messages.Report_conversation, Messages.Report_score, Messages.Report_signals,
                    Messages.Report_domains), rows);
        }
        r.heading(Messages.Report_letters);
        List<Note> notes = input.loadedClient().getNotes();
        r.note(notes.isEmpty() ? Messages.Report_noLetters : Messages.Report_lettersIntro);
        for (Note note : notes) {
            letter(r, note);
        }
        return r.source(StressMethod.METHOD_ID).build();
    }

    private static void letter(ReportBuilder r, Note note) {
        String text = note.getText() == null ? "" : note.getText(); //$NON-NLS-1$
        r.subheading(NLS.bind(Messages.Report_letter, ReportTexts.date(note.getCreated())));
        r.quote(note.getAuthor() == null ? "" : note.getAuthor(), text); //$NON-NLS-1$
        LetterCheck.Report check = LetterCheck.check(text);
        if (check.flags().isEmpty()) {
            r.paragraph(Messages.Report_noFlags);
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (StressLanguage.Flag f : check.flags()) {
                rows.add(List.of(Integer.toString(f.line()), f.kind().label(), f.text(), f.reason(),
                        f.alternative() == null ? "" : f.alternative())); //$NON-NLS-1$
            }
            r.table(List.of(Messages.Report_line, Messages.Report_kind, Messages.Report_text, Messages.Report_reason,
                    Messages.Report_alternative), rows);
        }
        Readability read = check.readability();
        DecimalFormat n = new DecimalFormat("0.#"); //$NON-NLS-1$
        r.facts(List.of(
                List.of(Messages.Report_sentences, read.sentences() + ", " + read.words() + " (" //$NON-NLS-1$ //$NON-NLS-2$
                        + n.format(read.averageSentenceLength()) + ')'),
                List.of(Messages.Report_longSentences, Integer.toString(read.longSentences())),
                List.of(Messages.Report_longWords, read.longWords() + " (" + n.format(read.longWordShare() * 100) + "%)"), //$NON-NLS-1$ //$NON-NLS-2$
                List.of(Messages.Report_flesch, (Double.isNaN(read.fleschDouma()) ? "-" : n.format(read.fleschDouma())) //$NON-NLS-1$
                        + ", " + read.level()))); //$NON-NLS-1$
    }
}
