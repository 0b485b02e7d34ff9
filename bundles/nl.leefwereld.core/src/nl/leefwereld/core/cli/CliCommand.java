// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.cli;

import java.util.List;

/**
 * A subcommand of the {@code leefwereld} command line, contributed through the extension point
 * {@code nl.leefwereld.core.cliCommands}. Implementations run headless and keep no state between runs:
 * a new instance is created for every run.
 */
public interface CliCommand {

    /** Exit code: success. */
    int EXIT_OK = 0;
    /** Exit code: bad input or usage (unknown id, unreadable file, wrong options). */
    int EXIT_USAGE = 1;
    /** Exit code: the database is locked by another process or cannot be opened. */
    int EXIT_STORE_UNAVAILABLE = 2;

    /** The word that selects this command, e.g. {@code list}; equal to the {@code name} in plugin.xml. */
    String name();

    /** One line showing the arguments, e.g. {@code show <conversation-id>}. */
    String usage();

    /**
     * Runs the command.
     *
     * @param ctx  the open context: store (opened lazily), output streams and global options
     * @param args the words after the command name, global options removed
     * @return the exit code, one of the {@code EXIT_*} constants
     * @throws CliUsageException for bad input: the command line prints its message and the usage, exit code 1
     * @throws Exception anything else; a {@code StoreLockedException}/{@code StoreException} gives exit code 2
     */
    int run(CliContext ctx, List<String> args) throws Exception;
}
