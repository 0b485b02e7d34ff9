// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Utterance;

/**
 * The outcome of {@link TranscriptParser}: a conversation (never {@code null}; not attached to a trajectory)
 * holding what could be read, and the problems found. The caller decides whether to go on when there are
 * problems; {@link TranscriptImporter#importFile} does not.
 */
public final class TranscriptParseResult {

    private final Conversation conversation;
    private final List<TranscriptProblem> problems;
    private final List<TranscriptHeader> headers;
    private final Map<Utterance, Integer> lines;

    TranscriptParseResult(Conversation conversation, List<TranscriptProblem> problems, List<TranscriptHeader> headers) {
        this(conversation, problems, headers, Map.of());
    }

    TranscriptParseResult(Conversation conversation, List<TranscriptProblem> problems, List<TranscriptHeader> headers,
            Map<Utterance, Integer> lines) {
        this.lines = new IdentityHashMap<>(lines);
        this.conversation = conversation;
        this.problems = Collections.unmodifiableList(new ArrayList<>(problems));
        this.headers = Collections.unmodifiableList(new ArrayList<>(headers));
    }

    public Conversation conversation() {
        return conversation;
    }

    /** The problems in line order (file-level problems, line 0, first). */
    public List<TranscriptProblem> problems() {
        return problems;
    }

    /** The line (from 1) on which an utterance of {@link #conversation()} starts, or 0 when unknown. */
    public int lineOf(Utterance utterance) {
        Integer line = lines.get(utterance);
        return line == null ? 0 : line.intValue();
    }

    /** True when there is any problem, warning or error. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The problems that stop an import (every problem that is not a {@link TranscriptProblem#isWarning() warning}). */
    public List<TranscriptProblem> errors() {
        return problems.stream().filter(p -> !p.isWarning()).toList();
    }

    /** The problems that were repaired while reading (the file can be imported). */
    public List<TranscriptProblem> warnings() {
        return problems.stream().filter(TranscriptProblem::isWarning).toList();
    }

    /** True when there is an error: the file cannot be imported as it is. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> !p.isWarning());
    }

    /** Every {@code # Key: value} line, in file order, recognised or not. */
    public List<TranscriptHeader> headers() {
        return headers;
    }

    /** The value of the first header with this key (compared as {@link TranscriptHeader#normalizedKey()}), or {@code null}. */
    public String header(String key) {
        List<String> values = headerValues(key);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The values of all headers with this key, in file order. */
    public List<String> headerValues(String key) {
        String k = TranscriptParser.normalizeKey(key);
        List<String> values = new ArrayList<>();
        for (TranscriptHeader h : headers) {
            if (h.normalizedKey().equals(k)) {
                values.add(h.value());
            }
        }
        return values;
    }
}
