// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.ui;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.blanco.ui.messages"; //$NON-NLS-1$

    public static String Subject_none;
    public static String Notebook_title;
    public static String Notebook_conversation;
    public static String Notebook_client;
    public static String Notebook_inputHint;
    public static String Notebook_add;
    public static String Notebook_facts;
    public static String Notebook_nightstand;
    public static String Notebook_toNightstand;
    public static String Notebook_bringBack;
    public static String Notebook_colDate;
    public static String Notebook_colText;
    public static String Notebook_colKind;
    public static String Notebook_colReason;
    public static String Notebook_colSince;
    public static String Notebook_fact;
    public static String Notebook_judgment;
    public static String Notebook_broughtBack;
    public static String SaveFailed;
    public static String Film_title;
    public static String Film_subject;
    public static String Film_suggest;
    public static String Film_delete;
    public static String Film_closer;
    public static String Film_farther;
    public static String Film_support;
    public static String Film_colWhen;
    public static String Film_colWhat;
    public static String Film_colName;
    public static String Film_colRole;
    public static String Film_colRelation;
    public static String Film_colCloseness;
    public static String Film_colSupport;
    public static String Film_yes;
    public static String Film_no;
    public static String Film_timeline;
    public static String Film_network;
    public static String Film_suggested;
    public static String Film_noEvents;
    public static String Notebook_addUtterances;
    public static String Notebook_addUtterancesTip;
    public static String Notebook_colQuote;
    public static String Notebook_clientSaid;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
