// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.report.cli;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.report.cli.messages"; //$NON-NLS-1$

    public static String Report_usage;
    public static String Report_noKind;
    public static String Report_listLine;
    public static String Report_subjectClient;
    public static String Report_subjectConversation;
    public static String Report_unknownKind;
    public static String Report_noId;
    public static String Report_noOut;
    public static String Report_unknownFormat;
    public static String Report_unknownId;
    public static String Report_needsConversation;
    public static String Report_written;
    public static String Report_subjectAll;
    public static String Report_unknownOption;
    public static String Report_needsAll;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
