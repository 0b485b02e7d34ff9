// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.codebook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.exchange.ExchangeFormatException;
import nl.leefwereld.core.exchange.SafeZip;
import nl.leefwereld.core.io.UserFileException;
import nl.leefwereld.core.io.UserFiles;
import nl.leefwereld.model.Codebook;

/**
 * Reads the codebook of a REFI-QDA project ({@code .qdpx}: a zip archive with {@code project.qde}, an XML document
 * in {@link QdcCodebooks#PROJECT_NAMESPACE}, and the sources). Only the {@code <CodeBook>} of the project is read,
 * with the same safe XML parser as {@link QdcCodebooks} (no DOCTYPE, no entities). Nothing is extracted to disk.
 * <p>
 * The archive is checked by {@link SafeZip} (as the project import does), on the bytes really inflated (not the
 * sizes the archive claims): at most {@value #MAX_ENTRIES} entries, {@value #MAX_TOTAL_MB} MB in all,
 * {@value #MAX_PROJECT_MB} MB an entry, a compression ratio of at most 100 above 1 MB, no DOCTYPE in an XML entry;
 * every entry name must be relative, without {@code ..}, drive letters, backslash-rooted paths or control
 * characters. Any violation rejects the whole archive with a {@link CodebookFormatException} naming the file and
 * entry. Stateless.
 * </p>
 */
public final class QdpxProjects {

    /** The usual file extension, without dot. */
    public static final String EXTENSION = "qdpx"; //$NON-NLS-1$
    /** The most entries an archive may have. */
    public static final int MAX_ENTRIES = 10_000;
    /** The most megabytes all entries together may inflate to. */
    public static final int MAX_TOTAL_MB = 1024;
    /** The most megabytes {@code project.qde} may inflate to. */
    public static final int MAX_PROJECT_MB = 50;
    private static final String PROJECT = "project.qde"; //$NON-NLS-1$
    private static final long MB = 1024L * 1024;

    private final long maxTotalBytes;
    private final long maxProjectBytes;
    private final int maxEntries;

    public QdpxProjects() {
        this(MAX_ENTRIES, MAX_TOTAL_MB * MB, MAX_PROJECT_MB * MB);
    }

    /** With other limits (for tests and fuzzing); {@code maxProjectBytes} is the limit of every entry. */
    public QdpxProjects(int maxEntries, long maxTotalBytes, long maxProjectBytes) {
        this.maxEntries = maxEntries;
        this.maxTotalBytes = maxTotalBytes;
        this.maxProjectBytes = maxProjectBytes;
    }

    /** Reads the codebook of a .qdpx file; its name is the file name without extension. */
    public Codebook read(Path file) throws IOException {
        String source = file.toString();
        Codebook codebook;
        try {
            UserFiles.check(file, UserFiles.Kind.ARCHIVE);
        } catch (UserFileException e) {
            throw new CodebookFormatException(e.getMessage(), source, -1, -1, e);
        }
        try (InputStream in = UserFiles.open(file, UserFiles.Kind.ARCHIVE)) {
            codebook = read(in, source);
        } catch (CodebookFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(NLS.bind(Messages.Qdc_unreadable, source, e.getMessage()), e);
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        codebook.setName(dot > 0 ? name.substring(0, dot) : name);
        return codebook;
    }

    /**
     * Reads the codebook of a .qdpx archive from a stream (not closed).
     *
     * @param source the file name used in error messages
     * @throws CodebookFormatException when the archive is not a safe REFI-QDA project or its codebook is not valid
     */
    public Codebook read(InputStream in, String source) throws IOException {
        Map<String, byte[]> kept;
        try {
            kept = SafeZip.check(in, source, new SafeZip.Limits(maxEntries, maxTotalBytes, maxProjectBytes, 100),
                    name -> PROJECT.equals(name.toLowerCase(Locale.ROOT)));
        } catch (ExchangeFormatException e) {
            throw new CodebookFormatException(e.getMessage(), source, -1, -1, e);
        }
        if (kept.isEmpty()) {
            throw fail(NLS.bind(Messages.Qdpx_noProject, source), source, null);
        }
        Map.Entry<String, byte[]> project = kept.entrySet().iterator().next();
        return new QdcCodebooks().readProject(new ByteArrayInputStream(project.getValue()),
                NLS.bind(Messages.Qdpx_entry, source, project.getKey()));
    }

    /** Relative, no {@code ..} segment, no drive letter, no control characters, not empty. */
    public static boolean safeName(String name) {
        if (name == null || name.isEmpty() || name.length() > 1024) {
            return false;
        }
        if (name.startsWith("/") || name.startsWith("\\") || (name.length() > 1 && name.charAt(1) == ':')) { //$NON-NLS-1$ //$NON-NLS-2$
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return false;
            }
        }
        for (String segment : name.split("[/\\\\]")) { //$NON-NLS-1$
            if (segment.equals("..")) { //$NON-NLS-1$
                return false;
            }
        }
        return true;
    }

    /** An entry name fit for a message: control characters escaped, at most 200 characters. */
    public static String printable(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().limit(200).forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04X", Integer.valueOf(c))); //$NON-NLS-1$
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static CodebookFormatException fail(String message, String source, Throwable cause) {
        return new CodebookFormatException(message, source, -1, -1, cause);
    }
}
