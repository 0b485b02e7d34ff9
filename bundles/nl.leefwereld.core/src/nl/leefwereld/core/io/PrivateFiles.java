package nl.leefwereld.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files that hold personal data (reports that list real names) readable by the owner only: the file is
 * created with mode 0600 before a byte is written, through a temporary file and a move, so no other user can read
 * it even for a moment and a failed write leaves nothing behind.
 */
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /** Writes UTF-8 text to the file (replacing it), owner-only where the file system has POSIX permissions. */
    public static void writeString(Path file, CharSequence text) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix"); //$NON-NLS-1$
        Path temp = posix
                ? Files.createTempFile(folder, target.getFileName().toString(), ".tmp", //$NON-NLS-1$
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))) //$NON-NLS-1$
                : Files.createTempFile(folder, target.getFileName().toString(), ".tmp"); //$NON-NLS-1$
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
