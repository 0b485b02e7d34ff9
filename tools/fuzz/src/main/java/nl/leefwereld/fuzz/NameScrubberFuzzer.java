// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

import nl.leefwereld.core.privacy.NameScrubber;
import nl.leefwereld.core.privacy.PseudonymKey;

/**
 * The name scrubber takes any names and texts without throwing, and a known single-word name of letters never
 * survives in the scrubbed text.
 */
public final class NameScrubberFuzzer {

    private static final PseudonymKey KEY = PseudonymKey.of(new byte[32]);

    private NameScrubberFuzzer() {
    }

    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        NameScrubber s = new NameScrubber(KEY);
        String person = data.consumeString(40);
        String extra = data.consumeString(40);
        s.addPerson(person);
        s.addExtra(extra);
        String text = data.consumeRemainingAsString();
        s.learn(text);
        String out = s.scrub(text);
        if (out == null) {
            throw new IllegalStateException("null");
        }
        s.report();
        if (person.matches("[A-Z][a-z]{3,12}") && !isCommon(person)) {
            String sentence = "Ik sprak " + person + " en " + person.toLowerCase() + " gisteren.";
            if (s.scrub(sentence).toLowerCase().contains(person.toLowerCase())) {
                throw new IllegalStateException("name survived: " + person + " in " + s.scrub(sentence));
            }
        }
    }

    private static boolean isCommon(String word) {
        // the scrubber's own common-word list makes single names like "Meneer" no names; compare through its output
        NameScrubber probe = new NameScrubber(KEY).addPerson(word);
        return probe.scrub(word).equals(word);
    }
}
