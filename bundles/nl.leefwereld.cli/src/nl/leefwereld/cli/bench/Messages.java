// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.bench;

import org.eclipse.osgi.util.NLS;

/** Messages of {@code leefwereld bench}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "nl.leefwereld.cli.bench.messages"; //$NON-NLS-1$

    public static String Bench_usage;
    public static String Bench_unexpected;
    public static String Bench_badScale;
    public static String Bench_header;
    public static String Bench_row;
    public static String Bench_reference;
    public static String Bench_noReference;
    public static String Bench_wrongCount;
    public static String Bench_transcriptImport;
    public static String Bench_import;
    public static String Bench_generate;
    public static String Bench_saveEdit;
    public static String Bench_list;
    public static String Bench_open;
    public static String Bench_openDatabase;
    public static String Bench_attributesSave;
    public static String Bench_attributesList;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
