// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.example;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.example.messages"; //$NON-NLS-1$

    public static String OpenQuestion_reason;
    public static String OpenQuestion_summary;
    public static String OpenQuestion_summaryReason;
    public static String Report_title;
    public static String Report_date;
    public static String Report_count;
    public static String Report_utterances;
    public static String Report_chart;
    public static String Report_questions;
    public static String Report_none;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
