// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import nl.leefwereld.core.codebook.CodebookFormatException;
import nl.leefwereld.core.codebook.QdpxProjects;

/** The .qdpx reader throws only {@link CodebookFormatException} (naming the file) on any archive. */
public final class QdpxProjectFuzzer {

    private QdpxProjectFuzzer() {
    }

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        try {
            new QdpxProjects(1000, 16L * 1024 * 1024, 8L * 1024 * 1024).read(new ByteArrayInputStream(data), "fuzz.qdpx");
        } catch (CodebookFormatException e) {
            if (e.getMessage() == null || !e.getMessage().contains("fuzz.qdpx")) {
                throw new IllegalStateException("error without file name: " + e.getMessage(), e);
            }
        }
    }
}
