// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.report.messages"; //$NON-NLS-1$

    public static String Report_lang;
    public static String Report_page;
    public static String Registry_incomplete;
    public static String Registry_duplicate;
    public static String Registry_wrongType;
    public static String Registry_cannotCreate;
    public static String Reports_needsConversation;
    public static String Reports_needsClient;
    public static String Reports_task;
    public static String Transcript_title;
    public static String Transcript_purpose;
    public static String Transcript_client;
    public static String Transcript_trajectory;
    public static String Transcript_date;
    public static String Transcript_kind;
    public static String Transcript_participants;
    public static String Transcript_utterances;
    public static String Transcript_codes;
    public static String Transcript_codesHeading;
    public static String Transcript_code;
    public static String Transcript_count;
    public static String Transcript_text;
    public static String Transcript_notes;
    public static String Transcript_noNotes;
    public static String Transcript_memos;
    public static String Transcript_noMemos;
    public static String Transcript_note;
    public static String Transcript_suggested;
    public static String Transcript_noCodes;
    public static String Transcript_method;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
