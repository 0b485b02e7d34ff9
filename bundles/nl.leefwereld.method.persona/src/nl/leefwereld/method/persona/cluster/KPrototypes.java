// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.cluster;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * k-prototypes clustering of mixed numeric and categorical data (Huang, Z. (1998). Extensions to the k-means
 * algorithm for clustering large data sets with categorical values. Data Mining and Knowledge Discovery 2,
 * 283-304). The dissimilarity of a row to a prototype is the squared Euclidean distance over the numeric columns
 * (each scaled to [0, 1] by its range) plus {@code gamma} times the number of categorical mismatches; missing
 * values are left out. Prototypes are numeric means and categorical modes. Initialisation is k-means++ style
 * (seeded), the best of several restarts is kept. The same data, k and seed give the same result.
 */
public final class KPrototypes {

    private final MixedData data;
    private final int n;
    private final int p;
    private final int q;
    private final double[][] scaled;
    private final int[][] cat;
    private final double[] min;
    private final double[] range;
    private final double gamma;

    /**
     * @param data  the rows
     * @param gamma weight of one categorical mismatch; {@code NaN} for Huang's rule of thumb: the mean standard
     *              deviation of the scaled numeric columns (1 when there are none)
     */
    public KPrototypes(MixedData data, double gamma) {
        this.data = data;
        this.n = data.rows();
        this.p = data.numericColumns();
        this.q = data.categoricalColumns();
        this.cat = data.categoricalRows();
        this.min = new double[p];
        this.range = new double[p];
        double[][] raw = data.numericRows();
        for (int j = 0; j < p; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double v = raw[i][j];
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            min[j] = lo == Double.POSITIVE_INFINITY ? 0 : lo;
            range[j] = hi > lo ? hi - lo : 1;
        }
        this.scaled = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double v = raw[i][j];
                scaled[i][j] = Double.isNaN(v) ? Double.NaN : (v - min[j]) / range[j];
            }
        }
        this.gamma = Double.isNaN(gamma) ? ruleOfThumbGamma() : gamma;
    }

    private double ruleOfThumbGamma() {
        if (p == 0) {
            return 1;
        }
        double total = 0;
        int columns = 0;
        for (int j = 0; j < p; j++) {
            double sum = 0;
            double sq = 0;
            int m = 0;
            for (int i = 0; i < n; i++) {
                double v = scaled[i][j];
                if (!Double.isNaN(v)) {
                    sum += v;
                    sq += v * v;
                    m++;
                }
            }
            if (m > 1) {
                double mean = sum / m;
                total += Math.sqrt(Math.max(0, sq / m - mean * mean));
                columns++;
            }
        }
        double g = columns == 0 ? 1 : total / columns;
        return g > 1e-9 ? g : 1;
    }

    public double gamma() {
        return gamma;
    }

    public MixedData data() {
        return data;
    }

    /** The numeric columns scaled to [0, 1] by their range (NaN when missing); row-major, not copied. */
    double[][] scaledRows() {
        return scaled;
    }

    /**
     * Clusters the rows into k clusters.
     *
     * @param k             number of clusters, 1 &lt;= k &lt;= rows
     * @param seed          seed of the random initialisation
     * @param restarts      number of initialisations; the one with the lowest cost is kept
     * @param maxIterations bound on the iterations of one run
     * @param cancelled     checked between iterations; when true a {@link CancellationException} is thrown
     */
    public Clustering cluster(int k, long seed, int restarts, int maxIterations, BooleanSupplier cancelled) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be between 1 and " + n + ": " + k); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Random random = new Random(seed);
        Run best = null;
        for (int r = 0; r < Math.max(1, restarts); r++) {
            Run run = run(k, random.nextLong(), maxIterations, cancelled);
            if (best == null || run.cost < best.cost - 1e-12) {
                best = run;
            }
        }
        return best.toClustering(k);
    }

    private final class Run {
        final int[] assignment = new int[n];
        final double[] distance = new double[n];
        final double[][] protoNum;
        final int[][] protoCat;
        double cost;
        int iterations;

        Run(int k) {
            protoNum = new double[k][p];
            protoCat = new int[k][q];
        }

        Clustering toClustering(int k) {
            int[] sizes = new int[k];
            for (int a : assignment) {
                sizes[a]++;
            }
            double[][] original = new double[k][p];
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < p; j++) {
                    double v = protoNum[c][j];
                    original[c][j] = Double.isNaN(v) ? Double.NaN : min[j] + v * range[j];
                }
            }
            int[][] modes = new int[k][];
            for (int c = 0; c < k; c++) {
                modes[c] = protoCat[c].clone();
            }
            return new Clustering(k, assignment.clone(), sizes, original, modes, cost, Double.NaN, iterations,
                    distance.clone());
        }
    }

    private Run run(int k, long seed, int maxIterations, BooleanSupplier cancelled) {
        Random random = new Random(seed);
        Run run = new Run(k);
        initialise(run, k, random);
        Arrays.fill(run.assignment, -1);
        for (int it = 0; it < Math.max(1, maxIterations); it++) {
            if (cancelled != null && cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            run.iterations = it + 1;
            int changed = assign(run, k);
            fixEmpty(run, k);
            update(run, k);
            // converged: no row (or fewer than 1 in 10,000) changed cluster
            if (changed == 0 || changed * 10_000L < n) {
                break;
            }
        }
        assign(run, k);
        double cost = 0;
        for (int i = 0; i < n; i++) {
            cost += run.distance[i];
        }
        run.cost = cost;
        return run;
    }

    /** k-means++: the first prototype a random row, each next one a row drawn with probability ~ dissimilarity. */
    private void initialise(Run run, int k, Random random) {
        int first = random.nextInt(n);
        setPrototypeToRow(run, 0, first);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = dissimilarity(i, run.protoNum[0], run.protoCat[0]);
        }
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (double v : d) {
                total += v;
            }
            int chosen;
            if (total <= 0) {
                chosen = random.nextInt(n);
            } else {
                double target = random.nextDouble() * total;
                chosen = n - 1;
                double acc = 0;
                for (int i = 0; i < n; i++) {
                    acc += d[i];
                    if (acc >= target && d[i] > 0) {
                        chosen = i;
                        break;
                    }
                }
            }
            setPrototypeToRow(run, c, chosen);
            for (int i = 0; i < n; i++) {
                d[i] = Math.min(d[i], dissimilarity(i, run.protoNum[c], run.protoCat[c]));
            }
        }
    }

    private void setPrototypeToRow(Run run, int c, int row) {
        for (int j = 0; j < p; j++) {
            double v = scaled[row][j];
            run.protoNum[c][j] = Double.isNaN(v) ? 0.5 : v;
        }
        System.arraycopy(cat[row], 0, run.protoCat[c], 0, q);
    }

    /** Assigns every row to its nearest prototype (lowest index on a tie); returns how many rows changed. */
    private int assign(Run run, int k) {
        int changed = 0;
        for (int i = 0; i < n; i++) {
            int bestC = 0;
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double d = dissimilarity(i, run.protoNum[c], run.protoCat[c], best);
                if (d < best) {
                    best = d;
                    bestC = c;
                }
            }
            if (run.assignment[i] != bestC) {
                run.assignment[i] = bestC;
                changed++;
            }
            run.distance[i] = best;
        }
        return changed;
    }

    /** An empty cluster takes the row farthest from its own prototype (taken from a cluster of more than one). */
    private void fixEmpty(Run run, int k) {
        int[] sizes = new int[k];
        for (int a : run.assignment) {
            sizes[a]++;
        }
        for (int c = 0; c < k; c++) {
            if (sizes[c] > 0) {
                continue;
            }
            int far = -1;
            for (int i = 0; i < n; i++) {
                if (sizes[run.assignment[i]] > 1 && (far < 0 || run.distance[i] > run.distance[far])) {
                    far = i;
                }
            }
            if (far < 0) {
                return;
            }
            sizes[run.assignment[far]]--;
            run.assignment[far] = c;
            run.distance[far] = 0;
            sizes[c] = 1;
        }
    }

    private void update(Run run, int k) {
        double[][] sum = new double[k][p];
        int[][] count = new int[k][p];
        int[][][] freq = new int[k][q][];
        for (int c = 0; c < k; c++) {
            for (int l = 0; l < q; l++) {
                freq[c][l] = new int[data.categories(l)];
            }
        }
        for (int i = 0; i < n; i++) {
            int c = run.assignment[i];
            double[] x = scaled[i];
            for (int j = 0; j < p; j++) {
                double v = x[j];
                if (!Double.isNaN(v)) {
                    sum[c][j] += v;
                    count[c][j]++;
                }
            }
            int[] y = cat[i];
            for (int l = 0; l < q; l++) {
                if (y[l] >= 0) {
                    freq[c][l][y[l]]++;
                }
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < p; j++) {
                if (count[c][j] > 0) {
                    run.protoNum[c][j] = sum[c][j] / count[c][j];
                }
            }
            for (int l = 0; l < q; l++) {
                int[] f = freq[c][l];
                int mode = -1;
                int most = 0;
                for (int v = 0; v < f.length; v++) {
                    if (f[v] > most) {
                        most = f[v];
                        mode = v;
                    }
                }
                if (mode >= 0) {
                    run.protoCat[c][l] = mode;
                }
            }
        }
    }

    private double dissimilarity(int i, double[] protoNum, int[] protoCat) {
        return dissimilarity(i, protoNum, protoCat, Double.POSITIVE_INFINITY);
    }

    /** Dissimilarity of row i to a prototype; stops early once it exceeds {@code bound}. */
    private double dissimilarity(int i, double[] protoNum, int[] protoCat, double bound) {
        double s = 0;
        double[] x = scaled[i];
        for (int j = 0; j < p; j++) {
            double v = x[j];
            if (v == v) {
                double d = v - protoNum[j];
                s += d * d;
            }
        }
        if (s >= bound) {
            return s;
        }
        int[] y = cat[i];
        int mismatches = 0;
        for (int l = 0; l < q; l++) {
            int v = y[l];
            if (v >= 0 && protoCat[l] >= 0 && v != protoCat[l]) {
                mismatches++;
            }
        }
        return s + gamma * mismatches;
    }
}
