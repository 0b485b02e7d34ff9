// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.internal.DatabaseVerification;

/**
 * The backup manifest, as a restore reads it, on any bytes beside a copy of two files: it is read or refused with an
 * {@link IOException} naming the manifest, never another exception; each file of the copy is either verified or
 * named in a problem (a manifest can hide no file).
 */
public final class BackupManifestFuzzer {

    private static final Path COPY;

    static {
        try {
            COPY = Files.createTempDirectory("leefwereld-fuzz-backup");
            Files.createDirectories(COPY.resolve("seg0"));
            Files.writeString(COPY.resolve("seg0/c10.dat"), "rij 1\nrij 2\n");
            Files.writeString(COPY.resolve("service.properties"), "derby.storage.pageSize=4096\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BackupManifestFuzzer() {
    }

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        Path manifestFile = COPY.resolve(ConversationStore.BACKUP_MANIFEST);
        Files.write(manifestFile, data);
        Properties manifest;
        try {
            manifest = DatabaseVerification.readManifest(COPY);
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains(manifestFile.toString())) {
                throw new IllegalStateException("message does not name the manifest: " + e.getMessage(), e);
            }
            return;
        }
        List<String> problems = new ArrayList<>();
        int verified = DatabaseVerification.verifyFiles(COPY, manifest, problems);
        if (verified < 0 || verified > 2) {
            throw new IllegalStateException(verified + " files verified of 2");
        }
        if (verified < 2 && problems.isEmpty()) {
            throw new IllegalStateException("a file was neither verified nor named in a problem");
        }
    }
}
