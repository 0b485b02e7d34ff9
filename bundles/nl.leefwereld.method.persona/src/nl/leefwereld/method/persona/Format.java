// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers in output: in the user's language (Dutch: decimal comma). */
public final class Format {

    private Format() {
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    /** {@code 42%}. */
    public static String percent(double share) {
        if (Double.isNaN(share)) {
            return "-"; //$NON-NLS-1$
        }
        return new DecimalFormat("0%", DecimalFormatSymbols.getInstance(locale())).format(share); //$NON-NLS-1$
    }

    /** {@code 42.5%} with one decimal. */
    public static String percent1(double share) {
        if (Double.isNaN(share)) {
            return "-"; //$NON-NLS-1$
        }
        return new DecimalFormat("0.0%", DecimalFormatSymbols.getInstance(locale())).format(share); //$NON-NLS-1$
    }

    /** Two decimals at most. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "-"; //$NON-NLS-1$
        }
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale())).format(v); //$NON-NLS-1$
    }

    /** With a sign: {@code +0.8}. */
    public static String signed(double v) {
        return (v >= 0 ? "+" : "") + number(v); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
