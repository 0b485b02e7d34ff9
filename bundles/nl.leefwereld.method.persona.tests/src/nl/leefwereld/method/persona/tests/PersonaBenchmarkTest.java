// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.leefwereld.method.persona.bench.PersonaBenchmark;

/**
 * The benchmark at the scale of a housing corporation (30,000 clients, 20 attributes), printed for the report.
 * The bound asserted is loose (the target is well under 5 s on 2 cores; a busy build machine must not fail it).
 */
public class PersonaBenchmarkTest {

    @Test
    public void thirtyThousandClientsBecomePersonasInSeconds() {
        PersonaBenchmark.run(3000, 1); // warm-up
        PersonaBenchmark.Figures f = PersonaBenchmark.run(30_000, 2026);
        PersonaBenchmark.print(f, System.out);
        assertEquals(30_000, f.report().clients());
        assertEquals(30_000, f.report().personas().stream().mapToInt(p -> p.size()).sum());
        assertEquals(6, f.report().k(), "the 6 hidden groups of the generator are found");
        assertTrue(f.report().personas().stream().allMatch(p -> p.size() > 4000), "of about 5,000 each");
        assertTrue(f.buildMillis() < 20_000, "build took " + f.buildMillis() + " ms");
    }

    @Test
    public void theGeneratedClientsAreTheSameForTheSameSeed() {
        var a = PersonaBenchmark.generate(50, 6, 9);
        var b = PersonaBenchmark.generate(50, 6, 9);
        for (int i = 0; i < 50; i++) {
            assertEquals(a.get(i).getAttributes().size(), 20);
            for (int j = 0; j < 20; j++) {
                assertEquals(a.get(i).getAttributes().get(j).getValue(), b.get(i).getAttributes().get(j).getValue());
            }
        }
    }
}
