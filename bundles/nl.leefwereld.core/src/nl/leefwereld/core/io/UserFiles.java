// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.io.UserFileException.Problem;

/**
 * The one way to read a file a user names (transcripts, CSV, codebooks, letters, key files, name lists, mappings,
 * users files): only a regular file is read (a FIFO would block, a device like {@code /dev/zero} never ends), its
 * size is checked against the limit of its {@link Kind} before a byte is read, and no more than the limit is read even
 * when the size lies. Commands call {@link #check(Path, Kind)} before they open the database, so a refused file
 * never holds the database lock.
 * <p>
 * Limits can be changed per kind with the system property {@code leefwereld.maxBytes.<kind>} (e.g.
 * {@code -Dleefwereld.maxBytes.text=100000000}). Text is UTF-8 (a byte-order mark is skipped); there is no fallback
 * to another encoding: the message names the first line that is not UTF-8, so the user can save the file as UTF-8.
 * </p>
 */
public final class UserFiles {

    /** Kinds of user files, each with its own default size limit. */
    public enum Kind {
        /** Transcripts, letters, CSV, codebooks (XML): 50 MB. */
        TEXT(50L * 1024 * 1024),
        /** Zip archives such as QDPX projects: 200 MB. */
        ARCHIVE(200L * 1024 * 1024),
        /** Lists of names, users, mappings: 1 MB. */
        LIST(1024L * 1024),
        /** Key files: 4 KB. */
        KEY(4096);

        private final long defaultLimit;

        Kind(long defaultLimit) {
            this.defaultLimit = defaultLimit;
        }

        /** The limit in bytes: the system property {@code leefwereld.maxBytes.<kind>} or the default. */
        public long limit() {
            String value = System.getProperty("leefwereld.maxBytes." + name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
            if (value != null) {
                try {
                    long v = Long.parseLong(value.strip());
                    if (v > 0) {
                        return v;
                    }
                } catch (NumberFormatException e) {
                    // an invalid setting keeps the default
                }
            }
            return defaultLimit;
        }
    }

    private UserFiles() {
    }

    /**
     * Checks that the file exists, is a regular file (symbolic links are followed) and is not larger than the limit
     * of its kind; reads nothing.
     *
     * @return the file's size in bytes
     * @throws UserFileException with a localised message naming the file
     */
    public static long check(Path file, Kind kind) throws UserFileException {
        return check(file, kind.limit());
    }

    /** {@link #check(Path, Kind)} with an explicit limit in bytes. */
    public static long check(Path file, long maxBytes) throws UserFileException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new UserFileException(file, Problem.MISSING, 0, NLS.bind(Messages.UserFile_missing, file), e);
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e);
        }
        if (attributes.isDirectory()) {
            throw new UserFileException(file, Problem.NOT_REGULAR, 0, NLS.bind(Messages.UserFile_directory, file), null);
        }
        if (!attributes.isRegularFile()) {
            // a FIFO would block the reader (and the database lock with it), a device may never end
            throw new UserFileException(file, Problem.NOT_REGULAR, 0, NLS.bind(Messages.UserFile_notRegular, file), null);
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(file, attributes.size(), maxBytes);
        }
        return attributes.size();
    }

    /** The bytes of a checked file, never more than its limit. */
    public static byte[] readBytes(Path file, Kind kind) throws UserFileException {
        return readBytes(file, kind.limit());
    }

    /** {@link #readBytes(Path, Kind)} with an explicit limit in bytes. */
    public static byte[] readBytes(Path file, long maxBytes) throws UserFileException {
        check(file, maxBytes);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // read at most one byte past the limit: a file that grew after the check is still refused
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(file, bytes.length, maxBytes);
        }
        return bytes;
    }

    /** The UTF-8 text of a checked file (a byte-order mark is dropped); NUL bytes and invalid UTF-8 are refused. */
    public static String readText(Path file, Kind kind) throws UserFileException {
        return readText(file, kind.limit());
    }

    /** {@link #readText(Path, Kind)} with an explicit limit in bytes. */
    public static String readText(Path file, long maxBytes) throws UserFileException {
        return decodeUtf8(file, readBytes(file, maxBytes));
    }

    /**
     * Decodes bytes as strict UTF-8 (a leading byte-order mark is dropped).
     *
     * @param file the file the bytes came from, for the message
     * @throws UserFileException naming the file and the first line with a NUL byte or a byte that is not UTF-8
     */
    public static String decodeUtf8(Path file, byte[] bytes) throws UserFileException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int line = lineAt(bytes, start, i);
                throw new UserFileException(file, Problem.ENCODING, line,
                        NLS.bind(Messages.UserFile_binary, file, Integer.valueOf(line)), null);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = lineAt(bytes, start, in.position());
            throw new UserFileException(file, Problem.ENCODING, line,
                    NLS.bind(Messages.UserFile_notUtf8, file, Integer.valueOf(line)), null);
        }
        out.flip();
        return out.toString();
    }

    /**
     * Opens a checked file as a stream that fails with {@link UserFileException} (too large) once more than the
     * limit has been read, for readers that stream (zip archives, XML).
     */
    public static InputStream open(Path file, Kind kind) throws UserFileException {
        return open(file, kind.limit());
    }

    /** {@link #open(Path, Kind)} with an explicit limit in bytes. */
    public static InputStream open(Path file, long max) throws UserFileException {
        check(file, max);
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e);
        }
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(long n) throws UserFileException {
                read += n;
                if (read > max) {
                    throw tooLarge(file, read, max);
                }
            }
        };
    }

    private static UserFileException tooLarge(Path file, long size, long max) {
        return new UserFileException(file, Problem.TOO_LARGE, 0,
                NLS.bind(Messages.UserFile_tooLarge, new Object[] { file, size(size), size(max) }), null);
    }

    private static UserFileException unreadable(Path file, Exception e) {
        String reason = e instanceof AccessDeniedException ? Messages.UserFile_accessDenied
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new UserFileException(file, Problem.UNREADABLE, 0, NLS.bind(Messages.UserFile_unreadable, file, reason), e);
    }

    /** A size for people: bytes below 10 KB, else KB below 10 MB, else MB. */
    static String size(long bytes) {
        if (bytes < 10 * 1024) {
            return bytes + " B"; //$NON-NLS-1$
        }
        if (bytes < 10L * 1024 * 1024) {
            return bytes / 1024 + " KB"; //$NON-NLS-1$
        }
        return bytes / (1024 * 1024) + " MB"; //$NON-NLS-1$
    }

    private static int lineAt(byte[] bytes, int from, int offset) {
        int line = 1;
        for (int i = from; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
