// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.io.UserFileException;
import nl.leefwereld.core.io.UserFiles;

/**
 * Reads a text file a user hands in: a regular file within the limit, UTF-8 (with or without byte order mark) or
 * UTF-16 with a byte order mark. UTF-16 without one and Latin-1 are refused with a message naming the file and line.
 */
final class TextFiles {

    private TextFiles() {
    }

    static String read(Path file, long maxBytes) throws UserFileException {
        byte[] bytes = UserFiles.readBytes(file, maxBytes);
        Charset utf16 = null;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            utf16 = StandardCharsets.UTF_16BE;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            utf16 = StandardCharsets.UTF_16LE;
        }
        if (utf16 != null) {
            try {
                return utf16.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
            } catch (CharacterCodingException e) {
                throw new UserFileException(file, UserFileException.Problem.ENCODING, 0,
                        NLS.bind(Messages.Text_badUtf16, file), e);
            }
        }
        if (looksLikeUtf16WithoutMark(bytes)) {
            throw new UserFileException(file, UserFileException.Problem.ENCODING, 1,
                    NLS.bind(Messages.Text_utf16WithoutMark, file), null);
        }
        return UserFiles.decodeUtf8(file, bytes);
    }

    /** Every other byte NUL in the first kilobyte: UTF-16 text without byte order mark. */
    private static boolean looksLikeUtf16WithoutMark(byte[] bytes) {
        int n = Math.min(bytes.length, 1024) & ~1;
        if (n < 4) {
            return false;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        return evenNul > n / 4 || oddNul > n / 4;
    }
}
