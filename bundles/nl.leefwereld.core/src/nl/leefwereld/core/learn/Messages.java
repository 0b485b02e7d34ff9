// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.learn;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.core.learn.messages"; //$NON-NLS-1$

    public static String LinearModel_oneLabel;
    public static String LinearModel_format;
    public static String LinearModel_damaged;
    public static String StoredModel_noHeader;
    public static String Evaluation_code;
    public static String Evaluation_macro;
    public static String Evaluation_kappa;
    public static String Evaluation_coverage;
    public static String Evaluation_accuracy;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
