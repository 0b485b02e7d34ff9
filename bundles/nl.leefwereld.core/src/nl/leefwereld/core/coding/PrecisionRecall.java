// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.coding;

/**
 * Precision, recall and F1 of a detector against a labelled set, from its counts: true positives, false positives,
 * false negatives. Each is 0 when undefined (nothing found, nothing to find). Used by the methods' evaluations of
 * their rules (beside {@link Agreement}, which compares human coders).
 */
public record PrecisionRecall(int tp, int fp, int fn) {

    /** tp / (tp + fp). */
    public double precision() {
        return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    /** tp / (tp + fn). */
    public double recall() {
        return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    /** The harmonic mean of precision and recall: 2tp / (2tp + fp + fn). */
    public double f1() {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
