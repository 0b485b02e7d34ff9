// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.internal.format;

import java.nio.file.Path;

import nl.leefwereld.core.exchange.SubtitleParser;
import nl.leefwereld.core.format.ConversationImporter;

/** WebVTT subtitles ({@code .vtt}) as a contributed importer. */
public class VttFormat implements ConversationImporter {

    @Override
    public Result read(Path file) {
        return new SubtitleParser().parse(file, SubtitleParser.Kind.VTT);
    }
}
