// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.example;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.example.messages"; //$NON-NLS-1$

    public static String OpenQuestion_reason;
    public static String OpenQuestion_summary;
    public static String OpenQuestion_summaryReason;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
