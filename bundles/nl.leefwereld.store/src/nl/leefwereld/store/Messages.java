// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

import org.eclipse.osgi.util.NLS;

/** Translated messages of the store. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "nl.leefwereld.store.messages"; //$NON-NLS-1$

    public static String Store_valueTooLongField;
    public static String Store_notAServerUrl;
    public static String Organisation_badName;
    public static String Organisation_failed;
    public static String Store_serverBackup;
    public static String Store_serverTlsUntrusted;
    public static String Store_serverTlsNotOffered;
    public static String Store_serverSchemaBehind;
    public static String Audit_noChain;
    public static String Audit_keyBeyond;
    public static String Audit_notChained;
    public static String Audit_gap;
    public static String Audit_outOfPlace;
    public static String Audit_linkBroken;
    public static String Audit_macBroken;
    public static String Audit_detailChanged;
    public static String Audit_anonymisedWithoutErasure;
    public static String Audit_backdated;
    public static String Audit_endRemoved;
    public static String Audit_headChanged;
    public static String Audit_notAKey;
    public static String Audit_brokenAtOpen;
    public static String Store_residueFailed;
    public static String Store_restoreRefused;
    public static String Verify_tableInconsistent;
    public static String Verify_fileMissing;
    public static String Verify_fileSize;
    public static String Verify_fileChecksum;
    public static String Verify_fileUnlisted;
    public static String Verify_rowCount;
    public static String Verify_manifestTooLarge;
    public static String Verify_manifestMalformed;
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
    public static String Store_moveFailed;
    public static String Store_unknownConversation;
    public static String Store_unknownTrajectory;
    public static String Store_noTrajectory;
    public static String Store_noClient;
    public static String Store_valueTooLong;
    public static String Store_danglingReference;
    public static String Store_duplicateId;
    public static String Store_extensionNotLoaded;
    public static String Store_extensionReferenceLost;
    public static String Store_extensionNotSaved;
    public static String Store_wrongPassword;
    public static String Store_passwordNeeded;
    public static String Store_passwordTooShort;
    public static String Store_noDatabase;
    public static String Store_alreadyEncrypted;
    public static String Store_notEncrypted;
    public static String Store_noBackup;
    public static String Store_restoreTargetNotEmpty;
    public static String Store_backupFailed;
    public static String Store_auditFailed;
    public static String Store_auditAppendOnly;
    public static String Store_retentionFailed;
    public static String Store_codebookFailed;
    public static String Store_organisationObjectFailed;
    public static String Store_conflict;
    public static String Store_derbyServerRemoved;
    public static String Store_authenticationFailed;
    public static String Store_serverUnreachable;
    public static String Store_teamDatabase;
    public static String Store_noUsers;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
