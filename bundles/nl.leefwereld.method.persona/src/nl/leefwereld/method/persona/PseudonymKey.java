// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nl.leefwereld.core.io.UserFiles;
import nl.leefwereld.model.Client;
import nl.leefwereld.store.OwnerOnlyFiles;

/**
 * How a client is named in analysis output: its pseudonym, or, when it has none, a keyed hash (HMAC-SHA256) of
 * its id, so output never shows a display name or an internal id. The key is kept in a file of its own beside the
 * database (never in an export): whoever has the output but not the key cannot link it back to a client.
 */
public final class PseudonymKey {

    /** The file name of the key beside the database folder. */
    public static final String FILE_NAME = "persona-hmac.key"; //$NON-NLS-1$

    private final byte[] key;

    public PseudonymKey(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("a key of at least 16 bytes is needed"); //$NON-NLS-1$
        }
        this.key = key.clone();
    }

    /** A fresh random key (for one run; output keys then differ between runs). */
    public static PseudonymKey random() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return new PseudonymKey(k);
    }

    /**
     * The key in {@code file}, created (random, readable by the owner only where the file system allows) when it
     * does not exist.
     */
    public static PseudonymKey loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            byte[] hex = UserFiles.readBytes(file, UserFiles.Kind.KEY);
            return new PseudonymKey(HexFormat.of().parseHex(new String(hex, StandardCharsets.US_ASCII).strip()));
        }
        PseudonymKey k = random();
        OwnerOnlyFiles.writeString(file, HexFormat.of().formatHex(k.key), StandardCharsets.US_ASCII,
                StandardOpenOption.CREATE_NEW);
        return k;
    }

    /** The key file that belongs to a database folder: beside it, not inside it. */
    public static Path fileFor(Path databaseFolder) {
        Path abs = databaseFolder.toAbsolutePath();
        Path parent = abs.getParent();
        return (parent == null ? abs : parent).resolve(FILE_NAME);
    }

    /** The name of the client in analysis output: pseudonym, else {@code hmac:} and 16 hex digits. */
    public String keyOf(Client client) {
        String p = client.getPseudonym();
        if (p != null && !p.isBlank()) {
            return p.strip();
        }
        return hmac(String.valueOf(client.getId()));
    }

    /** {@code hmac:} and the first 16 hex digits of HMAC-SHA256(key, value). */
    public String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256"); //$NON-NLS-1$
            mac.init(new SecretKeySpec(key, "HmacSHA256")); //$NON-NLS-1$
            byte[] h = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return "hmac:" + HexFormat.of().formatHex(h, 0, 8); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
