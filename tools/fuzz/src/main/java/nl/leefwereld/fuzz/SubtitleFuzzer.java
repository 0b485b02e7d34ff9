// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.fuzz;

import java.nio.charset.StandardCharsets;

import nl.leefwereld.core.exchange.SubtitleParser;
import nl.leefwereld.core.format.ConversationImporter;

/**
 * The SRT and WebVTT reader never throws: any input gives a conversation, errors and warnings with messages that
 * name the file, and every utterance has a speaker.
 */
public final class SubtitleFuzzer {

    private SubtitleFuzzer() {
    }

    public static void fuzzerTestOneInput(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        for (SubtitleParser.Kind kind : SubtitleParser.Kind.values()) {
            ConversationImporter.Result r = new SubtitleParser().parse(text, "fuzz.sub", kind);
            if (r.conversation() == null) {
                throw new IllegalStateException("no conversation");
            }
            for (String m : r.problems()) {
                if (m == null || !m.contains("fuzz.sub")) {
                    throw new IllegalStateException("an error without the file name: " + m);
                }
            }
            for (String m : r.warnings()) {
                if (m == null || !m.contains("fuzz.sub")) {
                    throw new IllegalStateException("a warning without the file name: " + m);
                }
            }
            r.conversation().getUtterances().forEach(u -> {
                if (u.getSpeaker() == null || u.getText() == null) {
                    throw new IllegalStateException("an utterance without speaker or text");
                }
            });
        }
    }
}
