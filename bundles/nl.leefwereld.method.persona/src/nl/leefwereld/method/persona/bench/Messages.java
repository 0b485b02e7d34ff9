// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.bench;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.persona.bench.messages"; //$NON-NLS-1$

    public static String Bench_read;
    public static String Bench_build;
    public static String Bench_cli;
    public static String Bench_cliFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
