// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.ui;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.search.ui.messages"; //$NON-NLS-1$

    public static String Search_prompt;
    public static String Search_button;
    public static String Search_anySpeaker;
    public static String Search_client;
    public static String Search_professional;
    public static String Search_columnLeft;
    public static String Search_columnMatch;
    public static String Search_columnRight;
    public static String Search_columnSpeaker;
    public static String Search_columnNumber;
    public static String Search_conversation;
    public static String Search_searching;
    public static String Search_found;
    public static String Search_more;
    public static String Search_job;
    public static String Search_noDatabase;
    public static String Search_clearHighlights;
    public static String Search_clearHighlightsTip;
    public static String Codes_scopeConversation;
    public static String Codes_scopeClient;
    public static String Codes_scopeAll;
    public static String Codes_coder;
    public static String Codes_refresh;
    public static String Codes_export;
    public static String Codes_columnCode;
    public static String Codes_columnCount;
    public static String Codes_other;
    public static String Codes_segmentBefore;
    public static String Codes_segmentText;
    public static String Codes_segmentAfter;
    public static String Codes_segmentCoder;
    public static String Codes_segmentOrigin;
    public static String Codes_segmentWhere;
    public static String Codes_human;
    public static String Codes_accepted;
    public static String Codes_noConversation;
    public static String Codes_job;
    public static String Codes_exported;
    public static String Codes_exportFailed;
    public static String Codes_segments;
    public static String Search_clientNotes;
    public static String Find_title;
    public static String Find_prompt;
    public static String Find_found;
    public static String Find_none;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
