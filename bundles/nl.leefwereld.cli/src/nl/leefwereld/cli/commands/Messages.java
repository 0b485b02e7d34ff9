// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.cli.commands.messages"; //$NON-NLS-1$

    public static String Common_unexpected;
    public static String Common_oneId;
    public static String Import_usage;
    public static String Import_oneFile;
    public static String Import_aborted;
    public static String Import_done;
    public static String Import_unnamedClient;
    public static String List_usage;
    public static String List_empty;
    public static String List_client;
    public static String List_trajectory;
    public static String List_goal;
    public static String List_noTrajectories;
    public static String List_noConversations;
    public static String List_utterances;
    public static String Show_usage;
    public static String Move_usage;
    public static String Move_clientNeeded;
    public static String Move_unknownClient;
    public static String Move_unknownTrajectory;
    public static String Move_noTrajectory;
    public static String Move_chooseTrajectory;
    public static String Move_done;
    public static String Memo_usage;
    public static String Memo_addArguments;
    public static String Memo_unknownObject;
    public static String Memo_noUtterance;
    public static String Memo_spanNeedsUtterance;
    public static String Memo_badSpan;
    public static String Memo_added;
    public static String Memo_none;
    public static String Memo_line;
    public static String Memo_editArguments;
    public static String Memo_deleteArguments;
    public static String Memo_edited;
    public static String Memo_unchanged;
    public static String Memo_deleted;
    public static String Show_header;
    public static String Export_usage;
    public static String Export_done;
    public static String Demo_created;
    public static String Demo_notEmpty;
    public static String Help_usage;
    public static String Help_unknown;
    public static String Help_intro;
    public static String Help_commands;
    public static String Help_options;
    public static String Help_exitCodes;
    public static String Kind_none;
    public static String Kind_welcome;
    public static String Kind_followUp;
    public static String Kind_homeVisit;
    public static String Kind_panel;
    public static String Kind_rolePlay;
    public static String Kind_other;
    public static String Method_unknown;
    public static String Method_codebookError;
    public static String Methods_usage;
    public static String Methods_none;
    public static String Methods_source;
    public static String Methods_codebook;
    public static String Methods_analyzer;
    public static String Methods_bundle;
    public static String Analyze_usage;
    public static String Analyze_noMethod;
    public static String Analyze_oneTarget;
    public static String Analyze_unknownAnalyzer;
    public static String Analyze_header;
    public static String Analyze_analyzer;
    public static String Analyze_reason;
    public static String Analyze_utterances;
    public static String Analyze_suggestion;
    public static String Analyze_saved;
    public static String Agreement_usage;
    public static String Agreement_twoCoders;
    public static String Agreement_coderWithoutCodes;
    public static String Agreement_header;
    public static String Agreement_noCodes;
    public static String Agreement_columns;
    public static String Agreement_notApplicable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
