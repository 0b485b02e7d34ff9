// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.format.ConversationImporter;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ModelFactory;

/**
 * The CSV importer of the {@code importers} extension point: one coded transcript per file, mapped by
 * {@code <name>.mapping.properties} (or {@code mapping.properties}) next to the file, or by the default column
 * names. A file with several transcripts is a problem here; {@code leefwereld mi import} imports those.
 */
public class MiCsvImporter implements ConversationImporter {

    @Override
    public Result read(Path file) {
        CsvMapping mapping;
        try {
            Path m = CsvMapping.besides(file);
            mapping = m == null ? CsvMapping.defaults() : CsvMapping.read(m);
        } catch (CsvImportException e) {
            return new Result(empty(), List.of(e.getMessage()));
        }
        CsvTranscriptReader.Result r = new CsvTranscriptReader().read(file, mapping);
        List<String> problems = new ArrayList<>(r.problems());
        if (!r.hasProblems() && r.conversations().size() > 1) {
            problems.add(NLS.bind(Messages.Csv_severalTranscripts, file, Integer.valueOf(r.conversations().size())));
        }
        return new Result(r.conversations().isEmpty() ? empty() : r.conversations().get(0), problems, r.warnings());
    }

    private static Conversation empty() {
        return ModelFactory.eINSTANCE.createConversation();
    }
}
