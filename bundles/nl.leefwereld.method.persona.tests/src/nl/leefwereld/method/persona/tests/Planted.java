// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.tests;

import java.util.Random;

import nl.leefwereld.method.persona.cluster.Agreement;
import nl.leefwereld.method.persona.cluster.MixedData;

/** Mixed data with planted clusters, and the adjusted Rand index to compare partitions. */
final class Planted {

    final MixedData data;
    final int[] truth;

    private Planted(MixedData data, int[] truth) {
        this.data = data;
        this.truth = truth;
    }

    /**
     * {@code sizes.length} clusters; 3 numeric columns (centres apart, gaussian noise) and 4 categorical columns
     * (each cluster has its own most frequent value, held by {@code purity} of its rows), 2% of values missing.
     */
    static Planted make(int[] sizes, double purity, long seed) {
        Random r = new Random(seed);
        int k = sizes.length;
        int n = 0;
        for (int s : sizes) {
            n += s;
        }
        int p = 3;
        int q = 4;
        int categories = Math.max(k, 3) + 1;
        double[][] centres = new double[k][p];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < p; j++) {
                centres[c][j] = 10 * ((c + j) % k) + r.nextDouble();
            }
        }
        double[][] num = new double[n][p];
        int[][] cat = new int[n][q];
        int[] truth = new int[n];
        int row = 0;
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < sizes[c]; i++, row++) {
                truth[row] = c;
                for (int j = 0; j < p; j++) {
                    num[row][j] = r.nextDouble() < 0.02 ? Double.NaN : centres[c][j] + r.nextGaussian() * 1.5;
                }
                for (int l = 0; l < q; l++) {
                    int mode = (c + l) % categories;
                    cat[row][l] = r.nextDouble() < 0.02 ? -1 : r.nextDouble() < purity ? mode : r.nextInt(categories);
                }
            }
        }
        // shuffle the rows, so order does not give the clusters away
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            double[] tn = num[i];
            num[i] = num[j];
            num[j] = tn;
            int[] tc = cat[i];
            cat[i] = cat[j];
            cat[j] = tc;
            int tt = truth[i];
            truth[i] = truth[j];
            truth[j] = tt;
        }
        String[][] labels = new String[q][categories];
        for (int l = 0; l < q; l++) {
            for (int v = 0; v < categories; v++) {
                labels[l][v] = "v" + v;
            }
        }
        return new Planted(new MixedData(new String[] { "x", "y", "z" }, num, new String[] { "a", "b", "c", "d" }, cat,
                labels), truth);
    }

    /** Adjusted Rand index: see {@link Agreement#adjustedRand(int[], int[])}. */
    static double adjustedRand(int[] a, int[] b) {
        return Agreement.adjustedRand(a, b);
    }
}
