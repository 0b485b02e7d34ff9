// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.learn.LinearModel;
import nl.leefwereld.core.learn.StoredModel;
import nl.leefwereld.core.learn.TrainedModels;
import nl.leefwereld.method.relation.ConversationScan.Found;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ParticipantRole;
import nl.leefwereld.model.Utterance;

/**
 * The markers suggested for a conversation, in one home for the analyzer, the <em>Relatie</em> view and
 * {@code relation show}: when the organisation has a trained relation model with a {@value RelationLearning#MARKER}
 * task ({@link TrainedModels}, as MI finds its model), that model decides the markers of the three questions in the
 * client's words, each with its probability as confidence (below {@link RelationLearning#THRESHOLD} none is
 * suggested); the tools, tasks, compliments and scaling answers stay the rules'. Without a model every marker is the
 * rules' ({@link ConversationScan}).
 */
public final class MarkerSuggestions {

    /** The confidence of a rule's marker. */
    public static final double RULES_CONFIDENCE = 0.7;

    /** A suggested marker, its confidence and the reason shown with it. */
    public record Suggested(Found found, double confidence, String reason) {
    }

    private MarkerSuggestions() {
    }

    /** The suggested markers, in the order of the utterances. */
    public static List<Suggested> of(Conversation c, IProgressMonitor monitor) {
        List<Found> rules = ConversationScan.scan(c, monitor);
        StoredModel stored = TrainedModels.latest(RelationMethod.METHOD_ID);
        LinearModel model = stored == null ? null : stored.models().get(RelationLearning.MARKER);
        List<Suggested> out = new ArrayList<>();
        if (model == null) {
            for (Found x : rules) {
                out.add(new Suggested(x, RULES_CONFIDENCE, RelationAnalyzer.reason(x)));
            }
            return out;
        }
        Map<Utterance, List<Found>> byUtterance = new IdentityHashMap<>();
        for (Found x : rules) {
            if (x.kind().question() == null) {
                out.add(new Suggested(x, RULES_CONFIDENCE, RelationAnalyzer.reason(x)));
            } else {
                byUtterance.computeIfAbsent(x.utterance(), k -> new ArrayList<>()).add(x);
            }
        }
        List<Utterance> all = c.getUtterances();
        Map<Utterance, Integer> index = new IdentityHashMap<>();
        for (int k = 0; k < all.size(); k++) {
            Utterance u = all.get(k);
            index.put(u, Integer.valueOf(k));
            if (ConversationScan.role(u) != ParticipantRole.CLIENT) {
                continue;
            }
            LinearModel.Prediction p = model.predict(RelationLearning.markerFeatures(all, k));
            MarkerKind kind = RelationLearning.kindOf(p.label());
            if (kind == null || p.confidence() < RelationLearning.THRESHOLD) {
                continue;
            }
            // the rules' words for the same marker when they found it, else the whole utterance
            String text = u.getText() == null ? "" : u.getText(); //$NON-NLS-1$
            Markers.Hit hit = new Markers.Hit(kind, 0, text.length(), text);
            for (Found x : byUtterance.getOrDefault(u, List.of())) {
                if (x.kind() == kind) {
                    hit = x.hit();
                    break;
                }
            }
            Found f = new Found(u, hit);
            out.add(new Suggested(f, p.confidence(), NLS.bind(Messages.Reason_model, new Object[] {
                    RelationAnalyzer.kindLabel(kind), Long.valueOf(Math.round(p.confidence() * 100)), stored.version(),
                    hit.words() })));
        }
        out.sort(Comparator.comparingInt((Suggested s) -> index.getOrDefault(s.found().utterance(), Integer.valueOf(-1)).intValue())
                .thenComparingInt(s -> s.found().hit().start()));
        return out;
    }

    /** The markers alone. */
    public static List<Found> found(Conversation c, IProgressMonitor monitor) {
        return of(c, monitor).stream().map(Suggested::found).toList();
    }
}
