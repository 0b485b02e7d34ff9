// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.method;

import java.util.ArrayList;
import java.util.List;

/**
 * What an {@link Analyzer} produced: findings and annotation suggestions. Immutable.
 *
 * @param findings    observations about the conversation(s), each with a reason
 * @param suggestions codes the analyzer proposes, each with a reason and a confidence
 */
public record AnalysisResult(List<Finding> findings, List<AnnotationSuggestion> suggestions) {

    /** No findings, no suggestions. */
    public static final AnalysisResult EMPTY = new AnalysisResult(List.of(), List.of());

    public AnalysisResult {
        findings = List.copyOf(findings);
        suggestions = List.copyOf(suggestions);
    }

    /** This result followed by the other one. */
    public AnalysisResult merge(AnalysisResult other) {
        if (other == null || other.isEmpty()) {
            return this;
        }
        List<Finding> f = new ArrayList<>(findings);
        f.addAll(other.findings());
        List<AnnotationSuggestion> s = new ArrayList<>(suggestions);
        s.addAll(other.suggestions());
        return new AnalysisResult(f, s);
    }

    public boolean isEmpty() {
        return findings.isEmpty() && suggestions.isEmpty();
    }

    /** Collects findings and suggestions while an analyzer runs. */
    public static final class Builder {
        private final List<Finding> findings = new ArrayList<>();
        private final List<AnnotationSuggestion> suggestions = new ArrayList<>();

        public Builder add(Finding finding) {
            findings.add(finding);
            return this;
        }

        public Builder add(AnnotationSuggestion suggestion) {
            suggestions.add(suggestion);
            return this;
        }

        public AnalysisResult build() {
            return new AnalysisResult(findings, suggestions);
        }
    }

    public static Builder builder() {
        return new Builder();
    }
}
