package nl.leefwereld.store;

import org.eclipse.osgi.util.NLS;

/** Translated messages of the store. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "nl.leefwereld.store.messages"; //$NON-NLS-1$

    public static String Store_locked;
    public static String Store_notADatabase;
    public static String Store_notAFolder;
    public static String Store_cannotOpen;
    public static String Store_engineMissing;
    public static String Store_newerSchema;
    public static String Store_migrationFailed;
    public static String Store_closed;
    public static String Store_readFailed;
    public static String Store_saveClientFailed;
    public static String Store_saveConversationFailed;
    public static String Store_deleteFailed;
    public static String Store_noTrajectory;
    public static String Store_noClient;
    public static String Store_valueTooLong;
    public static String Store_danglingReference;
    public static String Store_duplicateId;
    public static String Store_extensionNotLoaded;
    public static String Store_extensionReferenceLost;
    public static String Store_extensionNotSaved;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
