// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.commands;

import org.eclipse.osgi.util.NLS;

/** The names of the stress check's edits, as undo shows them. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.stress.commands.messages"; //$NON-NLS-1$

    public static String Command_record;
    public static String Command_clientScore;
    public static String Command_observation;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
