// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.learn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.eclipse.osgi.util.NLS;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * A multi-class logistic regression (one against the rest) over hashed binary features ({@link Features}), trained with LIBLINEAR;
 * the one learner the methods share. Features seen fewer than {@link Settings#minCount()} times in training are
 * dropped; each example's vector is scaled to unit length. Classes are weighted against their frequency (so rare
 * codes are not drowned by "other"), by {@link Settings#classWeightPower()}. Immutable after training and
 * thread-safe: {@link #predict(List)} reads only.
 */
public final class LinearModel {

    /** How to train. */
    public record Settings(double c, int minCount, double classWeightPower) {
        public static final Settings DEFAULT = new Settings(4.0, 2, 0.5);
    }

    /** The most probable label and its probability (0..1), and every label's probability. */
    public record Prediction(String label, double confidence, Map<String, Double> probabilities) {
    }

    private static final int FORMAT = 1;

    private final LongIntMap dictionary;
    private final String[] labels;
    /** Weights, feature-major: {@code w[(feature - 1) * nrW + k]}; the last row is the bias. */
    private final float[] weights;
    private final int nrW;
    private final int dims;

    private LinearModel(LongIntMap dictionary, String[] labels, float[] weights, int nrW) {
        this.dictionary = dictionary;
        this.labels = labels;
        this.weights = weights;
        this.nrW = nrW;
        this.dims = weights.length / nrW;
    }

    /** Trains on the examples (at least two labels needed). */
    public static LinearModel train(List<Example> examples, Settings settings) {
        Map<Long, Integer> counts = new HashMap<>();
        Map<String, Integer> labelCounts = new TreeMap<>();
        for (Example e : examples) {
            for (long f : e.features()) {
                counts.merge(Long.valueOf(f), Integer.valueOf(1), Integer::sum);
            }
            labelCounts.merge(e.label(), Integer.valueOf(1), Integer::sum);
        }
        if (labelCounts.size() < 2) {
            throw new IllegalArgumentException(NLS.bind(Messages.LinearModel_oneLabel, labelCounts.keySet()));
        }
        long[] kept = counts.entrySet().stream().filter(e -> e.getValue().intValue() >= settings.minCount())
                .mapToLong(e -> e.getKey().longValue()).sorted().toArray(); // the same data gives the same model
        LongIntMap dictionary = new LongIntMap(kept.length);
        for (long f : kept) {
            dictionary.put(f, dictionary.size() + 1);
        }
        String[] labels = labelCounts.keySet().toArray(new String[0]);
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            labelIndex.put(labels[i], Integer.valueOf(i));
        }
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = dictionary.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            problem.x[i] = vector(dictionary, e.features(), true);
            problem.y[i] = labelIndex.get(e.label()).intValue();
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, settings.c(), 0.01);
        double[] classWeights = new double[labels.length];
        int[] classLabels = new int[labels.length];
        double total = examples.size();
        for (int i = 0; i < labels.length; i++) {
            classLabels[i] = i;
            classWeights[i] = Math.pow(total / (labels.length * labelCounts.get(labels[i]).doubleValue()),
                    settings.classWeightPower());
        }
        parameter.setWeights(classWeights, classLabels);
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, parameter);
        // map LIBLINEAR's label order back to ours
        int[] order = model.getLabels();
        String[] modelLabels = new String[order.length];
        for (int k = 0; k < order.length; k++) {
            modelLabels[k] = labels[order[k]];
        }
        double[] w = model.getFeatureWeights();
        int nrW = order.length == 2 ? 1 : order.length;
        float[] weights = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            weights[i] = (float) w[i];
        }
        return new LinearModel(dictionary, modelLabels, weights, nrW);
    }

    private static Feature[] vector(LongIntMap dictionary, long[] features, boolean withBias) {
        int[] idx = indices(dictionary, features);
        int unique = idx.length;
        double value = unique == 0 ? 0 : 1 / Math.sqrt(unique);
        Feature[] x = new Feature[unique + (withBias ? 1 : 0)];
        for (int i = 0; i < unique; i++) {
            x[i] = new FeatureNode(idx[i], value);
        }
        if (withBias) {
            x[unique] = new FeatureNode(dictionary.size() + 1, 1);
        }
        return x;
    }

    /** The dictionary indices of the known features (features are distinct), sorted. */
    private static int[] indices(LongIntMap dictionary, long[] features) {
        int[] idx = new int[features.length];
        int n = 0;
        for (long f : features) {
            int i = dictionary.get(f);
            if (i > 0) {
                idx[n++] = i;
            }
        }
        idx = Arrays.copyOf(idx, n);
        Arrays.sort(idx);
        return idx;
    }

    /** The labels this model knows, in its own order. */
    public List<String> labels() {
        return List.of(labels);
    }

    /** Number of features kept. */
    public int featureCount() {
        return dictionary.size();
    }

    /** The most probable label for these features, with the probabilities (one against the rest, normalised). */
    public Prediction predict(long[] features) {
        double[] dec = new double[nrW];
        int bias = dims - 1;
        for (int k = 0; k < nrW; k++) {
            dec[k] = weights[bias * nrW + k];
        }
        int[] idx = new int[features.length];
        int unique = 0;
        for (long f : features) {
            int i = dictionary.get(f);
            if (i > 0) {
                idx[unique++] = i;
            }
        }
        if (unique > 0) {
            double value = 1 / Math.sqrt(unique);
            for (int j = 0; j < unique; j++) {
                int row = (idx[j] - 1) * nrW;
                for (int k = 0; k < nrW; k++) {
                    dec[k] += weights[row + k] * value;
                }
            }
        }
        double[] p = new double[labels.length];
        if (nrW == 1) {
            p[0] = 1 / (1 + Math.exp(-dec[0]));
            p[1] = 1 - p[0];
        } else {
            double sum = 0;
            for (int k = 0; k < nrW; k++) {
                p[k] = 1 / (1 + Math.exp(-dec[k]));
                sum += p[k];
            }
            for (int k = 0; k < nrW; k++) {
                p[k] /= sum;
            }
        }
        int best = 0;
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int k = 0; k < p.length; k++) {
            probabilities.put(labels[k], Double.valueOf(p[k]));
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return new Prediction(labels[best], p[best], probabilities);
    }

    /** The model as text (base64 of the compressed dictionary and weights), for storing. */
    public String toText() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(FORMAT);
            out.writeInt(labels.length);
            for (String l : labels) {
                out.writeUTF(l);
            }
            out.writeInt(nrW);
            long[] names = dictionary.keysByValue();
            out.writeInt(names.length);
            for (long name : names) {
                out.writeLong(name);
            }
            out.writeInt(weights.length);
            for (float w : weights) {
                out.writeFloat(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** Reads what {@link #toText()} wrote; a damaged text is an {@link IllegalArgumentException} saying so. */
    public static LinearModel fromText(String text) {
        try (DataInputStream in = new DataInputStream(
                new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text.strip()))))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalArgumentException(NLS.bind(Messages.LinearModel_format, Integer.valueOf(format)));
            }
            String[] labels = new String[in.readInt()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = in.readUTF();
            }
            int nrW = in.readInt();
            int n = in.readInt();
            if (n < 0 || n > 50_000_000) {
                throw new IllegalArgumentException(NLS.bind(Messages.LinearModel_damaged, "size")); //$NON-NLS-1$
            }
            LongIntMap dictionary = new LongIntMap(n);
            for (int i = 0; i < n; i++) {
                dictionary.put(in.readLong(), i + 1);
            }
            int w = in.readInt();
            if (w < 0 || w != (n + 1) * (long) nrW) {
                throw new IllegalArgumentException(NLS.bind(Messages.LinearModel_damaged, "weights")); //$NON-NLS-1$
            }
            float[] weights = new float[w];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = in.readFloat();
            }
            if (nrW < 1 || weights.length != (n + 1) * nrW || (nrW != labels.length && !(nrW == 1 && labels.length == 2))) {
                throw new IllegalArgumentException(NLS.bind(Messages.LinearModel_damaged, "sizes")); //$NON-NLS-1$
            }
            return new LinearModel(dictionary, labels, weights, nrW);
        } catch (IOException | IllegalStateException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.LinearModel_damaged, e.getMessage()), e);
        }
    }

    /** long -> int (values > 0), open addressing; get gives 0 when absent. */
    private static final class LongIntMap {
        private final long[] keys;
        private final int[] values;
        private final int mask;
        private int size;

        LongIntMap(int expected) {
            int cap = Integer.highestOneBit(Math.max(4, expected * 2 + 1)) * 2;
            keys = new long[cap];
            values = new int[cap];
            mask = cap - 1;
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }

        void put(long key, int value) {
            int i = slot(key);
            while (values[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (values[i] == 0) {
                size++;
            }
            keys[i] = key;
            values[i] = value;
        }

        int get(long key) {
            int i = slot(key);
            while (values[i] != 0) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            return 0;
        }

        int size() {
            return size;
        }

        /** The keys ordered by their value (1..size). */
        long[] keysByValue() {
            long[] out = new long[size];
            for (int i = 0; i < keys.length; i++) {
                if (values[i] != 0) {
                    out[values[i] - 1] = keys[i];
                }
            }
            return out;
        }
    }
}
