// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.methods;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.method.Finding;

public class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.ui.methods.messages"; //$NON-NLS-1$
    public static String Methods_columnName;
    public static String Suggestions_utterance;
    public static String Suggestions_code;
    public static String Suggestions_text;
    public static String Suggestions_reason;
    public static String Suggestions_accept;
    public static String Suggestions_reject;
    public static String Suggestions_acceptAll;
    public static String Suggestions_rejectAll;
    public static String Suggestions_noConversation;
    public static String Suggestions_header;

    public static String Methods_columnId;
    public static String Methods_columnDescription;
    public static String Methods_columnSource;
    public static String Methods_columnCodes;
    public static String Methods_columnAnalyzers;
    public static String Methods_refresh;
    public static String Methods_none;
    public static String Methods_problems;
    public static String Methods_noPerspective;
    public static String Methods_selectOne;
    public static String Findings_columnSeverity;
    public static String Findings_columnMethod;
    public static String Findings_columnMessage;
    public static String Findings_columnReason;
    public static String Findings_columnUtterances;
    public static String Findings_summary;
    public static String Findings_suggestion;
    public static String Findings_title;
    public static String Severity_INFO;
    public static String Severity_WARNING;
    public static String Severity_PROBLEM;
    public static String Analysis_title;
    public static String Analysis_jobName;
    public static String Analysis_analyzer;
    public static String Analysis_failed;
    public static String Analysis_noConversation;
    public static String Analysis_noAnalyzers;
    public static String Analysis_command;
    public static String Catalog_codebookProblem;
    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    public static String severityLabel(Finding.Severity severity) {
        return switch (severity) {
            case INFO -> Severity_INFO;
            case WARNING -> Severity_WARNING;
            case PROBLEM -> Severity_PROBLEM;
        };
    }
}
