// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.leefwereld.core.exchange.ExchangeFormatException;
import nl.leefwereld.core.exchange.QdpxReader;
import nl.leefwereld.model.Conversation;

/**
 * The REFI-QDA project reader ({@code QdpxReader}: archive checks, project.qde, sources, codings, notes, cases, the
 * codebook) on any bytes in a real file: it reads a project or throws only {@link ExchangeFormatException} naming the
 * file; every warning names the file; every conversation has its utterances' speakers and every annotation an
 * utterance of its own conversation.
 */
public final class QdpxReaderFuzzer {

    private static final Path FILE;

    static {
        try {
            FILE = Files.createTempFile("leefwereld-fuzz", ".qdpx");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private QdpxReaderFuzzer() {
    }

    /**
     * Reads one small project before fuzzing, so that loading and instrumenting the reader's classes (seconds on a
     * busy machine) is not counted against the first input's time limit.
     */
    public static void fuzzerInitialize() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("project.qde"));
            zip.write(("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><CodeBook><Codes>"
                    + "<Code guid=\"22222222-2222-2222-2222-222222222222\" name=\"Werk\" isCodable=\"true\"/></Codes></CodeBook>"
                    + "<Sources><TextSource guid=\"44444444-4444-4444-4444-444444444444\" name=\"i\">"
                    + "<PlainTextContent>Anna: Hoe gaat het?\nBram: Goed.</PlainTextContent>"
                    + "<PlainTextSelection guid=\"55555555-5555-5555-5555-555555555555\" startPosition=\"0\" endPosition=\"5\">"
                    + "<Coding guid=\"66666666-6666-6666-6666-666666666666\"><CodeRef targetGUID=\"22222222-2222-2222-2222-222222222222\"/>"
                    + "</Coding></PlainTextSelection></TextSource></Sources></Project>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        fuzzerTestOneInput(bytes.toByteArray());
    }

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        Files.write(FILE, data);
        QdpxReader.Project project;
        try {
            project = new QdpxReader().read(FILE);
        } catch (ExchangeFormatException e) {
            if (e.getMessage() == null || !e.getMessage().contains(FILE.toString())) {
                throw new IllegalStateException("error without the file name: " + e.getMessage(), e);
            }
            return;
        }
        for (String w : project.warnings()) {
            if (w == null || !w.contains(FILE.toString())) {
                throw new IllegalStateException("a warning without the file name: " + w);
            }
        }
        for (Conversation c : project.conversations()) {
            c.getUtterances().forEach(u -> {
                if (u.getSpeaker() == null || u.getText() == null) {
                    throw new IllegalStateException("an utterance without speaker or text");
                }
            });
            c.getAnnotations().forEach(a -> {
                if (a.getUtterance() == null || !c.getUtterances().contains(a.getUtterance())) {
                    throw new IllegalStateException("an annotation outside its conversation");
                }
                int from = a.getSpanStart();
                int to = a.getSpanEnd();
                // a negative start: no span, the whole utterance
                if (from >= 0 && (to < from || to > a.getUtterance().getText().length())) {
                    throw new IllegalStateException("a span outside its utterance: " + from + "-" + to);
                }
            });
        }
        project.codebook().values().forEach(list -> list.forEach(e -> {
            if (e.codeId() == null) {
                throw new IllegalStateException("a codebook entry without id");
            }
        }));
    }
}
