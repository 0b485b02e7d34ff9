// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one way the product creates files and folders: readable by their owner only (files 0600, folders 0700),
 * because they may hold client data (databases, backups, exports, reports, keys, the audit log as CSV). On a file
 * system without POSIX permissions (Windows) the defaults of the user's profile folder apply.
 */
public final class OwnerOnlyFiles {

    /** rw------- */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------"); //$NON-NLS-1$
    /** rwx------ */
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------"); //$NON-NLS-1$

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix"); //$NON-NLS-1$

    private OwnerOnlyFiles() {
    }

    /**
     * Creates the folder and its missing parents, each new one owner-only (existing folders are left as they are:
     * they may be the user's own, shared ones). Returns the folder.
     */
    public static Path createDirectories(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        List<Path> missing = new ArrayList<>();
        for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            if (POSIX) {
                Files.createDirectory(p, PosixFilePermissions.asFileAttribute(FOLDER));
                Files.setPosixFilePermissions(p, FOLDER); // the umask may have taken bits away, never added
            } else {
                Files.createDirectory(p);
            }
        }
        return folder;
    }

    /**
     * Creates the parent folders (owner-only) and the file itself owner-only before anything is written to it (an
     * existing file is made owner-only). Returns the options to write with: {@code CREATE_NEW} is honoured here.
     */
    private static OpenOption[] prepare(Path file, OpenOption... options) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        boolean createNew = Arrays.asList(options).contains(StandardOpenOption.CREATE_NEW);
        if (!POSIX) {
            return options;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            Files.setPosixFilePermissions(file, FILE);
        } catch (FileAlreadyExistsException e) {
            if (createNew) {
                throw e;
            }
            Files.setPosixFilePermissions(file, FILE);
        }
        return Arrays.stream(options).filter(o -> o != StandardOpenOption.CREATE_NEW).toArray(OpenOption[]::new);
    }

    /** Like {@link Files#newOutputStream}, the file owner-only (also when it existed). */
    public static OutputStream newOutputStream(Path file, OpenOption... options) throws IOException {
        return Files.newOutputStream(file, prepare(file, options));
    }

    /** Like {@link Files#newBufferedWriter(Path, Charset, OpenOption...)}, the file owner-only. */
    public static Writer newBufferedWriter(Path file, Charset charset, OpenOption... options) throws IOException {
        return Files.newBufferedWriter(file, charset, prepare(file, options));
    }

    /** Like {@link Files#write(Path, byte[], OpenOption...)}, the file owner-only. */
    public static Path write(Path file, byte[] bytes, OpenOption... options) throws IOException {
        return Files.write(file, bytes, prepare(file, options));
    }

    /** Like {@link Files#writeString(Path, CharSequence, Charset, OpenOption...)}, the file owner-only. */
    public static Path writeString(Path file, CharSequence text, Charset charset, OpenOption... options)
            throws IOException {
        return Files.writeString(file, text, charset, prepare(file, options));
    }

    /**
     * Makes a folder tree the product created (a database, a backup copy) owner-only: folders 0700, files 0600.
     * Derby creates its files itself; this closes what it left open.
     */
    public static void restrictTree(Path root) throws IOException {
        if (!POSIX || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                Files.setPosixFilePermissions(p, Files.isDirectory(p) ? FOLDER : FILE);
            }
        }
    }
}
