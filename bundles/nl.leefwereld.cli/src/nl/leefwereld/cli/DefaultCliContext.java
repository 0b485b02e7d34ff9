package nl.leefwereld.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import nl.leefwereld.core.cli.CliCommandDescriptor;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

/** The context of one command run: opens the embedded store on first use and closes it at the end. */
final class DefaultCliContext implements CliContext, AutoCloseable {

    private final Path databaseFolder;
    private final String format;
    private final PrintStream out;
    private final PrintStream err;
    private final List<CliCommandDescriptor> commands;
    private ConversationStore store;

    DefaultCliContext(Path databaseFolder, String format, PrintStream out, PrintStream err,
            List<CliCommandDescriptor> commands) {
        this.databaseFolder = databaseFolder;
        this.format = format;
        this.out = out;
        this.err = err;
        this.commands = commands;
    }

    @Override
    public ConversationStore store() {
        if (store == null) {
            store = Stores.openEmbedded(databaseFolder);
        }
        return store;
    }

    @Override
    public Path databaseFolder() {
        return databaseFolder;
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public PrintStream err() {
        return err;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public List<CliCommandDescriptor> commands() {
        return commands;
    }

    @Override
    public void close() {
        if (store != null) {
            ConversationStore s = store;
            store = null;
            s.close();
        }
    }
}
