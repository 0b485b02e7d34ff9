// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.fuzz;

import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.core.io.TranscriptProblem;
import nl.leefwereld.core.io.TranscriptWriter;

/**
 * The transcript parser never throws: any input gives a conversation and problems with messages. A transcript read
 * without problems, written back and read again, keeps its number of utterances and their texts (no silent loss).
 */
public final class TranscriptFuzzer {

    private TranscriptFuzzer() {
    }

    public static void fuzzerTestOneInput(byte[] data) {
        TranscriptParseResult r = new TranscriptParser(1024 * 1024, 4096).parse(data);
        if (r.conversation() == null) {
            throw new IllegalStateException("no conversation");
        }
        for (TranscriptProblem p : r.problems()) {
            if (p.message() == null || p.message().isEmpty() || p.kind() == null) {
                throw new IllegalStateException("problem without message: " + p.kind());
            }
        }
        if (r.hasProblems()) {
            return;
        }
        String written = new TranscriptWriter().write(r.conversation());
        TranscriptParseResult again = new TranscriptParser().parse(written);
        int n = r.conversation().getUtterances().size();
        if (again.hasProblems() || again.conversation().getUtterances().size() != n) {
            throw new IllegalStateException("write + read changed the transcript: " + again.problems() + " "
                    + n + " -> " + again.conversation().getUtterances().size());
        }
        for (int i = 0; i < n; i++) {
            String a = r.conversation().getUtterances().get(i).getText();
            String b = again.conversation().getUtterances().get(i).getText();
            if (!a.equals(b)) {
                throw new IllegalStateException("utterance " + i + " changed: [" + a + "] -> [" + b + "]");
            }
        }
    }
}
