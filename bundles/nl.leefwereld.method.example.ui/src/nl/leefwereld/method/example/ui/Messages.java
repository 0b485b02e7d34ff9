// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.example.ui;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.example.ui.messages"; //$NON-NLS-1$

    public static String View_question;
    public static String View_reason;
    public static String View_coded;
    public static String View_yes;
    public static String View_code;
    public static String View_codeTip;
    public static String View_codedByHand;
    public static String View_noConversation;
    public static String View_noQuestions;
    public static String View_header;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
