// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.exchange;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.codebook.QdpxProjects;
import nl.leefwereld.core.io.UserFileException;
import nl.leefwereld.core.io.UserFiles;

/**
 * Checks a zip archive (DOCX, QDPX) before anything reads it, on the bytes really inflated, not the sizes the
 * archive claims: the number of entries, each entry's and the total inflated size, the compression ratio of every
 * entry (a zip bomb inflates a thousandfold), safe entry names (no absolute path, {@code ..}, drive letter or
 * control character: zip slip) and no DOCTYPE in any XML part (XXE, entity expansion). Nothing is extracted to disk.
 * The entries the caller asks for are returned in memory (the first of a name). Used by the DOCX and REFI-QDA
 * readers here and by {@link QdpxProjects} (codebooks).
 */
public final class SafeZip {

    /** The limits of one kind of archive. */
    public record Limits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxRatio) {
    }

    /** DOCX: 2,000 parts, 200 MB inflated, 50 MB a part, ratio 100. */
    public static final Limits DOCX = new Limits(2_000, 200L << 20, 50L << 20, 100);
    /** QDPX: as {@link QdpxProjects}: 10,000 entries, 1 GB inflated, 50 MB a part; ratio 100. */
    public static final Limits QDPX = new Limits(QdpxProjects.MAX_ENTRIES, (long) QdpxProjects.MAX_TOTAL_MB << 20,
            (long) QdpxProjects.MAX_PROJECT_MB << 20, 100);

    /** Ratios are only checked above this inflated size (small XML parts compress well). */
    private static final long RATIO_FLOOR = 1L << 20;
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

    private SafeZip() {
    }

    /**
     * Checks the archive and returns the inflated bytes of the entries {@code keep} accepts (by name), in archive
     * order. Only a regular file is opened.
     *
     * @throws ExchangeFormatException naming the file (and entry) when a limit is broken or it is not a zip archive
     */
    public static Map<String, byte[]> check(Path file, Limits limits, Predicate<String> keep) throws IOException {
        try {
            UserFiles.check(file, UserFiles.Kind.ARCHIVE);
        } catch (UserFileException e) {
            throw new ExchangeFormatException(e.getMessage(), e);
        }
        Map<String, byte[]> kept = new LinkedHashMap<>();
        String source = file.toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw new ExchangeFormatException(NLS.bind(Messages.Zip_tooManyEntries, source, Integer.valueOf(limits.maxEntries())));
            }
            long[] total = { 0 };
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long compressed = Math.max(1, entry.getCompressedSize());
                try (InputStream in = entry.isDirectory() ? InputStream.nullInputStream() : zip.getInputStream(entry)) {
                    entry(entry, in, () -> compressed, source, limits, keep, total, kept);
                }
            }
        } catch (ExchangeFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw notZip(source, e);
        }
        return kept;
    }

    /**
     * Checks an archive read from a stream (not closed) as {@link #check(Path, Limits, Predicate)} does; the entries
     * are those the stream holds one after the other (local headers), the compressed size of each is what it took
     * from the stream.
     *
     * @param source the file name for messages
     */
    public static Map<String, byte[]> check(InputStream stream, String source, Limits limits, Predicate<String> keep)
            throws IOException {
        Map<String, byte[]> kept = new LinkedHashMap<>();
        long[] raw = { 0 };
        InputStream counting = new FilterInputStream(stream) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                raw[0] += b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                raw[0] += Math.max(0, n);
                return n;
            }

            @Override
            public void close() {
                // the caller closes
            }
        };
        try (ZipInputStream zip = new ZipInputStream(counting)) {
            long[] total = { 0 };
            int count = 0;
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++count > limits.maxEntries()) {
                    throw new ExchangeFormatException(NLS.bind(Messages.Zip_tooManyEntries, source, Integer.valueOf(limits.maxEntries())));
                }
                long before = raw[0];
                entry(entry, zip, () -> Math.max(1, raw[0] - before), source, limits, keep, total, kept);
            }
        } catch (ExchangeFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw notZip(source, e);
        }
        return kept;
    }

    /** Reads one entry to its end, checking its name, size, ratio and DOCTYPE; keeps it when asked. */
    private static void entry(ZipEntry entry, InputStream in, LongSupplier compressed, String source, Limits limits,
            Predicate<String> keep, long[] total, Map<String, byte[]> kept) throws IOException {
        String name = entry.getName();
        if (!QdpxProjects.safeName(name)) {
            throw new ExchangeFormatException(NLS.bind(Messages.Zip_badName, source, QdpxProjects.printable(name)));
        }
        if (entry.isDirectory()) {
            return;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean xml = lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".qde"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        boolean keepIt = keep.test(name) && !kept.containsKey(name);
        ByteArrayOutputStream out = keepIt || xml ? new ByteArrayOutputStream() : null;
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            size += n;
            total[0] += n;
            if (size > limits.maxEntryBytes()) {
                throw new ExchangeFormatException(NLS.bind(Messages.Zip_entryTooLarge, new Object[] { source,
                        QdpxProjects.printable(name), Long.valueOf(limits.maxEntryBytes() >> 20) }));
            }
            if (total[0] > limits.maxTotalBytes()) {
                throw new ExchangeFormatException(NLS.bind(Messages.Zip_tooLarge, source,
                        Long.valueOf(limits.maxTotalBytes() >> 20)));
            }
            if (size > RATIO_FLOOR && size / compressed.getAsLong() > limits.maxRatio()) {
                throw new ExchangeFormatException(NLS.bind(Messages.Zip_bomb, new Object[] { source,
                        QdpxProjects.printable(name), Integer.valueOf(limits.maxRatio()) }));
            }
            if (out != null) {
                out.write(buffer, 0, n);
            }
        }
        if (out != null) {
            byte[] bytes = out.toByteArray();
            if (xml && indexOfIgnoreCase(bytes, DOCTYPE) >= 0) {
                throw new ExchangeFormatException(NLS.bind(Messages.Zip_doctype, source, QdpxProjects.printable(name)));
            }
            if (keepIt) {
                kept.put(name, bytes);
            }
        }
    }

    private static ExchangeFormatException notZip(String source, Exception e) {
        // ZipException, truncated data, or a malformed entry name (IllegalArgumentException from the UTF-8 decoder)
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ExchangeFormatException(NLS.bind(Messages.Zip_notZip, source, reason), e);
    }

    private static int indexOfIgnoreCase(byte[] bytes, byte[] what) {
        outer: for (int i = 0; i + what.length <= bytes.length; i++) {
            for (int j = 0; j < what.length; j++) {
                byte b = bytes[i + j];
                if (b >= 'a' && b <= 'z') {
                    b -= 32;
                }
                if (b != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
