// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;

import nl.leefwereld.core.io.UserFileException;
import nl.leefwereld.core.io.UserFiles;

/** Reading CSV files for this method: size limit, strict UTF-8 (with or without BOM), comma or semicolon. */
final class CsvFiles {

    /** Largest file read: 200 MB. */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    private CsvFiles() {
    }

    /** The text of a file, or a {@link DataFileException} naming the file (and the line of a bad byte). */
    static String read(Path file) throws DataFileException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            // only a regular file, its size checked before reading: a FIFO or /dev/zero is refused
            bytes = UserFiles.readBytes(file, MAX_BYTES);
        } catch (UserFileException e) {
            throw new DataFileException(e.getMessage());
        }
        return decode(bytes, name);
    }

    static String decode(byte[] bytes, String name) throws DataFileException {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            // find the line of the first bad byte
            int line = 1;
            int bad = offset;
            CharsetDecoder probe = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
            int start = offset;
            for (int i = offset; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n') {
                    try {
                        probe.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                    } catch (CharacterCodingException x) {
                        bad = start;
                        break;
                    }
                    line++;
                    start = i + 1;
                }
            }
            if (bad < 0) {
                line = 1;
            }
            throw new DataFileException(Messages.bind(Messages.Csv_encoding, name, Integer.valueOf(line)));
        }
    }

    /** Comma or semicolon, whichever the first line has more of (Dutch spreadsheets write semicolons). */
    static CSVFormat format(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(ch -> ch == ',').count();
        long semicolons = first.chars().filter(ch -> ch == ';').count();
        return CSVFormat.RFC4180.builder().setDelimiter(semicolons > commas ? ';' : ',').setTrim(true)
                .setIgnoreEmptyLines(true).get();
    }
}
