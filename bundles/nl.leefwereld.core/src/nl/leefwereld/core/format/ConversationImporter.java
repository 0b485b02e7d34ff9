// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.format;

import java.nio.file.Path;
import java.util.List;

import nl.leefwereld.model.Conversation;

/**
 * Reads a file of some format into a new, unsaved conversation; contributed through
 * {@code nl.leefwereld.core.importers}. A new instance is created for every use; implementations are headless.
 */
public interface ConversationImporter {

    /**
     * The outcome of reading a file.
     *
     * @param conversation what could be read (never {@code null}; may be partial when there are problems)
     * @param problems     errors: what could not be read, localised, each naming the file and line where possible;
     *                     the caller saves nothing when there are problems unless the user decides otherwise
     * @param warnings     what was repaired while reading (a malformed time dropped, a speaker's role guessed),
     *                     localised, naming file and line; the conversation can be saved
     */
    record Result(Conversation conversation, List<String> problems, List<String> warnings) {
        public Result {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }

        /** A result without warnings. */
        public Result(Conversation conversation, List<String> problems) {
            this(conversation, problems, List.of());
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /** Reads the file; never throws for bad content (that is a problem in the result). */
    Result read(Path file);
}
