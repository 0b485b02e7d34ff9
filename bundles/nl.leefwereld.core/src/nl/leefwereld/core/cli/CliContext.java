package nl.leefwereld.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import nl.leefwereld.store.ConversationStore;

/** What a {@link CliCommand} gets from the command line. */
public interface CliContext {

    /** The database, opened on the first call (and closed by the command line after the command). */
    ConversationStore store();

    /** The database folder given with {@code --db} or the default {@code <workspace>/database}. */
    Path databaseFolder();

    PrintStream out();

    PrintStream err();

    /** The value of {@code --format}, or {@code null} when not given. */
    String format();

    /** The value of {@code --format}, or {@code fallback} when not given. */
    default String format(String fallback) {
        String f = format();
        return f == null ? fallback : f;
    }

    /** All contributed commands, sorted by name (for {@code help}). */
    List<CliCommandDescriptor> commands();
}
