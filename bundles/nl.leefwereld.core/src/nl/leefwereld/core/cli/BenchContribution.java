// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rows a bundle adds to {@code leefwereld bench} (extension point {@code nl.leefwereld.core.benchRows}): the
 * command line cannot depend on method bundles, so a method times its own work here, each row with a reference
 * measured in the same run (ratios stay meaningful on a busy machine). A contribution creates its data in
 * {@link Context#folder()}, prints nothing and hands each {@link BenchRow} to the consumer as soon as it is measured.
 */
public interface BenchContribution {

    /**
     * Where and how big: {@code folder} is a new empty owner-only folder of this contribution (deleted after the
     * run); {@code full} asks for the sizes of issue #22 rather than the small ones (well under a minute);
     * {@code password} is the boot password to create encrypted databases with in the folder; {@code cli} runs a
     * command of {@code leefwereld} in this process, as the user would, on the embedded database of a folder
     * (opened with {@code password}), its output discarded, and returns its exit code.
     */
    record Context(Path folder, boolean full, char[] password, Cli cli) {
    }

    /** Runs a {@code leefwereld} command on a database folder; see {@link Context}. */
    @FunctionalInterface
    interface Cli {
        int run(Path database, List<String> arguments);
    }

    /** Measures this contribution's rows. */
    void run(Context context, Consumer<BenchRow> out) throws Exception;
}
