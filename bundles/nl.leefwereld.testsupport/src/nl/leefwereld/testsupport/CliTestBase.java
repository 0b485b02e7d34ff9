// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.testsupport;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** A test of the command line: a fresh folder per test, with the database in {@code <dir>/db}. */
public abstract class CliTestBase {

    @TempDir
    protected Path dir;

    /** One in-process run on test data (a new database may be created unencrypted). */
    protected CliRun run(String... args) {
        return CliRun.of(dir, args);
    }
}
