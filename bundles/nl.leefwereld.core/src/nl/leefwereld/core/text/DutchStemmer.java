// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A matching key for Dutch word forms, so one entry of a word list matches its inflections: "terugvorderen",
 * "terugvordering", "teruggevorderd" and "terugvordert" share a key, as do "brief" and "brieven". The core is Lucene's
 * Snowball Dutch stemmer (constructed directly, no SPI lookup); around it, what Snowball leaves alone: the past
 * participle's {@code ge-} (also after a separable particle: terug-ge-vorderd), a final {@code -d}/{@code -t} of verb
 * forms, long vowels written double or single (verlaagd/verlagen), the f/v and s/z alternation (brief/brieven, reis/reizen) and diacritics (beëindigd). A key is for matching
 * only, not a word to show. Thread-safe (one Snowball program per thread).
 */
public final class DutchStemmer {

    /** Separable particles that can stand before the participle's ge- (terug-ge-vorderd, op-ge-schort). */
    private static final List<String> PARTICLES = List.of("terug", "tegemoet", "samen", "voorbij", "binnen", "buiten", "door", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "over", "onder", "weg", "mee", "toe", "voor", "uit", "aan", "af", "op", "in", "na", "bij", "vast", "stop", "los", "om"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$

    private static final ThreadLocal<org.tartarus.snowball.ext.DutchStemmer> SNOWBALL = ThreadLocal
            .withInitial(org.tartarus.snowball.ext.DutchStemmer::new);

    private DutchStemmer() {
    }

    /** The matching key of one word (any case); the empty string for an empty word. */
    public static String stem(String word) {
        if (word == null || word.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        String w = plain(word.toLowerCase(Locale.ROOT));
        w = withoutParticipleGe(w);
        org.tartarus.snowball.ext.DutchStemmer s = SNOWBALL.get();
        s.setCurrent(w);
        s.stem();
        String key = s.getCurrent();
        if (key.length() > 4 && (key.endsWith("d") || key.endsWith("t"))) { //$NON-NLS-1$ //$NON-NLS-2$
            key = key.substring(0, key.length() - 1); // vorderd, vordert -> vorder
        }
        key = key.replace("aa", "a").replace("ee", "e").replace("oo", "o").replace("uu", "u"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        if (key.endsWith("v")) { //$NON-NLS-1$
            key = key.substring(0, key.length() - 1) + 'f';
        } else if (key.endsWith("z")) { //$NON-NLS-1$
            key = key.substring(0, key.length() - 1) + 's';
        }
        return key;
    }

    /** Whether two words share a key. */
    public static boolean sameStem(String a, String b) {
        return stem(a).equals(stem(b));
    }

    private static String withoutParticipleGe(String w) {
        boolean participleEnd = w.endsWith("d") || w.endsWith("t") || w.endsWith("en"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (!participleEnd) {
            return w;
        }
        for (String p : PARTICLES) {
            if (w.startsWith(p + "ge") && w.length() >= p.length() + 5) { //$NON-NLS-1$
                return p + w.substring(p.length() + 2);
            }
        }
        if (w.startsWith("ge") && w.length() > 5) { //$NON-NLS-1$
            return w.substring(2);
        }
        return w;
    }

    private static String plain(String s) {
        boolean ascii = s.chars().allMatch(c -> c < 128);
        return ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
