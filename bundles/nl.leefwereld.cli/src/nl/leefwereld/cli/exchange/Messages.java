// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.exchange;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.cli.exchange.messages"; //$NON-NLS-1$

    public static String Import_usage;
    public static String Import_titleOneFile;
    public static String Import_fileDone;
    public static String Import_fileFailed;
    public static String Import_warning;
    public static String Import_error;
    public static String Import_refused;
    public static String Import_summary;
    public static String Export_noSelection;
    public static String Export_needsOut;
    public static String Export_done;
    public static String Export_qdpxUsage;
    public static String Bench_usage;
    public static String Bench_badFiles;
    public static String Bench_notEmpty;
    public static String Bench_start;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
