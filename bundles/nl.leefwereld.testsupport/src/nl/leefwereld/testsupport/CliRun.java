// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.leefwereld.cli.CliMain;

/** One in-process run of the command line on the database in {@code <dir>/db}: exit code, stdout and stderr. */
public record CliRun(int code, String out, String err) {

    /** A run on test data: a new database may be created unencrypted ({@code --unencrypted}). */
    public static CliRun of(Path dir, String... args) {
        List<String> all = new ArrayList<>(List.of("--unencrypted"));
        all.addAll(List.of(args));
        return encryptedByDefault(dir, all.toArray(String[]::new));
    }

    /** A run as a user starts it: without {@code --unencrypted}, so a new database must be encrypted. */
    public static CliRun encryptedByDefault(Path dir, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("db").toString()));
        all.addAll(List.of(args));
        return withArguments(all.toArray(String[]::new));
    }

    /** A run with exactly these arguments (no {@code --db} added). */
    public static CliRun withArguments(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = CliMain.run(args, o, e);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
