// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.cluster;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Chooses the number of latent classes by the BIC (lowest wins) and reports the silhouette of each k beside it.
 * With more rows than the selection sample, every k is fitted on a seeded sample and the chosen model is then
 * refitted on all rows starting from the sample's parameters. The k values run in parallel, each with its own seed
 * derived from the given one, so the result does not depend on the order in which they finish.
 */
public final class LatentClassSelection {

    /**
     * @param seed             the seed
     * @param starts           seeded starts per k
     * @param maxIterations    bound on the EM iterations
     * @param silhouetteSample rows in the silhouette sample; 0: no silhouettes (NaN), for a model that only needs its classes
     * @param selectionSample  above this many rows, k is chosen on a sample of this size
     */
    public record Options(long seed, int starts, int maxIterations, int silhouetteSample, int selectionSample,
            Criterion criterion) {

        /** Options that choose k by the BIC. */
        public Options(long seed, int starts, int maxIterations, int silhouetteSample, int selectionSample) {
            this(seed, starts, maxIterations, silhouetteSample, selectionSample, Criterion.BIC);
        }

        /** 5 starts, at most 300 iterations, silhouette on 2,000 rows, k chosen on 6,000 rows by the ICL. */
        public static Options defaults(long seed) {
            return new Options(seed, 5, 300, 2000, 6000, Criterion.ICL);
        }

        public Options withCriterion(Criterion c) {
            return new Options(seed, starts, maxIterations, silhouetteSample, selectionSample, c);
        }
    }

    /** How the number of classes is chosen (lowest wins). */
    public enum Criterion {
        /** Bayesian information criterion, -2 logL + parameters ln n: fits the density, so a skewed or clamped
         * attribute may take two classes. */
        BIC,
        /** Integrated completed likelihood (Biernacki, Celeux and Govaert 2000), BIC + 2 x classification entropy:
         * also asks that the classes be well separated, so overlapping classes that only shape a density are not
         * counted as groups. */
        ICL;

        public static Criterion of(String name) {
            for (Criterion c : values()) {
                if (c.name().equalsIgnoreCase(name.strip())) {
                    return c;
                }
            }
            return null;
        }
    }

    private LatentClassSelection() {
    }

    /**
     * The fitted model of the chosen k and, in {@code result}, its classification with figures per k; {@code icls}
     * the ICL of each k tried (on the rows k was chosen on).
     */
    public record Selection(KSelection.Result result, LatentClass.Fit fit, double[] icls) {
    }

    public static Selection select(MixedData data, int kMin, int kMax, Options options, BooleanSupplier cancelled) {
        int n = data.rows();
        if (n < 2) {
            throw new IllegalArgumentException("at least two rows are needed to cluster: " + n); //$NON-NLS-1$
        }
        int lo = Math.max(1, Math.min(kMin, n));
        int hi = Math.max(lo, Math.min(kMax, n));
        boolean sampled = n > options.selectionSample() && options.selectionSample() >= 2;
        MixedData fitted = sampled
                ? data.subset(Silhouette.sample(n, options.selectionSample(), options.seed() ^ 0x2545F4914F6CDD1DL))
                : data;
        LatentClass model = new LatentClass(fitted);
        int count = hi - lo + 1;
        LatentClass.Fit[] fits = new LatentClass.Fit[count];
        IntStream.range(0, count).parallel().forEach(index -> {
            int k = lo + index;
            fits[index] = model.fit(k, options.seed() * 31 + k, options.starts(), options.maxIterations(), cancelled);
        });
        if (cancelled != null && cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
        double[] icls = new double[count];
        IntStream.range(0, count).parallel().forEach(i -> icls[i] = fits[i].bic() + 2 * model.entropy(fits[i]));
        double[] criterion = options.criterion() == Criterion.ICL ? icls : java.util.Arrays.stream(fits).mapToDouble(LatentClass.Fit::bic).toArray();
        int best = 0;
        for (int i = 1; i < count; i++) {
            if (criterion[i] < criterion[best] - 1e-9) {
                best = i;
            }
        }
        // no silhouettes asked (a second-level model that only needs its classes): not computed
        boolean silhouettes = options.silhouetteSample() > 0;
        Silhouette silhouette = silhouettes
                ? new Silhouette(new KPrototypes(fitted, Double.NaN), options.silhouetteSample(), options.seed() ^ 0x5DEECE66DL)
                : null;
        int[] ks = new int[count];
        double[] bics = new double[count];
        double[] means = new double[count];
        for (int i = 0; i < count; i++) {
            ks[i] = lo + i;
            bics[i] = fits[i].bic();
            means[i] = silhouettes ? silhouette.mean(model.classify(fits[i], Double.NaN).assignment(), ks[i]) : Double.NaN;
        }
        LatentClass.Fit chosen = fits[best];
        LatentClass all = model;
        double chosenSilhouette = means[best];
        int sampleSize = silhouettes ? silhouette.sampleSize() : 0;
        if (sampled) {
            all = new LatentClass(data);
            chosen = all.refit(chosen, options.maxIterations(), cancelled);
            if (silhouettes) {
                Silhouette full = new Silhouette(new KPrototypes(data, Double.NaN), options.silhouetteSample(),
                        options.seed() ^ 0x5DEECE66DL);
                Clustering c = all.classify(chosen, Double.NaN);
                chosenSilhouette = full.mean(c.assignment(), chosen.k());
                sampleSize = full.sampleSize();
            }
        }
        Clustering clustering = all.classify(chosen, chosenSilhouette);
        return new Selection(new KSelection.Result(clustering, ks, means, Double.NaN, sampleSize, bics),
                chosen, icls);
    }
}
