// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.io.UserFileException;
import nl.leefwereld.core.io.UserFiles;
import nl.leefwereld.store.OwnerOnlyFiles;

/**
 * A secret key for keyed pseudonyms (HMAC-SHA256). The key lives in its own file, apart from any export: whoever
 * holds it can recompute the pseudonym of a known id or name, whoever lacks it cannot. The same key gives the same
 * pseudonym for the same input in every export; another key gives other pseudonyms.
 * <p>
 * File format (UTF-8 text): lines starting with {@code #} are comments; the first other line is the key in
 * Base64 (at least 32 bytes). {@link #create(Path)} writes 32 random bytes from {@link SecureRandom}, readable by
 * the owner only where the file system supports POSIX permissions, and never overwrites an existing file.
 * </p>
 * Immutable; {@link #toString()} does not show the key.
 */
public final class PseudonymKey {

    /** The minimum key length in bytes. */
    public static final int MIN_BYTES = 32;
    /** Key files larger than this are not key files. */
    private static final long MAX_FILE_BYTES = 4096;
    private static final String ALGORITHM = "HmacSHA256"; //$NON-NLS-1$

    private final byte[] key;

    private PseudonymKey(byte[] key) {
        this.key = key.clone();
    }

    /** A key of the given bytes (at least {@link #MIN_BYTES}); for tests and for keys kept elsewhere. */
    public static PseudonymKey of(byte[] key) {
        if (key == null || key.length < MIN_BYTES) {
            throw new IllegalArgumentException(NLS.bind(Messages.Key_tooShort, Integer.valueOf(MIN_BYTES)));
        }
        return new PseudonymKey(key);
    }

    /** A new random key (not saved). */
    public static PseudonymKey random() {
        byte[] bytes = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new PseudonymKey(bytes);
    }

    /**
     * Creates a new key file with a new random key.
     *
     * @throws IOException with a localised message naming the file when it exists already or cannot be written
     */
    public static PseudonymKey create(Path file) throws IOException {
        PseudonymKey k = random();
        String text = Messages.Key_fileComment + '\n' + Base64.getEncoder().encodeToString(k.key) + '\n';
        Path target = file.toAbsolutePath();
        try {
            OwnerOnlyFiles.write(target, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(NLS.bind(Messages.Key_exists, target), e);
        } catch (IOException e) {
            throw new IOException(NLS.bind(Messages.Key_cannotWrite, target, e.getMessage()), e);
        }
        return k;
    }

    /**
     * Reads a key file.
     *
     * @throws IOException with a localised message naming the file when it is missing, too large or holds no valid key
     */
    public static PseudonymKey load(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        byte[] bytes;
        try {
            bytes = UserFiles.readBytes(target, MAX_FILE_BYTES);
        } catch (UserFileException e) {
            throw switch (e.problem()) {
                case MISSING -> new IOException(NLS.bind(Messages.Key_missing, target), e);
                case TOO_LARGE -> new IOException(NLS.bind(Messages.Key_invalid, target), e);
                default -> e;
            };
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        for (String line : text.split("\r\n|\r|\n")) { //$NON-NLS-1$
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            try {
                byte[] key = Base64.getDecoder().decode(l);
                if (key.length >= MIN_BYTES) {
                    return new PseudonymKey(key);
                }
            } catch (IllegalArgumentException e) {
                // not Base64: reported below
            }
            break;
        }
        throw new IOException(NLS.bind(Messages.Key_invalid, target));
    }

    /** HMAC-SHA256 of the UTF-8 bytes of {@code domain + U+0000 + value}. */
    public byte[] hmac(String domain, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            mac.update(domain.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first {@code hexChars} lower-case hex digits of {@link #hmac(String, String)}. */
    public String hex(String domain, String value, int hexChars) {
        return HexFormat.of().formatHex(hmac(domain, value)).substring(0, Math.min(64, hexChars));
    }

    /** A short public fingerprint of the key (not the key): which key made an export, without revealing it. */
    public String fingerprint() {
        return hex("leefwereld-key-fingerprint", "", 16).toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A copy of the key bytes (for tests that check the key never leaks). */
    public byte[] bytes() {
        return key.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PseudonymKey k && Arrays.equals(key, k.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "PseudonymKey[" + fingerprint() + ']'; //$NON-NLS-1$
    }
}
