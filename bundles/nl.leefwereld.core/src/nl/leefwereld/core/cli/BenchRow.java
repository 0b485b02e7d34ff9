// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.cli;

/**
 * One row of {@code leefwereld bench}.
 *
 * @param key             stable name for scripts (lower case letters, digits and underscores), e.g.
 *                        {@code persona_build}
 * @param label           what was timed, translated, with the count in it
 * @param count           how many objects the work handled
 * @param millis          its time in milliseconds (the median for repeated work)
 * @param referenceMillis the reference's time measured in the same run, or {@link Double#NaN} for none
 */
public record BenchRow(String key, String label, int count, double millis, double referenceMillis) {

    /** Time over the reference's, or NaN. */
    public double ratio() {
        return referenceMillis <= 0 || Double.isNaN(referenceMillis) ? Double.NaN : millis / referenceMillis;
    }

    public double perSecond() {
        return millis <= 0 ? Double.NaN : count * 1000.0 / millis;
    }
}
