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
 * A multi-class logistic regression (one against the rest) over named binary features, trained with LIBLINEAR;
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

    private final Map<String, Integer> dictionary;
    private final String[] labels;
    /** Weights, feature-major: {@code w[(feature - 1) * nrW + k]}; the last row is the bias. */
    private final float[] weights;
    private final int nrW;
    private final int dims;

    private LinearModel(Map<String, Integer> dictionary, String[] labels, float[] weights, int nrW) {
        this.dictionary = dictionary;
        this.labels = labels;
        this.weights = weights;
        this.nrW = nrW;
        this.dims = weights.length / nrW;
    }

    /** Trains on the examples (at least two labels needed). */
    public static LinearModel train(List<Example> examples, Settings settings) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> labelCounts = new TreeMap<>();
        for (Example e : examples) {
            for (String f : new java.util.HashSet<>(e.features())) {
                counts.merge(f, Integer.valueOf(1), Integer::sum);
            }
            labelCounts.merge(e.label(), Integer.valueOf(1), Integer::sum);
        }
        if (labelCounts.size() < 2) {
            throw new IllegalArgumentException(NLS.bind(Messages.LinearModel_oneLabel, labelCounts.keySet()));
        }
        Map<String, Integer> dictionary = new HashMap<>();
        List<String> names = new ArrayList<>(counts.keySet());
        names.sort(null); // the same data gives the same model
        for (String f : names) {
            if (counts.get(f).intValue() >= settings.minCount()) {
                dictionary.put(f, Integer.valueOf(dictionary.size() + 1));
            }
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

    private static Feature[] vector(Map<String, Integer> dictionary, List<String> features, boolean withBias) {
        int[] idx = new int[features.size()];
        int n = 0;
        for (String f : features) {
            Integer i = dictionary.get(f);
            if (i != null) {
                idx[n++] = i.intValue();
            }
        }
        Arrays.sort(idx, 0, n);
        int unique = 0;
        for (int i = 0; i < n; i++) {
            if (unique == 0 || idx[unique - 1] != idx[i]) {
                idx[unique++] = idx[i];
            }
        }
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

    /** The labels this model knows, in its own order. */
    public List<String> labels() {
        return List.of(labels);
    }

    /** Number of features kept. */
    public int featureCount() {
        return dictionary.size();
    }

    /** The most probable label for these features, with the probabilities (one against the rest, normalised). */
    public Prediction predict(List<String> features) {
        double[] dec = new double[nrW];
        int bias = dims - 1;
        for (int k = 0; k < nrW; k++) {
            dec[k] = weights[bias * nrW + k];
        }
        int[] idx = new int[features.size()];
        int n = 0;
        for (String f : features) {
            Integer i = dictionary.get(f);
            if (i != null) {
                idx[n++] = i.intValue();
            }
        }
        Arrays.sort(idx, 0, n);
        int unique = 0;
        for (int i = 0; i < n; i++) {
            if (unique == 0 || idx[unique - 1] != idx[i]) {
                idx[unique++] = idx[i];
            }
        }
        if (unique > 0) {
            double value = 1 / Math.sqrt(unique);
            for (int i = 0; i < unique; i++) {
                int row = (idx[i] - 1) * nrW;
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
            String[] names = new String[dictionary.size()];
            dictionary.forEach((name, i) -> names[i.intValue() - 1] = name);
            out.writeInt(names.length);
            for (String name : names) {
                out.writeUTF(name);
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
            Map<String, Integer> dictionary = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                dictionary.put(in.readUTF(), Integer.valueOf(i + 1));
            }
            float[] weights = new float[in.readInt()];
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
}
