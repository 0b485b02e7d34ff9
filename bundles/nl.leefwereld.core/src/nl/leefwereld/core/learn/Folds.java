// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Splits examples into folds by group (a conversation never is in two folds), the groups shuffled with a fixed
 * seed so a run can be repeated.
 */
public final class Folds {

    private Folds() {
    }

    /** The fold (0..k-1) of every group. */
    public static Map<String, Integer> assign(List<Example> examples, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("k < 2"); //$NON-NLS-1$
        }
        List<String> groups = new ArrayList<>(new TreeSet<>(examples.stream().map(Example::group).toList()));
        Collections.shuffle(groups, new Random(seed));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            fold.put(groups.get(i), Integer.valueOf(i % k));
        }
        return fold;
    }
}
