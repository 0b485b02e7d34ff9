// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.mi.messages"; //$NON-NLS-1$

    public static String Command_setRating;
    public static String Level_none;
    public static String Level_belowFair;
    public static String Level_fair;
    public static String Level_good;
    public static String Level_noThreshold;
    public static String Score_technical;
    public static String Score_relational;
    public static String Score_percentCR;
    public static String Score_rq;
    public static String Score_adherent;
    public static String Score_nonAdherent;
    public static String Score_percentCT;
    public static String Score_technicalFormula;
    public static String Score_relationalFormula;
    public static String Score_percentCRFormula;
    public static String Score_rqFormula;
    public static String Score_adherentFormula;
    public static String Score_nonAdherentFormula;
    public static String Score_percentCTFormula;
    public static String Score_thresholds;
    public static String Suggest_openQuestion;
    public static String Suggest_closedQuestion;
    public static String Suggest_information;
    public static String Suggest_affirm;
    public static String Suggest_reflectionComplex;
    public static String Suggest_reflectionStarter;
    public static String Suggest_reflectionOverlap;
    public static String Suggest_changeTalk;
    public static String Suggest_sustainTalk;
    public static String Analyzer_summary;
    public static String Analyzer_summaryReason;
    public static String Learning_reason;
    public static String Learning_taskProfessional;
    public static String Learning_taskClient;
    public static String Analyzer_scores;
    public static String Analyzer_scoresReason;
    public static String Analyzer_allCoders;
    public static String Rating_cultivatingChangeTalk;
    public static String Rating_softeningSustainTalk;
    public static String Rating_partnership;
    public static String Rating_empathy;
    public static String Report_lang;
    public static String Report_title;
    public static String Report_purpose;
    public static String Report_date;
    public static String Report_changeGoal;
    public static String Report_noChangeGoal;
    public static String Report_coder;
    public static String Report_segment;
    public static String Report_utterances;
    public static String Report_ratings;
    public static String Report_notRated;
    public static String Report_scores;
    public static String Report_benchmarks;
    public static String Report_score;
    public static String Report_value;
    public static String Report_thresholds;
    public static String Report_level;
    public static String Report_formula;
    public static String Report_codes;
    public static String Report_nothingCoded;
    public static String Report_source;
    public static String Suggest_reflectionYou;
    public static String Suggest_reflectionRising;
    public static String Suggest_persuade;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
