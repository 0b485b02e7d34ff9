// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.coding;

import org.eclipse.osgi.util.NLS;

/**
 * Agreement of two coders on one code, counted per utterance: each utterance is coded yes or no by coder A
 * and by coder B, which gives the 2x2 table
 *
 * <pre>
 *              B yes   B no
 *   A yes        a       b
 *   A no         c       d        n = a + b + c + d
 * </pre>
 *
 * Percent agreement p<sub>o</sub> = (a + d) / n. Expected agreement by chance
 * p<sub>e</sub> = ((a + b)(a + c) + (c + d)(b + d)) / n². Cohen's kappa = (p<sub>o</sub> − p<sub>e</sub>) /
 * (1 − p<sub>e</sub>). When p<sub>e</sub> = 1 (both coders never, or both always, use the code) kappa is
 * undefined: {@link #kappa()} is {@code NaN} and {@link #undefinedReason()} says why; percent agreement is
 * still given. Example: a=20, b=5, c=10, d=15 gives p<sub>o</sub>=0.7, p<sub>e</sub>=0.5, kappa=0.4.
 *
 * @param methodId the method of the code ({@code null} when not known)
 * @param codeId   the code
 * @param a        utterances both coders coded
 * @param b        utterances only coder A coded
 * @param c        utterances only coder B coded
 * @param d        utterances neither coded
 */
public record CodeAgreement(String methodId, String codeId, int a, int b, int c, int d) {

    public CodeAgreement {
        if (a < 0 || b < 0 || c < 0 || d < 0) {
            throw new IllegalArgumentException("negative count"); //$NON-NLS-1$
        }
    }

    /** The number of utterances. */
    public int n() {
        return a + b + c + d;
    }

    /** Observed agreement p<sub>o</sub> between 0 and 1, or {@code NaN} for no utterances. */
    public double percentAgreement() {
        return n() == 0 ? Double.NaN : (double) (a + d) / n();
    }

    /** Agreement expected by chance p<sub>e</sub>, or {@code NaN} for no utterances. */
    public double expectedAgreement() {
        if (n() == 0) {
            return Double.NaN;
        }
        double n = n();
        return ((double) (a + b) * (a + c) + (double) (c + d) * (b + d)) / (n * n);
    }

    /** Cohen's kappa, or {@code NaN} when undefined (see {@link #undefinedReason()}). */
    public double kappa() {
        if (!kappaDefined()) {
            return Double.NaN;
        }
        double pe = expectedAgreement();
        return (percentAgreement() - pe) / (1 - pe);
    }

    /** False when there are no utterances or both coders never, or both always, used the code. */
    public boolean kappaDefined() {
        return n() > 0 && b + c + Math.min(a, d) > 0;
    }

    /** Why kappa is undefined (localised), or {@code null} when it is defined. */
    public String undefinedReason() {
        if (n() == 0) {
            return Messages.Agreement_noUtterances;
        }
        if (a + b + c == 0) {
            return NLS.bind(Messages.Agreement_neverUsed, Integer.valueOf(n()));
        }
        if (b + c + d == 0) {
            return NLS.bind(Messages.Agreement_alwaysUsed, Integer.valueOf(n()));
        }
        return null;
    }

    /** Utterances coder A coded. */
    public int codedByA() {
        return a + b;
    }

    /** Utterances coder B coded. */
    public int codedByB() {
        return a + c;
    }
}
