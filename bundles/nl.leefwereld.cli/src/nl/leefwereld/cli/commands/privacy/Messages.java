// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands.privacy;

import org.eclipse.osgi.util.NLS;

/** The messages of the privacy commands ({@code key}, {@code pseudo-export}, {@code pseudo-check}). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.cli.commands.privacy.messages"; //$NON-NLS-1$

    public static String Key_usage;
    public static String Key_unknownAction;
    public static String Key_created;
    public static String Key_fingerprint;
    public static String PseudoExport_usage;
    public static String PseudoExport_noKey;
    public static String PseudoExport_targetAndOut;
    public static String PseudoExport_sameFile;
    public static String PseudoExport_done;
    public static String PseudoExport_reportWritten;
    public static String PseudoExport_reportHeader;
    public static String PseudoExport_reportLine;
    public static String PseudoExport_reportEmpty;
    public static String PseudoExport_reportWarning;
    public static String Source_KNOWN;
    public static String Source_LIST;
    public static String Source_HEURISTIC;
    public static String Source_PATTERN;
    public static String PseudoCheck_usage;
    public static String PseudoCheck_oneFile;
    public static String PseudoCheck_oneTimeKey;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
