// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

import nl.leefwereld.store.StoreOptions;

/**
 * Where the workbench gets the boot password of its encrypted database: the environment variable
 * {@value StoreOptions#PASSWORD_ENVIRONMENT_VARIABLE} (for automation), else Eclipse secure storage (on a Linux
 * desktop unlocked by the login keyring, so the user is asked only once), else the user.
 */
public final class DatabasePassword {

    private static final String NODE = "nl.leefwereld/databases/"; //$NON-NLS-1$
    private static final String KEY = "bootPassword"; //$NON-NLS-1$

    /** Preference (of this bundle) set once remembering failed: no secure storage on this computer. */
    static final String STORAGE_UNUSABLE = "secureStorageUnusable"; //$NON-NLS-1$

    private DatabasePassword() {
    }

    /**
     * Whether "remember" should be offered ticked: not once remembering failed on this computer (no keyring and no
     * secure storage), so the user is not told again at every start.
     */
    public static boolean rememberOffered() {
        return !preferences().getBoolean(STORAGE_UNUSABLE, false);
    }

    /**
     * Remembers the password in the default secure storage and notes whether that worked.
     *
     * @return why it could not be remembered, the first time only (to say once); {@code null} when remembered or
     *         when the user was already told
     */
    public static String rememberAndNote(Path folder, char[] password) {
        return rememberAndNote(SecurePreferencesFactory.getDefault(), preferences(), folder, password);
    }

    static String rememberAndNote(ISecurePreferences root, IEclipsePreferences preferences, Path folder, char[] password) {
        String problem = remember(root, folder, password);
        boolean toldBefore = preferences.getBoolean(STORAGE_UNUSABLE, false);
        if (problem == null) {
            preferences.remove(STORAGE_UNUSABLE);
        } else {
            preferences.putBoolean(STORAGE_UNUSABLE, true);
        }
        try {
            preferences.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            // only the reminder not to warn again is lost
        }
        return problem == null || toldBefore ? null : problem;
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode("nl.leefwereld.ui"); //$NON-NLS-1$
    }

    /** The password remembered for this database folder, or {@code null} (also when secure storage is unusable). */
    public static char[] remembered(Path folder) {
        try {
            ISecurePreferences node = node(folder, false);
            String value = node == null ? null : node.get(KEY, null);
            return value == null ? null : value.toCharArray();
        } catch (StorageException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Remembers the password for this database folder in secure storage (encrypted).
     *
     * @return {@code null} when remembered, else why not (e.g. no keyring and no secure storage password)
     */
    public static String remember(Path folder, char[] password) {
        return remember(SecurePreferencesFactory.getDefault(), folder, password);
    }

    private static String remember(ISecurePreferences root, Path folder, char[] password) {
        try {
            ISecurePreferences node = node(root, folder, true);
            if (node == null) {
                return Messages.Password_noSecureStorage;
            }
            node.put(KEY, new String(password), true);
            node.flush();
            return null;
        } catch (StorageException | java.io.IOException | RuntimeException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /** Forgets the remembered password of this database folder (after it turned out wrong, or on request). */
    public static void forget(Path folder) {
        try {
            ISecurePreferences node = node(folder, false);
            if (node != null) {
                node.removeNode();
                SecurePreferencesFactory.getDefault().flush();
            }
        } catch (java.io.IOException | RuntimeException e) {
            // nothing remembered that could be used anyway
        }
    }

    /** Whether a database already exists in this folder (so its password is asked, not chosen). */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve("service.properties")); //$NON-NLS-1$
    }

    private static ISecurePreferences node(Path folder, boolean create) {
        return node(SecurePreferencesFactory.getDefault(), folder, create);
    }

    private static ISecurePreferences node(ISecurePreferences root, Path folder, boolean create) {
        if (root == null) {
            return null;
        }
        String path = NODE + digest(folder.toAbsolutePath().normalize().toString());
        return create || root.nodeExists(path) ? root.node(path) : null;
    }

    /** The node name for a folder: its path hashed, so the folder's name is not spelled out in the storage. */
    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
