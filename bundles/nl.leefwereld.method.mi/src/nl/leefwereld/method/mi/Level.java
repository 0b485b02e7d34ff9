// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi;

/** Where a score stands against MITI 4.2.1's expert-opinion thresholds. */
public enum Level {
    /** Not computable (nothing coded or rated). */
    NONE,
    /** Below "fair". */
    BELOW_FAIR,
    /** At least "fair", below "good". */
    FAIR,
    /** At least "good". */
    GOOD,
    /** The score has no MITI threshold. */
    NO_THRESHOLD;

    public String label() {
        return switch (this) {
        case NONE -> Messages.Level_none;
        case BELOW_FAIR -> Messages.Level_belowFair;
        case FAIR -> Messages.Level_fair;
        case GOOD -> Messages.Level_good;
        case NO_THRESHOLD -> Messages.Level_noThreshold;
        };
    }
}
