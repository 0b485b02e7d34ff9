// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.help;

import org.eclipse.osgi.util.NLS;

public class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.ui.help.messages"; //$NON-NLS-1$
    public static String Help_missing;
    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
