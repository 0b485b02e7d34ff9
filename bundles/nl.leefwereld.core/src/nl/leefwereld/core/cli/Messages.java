// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.cli;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.core.cli.messages"; //$NON-NLS-1$

    public static String CliArguments_missingValue;
    public static String CliArguments_unknownOption;
    public static String CliCommandRegistry_badName;
    public static String CliCommandRegistry_duplicate;
    public static String CliCommandRegistry_notACommand;
    public static String CliCommandRegistry_cannotCreate;
    public static String CliContext_unknownConversation;
    public static String BenchRegistry_badId;
    public static String BenchRegistry_notAContribution;
    public static String BenchRegistry_cannotCreate;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
