// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.internal.format;

import java.nio.file.Path;

import nl.leefwereld.core.exchange.DocxTranscripts;
import nl.leefwereld.core.format.ConversationImporter;

/** Word transcripts ({@code .docx}) as a contributed importer. */
public class DocxFormat implements ConversationImporter {

    @Override
    public Result read(Path file) {
        return new DocxTranscripts().read(file);
    }
}
