// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.privacy;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.store.AuditAction;

public class Messages extends NLS {
    private static final String BUNDLE_NAME = "nl.leefwereld.ui.privacy.messages"; //$NON-NLS-1$
    public static String Detail_client;
    public static String Detail_conversation;
    public static String Detail_trajectory;
    public static String Detail_retention;
    public static String Audit_columnTime;
    public static String Audit_columnUser;
    public static String Audit_columnAction;
    public static String Audit_columnClient;
    public static String Audit_columnObject;
    public static String Audit_columnDetail;
    public static String Audit_all;
    public static String Audit_ofClient;
    public static String Audit_showAll;
    public static String Audit_refresh;
    public static String Audit_export;
    public static String Audit_exportChoose;
    public static String Audit_exported;
    public static String Audit_exportFailed;
    public static String Audit_title;
    public static String Action_OPEN;
    public static String Action_CHANGE;
    public static String Action_EXPORT;
    public static String Action_DELETE;
    public static String Action_ERASE;
    public static String Action_RETENTION;
    public static String Action_BACKUP;
    public static String Action_RESTORE;
    public static String Action_ENCRYPT;
    public static String Action_PASSWORD;
    public static String Action_OTHER;
    public static String Retention_title;
    public static String Retention_periods;
    public static String Retention_columnKind;
    public static String Retention_columnMonths;
    public static String Retention_kind;
    public static String Retention_months;
    public static String Retention_set;
    public static String Retention_remove;
    public static String Retention_hint;
    public static String Retention_everyOtherKind;
    public static String Retention_noKind;
    public static String Retention_notANumber;
    public static String Retention_negative;
    public static String Retention_changed;
    public static String Retention_removed;
    public static String Retention_due;
    public static String Retention_nothingDue;
    public static String Retention_columnClient;
    public static String Retention_columnTrajectory;
    public static String Retention_columnLastActivity;
    public static String Retention_columnDueSince;
    public static String Retention_columnConversations;
    public static String Retention_apply;
    public static String Retention_confirmTitle;
    public static String Retention_confirm;
    public static String Retention_delete;
    public static String Retention_cancel;
    public static String Retention_applied;
    public static String Retention_failed;
    public static String Retention_refresh;
    public static String Privacy_notOpen;
    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** The translated name of an audit action; an unknown action (of a later version) as stored. */
    /**
     * The detail of an audit event in the reader's language: the store writes fixed English words ("client",
     * "conversation", "trajectory", the retention's "kind ..., N months, last activity ...") that stay so in the
     * database and the CSV export; anything else (file names, formats) is shown as written.
     */
    public static String detailLabel(String detail) {
        if (detail == null) {
            return ""; //$NON-NLS-1$
        }
        java.util.regex.Matcher retention = java.util.regex.Pattern
                .compile("kind (.*), (\\d+) months, last activity (.*)").matcher(detail); //$NON-NLS-1$
        if (retention.matches()) {
            return org.eclipse.osgi.util.NLS.bind(Detail_retention, new Object[] { retention.group(1), retention.group(2),
                    retention.group(3) });
        }
        return switch (detail) {
            case "client" -> Detail_client; //$NON-NLS-1$
            case "conversation" -> Detail_conversation; //$NON-NLS-1$
            case "trajectory" -> Detail_trajectory; //$NON-NLS-1$
            default -> detail;
        };
    }

    public static String actionLabel(String action) {
        AuditAction known;
        try {
            known = AuditAction.valueOf(action);
        } catch (IllegalArgumentException | NullPointerException e) {
            return action == null ? "" : action; //$NON-NLS-1$
        }
        return switch (known) {
            case OPEN -> Action_OPEN;
            case CHANGE -> Action_CHANGE;
            case EXPORT -> Action_EXPORT;
            case DELETE -> Action_DELETE;
            case ERASE -> Action_ERASE;
            case RETENTION -> Action_RETENTION;
            case BACKUP -> Action_BACKUP;
            case RESTORE -> Action_RESTORE;
            case ENCRYPT -> Action_ENCRYPT;
            case PASSWORD -> Action_PASSWORD;
            case OTHER -> Action_OTHER;
        };
    }
}
