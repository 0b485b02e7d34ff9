// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.cluster;

import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A latent class (finite mixture) model for mixed data, fitted by expectation-maximisation: within a class the
 * attributes are independent, a categorical attribute is a multinomial and a numeric attribute a Gaussian. A
 * missing value is left out of a row's likelihood. Each start is seeded by a short k-prototypes run; several
 * starts are run briefly and the one with the highest likelihood is run to convergence. The same data, k and
 * seed give the same fit.
 *
 * <p>Written by hand: commons-math3 has Gaussian mixtures only, not mixed categorical and numeric data.</p>
 */
public final class LatentClass {

    /**
     * A fitted model.
     *
     * @param k             number of classes
     * @param logLikelihood log-likelihood of the rows
     * @param parameters    number of free parameters
     * @param bic           Bayesian information criterion, -2 logL + parameters ln(n); lower is better
     * @param weights       [class] mixing weight
     * @param means         [class][numeric column] mean on the original scale
     * @param variances     [class][numeric column] variance on the original scale
     * @param probabilities [class][categorical column][code] probability
     * @param iterations    EM iterations of the chosen start
     */
    public record Fit(int k, double logLikelihood, int parameters, double bic, double[] weights, double[][] means,
            double[][] variances, double[][][] probabilities, int iterations) {
    }

    /** Least variance of a class, as a share of the column's variance: keeps the likelihood bounded. */
    static final double VARIANCE_FLOOR = 1e-2;
    /** Pseudo-count added to every category of a class (keeps unseen values possible). */
    static final double SMOOTHING = 0.05;
    /** Relative change of the log-likelihood below which EM stops. */
    static final double TOLERANCE = 1e-7;
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final MixedData data;
    private final int n;
    private final int p;
    private final int q;
    private final double[][] z;
    private final int[][] cat;
    private final double[] centre;
    private final double[] scale;
    /** [numeric column] least class variance in standardised units. */
    private final double[] floor;

    public LatentClass(MixedData data) {
        this.data = data;
        this.n = data.rows();
        this.p = data.numericColumns();
        this.q = data.categoricalColumns();
        this.cat = data.categoricalRows();
        // standardised numeric columns, so one variance floor fits every column
        double[][] raw = data.numericRows();
        centre = new double[p];
        scale = new double[p];
        for (int j = 0; j < p; j++) {
            double sum = 0;
            double sq = 0;
            int m = 0;
            for (int i = 0; i < n; i++) {
                double v = raw[i][j];
                if (!Double.isNaN(v)) {
                    sum += v;
                    sq += v * v;
                    m++;
                }
            }
            double mean = m == 0 ? 0 : sum / m;
            double var = m == 0 ? 0 : sq / m - mean * mean;
            centre[j] = mean;
            scale[j] = var > 1e-12 ? Math.sqrt(var) : 1;
        }
        floor = new double[p];
        for (int j = 0; j < p; j++) {
            // values recorded to a resolution (whole numbers, one decimal) carry rounding noise of
            // resolution^2 / 12; without it a class of one repeated value gets an unbounded density
            double resolution = resolution(raw, j) / scale[j];
            floor[j] = VARIANCE_FLOOR + resolution * resolution / 12;
        }
        z = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double v = raw[i][j];
                z[i][j] = Double.isNaN(v) ? Double.NaN : (v - centre[j]) / scale[j];
            }
        }
    }

    /** The smallest difference between two distinct values of a column (1 for whole numbers). */
    private double resolution(double[][] raw, int j) {
        double[] values = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(raw[i][j])) {
                values[m++] = raw[i][j];
            }
        }
        java.util.Arrays.sort(values, 0, m);
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 1; i < m; i++) {
            double d = values[i] - values[i - 1];
            if (d > 1e-9 && d < smallest) {
                smallest = d;
            }
        }
        return smallest == Double.POSITIVE_INFINITY ? 0 : smallest;
    }

    public MixedData data() {
        return data;
    }

    /** The number of free parameters of a model with k classes. */
    public int parameters(int k) {
        int perClass = 2 * p;
        for (int l = 0; l < q; l++) {
            perClass += Math.max(0, data.categories(l) - 1);
        }
        return k - 1 + k * perClass;
    }

    /**
     * Fits k classes.
     *
     * @param starts        number of seeded starts
     * @param maxIterations bound on the EM iterations of the chosen start
     * @param cancelled     checked between iterations; when true a {@link CancellationException} is thrown
     */
    public Fit fit(int k, long seed, int starts, int maxIterations, BooleanSupplier cancelled) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be between 1 and " + n + ": " + k); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Random random = new Random(seed);
        KPrototypes seeding = new KPrototypes(data, Double.NaN);
        Model best = null;
        int brief = Math.min(20, maxIterations);
        for (int s = 0; s < Math.max(1, starts); s++) {
            Clustering init = seeding.cluster(k, random.nextLong(), 1, 10, cancelled);
            Model m = fromAssignment(k, init.assignment());
            m.iterate(brief, cancelled);
            if (best == null || m.logLikelihood > best.logLikelihood + 1e-9) {
                best = m;
            }
        }
        best.iterate(maxIterations - brief, cancelled);
        return best.toFit();
    }

    /** Refits a model (e.g. one fitted on a sample) on these rows, starting from its parameters. */
    public Fit refit(Fit start, int maxIterations, BooleanSupplier cancelled) {
        Model m = model(start);
        m.iterate(maxIterations, cancelled);
        return m.toFit();
    }

    /**
     * The class of each row with the highest posterior probability, and the row's log-density under that class
     * (its typicality: higher is closer to the class's centre).
     */
    public Clustering classify(Fit fit, double silhouette) {
        Model m = model(fit);
        int k = fit.k();
        int[] assignment = new int[n];
        int[] sizes = new int[k];
        double[] distance = new double[n];
        double[] log = new double[k];
        for (int i = 0; i < n; i++) {
            m.logJoint(i, log);
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (log[c] > log[best]) {
                    best = c;
                }
            }
            assignment[i] = best;
            sizes[best]++;
            distance[i] = -(log[best] - m.logWeight[best]);
        }
        int[][] modes = new int[k][q];
        for (int c = 0; c < k; c++) {
            for (int l = 0; l < q; l++) {
                int mode = -1;
                double top = -1;
                double[] probs = fit.probabilities()[c][l];
                for (int v = 0; v < probs.length; v++) {
                    if (probs[v] > top) {
                        top = probs[v];
                        mode = v;
                    }
                }
                modes[c][l] = mode;
            }
        }
        double[][] means = new double[k][];
        for (int c = 0; c < k; c++) {
            means[c] = fit.means()[c].clone();
        }
        return new Clustering(k, assignment, sizes, means, modes, -fit.logLikelihood(), silhouette, fit.iterations(),
                distance);
    }

    /**
     * The classification entropy of a fit on these rows: the sum over rows of -sum_c r_ic ln r_ic, with r the
     * posterior class probabilities. 0 when every row belongs to one class with certainty; large when classes
     * overlap (a skewed or clamped attribute split in two). ICL = BIC + 2 x entropy.
     */
    public double entropy(Fit fit) {
        Model m = model(fit);
        int k = fit.k();
        double[] log = new double[k];
        double total = 0;
        for (int i = 0; i < n; i++) {
            m.logJoint(i, log);
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                max = Math.max(max, log[c]);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                log[c] = Math.exp(log[c] - max);
                sum += log[c];
            }
            for (int c = 0; c < k; c++) {
                double r = log[c] / sum;
                if (r > 1e-300) {
                    total -= r * Math.log(r);
                }
            }
        }
        return total;
    }

    /** The model of a fit, in standardised units of these rows. */
    private Model model(Fit fit) {
        Model m = new Model(fit.k());
        for (int c = 0; c < fit.k(); c++) {
            m.logWeight[c] = Math.log(Math.max(fit.weights()[c], 1e-300));
            for (int j = 0; j < p; j++) {
                m.mean[c][j] = (fit.means()[c][j] - centre[j]) / scale[j];
                m.var[c][j] = Math.max(fit.variances()[c][j] / (scale[j] * scale[j]), floor[j]);
            }
            for (int l = 0; l < q; l++) {
                for (int v = 0; v < data.categories(l); v++) {
                    m.logProb[c][l][v] = Math.log(Math.max(fit.probabilities()[c][l][v], 1e-300));
                }
            }
        }
        m.prepare();
        return m;
    }

    private Model fromAssignment(int k, int[] assignment) {
        Model m = new Model(k);
        double[][] r = new double[n][k];
        for (int i = 0; i < n; i++) {
            r[i][assignment[i]] = 1;
        }
        m.maximise(r);
        return m;
    }

    /** Parameters in standardised units, and the EM steps. */
    private final class Model {
        final int k;
        final double[] logWeight;
        final double[][] mean;
        final double[][] var;
        final double[][][] logProb;
        final double[][] invVar;
        final double[][] logNorm;
        double logLikelihood = Double.NEGATIVE_INFINITY;
        int iterations;

        Model(int k) {
            this.k = k;
            logWeight = new double[k];
            mean = new double[k][p];
            var = new double[k][p];
            invVar = new double[k][p];
            logNorm = new double[k][p];
            logProb = new double[k][q][];
            for (int c = 0; c < k; c++) {
                for (int l = 0; l < q; l++) {
                    logProb[c][l] = new double[data.categories(l)];
                }
            }
        }

        void prepare() {
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < p; j++) {
                    invVar[c][j] = 1 / var[c][j];
                    logNorm[c][j] = -0.5 * (LOG_2PI + Math.log(var[c][j]));
                }
            }
        }

        /** log(weight_c * density_c(row)) for every class. */
        void logJoint(int i, double[] out) {
            double[] zi = z[i];
            int[] ci = cat[i];
            for (int c = 0; c < k; c++) {
                double s = logWeight[c];
                double[] mc = mean[c];
                double[] iv = invVar[c];
                double[] ln = logNorm[c];
                for (int j = 0; j < p; j++) {
                    double v = zi[j];
                    if (v == v) { // not NaN
                        double d = v - mc[j];
                        s += ln[j] - 0.5 * d * d * iv[j];
                    }
                }
                double[][] lp = logProb[c];
                for (int l = 0; l < q; l++) {
                    int v = ci[l];
                    if (v >= 0) {
                        s += lp[l][v];
                    }
                }
                out[c] = s;
            }
        }

        /** E-step into r; returns the log-likelihood. */
        double expect(double[][] r) {
            double total = 0;
            double[] log = new double[k];
            for (int i = 0; i < n; i++) {
                logJoint(i, log);
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    max = Math.max(max, log[c]);
                }
                double sum = 0;
                double[] ri = r[i];
                for (int c = 0; c < k; c++) {
                    ri[c] = Math.exp(log[c] - max);
                    sum += ri[c];
                }
                for (int c = 0; c < k; c++) {
                    ri[c] /= sum;
                }
                total += max + Math.log(sum);
            }
            return total;
        }

        /** M-step from the responsibilities r. */
        void maximise(double[][] r) {
            double[] weight = new double[k];
            double[][] sum = new double[k][p];
            double[][] sq = new double[k][p];
            double[][] known = new double[k][p];
            double[][][] counts = new double[k][q][];
            double[][] catKnown = new double[k][q];
            for (int c = 0; c < k; c++) {
                for (int l = 0; l < q; l++) {
                    counts[c][l] = new double[data.categories(l)];
                }
            }
            for (int i = 0; i < n; i++) {
                double[] ri = r[i];
                double[] zi = z[i];
                int[] ci = cat[i];
                for (int c = 0; c < k; c++) {
                    double w = ri[c];
                    if (w < 1e-12) {
                        continue;
                    }
                    weight[c] += w;
                    for (int j = 0; j < p; j++) {
                        double v = zi[j];
                        if (v == v) {
                            sum[c][j] += w * v;
                            sq[c][j] += w * v * v;
                            known[c][j] += w;
                        }
                    }
                    for (int l = 0; l < q; l++) {
                        int v = ci[l];
                        if (v >= 0) {
                            counts[c][l][v] += w;
                            catKnown[c][l] += w;
                        }
                    }
                }
            }
            for (int c = 0; c < k; c++) {
                logWeight[c] = Math.log(Math.max(weight[c], 1e-10) / n);
                for (int j = 0; j < p; j++) {
                    if (known[c][j] > 1e-10) {
                        double m = sum[c][j] / known[c][j];
                        mean[c][j] = m;
                        var[c][j] = Math.max(sq[c][j] / known[c][j] - m * m, 0) + floor[j];
                    } else {
                        mean[c][j] = 0;
                        var[c][j] = 1;
                    }
                }
                for (int l = 0; l < q; l++) {
                    int categories = counts[c][l].length;
                    double denominator = catKnown[c][l] + SMOOTHING * categories;
                    for (int v = 0; v < categories; v++) {
                        logProb[c][l][v] = Math.log((counts[c][l][v] + SMOOTHING) / denominator);
                    }
                }
            }
            prepare();
        }

        void iterate(int max, BooleanSupplier cancelled) {
            double[][] r = new double[n][k];
            for (int it = 0; it < max; it++) {
                if (cancelled != null && cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                double ll = expect(r);
                maximise(r);
                iterations++;
                double previous = logLikelihood;
                logLikelihood = ll;
                if (Math.abs(ll - previous) <= TOLERANCE * Math.abs(ll)) {
                    break;
                }
            }
            // the likelihood of the parameters as they are now
            logLikelihood = expect(r);
        }

        Fit toFit() {
            double[] weights = new double[k];
            double[][] means = new double[k][p];
            double[][] variances = new double[k][p];
            double[][][] probabilities = new double[k][q][];
            for (int c = 0; c < k; c++) {
                weights[c] = Math.exp(logWeight[c]);
                for (int j = 0; j < p; j++) {
                    means[c][j] = centre[j] + mean[c][j] * scale[j];
                    variances[c][j] = var[c][j] * scale[j] * scale[j];
                }
                for (int l = 0; l < q; l++) {
                    probabilities[c][l] = new double[logProb[c][l].length];
                    for (int v = 0; v < probabilities[c][l].length; v++) {
                        probabilities[c][l][v] = Math.exp(logProb[c][l][v]);
                    }
                }
            }
            int parameters = parameters(k);
            return new Fit(k, logLikelihood, parameters, -2 * logLikelihood + parameters * Math.log(n), weights,
                    means, variances, probabilities, iterations);
        }
    }
}
