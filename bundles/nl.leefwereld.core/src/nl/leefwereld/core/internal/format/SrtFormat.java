// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.internal.format;

import java.nio.file.Path;

import nl.leefwereld.core.exchange.SubtitleParser;
import nl.leefwereld.core.format.ConversationImporter;

/** SubRip subtitles ({@code .srt}) as a contributed importer. */
public class SrtFormat implements ConversationImporter {

    @Override
    public Result read(Path file) {
        return new SubtitleParser().parse(file, SubtitleParser.Kind.SRT);
    }
}
