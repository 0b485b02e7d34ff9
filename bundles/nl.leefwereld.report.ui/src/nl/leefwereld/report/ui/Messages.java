// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report.ui;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.report.ui.messages"; //$NON-NLS-1$

    public static String MakeReport_title;
    public static String MakeReport_choose;
    public static String MakeReport_noConversation;
    public static String MakeReport_noDatabase;
    public static String MakeReport_unknownKind;
    public static String MakeReport_failed;
    public static String MakeReport_option;
    public static String MakeReport_pdf;
    public static String MakeReport_docx;
    public static String MakeReport_html;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
