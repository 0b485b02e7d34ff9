// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What distinguishes a cluster from the whole set: categorical values over-represented in it (share in the
 * cluster against share in all rows, with the counts) and numeric columns whose mean differs (in standard
 * deviations of all rows). The figures are the evidence of a persona.
 */
public final class Profiles {

    /** A categorical value in a cluster: counts and shares (of the rows with a value for the column). */
    public record ValueShare(int column, int code, int countIn, int knownIn, int countAll, int knownAll) {

        public double shareIn() {
            return knownIn == 0 ? 0 : (double) countIn / knownIn;
        }

        public double shareAll() {
            return knownAll == 0 ? 0 : (double) countAll / knownAll;
        }

        /** shareIn / shareAll. */
        public double lift() {
            double all = shareAll();
            return all == 0 ? 0 : shareIn() / all;
        }
    }

    /** A numeric column in a cluster: means and the difference in standard deviations of all rows. */
    public record NumericDifference(int column, double meanIn, double meanAll, double sdAll, int knownIn) {

        public double effect() {
            return sdAll > 0 ? (meanIn - meanAll) / sdAll : 0;
        }
    }

    private final MixedData data;
    private final int[] assignment;
    private final int k;
    /** [cluster][column][code] counts; the last cluster index k holds all rows. */
    private final int[][][] counts;
    private final int[][] known;
    private final double[][] sums;
    private final int[][] numericKnown;
    private final double[] sdAll;

    public Profiles(MixedData data, int[] assignment, int k) {
        this.data = data;
        this.assignment = assignment;
        this.k = k;
        int q = data.categoricalColumns();
        int p = data.numericColumns();
        counts = new int[k + 1][q][];
        known = new int[k + 1][q];
        sums = new double[k + 1][p];
        numericKnown = new int[k + 1][p];
        for (int c = 0; c <= k; c++) {
            for (int l = 0; l < q; l++) {
                counts[c][l] = new int[data.categories(l)];
            }
        }
        double[] sq = new double[p];
        for (int i = 0; i < data.rows(); i++) {
            int c = assignment[i];
            for (int l = 0; l < q; l++) {
                int v = data.categorical(i, l);
                if (v >= 0) {
                    counts[c][l][v]++;
                    counts[k][l][v]++;
                    known[c][l]++;
                    known[k][l]++;
                }
            }
            for (int j = 0; j < p; j++) {
                double v = data.numeric(i, j);
                if (!Double.isNaN(v)) {
                    sums[c][j] += v;
                    sums[k][j] += v;
                    numericKnown[c][j]++;
                    numericKnown[k][j]++;
                    sq[j] += v * v;
                }
            }
        }
        sdAll = new double[p];
        for (int j = 0; j < p; j++) {
            int m = numericKnown[k][j];
            if (m > 1) {
                double mean = sums[k][j] / m;
                sdAll[j] = Math.sqrt(Math.max(0, sq[j] / m - mean * mean));
            }
        }
    }

    public int clusters() {
        return k;
    }

    public int[] assignment() {
        return assignment;
    }

    public ValueShare share(int cluster, int column, int code) {
        return new ValueShare(column, code, counts[cluster][column][code], known[cluster][column],
                counts[k][column][code], known[k][column]);
    }

    /** The share of one value across all rows. */
    public ValueShare shareAll(int column, int code) {
        return share(k, column, code);
    }

    /**
     * Values over-represented in a cluster: share in the cluster at least {@code minDifference} above the share
     * in all rows and at least {@code minLift} times it; largest difference first.
     */
    public List<ValueShare> overRepresented(int cluster, double minDifference, double minLift) {
        List<ValueShare> result = new ArrayList<>();
        for (int l = 0; l < data.categoricalColumns(); l++) {
            for (int v = 0; v < data.categories(l); v++) {
                ValueShare s = share(cluster, l, v);
                if (s.countIn() > 0 && s.shareIn() - s.shareAll() >= minDifference && s.lift() >= minLift) {
                    result.add(s);
                }
            }
        }
        result.sort(Comparator.comparingDouble((ValueShare s) -> s.shareIn() - s.shareAll()).reversed()
                .thenComparingInt(ValueShare::column).thenComparingInt(ValueShare::code));
        return result;
    }

    /** Numeric columns whose mean in the cluster differs by at least {@code minEffect} standard deviations. */
    public List<NumericDifference> numericDifferences(int cluster, double minEffect) {
        List<NumericDifference> result = new ArrayList<>();
        for (int j = 0; j < data.numericColumns(); j++) {
            NumericDifference d = numeric(cluster, j);
            if (d.knownIn() > 0 && Math.abs(d.effect()) >= minEffect) {
                result.add(d);
            }
        }
        result.sort(Comparator.comparingDouble((NumericDifference d) -> -Math.abs(d.effect()))
                .thenComparingInt(NumericDifference::column));
        return result;
    }

    public NumericDifference numeric(int cluster, int column) {
        int in = numericKnown[cluster][column];
        int all = numericKnown[k][column];
        return new NumericDifference(column, in == 0 ? Double.NaN : sums[cluster][column] / in,
                all == 0 ? Double.NaN : sums[k][column] / all, sdAll[column], in);
    }

    /** The most frequent value of a column in a cluster (-1 when none). */
    public int mode(int cluster, int column) {
        int[] f = counts[cluster][column];
        int best = -1;
        for (int v = 0; v < f.length; v++) {
            if (f[v] > 0 && (best < 0 || f[v] > f[best])) {
                best = v;
            }
        }
        return best;
    }
}
