// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leefwereld.testsupport.ui.UiTestSupport;

/**
 * Without secure storage the user is told once that the password cannot be remembered; after that "Onthouden" is
 * offered unticked and no warning comes at the next start. Real secure storage files, one without any password
 * provider (as on a computer without keyring) and one with a fixed master password.
 */
public class RememberPasswordTest {

    private IEclipsePreferences preferences;
    private Path temp;

    @BeforeEach
    void setUp() throws Exception {
        preferences = InstanceScope.INSTANCE.getNode("nl.leefwereld.ui.tests.remember"); //$NON-NLS-1$
        preferences.clear();
        temp = Files.createTempDirectory("remember"); //$NON-NLS-1$
    }

    @AfterEach
    void tearDown() throws Exception {
        preferences.removeNode();
        InstanceScope.INSTANCE.getNode("nl.leefwereld.ui").remove(DatabasePassword.STORAGE_UNUSABLE); //$NON-NLS-1$
    }

    @Test
    void withoutSecureStorageTheProblemIsToldOnceOnly() throws Exception {
        ISecurePreferences noKeyring = SecurePreferencesFactory.open(temp.resolve("none").toUri().toURL(), //$NON-NLS-1$
                Map.of(IProviderHints.REQUIRED_MODULE_ID, "nl.leefwereld.no.keyring", IProviderHints.PROMPT_USER, Boolean.FALSE)); //$NON-NLS-1$
        Path folder = temp.resolve("database"); //$NON-NLS-1$
        String first = DatabasePassword.rememberAndNote(noKeyring, preferences, folder, "geheim wachtwoord".toCharArray()); //$NON-NLS-1$
        assertNotNull(first, "the first start says why it is not remembered");
        assertTrue(preferences.getBoolean(DatabasePassword.STORAGE_UNUSABLE, false));
        assertNull(DatabasePassword.rememberAndNote(noKeyring, preferences, folder, "geheim wachtwoord".toCharArray()), //$NON-NLS-1$
                "the next start does not warn again");
    }

    @Test
    void rememberingThatWorksClearsTheNoteAndReadsBack() throws Exception {
        preferences.putBoolean(DatabasePassword.STORAGE_UNUSABLE, true);
        ISecurePreferences storage = SecurePreferencesFactory.open(temp.resolve("storage").toUri().toURL(), //$NON-NLS-1$
                Map.of(IProviderHints.DEFAULT_PASSWORD, new javax.crypto.spec.PBEKeySpec("meester".toCharArray()), //$NON-NLS-1$
                        IProviderHints.PROMPT_USER, Boolean.FALSE));
        Path folder = temp.resolve("database"); //$NON-NLS-1$
        assertNull(DatabasePassword.rememberAndNote(storage, preferences, folder, "geheim wachtwoord".toCharArray())); //$NON-NLS-1$
        assertFalse(preferences.getBoolean(DatabasePassword.STORAGE_UNUSABLE, false));
    }

    @Test
    void thePasswordDialogOffersRememberUntickedOnceStorageFailed() {
        var node = InstanceScope.INSTANCE.getNode("nl.leefwereld.ui"); //$NON-NLS-1$
        for (boolean unusable : new boolean[] { false, true }) {
            node.putBoolean(DatabasePassword.STORAGE_UNUSABLE, unusable);
            PasswordDialog dialog = new PasswordDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                    PasswordDialog.Mode.ENTER, null);
            dialog.setBlockOnOpen(false);
            dialog.open();
            try {
                Button remember = findCheck(dialog);
                assertEquals(!unusable, remember.getSelection(),
                        "Onthouden ticked unless storage failed before (failed: " + unusable + ")");
            } finally {
                dialog.close();
            }
        }
    }

    private static Button findCheck(PasswordDialog dialog) {
        return UiTestSupport.controls(dialog.getShell(), Button.class).stream().filter(b -> (b.getStyle() & SWT.CHECK) != 0)
                .findFirst().orElseThrow();
    }
}
