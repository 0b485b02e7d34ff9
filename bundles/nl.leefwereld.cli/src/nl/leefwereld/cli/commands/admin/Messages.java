// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.commands.admin;

import org.eclipse.osgi.util.NLS;

/** Messages of the administration commands (db, audit, backup, restore, retention). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.cli.commands.admin.messages"; //$NON-NLS-1$

    public static String Admin_usage;
    public static String Admin_noServer;
    public static String Admin_initialised;
    public static String Admin_badRole;
    public static String Admin_userAdded;
    public static String Admin_userRemoved;
    public static String Admin_noSuchUser;
    public static String Admin_unknownClient;
    public static String Admin_caseload;
    public static String Admin_noPassword;
    public static String Admin_passwordPrompt;
    public static String Admin_noNewUserPassword;
    public static String Admin_newUserPrompt;
    public static String Admin_passwordsDiffer;
    public static String Password_prompt;
    public static String Password_promptNew;
    public static String Password_promptRepeat;
    public static String Password_mismatch;
    public static String Password_noNewPassword;
    public static String Password_noPassword;
    public static String Password_emptyFile;
    public static String Password_unreadableFile;
    public static String Db_usage;
    public static String Db_noAction;
    public static String Db_unknownAction;
    public static String Db_encrypted;
    public static String Db_notEncrypted;
    public static String Db_encryptDone;
    public static String Db_passwordChanged;
    public static String Audit_usage;
    public static String Audit_keyWritten;
    public static String Audit_keyExists;
    public static String Audit_keyNeedsOut;
    public static String Audit_broken;
    public static String Audit_intactKeyed;
    public static String Audit_intact;
    public static String Audit_empty;
    public static String Audit_line;
    public static String Backup_usage;
    public static String Backup_noFolder;
    public static String Backup_done;
    public static String Restore_usage;
    public static String Restore_twoFolders;
    public static String Restore_done;
    public static String Retention_usage;
    public static String Retention_badDate;
    public static String Retention_badSet;
    public static String Retention_noPeriods;
    public static String Retention_period;
    public static String Retention_nothingDue;
    public static String Retention_due;
    public static String Retention_deleted;
    public static String Retention_item;
    public static String Retention_hintApply;

    public static String Erase_usage;
    public static String Erase_noClient;
    public static String Erase_unknownClient;
    public static String Erase_confirmNeeded;
    public static String Erase_confirm;
    public static String Erase_cancelled;
    public static String Erase_done;
    public static String Erase_compressed;
    public static String Erase_audit;
    public static String Erase_backupsEncrypted;
    public static String Erase_backupsPlain;
    public static String Plain_warning;
    public static String Plain_warningPasswordIgnored;
    public static String Plain_creating;
    public static String Plain_noPasswordForNew;
    public static String Password_creating;
    public static String Db_checkOk;
    public static String Db_checkFailed;
    public static String Db_rows;
    public static String Restore_verified;
    public static String Restore_noManifest;
    public static String Restore_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
