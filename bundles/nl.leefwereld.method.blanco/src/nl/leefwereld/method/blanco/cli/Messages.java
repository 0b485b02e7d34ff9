// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.cli;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.blanco.cli.messages"; //$NON-NLS-1$

    public static String Blanco_usage;
    public static String Blanco_unknownSubcommand;
    public static String Blanco_unknownClient;
    public static String Blanco_notStored;
    public static String Blanco_checkLine;
    public static String Blanco_checkSummary;
    public static String Blanco_judgment;
    public static String Blanco_fact;
    public static String Blanco_notUtf8;
    public static String Blanco_evaluateHeader;
    public static String Blanco_evaluateLine;
    public static String Blanco_evaluateMiss;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
