// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

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

    /**
     * A coherent group inside a persona that the persona absorbs: a class of a second-level latent class model
     * fitted on the persona's rows, named by the values that set it apart from the rest of the persona.
     *
     * @param cluster the persona's cluster
     * @param rows    the rows of the group
     * @param values  its distinguishing values, against the persona (strongest first)
     */
    public record HiddenGroup(int cluster, int[] rows, List<Profiles.ValueShare> values) {
    }

    /** Least difference in share between a hidden group and the rest of its persona, for a distinguishing value. */
    public static final double GROUP_MIN_DIFFERENCE = 0.30;
    /** Least lift of a distinguishing value of a hidden group against its persona. */
    public static final double GROUP_MIN_LIFT = 2.0;
    /** Fewest distinguishing values for a group to be coherent (one value alone is a value, not a group). */
    static final int GROUP_MIN_VALUES = 2;
    /** Largest share of its persona a hidden group may have (above it, it is a split, not a minority). */
    static final double GROUP_MAX_SHARE_OF_PERSONA = 0.34;

    private Minorities() {
    }

    /**
     * Looks inside every cluster of at least {@code minimumSize} rows for coherent groups it absorbs: fits a latent
     * class model with 1 to 3 classes to the cluster's rows (BIC chooses) and keeps each class of at least
     * {@code minCount} rows and at most a third of the cluster that has at least {@value #GROUP_MIN_VALUES} values
     * held by at least {@value #GROUP_MIN_DIFFERENCE} more of it than of its cluster, and
     * {@value #GROUP_MIN_LIFT} times as often.
     */
    public static List<HiddenGroup> hidden(MixedData data, int[] assignment, int k, int minimumSize, int minCount,
            long seed, BooleanSupplier cancelled) {
        List<HiddenGroup> result = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            int cluster = c;
            int[] rows = IntStream.range(0, assignment.length).filter(i -> assignment[i] == cluster).toArray();
            if (rows.length < minimumSize || rows.length < 2 * Math.max(2, minCount)) {
                continue;
            }
            MixedData inside = data.subset(rows);
            LatentClassSelection.Selection sub = LatentClassSelection.select(inside, 1, 3,
                    new LatentClassSelection.Options(seed * 131 + c, 3, 200, 0, 6000), cancelled);
            Clustering split = sub.result().best();
            if (split.k() < 2) {
                continue;
            }
            Profiles profiles = new Profiles(inside, split.assignment(), split.k());
            for (int s = 0; s < split.k(); s++) {
                int size = split.sizes()[s];
                if (size < minCount || size > GROUP_MAX_SHARE_OF_PERSONA * rows.length) {
                    continue;
                }
                List<Profiles.ValueShare> values = profiles.overRepresented(s, GROUP_MIN_DIFFERENCE, GROUP_MIN_LIFT);
                if (values.size() < GROUP_MIN_VALUES) {
                    continue;
                }
                int group = s;
                int[] members = IntStream.range(0, rows.length).filter(i -> split.assignment()[i] == group)
                        .map(i -> rows[i]).toArray();
                result.add(new HiddenGroup(c, members, values));
            }
        }
        return result;
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
