// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.cli;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.stress.cli.messages"; //$NON-NLS-1$

    public static String Stress_usage;
    public static String Stress_evaluateHeader;
    public static String Stress_evaluateTotal;
    public static String Stress_evaluateKind;
    public static String Stress_evaluateFalseFlag;
    public static String Stress_evaluateMissed;
    public static String Stress_unknownSubcommand;
    public static String Stress_unknownClient;
    public static String Stress_unknownConversation;
    public static String Stress_letterHeader;
    public static String Stress_flagLine;
    public static String Stress_flagAlternative;
    public static String Stress_readabilityHeader;
    public static String Stress_readabilitySentences;
    public static String Stress_readabilityLongWords;
    public static String Stress_readabilityFlesch;
    public static String Stress_trajectoryHeader;
    public static String Stress_trajectoryLine;
    public static String Stress_trajectorySignals;
    public static String Stress_trajectoryDomains;
    public static String Stress_trajectoryDomainCounts;
    public static String Stress_welcomeHeader;
    public static String Stress_stepLine;
    public static String Stress_stepDone;
    public static String Stress_stepMissing;
    public static String Stress_stepOutOfOrder;
    public static String Stress_stepUtterance;
    public static String Stress_openingLine;
    public static String Stress_openingSystem;
    public static String Stress_openingConnection;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
