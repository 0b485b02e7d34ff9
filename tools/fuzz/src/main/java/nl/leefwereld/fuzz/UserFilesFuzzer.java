// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

import nl.leefwereld.core.io.UserFileException;
import nl.leefwereld.core.io.UserFiles;

/**
 * The safe reader of users' files, on any bytes in a real file with any limit: it returns text or throws only
 * {@link UserFileException} naming the file; text it returns is never longer than the limit allows; a file over the
 * limit is always refused.
 */
public final class UserFilesFuzzer {

    private static final Path FILE;

    static {
        try {
            FILE = Files.createTempFile("leefwereld-fuzz", ".txt");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UserFilesFuzzer() {
    }

    public static void fuzzerTestOneInput(FuzzedDataProvider data) throws IOException {
        long limit = data.consumeLong(1, 70_000);
        byte[] bytes = data.consumeRemainingAsBytes();
        Files.write(FILE, bytes);
        try {
            String text = UserFiles.readText(FILE, limit);
            if (bytes.length > limit) {
                throw new IllegalStateException("read " + bytes.length + " bytes over the limit " + limit);
            }
            if (text.length() > bytes.length) {
                throw new IllegalStateException("more characters than bytes");
            }
        } catch (UserFileException e) {
            if (e.getMessage() == null || !e.getMessage().contains(FILE.toString())) {
                throw new IllegalStateException("message does not name the file: " + e.getMessage(), e);
            }
        }
    }
}
