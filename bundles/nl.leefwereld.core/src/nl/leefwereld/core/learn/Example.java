// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.learn;

/**
 * One labelled example for {@link LinearModel}: the group it belongs to (a conversation: cross-validation keeps a
 * group in one fold), its label (a code, or a method's name for "no code") and its features (distinct sorted
 * hashes, {@link Features#toArray()}).
 */
public record Example(String group, String label, long[] features) {
}
