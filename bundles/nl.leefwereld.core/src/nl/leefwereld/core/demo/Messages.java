// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.demo;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.core.demo.messages"; //$NON-NLS-1$

    public static String DemoData_missing;
    public static String DemoData_problems;
    public static String DemoData_missingHeader;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
