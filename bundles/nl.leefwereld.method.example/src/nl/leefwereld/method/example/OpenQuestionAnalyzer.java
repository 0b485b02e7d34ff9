// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.example;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.method.AnalysisResult;
import nl.leefwereld.core.method.Analyzer;
import nl.leefwereld.core.method.AnnotationSuggestion;
import nl.leefwereld.core.method.Finding;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

/**
 * Suggests the code "Open vraag" for questions of the professional that start with a question word
 * ({@code hoe, wat, waarom, …}) and end with a question mark. A simple, honest heuristic: it does not understand
 * the question ("Wat is uw BSN?" is suggested too), which is why it only suggests, with the question word as the
 * reason, and a person decides. It also reports how many of the professional's questions were open.
 */
public class OpenQuestionAnalyzer implements Analyzer {

    /** A sentence that ends with "?". */
    private static final Pattern QUESTION = Pattern.compile("[^.!?]*\\?"); //$NON-NLS-1$
    /** A question that starts with a question word (after optional "en", "maar", "en dan", …). */
    private static final Pattern OPEN = Pattern.compile(
            "(?iu)^\\s*(?:(?:en|maar|dus|en dan|ok[eé]?)[,]?\\s+)?(hoe|wat|waarom|waardoor|waarover|waarmee|welke?|wie|waar|wanneer)\\b"); //$NON-NLS-1$

    @Override
    public AnalysisResult analyze(Conversation conversation, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, conversation.getUtterances().size());
        AnalysisResult.Builder result = AnalysisResult.builder();
        List<Utterance> withOpen = new ArrayList<>();
        int questions = 0;
        int open = 0;
        for (Utterance u : conversation.getUtterances()) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            sub.worked(1);
            if (u.getSpeaker() == null || u.getSpeaker().getRole() != ParticipantRole.PROFESSIONAL || u.getText() == null) {
                continue;
            }
            Matcher q = QUESTION.matcher(u.getText());
            while (q.find()) {
                questions++;
                if (openMatch(q.group()) instanceof Matcher m) {
                    int start = q.start() + (q.group().length() - q.group().stripLeading().length());
                    String word = m.group(1).toLowerCase(Locale.ROOT);
                    result.add(new AnnotationSuggestion(u, start, q.end(), ExampleMethod.METHOD_ID, ExampleMethod.CODE_OPEN_QUESTION,
                            NLS.bind(Messages.OpenQuestion_reason, word), 0.8));
                    open++;
                    if (!withOpen.contains(u)) {
                        withOpen.add(u);
                    }
                }
            }
        }
        if (questions > 0) {
            result.add(Finding.about(open == 0 ? Finding.Severity.WARNING : Finding.Severity.INFO,
                    NLS.bind(Messages.OpenQuestion_summary, Integer.valueOf(open), Integer.valueOf(questions)),
                    Messages.OpenQuestion_summaryReason, withOpen.toArray(Utterance[]::new)));
        }
        return result.build();
    }

    /** The match of the question word at the start of the question, or {@code null}. */
    private static Matcher openMatch(String question) {
        Matcher m = OPEN.matcher(question);
        return m.find() ? m : null;
    }
}
