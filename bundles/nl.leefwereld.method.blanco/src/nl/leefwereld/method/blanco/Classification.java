// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.method.blanco.model.EntryKind;

/**
 * The outcome of {@link SentenceClassifier#classify(String)}: fact or judgment, and the cues that made it a judgment.
 *
 * @param sentence the sentence classified
 * @param kind     {@link EntryKind#JUDGMENT} when there is at least one cue, else {@link EntryKind#FACT}
 * @param cues     the judgment language found, in order; empty for a fact
 */
public record Classification(String sentence, EntryKind kind, List<Cue> cues) {

    public Classification {
        cues = List.copyOf(cues);
    }

    public boolean isJudgment() {
        return kind == EntryKind.JUDGMENT;
    }

    /** The reason in the user's language: which words, of which kind; for a fact, that no judgment words were found. */
    public String reason() {
        if (cues.isEmpty()) {
            return Messages.Reason_fact;
        }
        String words = cues.stream().map(c -> NLS.bind(Messages.Reason_cue, new Object[] { c.text(), c.kind().label(), c.clause() }))
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
        return NLS.bind(Messages.Reason_judgment, words);
    }
}
