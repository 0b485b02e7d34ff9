// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.ui;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.stress.ui.messages"; //$NON-NLS-1$

    public static String View_noConversation;
    public static String Welcome_openingLine;
    public static String Welcome_conversation;
    public static String Welcome_columnStep;
    public static String Welcome_columnState;
    public static String Welcome_columnUtterance;
    public static String Welcome_columnWords;
    public static String Welcome_columnKind;
    public static String Welcome_stateDone;
    public static String Welcome_stateMissing;
    public static String Welcome_stateOutOfOrder;
    public static String Welcome_kindSystemFirst;
    public static String Welcome_kindConnection;
    public static String Welcome_kindSystem;
    public static String Welcome_kindSmallTalk;
    public static String Letter_hint;
    public static String Letter_check;
    public static String Letter_open;
    public static String Letter_openError;
    public static String Letter_columnLine;
    public static String Letter_columnKind;
    public static String Letter_columnText;
    public static String Letter_columnReason;
    public static String Letter_columnAlternative;
    public static String Letter_empty;
    public static String Letter_figures;
    public static String Signals_conversation;
    public static String Signals_observed;
    public static String Signals_observationHint;
    public static String Signals_clientScore;
    public static String Signals_scoreAsked;
    public static String Signals_domains;
    public static String Signals_record;
    public static String Signals_chartTitle;
    public static String Signals_chartEmpty;
    public static String Signals_seriesScore;
    public static String Signals_seriesSignals;
    public static String Signals_domainSummary;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
