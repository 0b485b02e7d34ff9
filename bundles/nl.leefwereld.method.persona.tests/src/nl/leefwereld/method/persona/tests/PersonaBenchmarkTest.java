// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leefwereld.method.persona.PersonaBuilder;
import nl.leefwereld.method.persona.bench.PersonaBenchmark;
import nl.leefwereld.method.persona.bench.PopulationGenerator;

/**
 * The fidelity benchmark at small scale (3,000 clients per population): the latent class model with k chosen by
 * ICL finds the planted segments (adjusted Rand index) and the planted 2% minority as one group, on every shape
 * of the generator. No timing is asserted; the figures are printed.
 */
public class PersonaBenchmarkTest {

    @Test
    public void theLatentClassModelFindsThePlantedSegmentsAndTheMinority() {
        List<PersonaBenchmark.Evaluation> evaluations = PersonaBenchmark.fidelity(3000, 7, PersonaBuilder.Model.LCA);
        PersonaBenchmark.print(evaluations, System.out);
        double mean = evaluations.stream().mapToDouble(PersonaBenchmark.Evaluation::adjustedRand).average()
                .orElse(0);
        assertTrue(mean >= 0.90, "mean ARI " + mean);
        long found = evaluations.stream().filter(PersonaBenchmark.Evaluation::minorityFound).count();
        assertTrue(found >= 4, "minority found as one group in " + found + " of 5");
        for (PersonaBenchmark.Evaluation e : evaluations) {
            // with k by ICL every shape reaches the goal (by BIC the skewed shape split a segment)
            assertTrue(e.adjustedRand() >= 0.85, e.shape() + ": ARI " + e.adjustedRand());
        }
    }

    @Test
    public void theMinorityIsOneGroupNamedByItsValuesTogether() {
        PopulationGenerator.Population p = PopulationGenerator.generate(3000, 0.02,
                PopulationGenerator.Shape.UNBALANCED, 21);
        PersonaBenchmark.Evaluation e = PersonaBenchmark.evaluate(p, PopulationGenerator.Shape.UNBALANCED, 21,
                PersonaBuilder.Settings.defaults());
        assertTrue(e.minorityFound(), e.report().minorities().toString());
        var group = e.report().minorities().stream().filter(g -> !g.members().isEmpty())
                .filter(g -> g.description().equals(e.minorityGroup())).findFirst().orElseThrow();
        assertTrue(group.values().size() >= 2, group.values().toString());
        assertTrue(group.values().contains("migratieachtergrond = eerste generatie"), group.values().toString());
        // no value of the group is also listed on its own as not represented
        for (String v : group.values()) {
            assertTrue(e.report().minorities().stream().filter(g -> g.attribute() != null)
                    .noneMatch(g -> v.equals(g.attribute() + " = " + g.value())), v);
        }
    }

    @Test
    public void theNotRepresentedListNeverContradictsThePersonas() {
        PopulationGenerator.Population p = PopulationGenerator.generate(3000, 0.02,
                PopulationGenerator.Shape.BALANCED, 5);
        for (PersonaBuilder.Model model : PersonaBuilder.Model.values()) {
            var report = PersonaBenchmark.evaluate(p, PopulationGenerator.Shape.BALANCED, 5,
                    PersonaBuilder.Settings.defaults().withModel(model)).report();
            for (var persona : report.personas()) {
                if (persona.small()) {
                    continue;
                }
                for (var t : persona.traits()) {
                    if (t.numeric()) {
                        continue;
                    }
                    var listed = report.minorities().stream()
                            .filter(g -> t.attribute().equals(g.attribute()) && t.value().equals(g.value())).toList();
                    // a value half a persona holds is represented; a distinguishing one is listed with its persona
                    if (t.shareIn() >= 0.5) {
                        assertTrue(listed.isEmpty(), model + ": " + listed);
                    }
                    for (var g : listed) {
                        assertTrue(g.description().contains("persona " + persona.number() + " ("),
                                model + ": " + g.description());
                    }
                }
            }
        }
    }

    @Test
    public void theGeneratorGivesTheSamePopulationForTheSameSeed() {
        for (PopulationGenerator.Shape shape : PopulationGenerator.Shape.values()) {
            var a = PopulationGenerator.generate(500, 0.02, shape, 9);
            var b = PopulationGenerator.generate(500, 0.02, shape, 9);
            assertEquals(20, a.attributes().size());
            assertArrayEquals(a.segment(), b.segment());
            for (int i = 0; i < 500; i++) {
                assertEquals(Arrays.asList(a.values()[i]), Arrays.asList(b.values()[i]));
            }
            int minority = a.minorityRows().length;
            assertTrue(minority >= 3 && minority <= 25, shape + ": " + minority + " of 500 in the minority");
        }
        var other = PopulationGenerator.generate(500, 0.02, PopulationGenerator.Shape.BALANCED, 10);
        var same = PopulationGenerator.generate(500, 0.02, PopulationGenerator.Shape.BALANCED, 9);
        assertTrue(!Arrays.equals(other.segment(), same.segment()), "another seed, another population");
    }
}
