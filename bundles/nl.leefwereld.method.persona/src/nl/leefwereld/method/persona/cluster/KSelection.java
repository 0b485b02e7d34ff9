// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.cluster;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Chooses the number of clusters: clusters the data for every k in a range and keeps the k with the highest mean
 * silhouette (on a fixed-size sample, see {@link Silhouette}). The k values run in parallel; every k has its own
 * seed derived from the given one, so the result does not depend on the order in which they finish.
 */
public final class KSelection {

    /** Options of a clustering run. */
    public record Options(long seed, int restarts, int maxIterations, int silhouetteSample, int selectionSample,
            double gamma) {

        /**
         * 4 restarts, at most 100 iterations, a sample of 2,000 rows for the silhouette, k chosen on a sample of
         * 6,000 rows when there are more, gamma by rule of thumb.
         */
        public static Options defaults(long seed) {
            return new Options(seed, 4, 100, 2000, 6000, Double.NaN);
        }
    }

    /**
     * @param best        the chosen clustering, with its silhouette
     * @param ks          the k values tried
     * @param silhouettes the mean silhouette of each k tried
     * @param gamma       the categorical weight used
     * @param sampleSize  rows in the silhouette sample
     * @param bics        the BIC of each k tried (latent class model), {@code null} for k-prototypes
     */
    public record Result(Clustering best, int[] ks, double[] silhouettes, double gamma, int sampleSize,
            double[] bics) {
    }

    private KSelection() {
    }

    /**
     * Clusters with every k from {@code kMin} to {@code kMax} (bounded by the number of rows) and returns the one
     * with the highest silhouette; with {@code kMin == kMax} just that k. With more rows than
     * {@code selectionSample}, k is chosen on a random sample of that many rows (2 restarts per k) and then all rows
     * are clustered with the chosen k; the silhouettes reported are those of the sample.
     */
    public static Result select(MixedData data, int kMin, int kMax, Options options, BooleanSupplier cancelled) {
        int n = data.rows();
        if (n < 2) {
            throw new IllegalArgumentException("at least two rows are needed to cluster: " + n); //$NON-NLS-1$
        }
        int lo = Math.max(1, Math.min(kMin, n));
        int hi = Math.max(lo, Math.min(kMax, n));
        KPrototypes algorithm = new KPrototypes(data, options.gamma());
        if (lo < hi && n > options.selectionSample() && options.selectionSample() >= 2) {
            int[] rows = Silhouette.sample(n, options.selectionSample(), options.seed() ^ 0x2545F4914F6CDD1DL);
            Options onSample = new Options(options.seed(), Math.min(2, options.restarts()), options.maxIterations(),
                    options.silhouetteSample(), Integer.MAX_VALUE, algorithm.gamma());
            Result chosen = select(data.subset(rows), lo, hi, onSample, cancelled);
            int k = chosen.best().k();
            Clustering all = algorithm.cluster(k, options.seed() * 31 + k, options.restarts(),
                    options.maxIterations(), cancelled);
            Silhouette silhouette = new Silhouette(algorithm, options.silhouetteSample(),
                    options.seed() ^ 0x5DEECE66DL);
            return new Result(all.withSilhouette(silhouette.mean(all.assignment(), k)), chosen.ks(),
                    chosen.silhouettes(), algorithm.gamma(), silhouette.sampleSize(), null);
        }
        Silhouette silhouette = new Silhouette(algorithm, options.silhouetteSample(), options.seed() ^ 0x5DEECE66DL);
        int count = hi - lo + 1;
        Clustering[] results = new Clustering[count];
        IntStream.range(0, count).parallel().forEach(index -> {
            int k = lo + index;
            Clustering c = algorithm.cluster(k, options.seed() * 31 + k, options.restarts(), options.maxIterations(),
                    cancelled);
            results[index] = c.withSilhouette(silhouette.mean(c.assignment(), k));
        });
        if (cancelled != null && cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
        int[] ks = new int[count];
        double[] values = new double[count];
        int best = 0;
        for (int i = 0; i < count; i++) {
            ks[i] = lo + i;
            values[i] = results[i].silhouette();
            if (values[i] > values[best] + 1e-9) {
                best = i;
            }
        }
        return new Result(results[best], ks, values, algorithm.gamma(), silhouette.sampleSize(), null);
    }
}
