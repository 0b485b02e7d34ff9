// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.io;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.core.io.messages"; //$NON-NLS-1$

    public static String Problem_line;
    public static String Problem_noSpeaker;
    public static String Problem_invalidTime;
    public static String Problem_emptyText;
    public static String Problem_lineTooLong;
    public static String Problem_invalidKind;
    public static String Problem_invalidDate;
    public static String Problem_encoding;
    public static String Problem_binary;
    public static String Problem_tooLarge;
    public static String Problem_noUtterances;
    public static String Problem_unreadable;
    public static String Problem_tooManyProblems;
    public static String Problem_tooManyUtterances;
    public static String Problem_headerTooLong;
    public static String Importer_clientName;
    public static String Importer_trajectoryTitle;
    public static String Importer_unknownTrajectory;
    public static String Importer_unknownClient;
    public static String Importer_defaultTitle;
    public static String UserFile_missing;
    public static String UserFile_directory;
    public static String UserFile_notRegular;
    public static String UserFile_tooLarge;
    public static String UserFile_binary;
    public static String UserFile_notUtf8;
    public static String UserFile_unreadable;
    public static String UserFile_accessDenied;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
