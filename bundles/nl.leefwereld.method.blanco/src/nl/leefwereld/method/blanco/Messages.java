// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.blanco.messages"; //$NON-NLS-1$

    public static String Cue_evaluation;
    public static String Cue_interpretation;
    public static String Cue_generalisation;
    public static String Cue_conclusion;
    public static String Cue_diagnosis;
    public static String Cue_normative;
    public static String Cue_capacity;
    public static String Cue_insight;
    public static String Cue_prediction;
    public static String Cue_label;
    public static String Cue_blame;
    public static String Evaluation_badLine;
    public static String Reason_fact;
    public static String Reason_judgment;
    public static String Reason_cue;
    public static String Judgments_inNote;
    public static String Judgments_factEntry;
    public static String Judgments_summary;
    public static String Judgments_summaryReason;
    public static String Phase_early;
    public static String Phase_reason;
    public static String Phase_ok;
    public static String Phase_okReason;
    public static String Relation_family;
    public static String Relation_friends;
    public static String Relation_neighbours;
    public static String Relation_professional;
    public static String Relation_volunteer;
    public static String Relation_carer;
    public static String Relation_work;
    public static String Film_title;
    public static String Film_timeline;
    public static String Film_network;
    public static String Film_noEvents;
    public static String Film_noPeople;
    public static String Film_person;
    public static String Film_yes;
    public static String Film_no;
    public static String Report_title;
    public static String Report_purpose;
    public static String Report_suggested;
    public static String Report_timeline;
    public static String Report_network;
    public static String Report_when;
    public static String Report_what;
    public static String Report_quote;
    public static String Report_name;
    public static String Report_role;
    public static String Report_relation;
    public static String Report_closeness;
    public static String Report_support;
    public static String Report_timelineCaption;
    public static String Report_networkCaption;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
