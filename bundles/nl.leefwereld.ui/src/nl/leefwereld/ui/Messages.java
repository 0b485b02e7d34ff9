// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui;

import org.eclipse.osgi.util.NLS;

public class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.ui.messages"; //$NON-NLS-1$
    public static String Application_title;
    public static String Application_openingDatabase;
    public static String Application_databaseLocked;
    public static String Application_databaseError;
    public static String Application_databaseProblem;
    public static String Application_offerDemo;
    public static String Application_creatingDemo;
    public static String Menu_file;
    public static String Menu_edit;
    public static String Menu_help;
    public static String Action_save;
    public static String Action_quit;
    public static String Action_undo;
    public static String Action_redo;
    public static String Action_delete;
    public static String Action_about;
    public static String Menu_window;
    public static String Menu_showView;
    public static String Menu_openPerspective;
    public static String Action_otherView;
    public static String Action_otherPerspective;
    public static String Action_resetPerspective;
    public static String Action_quickAccess;
    public static String Action_preferences;
    public static String Action_keyAssist;
    public static String Action_helpContents;
    public static String Views_general;
    public static String Editors_notReopened;
    public static String WorkbenchStore_notRunning;
    public static String WorkbenchStore_notOpen;
    public static String WorkbenchStore_checkingAudit;
    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
