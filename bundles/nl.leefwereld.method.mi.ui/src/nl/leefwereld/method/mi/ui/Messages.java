// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.ui;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.mi.ui.messages"; //$NON-NLS-1$

    public static String Coding_coder;
    public static String Coding_advance;
    public static String Coding_advanceTip;
    public static String Coding_speaker;
    public static String Coding_text;
    public static String Coding_codes;
    public static String Coding_suggestions;
    public static String Coding_keyTip;
    public static String Coding_ratings;
    public static String Coding_selectFirst;
    public static String Coding_added;
    public static String Coding_replaced;
    public static String Coding_removed;
    public static String Coding_keptComplex;
    public static String Coding_notProfessional;
    public static String Coding_notClient;
    public static String Coding_noConversation;
    public static String Coding_header;
    public static String Coding_noGoal;
    public static String Coding_goal;
    public static String Coding_goalTip;
    public static String Scores_benchmarks;
    public static String Scores_score;
    public static String Scores_value;
    public static String Scores_fair;
    public static String Scores_good;
    public static String Scores_level;
    public static String Scores_report;
    public static String Scores_reportFailed;
    public static String Scores_chartTitle;
    public static String Scores_chartEmpty;
    public static String Scores_chartJob;
    public static String Scores_fairLine;
    public static String Scores_goodLine;
    public static String Scores_noConversation;
    public static String Scores_header;
    public static String Scores_allCoders;
    public static String Scores_counts;
    public static String Coding_accepted;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
