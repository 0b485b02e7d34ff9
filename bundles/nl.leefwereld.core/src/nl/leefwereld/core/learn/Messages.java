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
    public static String Cli_trained;
    public static String Cli_evaluation;
    public static String Cli_badNumber;
    public static String Learning_nothingToTrain;
    public static String Learning_tooFewConversations;
    public static String Quality_items;
    public static String Quality_p;
    public static String Quality_r;
    public static String Quality_f1;
    public static String Quality_n;
    public static String Quality_rules;
    public static String Quality_model;
    public static String Quality_version;
    public static String Quality_coder;
    public static String Quality_anyCoder;
    public static String Quality_conversations;
    public static String Quality_examples;
    public static String Quality_evaluation;
    public static String Quality_noEvaluation;
    public static String Quality_none;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
