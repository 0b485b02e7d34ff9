// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.tests;

import nl.leefwereld.testsupport.ui.UiTestSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static nl.leefwereld.testsupport.ui.UiTestSupport.openStore;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import nl.leefwereld.store.Stores;
import nl.leefwereld.ui.WorkbenchStore;
import nl.leefwereld.ui.security.PasswordDialog;

/** The workbench's database is encrypted, and the password dialog refuses short or mistyped passwords. */
class SecurityTest {

    @Test
    void theWorkbenchOpensItsDatabaseEncrypted() {
        // This test run gives LEEFWERELD_DB_PASSWORD (see build.properties), as an administrator's script would.
        WorkbenchStore store = openStore();
        assertTrue(Stores.isEncrypted(store.folder()), "database in " + store.folder() + " is encrypted");
    }

    @Test
    void choosingAPasswordNeedsEightCharactersTypedTwiceAlike() {
        PasswordDialog dialog = new PasswordDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                PasswordDialog.Mode.CHOOSE, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            List<Text> fields = passwordFields(dialog.getShell());
            assertEquals(2, fields.size(), "password and repeat");
            Button ok = okButton(dialog);
            assertFalse(ok.isEnabled());

            fields.get(0).setText("kort");
            fields.get(1).setText("kort");
            UiTestSupport.processEvents();
            assertFalse(ok.isEnabled());
            assertNotNull(dialog.getErrorMessage(), "says the password is too short");

            fields.get(0).setText("lang genoeg wachtwoord");
            fields.get(1).setText("lang genoeg wachtwoort");
            UiTestSupport.processEvents();
            assertFalse(ok.isEnabled());
            assertEquals(nl.leefwereld.ui.security.Messages.Password_different, dialog.getErrorMessage());

            fields.get(1).setText("lang genoeg wachtwoord");
            UiTestSupport.processEvents();
            assertTrue(ok.isEnabled());
            assertNull(dialog.getErrorMessage());
        } finally {
            dialog.close();
        }
    }

    private static Button okButton(PasswordDialog dialog) {
        for (Button b : UiTestSupport.controls(dialog.getShell(), Button.class)) {
            if (b.getData() instanceof Integer id && id.intValue() == IDialogConstants.OK_ID) {
                return b;
            }
        }
        throw new AssertionError("no OK button");
    }

    private static List<Text> passwordFields(Composite root) {
        return UiTestSupport.controls(root, Text.class).stream().filter(t -> (t.getStyle() & SWT.PASSWORD) != 0)
                .toList();
    }
}
