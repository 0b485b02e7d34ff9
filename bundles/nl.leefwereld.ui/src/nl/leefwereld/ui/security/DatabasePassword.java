// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

    private DatabasePassword() {
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
        try {
            ISecurePreferences node = node(folder, true);
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
        ISecurePreferences root = SecurePreferencesFactory.getDefault();
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
