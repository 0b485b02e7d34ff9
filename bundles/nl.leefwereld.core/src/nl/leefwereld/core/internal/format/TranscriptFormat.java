// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.internal.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import nl.leefwereld.core.format.ConversationExporter;
import nl.leefwereld.core.format.ConversationImporter;
import nl.leefwereld.core.io.TranscriptParseResult;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.core.io.TranscriptProblem;
import nl.leefwereld.core.io.TranscriptWriter;
import nl.leefwereld.model.Conversation;

/** The plain-text transcript ({@code Naam: tekst}) as a contributed importer and exporter. */
public class TranscriptFormat implements ConversationImporter, ConversationExporter {

    @Override
    public Result read(Path file) {
        TranscriptParseResult parse = new TranscriptParser().parse(file);
        return new Result(parse.conversation(),
                parse.errors().stream().map(TranscriptProblem::message).map(m -> file + ": " + m).toList(), //$NON-NLS-1$
                parse.warnings().stream().map(TranscriptProblem::message).map(m -> file + ": " + m).toList()); //$NON-NLS-1$
    }

    @Override
    public void write(Conversation conversation, OutputStream out) throws IOException {
        out.write(new TranscriptWriter().write(conversation).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
