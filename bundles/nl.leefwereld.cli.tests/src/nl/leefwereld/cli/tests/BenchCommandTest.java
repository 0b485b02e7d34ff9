// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.testsupport.CliRun;

/**
 * {@code leefwereld bench} runs at the small scale and prints every row with a figure and a ratio; it leaves the
 * user's database alone; the rows a method contributes (the persona method's, {@code nl.leefwereld.core.benchRows})
 * come after the store's. (The figures are the run's, not this test's: no timing is asserted.)
 */
public class BenchCommandTest {

    @TempDir
    Path temp;

    @Test
    public void benchPrintsEveryRowWithItsRatio() {
        CliRun r = CliRun.of(temp, "--format", "json", "bench", "--scale", "small");
        assertEquals(0, r.code(), r.err());
        for (String row : List.of("transcript_import", "import", "generate", "save_edit", "list", "open",
                "open_database", "attributes_save", "attributes_list",
                // contributed through nl.leefwereld.core.benchRows by the persona method
                "persona_read", "persona_build", "persona_cli")) {
            assertTrue(r.out().contains("\"row\": \"" + row + "\""), row + " in " + r.out());
        }
        assertEquals(11, r.out().split("\"ratio\": [0-9]", -1).length - 1, "a ratio on every row but opening: " + r.out());
        assertFalse(Files.exists(temp.resolve("db")), "the user's database is not created");
    }

    @Test
    public void benchIsListedByHelpAndRefusesAnUnknownScale() {
        assertTrue(CliRun.of(temp, "help").out().contains("bench"));
        CliRun r = CliRun.of(temp, "bench", "--scale", "huge");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("huge"), r.err());
    }
}
