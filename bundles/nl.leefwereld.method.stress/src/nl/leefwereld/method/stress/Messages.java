// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.stress.messages"; //$NON-NLS-1$

    public static String Domain_money;
    public static String Domain_housing;
    public static String Domain_health;
    public static String Domain_relations;
    public static String Domain_time;
    public static String Signal_tired;
    public static String Signal_restless;
    public static String Signal_forgetful;
    public static String Signal_angry;
    public static String Signal_withdrawn;
    public static String Signal_tense;
    public static String Signal_sad;
    public static String Signal_confused;
    public static String Signal_overwhelmed;
    public static String Signal_sleepless;
    public static String Kind_demand;
    public static String Kind_sanction;
    public static String Kind_deadline;
    public static String Kind_jargon;
    public static String Kind_longSentence;
    public static String Kind_manySteps;
    public static String Flag_demand;
    public static String Flag_sanction;
    public static String Flag_deadline;
    public static String Flag_jargon;
    public static String Flag_abbreviation;
    public static String Flag_abbreviationAlternative;
    public static String Flag_longSentence;
    public static String Flag_longSentenceAlternative;
    public static String Flag_manySteps;
    public static String Flag_manyStepsAlternative;
    public static String Flag_withAlternative;
    public static String LanguageAnalyzer_summary;
    public static String LanguageAnalyzer_summaryReason;
    public static String LanguageAnalyzer_none;
    public static String LanguageAnalyzer_noneReason;
    public static String Letter_binary;
    public static String Letter_notUtf8;
    public static String Letter_utf16;
    public static String Opening_connectedFirst;
    public static String Opening_systemFirst;
    public static String Opening_noSystemQuestions;
    public static String Opening_neither;
    public static String Opening_connectionReason;
    public static String Opening_systemReason;
    public static String Opening_connectedFirstReason;
    public static String Opening_systemFirstReason;
    public static String Opening_systemNoConnectionReason;
    public static String Opening_neitherReason;
    public static String Opening_smallTalkReason;
    public static String Readability_levelEasy;
    public static String Readability_levelNormal;
    public static String Readability_levelFairlyHard;
    public static String Readability_levelHard;
    public static String Readability_levelVeryHard;
    public static String Rules_columns;
    public static String Rules_kind;
    public static String Rules_pattern;
    public static String Welcome_opening;
    public static String Step_welcome;
    public static String Step_askExperience;
    public static String Step_explainToday;
    public static String Step_askNeed;
    public static String Step_systemQuestions;
    public static String Step_nextStep;
    public static String Step_welcomeExample;
    public static String Step_askExperienceExample;
    public static String Step_explainTodayExample;
    public static String Step_askNeedExample;
    public static String Step_systemQuestionsExample;
    public static String Step_nextStepExample;
    public static String WelcomeAnalyzer_done;
    public static String WelcomeAnalyzer_doneReason;
    public static String WelcomeAnalyzer_outOfOrder;
    public static String WelcomeAnalyzer_outOfOrderReason;
    public static String WelcomeAnalyzer_missing;
    public static String WelcomeAnalyzer_missingReason;
    public static String WelcomeAnalyzer_noSystemQuestions;
    public static String Evaluation_badLine;
    public static String WelcomeAnalyzer_noSystemQuestionsReason;
    public static String WelcomeAnalyzer_summary;
    public static String WelcomeAnalyzer_summaryReason;
    public static String Report_title;
    public static String Report_purpose;
    public static String Report_trajectory;
    public static String Report_noPoints;
    public static String Report_chart;
    public static String Report_seriesScore;
    public static String Report_seriesSignals;
    public static String Report_date;
    public static String Report_conversation;
    public static String Report_score;
    public static String Report_signals;
    public static String Report_domains;
    public static String Report_letters;
    public static String Report_lettersIntro;
    public static String Report_noLetters;
    public static String Report_letter;
    public static String Report_noFlags;
    public static String Report_line;
    public static String Report_kind;
    public static String Report_text;
    public static String Report_reason;
    public static String Report_alternative;
    public static String Report_sentences;
    public static String Report_longSentences;
    public static String Report_longWords;
    public static String Report_flesch;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
