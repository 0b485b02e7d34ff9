// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.toolset;

import org.eclipse.osgi.util.NLS;

public class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.ui.toolset.messages"; //$NON-NLS-1$
    public static String Manage_title;
    public static String Manage_message;
    public static String Manage_repository;
    public static String Manage_folder;
    public static String Manage_zip;
    public static String Manage_columnName;
    public static String Manage_columnId;
    public static String Manage_columnVersion;
    public static String Manage_columnStatus;
    public static String Manage_installed;
    public static String Manage_notInstalled;
    public static String Manage_apply;
    public static String Manage_loading;
    public static String Manage_found;
    public static String Manage_applying;
    public static String Manage_restart;
    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
