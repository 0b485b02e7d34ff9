// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.method;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import nl.leefwereld.model.Conversation;

/**
 * A headless analysis of a method, contributed through the extension point {@code nl.leefwereld.core.analyzers}.
 * An analyzer reads conversations and reports {@link Finding}s and {@link AnnotationSuggestion}s, each with the
 * reason a person can check. It never changes the conversation: whoever runs it decides what to keep (the
 * workbench shows suggestions apart from human codes until a person accepts them).
 * <p>
 * A new instance is created for every run; implementations need a public no-argument constructor and keep no
 * state between runs. They run outside the UI thread (in an Eclipse Job in the workbench, in the command line
 * directly), so they must not touch SWT or {@code org.eclipse.ui}.
 * </p>
 */
public interface Analyzer {

    /**
     * Analyses one conversation.
     *
     * @param conversation a fully loaded conversation (participants, utterances, annotations)
     * @param monitor      reports progress; check {@link IProgressMonitor#isCanceled()} in long loops and throw
     *                     {@link OperationCanceledException}; may be {@code null}
     * @return the findings and suggestions, never {@code null}
     */
    AnalysisResult analyze(Conversation conversation, IProgressMonitor monitor);

    /**
     * Analyses several conversations. Analyzers of scope {@code many} override this to look across
     * conversations (e.g. a trajectory's development); the default analyses each conversation on its own and
     * merges the results.
     *
     * @throws OperationCanceledException when the monitor is cancelled
     */
    default AnalysisResult analyzeAll(List<Conversation> conversations, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, conversations.size());
        AnalysisResult result = AnalysisResult.EMPTY;
        for (Conversation c : conversations) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            result = result.merge(analyze(c, sub.split(1)));
        }
        return result;
    }
}
