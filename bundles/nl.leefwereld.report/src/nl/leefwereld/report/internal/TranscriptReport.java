// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.coding.CodeLabels;
import nl.leefwereld.core.commands.MemoCommands;
import nl.leefwereld.core.method.MethodRegistry;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.AnnotationOrigin;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.Note;
import nl.leefwereld.model.Utterance;
import nl.leefwereld.report.Messages;
import nl.leefwereld.report.ReportBuilder;
import nl.leefwereld.report.ReportContribution;
import nl.leefwereld.report.ReportDocument;
import nl.leefwereld.report.ReportInput;
import nl.leefwereld.report.ReportTexts;

/**
 * The core's report ({@code leefwereld report transcript <conversation-id>}): the conversation's header, the codes
 * used, every utterance with its codes (label, method, coder and the coder's note; a code on part of the text
 * quotes those words), the conversation's notes and its memos. Suggestions nobody accepted are left out.
 */
public class TranscriptReport implements ReportContribution {

    @Override
    public ReportDocument build(ReportInput input, IProgressMonitor monitor) {
        Conversation c = input.conversation();
        CodeLabels labels = new CodeLabels(new MethodRegistry(RegistryFactory.getRegistry()));
        ReportBuilder r = new ReportBuilder(NLS.bind(Messages.Transcript_title, ReportTexts.title(c)));
        r.note(Messages.Transcript_purpose);
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of(Messages.Transcript_client, input.client() == null ? "" : input.client().getDisplayName())); //$NON-NLS-1$
        if (c.getTrajectory() != null) {
            facts.add(List.of(Messages.Transcript_trajectory, String.valueOf(c.getTrajectory().getTitle())));
        }
        facts.add(List.of(Messages.Transcript_date, ReportTexts.date(c)));
        if (c.getKind() != null) {
            facts.add(List.of(Messages.Transcript_kind, c.getKind().getLiteral()));
        }
        facts.add(List.of(Messages.Transcript_participants, c.getParticipants().stream()
                .map(p -> p.getName() + (p.getRole() == null ? "" : " (" + p.getRole().getLiteral() + ')')) //$NON-NLS-1$ //$NON-NLS-2$
                .collect(Collectors.joining(", ")))); //$NON-NLS-1$
        facts.add(List.of(Messages.Transcript_utterances, Integer.toString(c.getUtterances().size())));
        r.facts(facts);

        Map<Utterance, List<Annotation>> byUtterance = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Annotation a : c.getAnnotations()) {
            if (a.getOrigin() == AnnotationOrigin.SUGGESTED || a.getUtterance() == null) {
                continue;
            }
            byUtterance.computeIfAbsent(a.getUtterance(), u -> new ArrayList<>()).add(a);
            counts.merge(labels.label(a) + '\u0000' + a.getMethodId(), Integer.valueOf(1), (x, y) -> x + y);
        }
        r.heading(Messages.Transcript_codesHeading);
        if (counts.isEmpty()) {
            r.paragraph(Messages.Transcript_noCodes);
        } else {
            List<List<String>> rows = new ArrayList<>();
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(e -> {
                String[] key = e.getKey().split("\u0000", 2); //$NON-NLS-1$
                rows.add(List.of(key[0], key[1], e.getValue().toString()));
            });
            r.table(List.of(Messages.Transcript_code, Messages.Transcript_method, Messages.Transcript_count), rows);
        }

        r.heading(Messages.Transcript_text);
        for (Utterance u : c.getUtterances()) {
            List<String> attached = new ArrayList<>();
            for (Annotation a : byUtterance.getOrDefault(u, List.of())) {
                String code = labels.label(a) + spanWords(a, u.getText()) + " \u2014 " + a.getMethodId() //$NON-NLS-1$
                        + (a.getCoder() == null ? "" : ", " + a.getCoder()); //$NON-NLS-1$ //$NON-NLS-2$
                if (a.getNote() != null && !a.getNote().isBlank()) {
                    code += ": " + a.getNote(); //$NON-NLS-1$
                }
                attached.add(code);
            }
            r.quote(ReportTexts.meta(u), u.getText(), attached);
        }

        r.heading(Messages.Transcript_notes);
        if (c.getNotes().isEmpty()) {
            r.paragraph(Messages.Transcript_noNotes);
        }
        for (Note n : c.getNotes()) {
            String by = (n.getAuthor() == null ? "" : n.getAuthor()) //$NON-NLS-1$
                    + (n.getCreated() == null ? "" : ", " + ReportTexts.date(n.getCreated())); //$NON-NLS-1$ //$NON-NLS-2$
            r.quote(by, n.getText());
        }

        r.heading(Messages.Transcript_memos);
        if (c.getMemos().isEmpty()) {
            r.paragraph(Messages.Transcript_noMemos);
        }
        for (Memo m : c.getMemos()) {
            String by = MemoCommands.describeTarget(m) + " \u2014 " + (m.getAuthor() == null ? "" : m.getAuthor()) //$NON-NLS-1$ //$NON-NLS-2$
                    + (m.getModified() == null ? "" : ", " + ReportTexts.date(m.getModified())); //$NON-NLS-1$ //$NON-NLS-2$
            String title = MemoCommands.titleOf(m);
            r.quote(by, (title == null || title.isBlank() ? "" : title + ": ") + m.getText()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return r.build();
    }

    /** The coded words in quotes when the code covers part of the utterance, else nothing. */
    private static String spanWords(Annotation a, String text) {
        if (text == null || a.isSpanDetached() || a.getSpanStart() < 0 || a.getSpanEnd() > text.length()
                || a.getSpanStart() >= a.getSpanEnd() || (a.getSpanStart() == 0 && a.getSpanEnd() == text.length())) {
            return ""; //$NON-NLS-1$
        }
        return " \u201C" + text.substring(a.getSpanStart(), a.getSpanEnd()) + '\u201D'; //$NON-NLS-1$
    }
}
