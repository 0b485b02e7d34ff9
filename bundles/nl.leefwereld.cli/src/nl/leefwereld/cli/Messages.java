// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.cli.messages"; //$NON-NLS-1$

    public static String CliMain_missingValue;
    public static String CliMain_badFormat;
    public static String CliMain_unknownGlobalOption;
    public static String CliMain_error;
    public static String CliMain_usage;
    public static String CliMain_noCommand;
    public static String CliMain_unknownCommand;
    public static String CliMain_available;
    public static String CliMain_commandError;
    public static String CliMain_commandUsage;
    public static String CliMain_storeLocked;
    public static String CliMain_storeUnavailable;
    public static String CliMain_serverNeedsUser;
    public static String CliMain_serverPassword;
    public static String CliMain_serverNoPassword;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
