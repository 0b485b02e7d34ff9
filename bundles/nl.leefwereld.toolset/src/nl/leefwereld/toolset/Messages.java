// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.toolset;

import org.eclipse.osgi.util.NLS;

public class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.toolset.messages"; //$NON-NLS-1$
    public static String Toolset_noP2;
    public static String Toolset_noAgent;
    public static String Toolset_noProfile;
    public static String Toolset_installing;
    public static String Toolset_notInRepository;
    public static String Toolset_notInstalled;
    public static String Toolset_baseFeature;
    public static String Toolset_cannotPlan;
    public static String Toolset_failed;
    public static String Toolset_cannotLoad;
    public static String Toolset_noRepositoryAt;
    public static String Command_usage;
    public static String Command_missingAction;
    public static String Command_unknownAction;
    public static String Command_wrongArguments;
    public static String Command_installed;
    public static String Command_removed;
    public static String Command_none;
    public static String Command_installedMark;
    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
