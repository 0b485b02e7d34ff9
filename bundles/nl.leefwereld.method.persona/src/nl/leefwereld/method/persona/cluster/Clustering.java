// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.cluster;

/**
 * The result of one k-prototypes clustering: the cluster of every row, the prototypes (numeric means on the
 * original scale, categorical modes) and the quality figures.
 *
 * @param k                 number of clusters
 * @param assignment        cluster index of each row
 * @param sizes             number of rows per cluster
 * @param numericPrototypes [cluster][numeric column] mean on the original scale (NaN when no value)
 * @param categoricalModes  [cluster][categorical column] most frequent category code (-1 when no value)
 * @param cost              the k-prototypes cost (sum of dissimilarities to the own prototype)
 * @param silhouette        mean silhouette on the sample (NaN when not computed)
 * @param iterations        iterations of the best run
 * @param distanceToPrototype dissimilarity of each row to the prototype of its cluster
 */
public record Clustering(int k, int[] assignment, int[] sizes, double[][] numericPrototypes, int[][] categoricalModes,
        double cost, double silhouette, int iterations, double[] distanceToPrototype) {

    /** The same clustering with its silhouette. */
    public Clustering withSilhouette(double s) {
        return new Clustering(k, assignment, sizes, numericPrototypes, categoricalModes, cost, s, iterations,
                distanceToPrototype);
    }
}
