package nl.leefwereld.method.blanco.commands;

import org.eclipse.osgi.util.NLS;

/** The names of the notebook's edits, as undo shows them. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.method.blanco.commands.messages"; //$NON-NLS-1$

    public static String Command_addNotes;
    public static String Command_toNightstand;
    public static String Command_bringBack;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
