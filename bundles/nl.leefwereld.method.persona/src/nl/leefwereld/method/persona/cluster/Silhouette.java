// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.cluster;

import java.util.Arrays;
import java.util.Random;

/**
 * The silhouette (Rousseeuw 1987) of a clustering on a fixed-size random sample of the rows, with the Gower
 * distance (numeric columns: absolute difference divided by the range; categorical: 0 or 1; the mean over the
 * columns both rows have). The sample's distance matrix is computed once and reused for every k, so choosing
 * the number of clusters stays fast for many rows.
 */
public final class Silhouette {

    private final int[] sample;
    private final float[][] distance;

    /**
     * @param prototypes the k-prototypes instance of the data (gives the scaled numeric columns)
     * @param sampleSize the number of rows in the sample; all rows when there are fewer
     * @param seed       seed of the sample
     */
    public Silhouette(KPrototypes prototypes, int sampleSize, long seed) {
        MixedData data = prototypes.data();
        int n = data.rows();
        this.sample = sample(n, Math.min(n, Math.max(2, sampleSize)), seed);
        int s = sample.length;
        double[][] scaled = prototypes.scaledRows();
        int[][] cat = data.categoricalRows();
        int p = data.numericColumns();
        int q = data.categoricalColumns();
        distance = new float[s][s];
        for (int a = 0; a < s; a++) {
            double[] xa = scaled[sample[a]];
            int[] ya = cat[sample[a]];
            for (int b = a + 1; b < s; b++) {
                double[] xb = scaled[sample[b]];
                int[] yb = cat[sample[b]];
                double sum = 0;
                int m = 0;
                for (int j = 0; j < p; j++) {
                    double u = xa[j];
                    double v = xb[j];
                    if (u == u && v == v) {
                        sum += Math.abs(u - v);
                        m++;
                    }
                }
                for (int l = 0; l < q; l++) {
                    int u = ya[l];
                    int v = yb[l];
                    if (u >= 0 && v >= 0) {
                        if (u != v) {
                            sum += 1;
                        }
                        m++;
                    }
                }
                float d = m == 0 ? 0f : (float) (sum / m);
                distance[a][b] = d;
                distance[b][a] = d;
            }
        }
    }

    /** A sorted random sample of {@code size} distinct indices out of {@code n}. */
    public static int[] sample(int n, int size, long seed) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        if (size >= n) {
            return all;
        }
        Random random = new Random(seed);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] result = Arrays.copyOf(all, size);
        Arrays.sort(result);
        return result;
    }

    public int sampleSize() {
        return sample.length;
    }

    /** The mean silhouette of the assignment on the sample; 0 for one cluster. */
    public double mean(int[] assignment, int k) {
        int s = sample.length;
        if (k < 2 || s < 2) {
            return 0;
        }
        int[] label = new int[s];
        int[] size = new int[k];
        for (int a = 0; a < s; a++) {
            label[a] = assignment[sample[a]];
            size[label[a]]++;
        }
        double total = 0;
        double[] sums = new double[k];
        for (int a = 0; a < s; a++) {
            Arrays.fill(sums, 0);
            float[] row = distance[a];
            for (int b = 0; b < s; b++) {
                sums[label[b]] += row[b];
            }
            int own = label[a];
            if (size[own] <= 1) {
                continue; // a singleton's silhouette is 0
            }
            double in = sums[own] / (size[own] - 1);
            double out = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && size[c] > 0) {
                    out = Math.min(out, sums[c] / size[c]);
                }
            }
            if (out == Double.POSITIVE_INFINITY) {
                continue;
            }
            double max = Math.max(in, out);
            total += max == 0 ? 0 : (out - in) / max;
        }
        return total / s;
    }
}
