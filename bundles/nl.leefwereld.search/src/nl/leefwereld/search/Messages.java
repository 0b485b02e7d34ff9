// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.search.messages"; //$NON-NLS-1$

    public static String SearchIndex_emptyQuery;
    public static String SearchIndex_badQuery;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
