// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.security;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import nl.leefwereld.store.AuditCheck;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.ui.Formats;

/**
 * Tells the workbench's user, once after a database is opened, that the check of its audit chain at open
 * ({@link ConversationStore#auditCheckAtOpen()}, made by the store) found the chain broken, naming the first broken
 * event as the command line does. The data stays usable; the privacy officer investigates with
 * {@code leefwereld audit verify}.
 */
public final class AuditWarning {

    private AuditWarning() {
    }

    /** The warning for this store in the user's language, or null when its chain is intact or was not checked. */
    public static String message(ConversationStore store) {
        AuditCheck check = store.auditCheckAtOpen();
        if (check == null || check.intact()) {
            return null;
        }
        return NLS.bind(Messages.Audit_brokenAtOpen, new Object[] { store.location(),
                check.brokenEventId() == null ? "-" : check.brokenEventId().toString(), //$NON-NLS-1$
                check.brokenTime() == null ? "-" : Formats.dateTime(check.brokenTime()), check.problem() }); //$NON-NLS-1$
    }

    /**
     * Shows the warning without blocking (the workbench goes on behind it) when this store's chain is broken. Call in
     * the UI thread, once per opened store.
     *
     * @return the open dialog, or null when there is nothing to warn about
     */
    public static MessageDialog show(Shell parent, ConversationStore store) {
        String message = message(store);
        if (message == null) {
            return null;
        }
        MessageDialog dialog = new MessageDialog(parent, Messages.Audit_brokenTitle, null, message,
                MessageDialog.WARNING, 0, IDialogConstants.OK_LABEL);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }
}
