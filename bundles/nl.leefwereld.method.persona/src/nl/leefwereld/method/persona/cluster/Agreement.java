// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.cluster;

/** How well two partitions of the same rows agree. */
public final class Agreement {

    private Agreement() {
    }

    /**
     * Adjusted Rand index (Hubert &amp; Arabie 1985): 1 for the same partition, about 0 for chance agreement.
     * Labels are 0-based.
     */
    public static double adjustedRand(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("partitions of different sizes: " + a.length + " != " + b.length); //$NON-NLS-1$ //$NON-NLS-2$
        }
        int ka = 0;
        int kb = 0;
        for (int i = 0; i < a.length; i++) {
            ka = Math.max(ka, a[i] + 1);
            kb = Math.max(kb, b[i] + 1);
        }
        long[][] table = new long[ka][kb];
        long[] rows = new long[ka];
        long[] cols = new long[kb];
        for (int i = 0; i < a.length; i++) {
            table[a[i]][b[i]]++;
            rows[a[i]]++;
            cols[b[i]]++;
        }
        double index = 0;
        for (long[] t : table) {
            for (long v : t) {
                index += pairs(v);
            }
        }
        double sumA = 0;
        for (long v : rows) {
            sumA += pairs(v);
        }
        double sumB = 0;
        for (long v : cols) {
            sumB += pairs(v);
        }
        double expected = sumA * sumB / pairs(a.length);
        double max = (sumA + sumB) / 2;
        return max == expected ? 1 : (index - expected) / (max - expected);
    }

    private static double pairs(long n) {
        return n * (n - 1) / 2.0;
    }
}
