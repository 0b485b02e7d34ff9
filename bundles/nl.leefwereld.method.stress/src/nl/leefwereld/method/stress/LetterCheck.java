// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.io.UserFileException;
import nl.leefwereld.core.io.UserFiles;

/**
 * Checks a letter or other text for stress-adding language and readability, and reads such a text from a file:
 * UTF-8 (with or without byte order mark) only, with a clear message naming the file and line for anything else.
 */
public final class LetterCheck {

    /** Larger files are not letters. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    /** The flags and figures of a text. */
    public record Report(String text, List<StressLanguage.Flag> flags, Readability readability) {
    }

    /** A file that cannot be read as a letter; the message names the file (and line) and the problem. */
    public static final class LetterException extends Exception {
        private static final long serialVersionUID = 1L;

        public LetterException(String message) {
            super(message);
        }
    }

    private LetterCheck() {
    }

    public static Report check(String text) {
        return new Report(text, StressLanguage.defaults().check(text), Readability.ofLetter(text));
    }

    /** Reads a UTF-8 text file. */
    public static String read(Path file) throws LetterException {
        byte[] bytes;
        try {
            // only a regular file, its size checked before reading: a FIFO or /dev/zero is refused
            bytes = UserFiles.readBytes(file, MAX_BYTES);
        } catch (UserFileException e) {
            throw new LetterException(e.getMessage());
        }
        return decode(bytes, file.toString());
    }

    /** Decodes bytes as UTF-8 text, or says why not. */
    public static String decode(byte[] bytes, String name) throws LetterException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new LetterException(NLS.bind(Messages.Letter_utf16, name));
        }
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new LetterException(NLS.bind(Messages.Letter_binary, name, Integer.valueOf(lineAt(bytes, offset, i))));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            throw new LetterException(NLS.bind(Messages.Letter_notUtf8, new Object[] { name, Integer.valueOf(lineAt(bytes, offset, at)),
                    String.format("0x%02X", Integer.valueOf(bytes[at] & 0xFF)) })); //$NON-NLS-1$
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new LetterException(e.getMessage());
        }
        out.flip();
        String text = out.toString();
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (controls > 0 && controls * 20 > text.length()) {
            throw new LetterException(NLS.bind(Messages.Letter_binary, name, Integer.valueOf(1)));
        }
        return text.replace("\r\n", "\n").replace('\r', '\n'); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static int lineAt(byte[] bytes, int from, int at) {
        int line = 1;
        for (int i = from; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

}
