// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups too small to form a persona of their own, so that they are named instead of absorbed in silence:
 * clusters below the minimum persona size, and categorical values held by a small group that no persona of
 * sufficient size represents (the value is neither the most frequent value of its column in that persona nor
 * held by at least half of it).
 */
public final class Minorities {

    /** A cluster below the minimum size. */
    public record SmallCluster(int cluster, int size) {
    }

    /**
     * A value of a small group that no persona represents.
     *
     * @param column   categorical column
     * @param code     the value
     * @param count    rows with the value
     * @param share    share of the rows with a value for the column
     * @param spread   [cluster] how many rows with the value fall in each cluster
     */
    public record UnrepresentedGroup(int column, int code, int count, double share, int[] spread) {
    }

    /** Result of the check. */
    public record Result(int minimumSize, List<SmallCluster> smallClusters, List<UnrepresentedGroup> groups) {
    }

    private Minorities() {
    }

    /**
     * @param profiles        the profiles of the clustering
     * @param data            the rows
     * @param minimumSize     a cluster smaller than this is a small group, not a persona
     * @param maxGroupShare   values held by at most this share of the rows are candidate minority groups
     * @param minGroupCount   values held by fewer rows are not named (too few to say anything)
     */
    public static Result check(Profiles profiles, MixedData data, int minimumSize, double maxGroupShare,
            int minGroupCount) {
        int k = profiles.clusters();
        int[] sizes = new int[k];
        for (int a : profiles.assignment()) {
            sizes[a]++;
        }
        List<SmallCluster> small = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (sizes[c] < minimumSize) {
                small.add(new SmallCluster(c, sizes[c]));
            }
        }
        List<UnrepresentedGroup> groups = new ArrayList<>();
        for (int l = 0; l < data.categoricalColumns(); l++) {
            for (int v = 0; v < data.categories(l); v++) {
                Profiles.ValueShare all = profiles.shareAll(l, v);
                if (all.countAll() < minGroupCount || all.shareAll() > maxGroupShare) {
                    continue;
                }
                boolean represented = false;
                int[] spread = new int[k];
                for (int c = 0; c < k; c++) {
                    Profiles.ValueShare s = profiles.share(c, l, v);
                    spread[c] = s.countIn();
                    if (sizes[c] >= minimumSize && s.countIn() > 0
                            && (profiles.mode(c, l) == v || s.shareIn() >= 0.5)) {
                        represented = true;
                    }
                }
                if (!represented) {
                    groups.add(new UnrepresentedGroup(l, v, all.countAll(), all.shareAll(), spread));
                }
            }
        }
        return new Result(minimumSize, small, groups);
    }
}
