// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.format;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.core.format.messages"; //$NON-NLS-1$

    public static String FormatRegistry_noId;
    public static String FormatRegistry_duplicate;
    public static String FormatRegistry_wrongType;
    public static String FormatRegistry_cannotCreate;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
