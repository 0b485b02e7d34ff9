// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.internal.format;

import java.io.IOException;
import java.io.OutputStream;

import nl.leefwereld.core.format.ConversationExporter;
import nl.leefwereld.core.io.JsonExporter;
import nl.leefwereld.model.Conversation;

/** {@link JsonExporter} as a contributed exporter. */
public class JsonFormat implements ConversationExporter {

    @Override
    public void write(Conversation conversation, OutputStream out) throws IOException {
        new JsonExporter().write(conversation, out);
    }
}
