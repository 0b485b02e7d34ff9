// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.blanco.commands;

import org.eclipse.osgi.util.NLS;

/** The names of the notebook's and the film's edits, as undo shows them. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.blanco.commands.messages"; //$NON-NLS-1$

    public static String Command_addNotes;
    public static String Command_toNightstand;
    public static String Command_bringBack;
    public static String Command_filmSuggestions;
    public static String Command_closer;
    public static String Command_farther;
    public static String Command_support;
    public static String Command_filmDelete;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
