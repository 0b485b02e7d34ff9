// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.cli;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.mi.cli.messages"; //$NON-NLS-1$

    public static String Mi_usage;
    public static String Mi_noSubcommand;
    public static String Mi_unknownSubcommand;
    public static String Mi_oneTarget;
    public static String Mi_benchmarks;
    public static String Mi_conversation;
    public static String Mi_allCoders;
    public static String Mi_counts;
    public static String Mi_ratings;
    public static String Mi_reportArgs;
    public static String Mi_noFolder;
    public static String Mi_reportWritten;
    public static String Mi_importArgs;
    public static String Mi_importAborted;
    public static String Mi_imported;
    public static String Mi_goalArgs;
    public static String Mi_goalNoTrajectory;
    public static String Mi_goalShown;
    public static String Mi_goalNone;
    public static String Mi_goalSet;
    public static String Mi_goalCleared;
    public static String Mi_goalUnchanged;

    public static String Mi_trainArgs;
    public static String Mi_modelArgs;
    public static String Mi_evaluateArgs;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
