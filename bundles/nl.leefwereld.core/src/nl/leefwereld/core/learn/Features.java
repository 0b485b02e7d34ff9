// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.learn;

import java.util.Arrays;

/**
 * The features of one item as 64-bit hashes of their names (FNV-1a), collected without making a string per
 * feature: suggestions must keep up with tens of thousands of utterances a second. Two names with one hash are one
 * feature (with 64 bits, not to be expected in a model's vocabulary).
 */
public final class Features {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long[] hashes = new long[256];
    private int size;

    /** Adds the feature with this name. */
    public Features add(String name) {
        return addHash(hash(name, 0, name.length(), OFFSET));
    }

    /** Adds the feature {@code prefix + s[from, to)}. */
    public Features add(String prefix, CharSequence s, int from, int to) {
        return addHash(hash(s, from, to, hash(prefix, 0, prefix.length(), OFFSET)));
    }

    /** Adds the feature {@code prefix + a + " " + b}. */
    public Features add(String prefix, String a, String b) {
        long h = hash(prefix, 0, prefix.length(), OFFSET);
        h = hash(a, 0, a.length(), h);
        h = (h ^ ' ') * PRIME;
        return addHash(hash(b, 0, b.length(), h));
    }

    private Features addHash(long h) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = h;
        return this;
    }

    private static long hash(CharSequence s, int from, int to, long seed) {
        long h = seed;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    /** The hash of a feature name, as {@link #add(String)} adds it. */
    public static long hashOf(String name) {
        return hash(name, 0, name.length(), OFFSET);
    }

    public int size() {
        return size;
    }

    /** The distinct hashes, sorted (a copy). */
    public long[] toArray() {
        long[] out = Arrays.copyOf(hashes, size);
        Arrays.sort(out);
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            if (n == 0 || out[n - 1] != out[i]) {
                out[n++] = out[i];
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
