// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi;

import java.util.Locale;

/**
 * The MITI 4.2.1 summary scores and client language share, with the thresholds of the manual (expert opinion, not
 * norms): Technical fair 3 good 4; Relational fair 3.5 good 4; %CR fair 40% good 50%; R:Q fair 1:1 good 2:1.
 */
public enum Score {
    /** (Cultivating Change Talk + Softening Sustain Talk) / 2. */
    TECHNICAL(3.0, 4.0),
    /** (Partnership + Empathy) / 2. */
    RELATIONAL(3.5, 4.0),
    /** CR / (SR + CR). */
    PERCENT_COMPLEX_REFLECTIONS(0.40, 0.50),
    /** (SR + CR) / Q. */
    REFLECTION_TO_QUESTION(1.0, 2.0),
    /** Affirm + Seek + Emphasize. */
    MI_ADHERENT(Double.NaN, Double.NaN),
    /** Persuade + Confront. */
    MI_NON_ADHERENT(Double.NaN, Double.NaN),
    /** CT / (CT + ST). */
    PERCENT_CHANGE_TALK(Double.NaN, Double.NaN);

    private final double fair;
    private final double good;

    Score(double fair, double good) {
        this.fair = fair;
        this.good = good;
    }

    /** The "fair" threshold, or NaN. */
    public double fair() {
        return fair;
    }

    /** The "good" threshold, or NaN. */
    public double good() {
        return good;
    }

    public boolean hasThreshold() {
        return !Double.isNaN(fair);
    }

    /** The level of a value (NaN = not computable). */
    public Level level(double value) {
        if (Double.isNaN(value)) {
            return Level.NONE;
        }
        if (!hasThreshold()) {
            return Level.NO_THRESHOLD;
        }
        // a small tolerance so 0.4 computed as 0.39999999 counts as fair
        if (value >= good - 1e-9) {
            return Level.GOOD;
        }
        return value >= fair - 1e-9 ? Level.FAIR : Level.BELOW_FAIR;
    }

    /** A stable key for JSON and CSV output, e.g. {@code percentComplexReflections}. */
    public String key() {
        return switch (this) {
        case TECHNICAL -> "technical"; //$NON-NLS-1$
        case RELATIONAL -> "relational"; //$NON-NLS-1$
        case PERCENT_COMPLEX_REFLECTIONS -> "percentComplexReflections"; //$NON-NLS-1$
        case REFLECTION_TO_QUESTION -> "reflectionToQuestion"; //$NON-NLS-1$
        case MI_ADHERENT -> "miAdherent"; //$NON-NLS-1$
        case MI_NON_ADHERENT -> "miNonAdherent"; //$NON-NLS-1$
        case PERCENT_CHANGE_TALK -> "percentChangeTalk"; //$NON-NLS-1$
        };
    }

    /** The name in the user's language. */
    public String label() {
        return switch (this) {
        case TECHNICAL -> Messages.Score_technical;
        case RELATIONAL -> Messages.Score_relational;
        case PERCENT_COMPLEX_REFLECTIONS -> Messages.Score_percentCR;
        case REFLECTION_TO_QUESTION -> Messages.Score_rq;
        case MI_ADHERENT -> Messages.Score_adherent;
        case MI_NON_ADHERENT -> Messages.Score_nonAdherent;
        case PERCENT_CHANGE_TALK -> Messages.Score_percentCT;
        };
    }

    /** How it is computed, in the user's language. */
    public String formula() {
        return switch (this) {
        case TECHNICAL -> Messages.Score_technicalFormula;
        case RELATIONAL -> Messages.Score_relationalFormula;
        case PERCENT_COMPLEX_REFLECTIONS -> Messages.Score_percentCRFormula;
        case REFLECTION_TO_QUESTION -> Messages.Score_rqFormula;
        case MI_ADHERENT -> Messages.Score_adherentFormula;
        case MI_NON_ADHERENT -> Messages.Score_nonAdherentFormula;
        case PERCENT_CHANGE_TALK -> Messages.Score_percentCTFormula;
        };
    }

    /**
     * The value as people read it, in their locale: 3.5 or 3,5, 45%, 1.5:1, 7; "–" for none. (JSON output does not
     * use this.)
     */
    public String format(double value) {
        if (Double.isNaN(value)) {
            return "\u2013"; //$NON-NLS-1$
        }
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        return switch (this) {
        case TECHNICAL, RELATIONAL -> String.format(locale, "%.1f", Double.valueOf(value)); //$NON-NLS-1$
        case PERCENT_COMPLEX_REFLECTIONS, PERCENT_CHANGE_TALK -> String.format(locale, "%.0f%%", //$NON-NLS-1$
                Double.valueOf(100 * value));
        case REFLECTION_TO_QUESTION -> Double.isInfinite(value) ? "\u221E:1" //$NON-NLS-1$
                : String.format(locale, "%.1f:1", Double.valueOf(value)); //$NON-NLS-1$
        case MI_ADHERENT, MI_NON_ADHERENT -> String.format(locale, "%.0f", Double.valueOf(value)); //$NON-NLS-1$
        };
    }

    /** "fair 3.0 / good 4.0", or "" without thresholds. */
    public String thresholds() {
        return hasThreshold() ? org.eclipse.osgi.util.NLS.bind(Messages.Score_thresholds, format(fair), format(good))
                : ""; //$NON-NLS-1$
    }
}
