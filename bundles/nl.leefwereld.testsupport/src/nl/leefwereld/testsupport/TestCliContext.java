// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliCommandDescriptor;
import nl.leefwereld.core.cli.CliContext;
import nl.leefwereld.store.ConversationStore;

/** A command-line context over a real store that keeps what a command prints, to run one command directly. */
public record TestCliContext(ConversationStore store, Path databaseFolder, String format, PrintStream out,
        PrintStream err, ByteArrayOutputStream outBytes, ByteArrayOutputStream errBytes) implements CliContext {

    /** A context on {@code store} (may be null for a command that must not open it) with this output format. */
    public static TestCliContext of(ConversationStore store, Path folder, String format) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        return new TestCliContext(store, folder, format, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), outBytes, errBytes);
    }

    @Override
    public List<CliCommandDescriptor> commands() {
        return new ArrayList<>();
    }

    /** What the command printed on stdout. */
    public String output() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    /** What the command printed on stderr. */
    public String errors() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    public int run(CliCommand command, String... args) throws Exception {
        return command.run(this, List.of(args));
    }
}
