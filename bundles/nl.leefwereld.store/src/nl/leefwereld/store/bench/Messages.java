// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.bench;

import org.eclipse.osgi.util.NLS;

/** Translated messages of the benchmark. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "nl.leefwereld.store.bench.messages"; //$NON-NLS-1$

    public static String Bench_usage;
    public static String Bench_header;
    public static String Bench_generated;
    public static String Bench_listCold;
    public static String Bench_list;
    public static String Bench_openCold;
    public static String Bench_open;
    public static String Bench_save;
    public static String Bench_wrongCount;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
