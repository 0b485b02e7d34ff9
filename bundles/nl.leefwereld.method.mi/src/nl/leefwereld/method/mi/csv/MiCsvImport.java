// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.leefwereld.core.io.TranscriptImporter;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.ConversationStore;

/**
 * Reads a coded CSV file and saves its conversations, all or nothing: nothing is saved when the file has any
 * problem, and when saving one conversation fails the ones saved before are deleted again.
 */
public final class MiCsvImport {

    private final ConversationStore store;

    public MiCsvImport(ConversationStore store) {
        this.store = store;
    }

    /**
     * @param mapping the mapping file, or {@code null} for the one next to the CSV (or the default columns)
     * @return the read result; its conversations are saved only when it has no problems
     * @throws CsvImportException when the mapping file is wrong
     * @throws IllegalArgumentException when the target names an unknown client or trajectory
     */
    public CsvTranscriptReader.Result importFile(Path csv, Path mapping, TranscriptImporter.Target target)
            throws CsvImportException {
        Path m = mapping != null ? mapping : CsvMapping.besides(csv);
        CsvMapping map = m == null ? CsvMapping.defaults() : CsvMapping.read(m);
        CsvTranscriptReader.Result result = new CsvTranscriptReader().read(csv, map);
        if (result.hasProblems()) {
            return result;
        }
        TranscriptImporter importer = new TranscriptImporter(store);
        List<Conversation> saved = new ArrayList<>();
        try {
            for (Conversation c : result.conversations()) {
                saved.add(importer.save(c, target));
            }
        } catch (RuntimeException e) {
            for (Conversation c : saved) {
                try {
                    store.deleteConversation(c.getId());
                } catch (RuntimeException ignored) {
                    e.addSuppressed(ignored);
                }
            }
            throw e;
        }
        return result;
    }
}
