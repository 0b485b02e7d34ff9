// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.navigator;

import org.eclipse.osgi.util.NLS;

public class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.ui.navigator.messages"; //$NON-NLS-1$
    public static String Navigator_title;
    public static String Navigator_opening;
    public static String Navigator_empty;
    public static String Navigator_open;
    public static String Navigator_deleteTitle;
    public static String Navigator_deleteQuestion;
    public static String Move_title;
    public static String Move_message;
    public static String Move_noTrajectories;
    public static String Move_noMatch;
    public static String Move_dirty;
    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
