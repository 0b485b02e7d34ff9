// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.leefwereld.core.exchange.DocxTranscripts;
import nl.leefwereld.core.format.ConversationImporter;

/**
 * The Word transcript reader ({@code DocxTranscripts}: the archive checks, then Apache POI) on any bytes in a real
 * file never throws: it gives a conversation, and errors and warnings that name the file; every utterance has a
 * speaker and text.
 */
public final class DocxFuzzer {

    private static final Path FILE;

    static {
        try {
            FILE = Files.createTempFile("leefwereld-fuzz", ".docx");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DocxFuzzer() {
    }

    /**
     * Reads one small Word document before fuzzing, so that loading and instrumenting POI's classes (seconds on a busy
     * machine) is not counted against the first input's time limit.
     */
    public static void fuzzerInitialize() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            part(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType="
                    + "\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            part(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                    + " Target=\"word/document.xml\"/></Relationships>");
            part(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>Anna: Hoe gaat het?</w:t></w:r></w:p></w:body></w:document>");
        }
        fuzzerTestOneInput(bytes.toByteArray());
    }

    private static void part(java.util.zip.ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        Files.write(FILE, data);
        ConversationImporter.Result r = new DocxTranscripts().read(FILE);
        if (r.conversation() == null) {
            throw new IllegalStateException("no conversation");
        }
        for (String m : r.problems()) {
            if (m == null || !m.contains(FILE.toString())) {
                throw new IllegalStateException("an error without the file name: " + m);
            }
        }
        for (String m : r.warnings()) {
            if (m == null || !m.contains(FILE.toString())) {
                throw new IllegalStateException("a warning without the file name: " + m);
            }
        }
        r.conversation().getUtterances().forEach(u -> {
            if (u.getSpeaker() == null || u.getText() == null) {
                throw new IllegalStateException("an utterance without speaker or text");
            }
        });
    }
}
