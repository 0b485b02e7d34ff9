// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.format;

import java.io.IOException;
import java.io.OutputStream;

import nl.leefwereld.model.Conversation;

/**
 * Writes a conversation in some format; contributed through {@code nl.leefwereld.core.exporters}. A new instance
 * is created for every use; implementations are headless.
 */
public interface ConversationExporter {

    /** Writes the fully loaded conversation to the stream (flushed, not closed). */
    void write(Conversation conversation, OutputStream out) throws IOException;
}
