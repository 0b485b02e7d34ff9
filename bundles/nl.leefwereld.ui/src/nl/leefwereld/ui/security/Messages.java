// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.security;

import org.eclipse.osgi.util.NLS;

public class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.ui.security.messages"; //$NON-NLS-1$
    public static String Password_title;
    public static String Password_chooseTitle;
    public static String Password_chooseMessage;
    public static String Password_enterTitle;
    public static String Password_enterMessage;
    public static String Password_changeTitle;
    public static String Password_changeMessage;
    public static String Password_old;
    public static String Password_password;
    public static String Password_new;
    public static String Password_repeat;
    public static String Password_remember;
    public static String Password_tooShort;
    public static String Password_different;
    public static String Password_encryptExisting;
    public static String Password_plainDespiteEnvironment;
    public static String Password_encrypting;
    public static String Password_notRemembered;
    public static String Password_noSecureStorage;
    public static String Password_changed;
    public static String Password_changeFailed;
    public static String Password_saveFirst;
    public static String Team_title;
    public static String Team_heading;
    public static String Team_message;
    public static String Team_url;
    public static String Team_user;
    public static String Team_password;
    public static String Team_remember;
    public static String Team_connect;
    public static String Team_badPrefix;
    public static String Team_badServerForm;
    public static String Team_badSslMode;
    public static String Team_noUser;
    public static String Team_plain;
    public static String Team_encrypted;
    public static String Team_verified;
    public static String Team_connecting;
    public static String Team_windowTitle;
    public static String Team_derbyRemoved;
    public static String Audit_brokenTitle;
    public static String Audit_brokenAtOpen;
    public static String Backup_title;
    public static String Backup_choose;
    public static String Backup_running;
    public static String Backup_done;
    public static String Backup_failed;
    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
