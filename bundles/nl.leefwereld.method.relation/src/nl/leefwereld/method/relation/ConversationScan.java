// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

/**
 * All markers of one conversation: the client's markers in the client's utterances, the professional's in the
 * professional's, and the client's number after a scaling question (in the next two utterances).
 */
public final class ConversationScan {

    /** A marker in an utterance. */
    public record Found(Utterance utterance, Markers.Hit hit) {
        public MarkerKind kind() {
            return hit.kind();
        }
    }

    /** How many utterances after a scaling question the client's number may come. */
    private static final int SCALE_ANSWER_WINDOW = 2;

    private ConversationScan() {
    }

    public static List<Found> scan(Conversation conversation, IProgressMonitor monitor) {
        List<Utterance> utterances = conversation.getUtterances();
        SubMonitor sub = SubMonitor.convert(monitor, utterances.size());
        List<Found> result = new ArrayList<>();
        for (int i = 0; i < utterances.size(); i++) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            sub.worked(1);
            Utterance u = utterances.get(i);
            ParticipantRole role = role(u);
            if (role == ParticipantRole.CLIENT) {
                for (Markers.Hit h : Markers.find(u.getText(), true)) {
                    result.add(new Found(u, h));
                }
            } else if (role == ParticipantRole.PROFESSIONAL) {
                List<Markers.Hit> hits = Markers.find(u.getText(), false);
                for (Markers.Hit h : hits) {
                    result.add(new Found(u, h));
                }
                if (hits.stream().anyMatch(h -> h.kind() == MarkerKind.SCALING_QUESTION)) {
                    Found answer = scaleAnswerAfter(utterances, i);
                    if (answer != null) {
                        result.add(answer);
                    }
                }
            }
        }
        return result;
    }

    /** The client's number in one of the utterances after index {@code question}, or {@code null}. */
    public static Found scaleAnswerAfter(List<Utterance> utterances, int question) {
        for (int j = question + 1; j < utterances.size() && j <= question + SCALE_ANSWER_WINDOW; j++) {
            Utterance next = utterances.get(j);
            if (role(next) != ParticipantRole.CLIENT) {
                continue;
            }
            int[] span = Markers.scaleAnswerSpan(next.getText());
            if (span != null) {
                return new Found(next, new Markers.Hit(MarkerKind.SCALING_ANSWER, span[0], span[1],
                        next.getText().substring(span[0], span[1])));
            }
            return null;
        }
        return null;
    }

    static ParticipantRole role(Utterance u) {
        return u.getSpeaker() == null ? null : u.getSpeaker().getRole();
    }
}
