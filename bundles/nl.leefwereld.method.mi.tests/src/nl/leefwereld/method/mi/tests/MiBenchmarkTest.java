// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Runs the benchmark once over 100,000 generated utterances and prints the rate (no timing assertion). */
public class MiBenchmarkTest {

    @Test
    public void suggestionsOverOneHundredThousandUtterances() {
        long[] r = MiBenchmark.run(100_000);
        assertEquals(100_000, r[0]);
        assertTrue(r[1] > 50_000, "the generated utterances get suggestions: " + r[1]);
    }

    @Test
    public void trainedModelOnTenThousandUtterances() {
        double[] r = MiLearningBenchmark.run(10_000, 30_000);
        assertTrue(r[0] > 0 && r[1] > 0, "the benchmark ran");
    }
}
