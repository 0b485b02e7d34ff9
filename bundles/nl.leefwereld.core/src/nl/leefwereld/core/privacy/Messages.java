// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.privacy;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.core.privacy.messages"; //$NON-NLS-1$

    public static String Key_tooShort;
    public static String Key_fileComment;
    public static String Key_exists;
    public static String Key_cannotWrite;
    public static String Key_missing;
    public static String Key_invalid;
    public static String Names_tooLarge;
    public static String Names_missing;
    public static String Names_badLine;
    public static String Export_unknownConversation;
    public static String Export_outIsKey;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
