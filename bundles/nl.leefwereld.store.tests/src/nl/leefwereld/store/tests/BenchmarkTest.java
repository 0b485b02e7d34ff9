// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.store.bench.StoreBenchmark;

/** The benchmark command works (on a small scale; the figures come from running it, not from this test). */
class BenchmarkTest {

    @TempDir
    Path temp;

    @Test
    void benchmarkRunsAndPrintsItsFigures() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StoreBenchmark.run(temp, new PrintStream(bytes, true, StandardCharsets.UTF_8), 20, 100, 2);
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(7, output.lines().count(), output);
        assertTrue(output.contains(temp.resolve("database").toString()), output);
    }
}
