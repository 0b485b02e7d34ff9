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

    /** Reads one small project first, so that loading the reader's (and EMF's) classes is not timed as an input. */
    public static void fuzzerInitialize() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("project.qde"));
            zip.write(("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><CodeBook><Codes>"
                    + "<Code guid=\"22222222-2222-2222-2222-222222222222\" name=\"Werk\" isCodable=\"true\"/></Codes></CodeBook></Project>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        fuzzerTestOneInput(bytes.toByteArray());
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
