// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.cluster;

import java.util.Arrays;
import java.util.Objects;

/**
 * A table of n rows with numeric and categorical columns, in plain arrays (no EMF), so clustering is fast.
 * A missing numeric value is {@link Double#NaN}; a missing category is {@code -1}. Category codes index
 * {@link #categoryLabels(int)}.
 */
public final class MixedData {

    private final int n;
    private final String[] numericNames;
    private final double[][] numeric;
    private final String[] categoricalNames;
    private final int[][] categorical;
    private final String[][] categoryLabels;

    /**
     * @param numericNames     names of the numeric columns
     * @param numeric          [row][numeric column], NaN when missing
     * @param categoricalNames names of the categorical columns
     * @param categorical      [row][categorical column], -1 when missing
     * @param categoryLabels   [categorical column][code]: the label of each category code
     */
    public MixedData(String[] numericNames, double[][] numeric, String[] categoricalNames, int[][] categorical,
            String[][] categoryLabels) {
        this.numericNames = Objects.requireNonNull(numericNames);
        this.numeric = Objects.requireNonNull(numeric);
        this.categoricalNames = Objects.requireNonNull(categoricalNames);
        this.categorical = Objects.requireNonNull(categorical);
        this.categoryLabels = Objects.requireNonNull(categoryLabels);
        if (numeric.length != categorical.length) {
            throw new IllegalArgumentException("numeric and categorical rows differ: " + numeric.length + " != " //$NON-NLS-1$ //$NON-NLS-2$
                    + categorical.length);
        }
        if (categoryLabels.length != categoricalNames.length) {
            throw new IllegalArgumentException("one label array per categorical column"); //$NON-NLS-1$
        }
        this.n = numeric.length;
        for (int i = 0; i < n; i++) {
            if (numeric[i].length != numericNames.length || categorical[i].length != categoricalNames.length) {
                throw new IllegalArgumentException("row " + i + " has the wrong number of columns"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            for (int j = 0; j < categoricalNames.length; j++) {
                int c = categorical[i][j];
                if (c < -1 || c >= categoryLabels[j].length) {
                    throw new IllegalArgumentException("row " + i + ", column " + categoricalNames[j] //$NON-NLS-1$ //$NON-NLS-2$
                            + ": unknown category code " + c); //$NON-NLS-1$
                }
            }
        }
    }

    public int rows() {
        return n;
    }

    public int numericColumns() {
        return numericNames.length;
    }

    public int categoricalColumns() {
        return categoricalNames.length;
    }

    public String numericName(int j) {
        return numericNames[j];
    }

    public String categoricalName(int j) {
        return categoricalNames[j];
    }

    public double numeric(int row, int j) {
        return numeric[row][j];
    }

    public int categorical(int row, int j) {
        return categorical[row][j];
    }

    /** The number of categories of a categorical column. */
    public int categories(int j) {
        return categoryLabels[j].length;
    }

    public String categoryLabel(int j, int code) {
        return categoryLabels[j][code];
    }

    public String[] categoryLabels(int j) {
        return Arrays.copyOf(categoryLabels[j], categoryLabels[j].length);
    }

    /** The given rows (by index) as a new table sharing the column names and category labels. */
    public MixedData subset(int[] rows) {
        double[][] num = new double[rows.length][];
        int[][] cat = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            num[i] = numeric[rows[i]];
            cat[i] = categorical[rows[i]];
        }
        return new MixedData(numericNames, num, categoricalNames, cat, categoryLabels);
    }

    /** Direct access for the algorithms in this package (not copied). */
    double[][] numericRows() {
        return numeric;
    }

    int[][] categoricalRows() {
        return categorical;
    }
}
