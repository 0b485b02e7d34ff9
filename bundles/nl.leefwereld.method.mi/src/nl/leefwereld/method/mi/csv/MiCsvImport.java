// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.csv;

import java.nio.file.Path;

import nl.leefwereld.core.io.TranscriptImporter;
import nl.leefwereld.store.ConversationStore;

/**
 * Reads a coded CSV file and saves its conversations, all or nothing: nothing is saved when the file has any
 * problem, and all conversations are saved in one transaction (a failure or a crash halfway stores none).
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
        new TranscriptImporter(store).saveAll(result.conversations(), target);
        return result;
    }
}
