// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import nl.leefwereld.method.persona.PersonaBuilder;
import nl.leefwereld.method.persona.PersonaInput;
import nl.leefwereld.method.persona.PersonaReport;
import nl.leefwereld.method.persona.PseudonymKey;
import nl.leefwereld.method.persona.cluster.Agreement;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.ModelFactory;

/**
 * Does persona building find what was planted? Generates populations ({@link PopulationGenerator}, one per
 * shape), builds personas with the number chosen automatically, and measures the adjusted Rand index of the
 * personas against the planted segments (the minority counted as a segment of its own), whether the planted
 * minority is named as one group, and the time of the build.
 *
 * <pre>java -cp ... nl.leefwereld.method.persona.bench.PersonaBenchmark [clients] [seed] [lca|kprototypes]</pre>
 *
 * or {@code leefwereld persona benchmark [--clients n] [--seed n] [--model lca|kprototypes]}.
 */
public final class PersonaBenchmark {

    /** Least share of the planted minority a named group must hold, and least share of the group that is minority. */
    public static final double MINORITY_MATCH = 0.7;

    /**
     * The figures of one population.
     *
     * @param shape          the shape of the population
     * @param seed           its seed
     * @param clients        number of clients
     * @param k              personas chosen
     * @param adjustedRand   agreement of the personas with the planted segments
     * @param minorityFound  whether a named group matches the planted minority (both ways at least
     *                       {@link #MINORITY_MATCH})
     * @param minorityGroup  the description of that group, or of the closest group, or empty
     * @param buildMillis    time to build the personas
     * @param report         the personas
     */
    public record Evaluation(PopulationGenerator.Shape shape, long seed, int clients, int k, double adjustedRand,
            boolean minorityFound, String minorityGroup, long buildMillis, PersonaReport report) {
    }

    private PersonaBenchmark() {
    }

    /** The population as clients, as {@code persona import} would store them. */
    public static List<Client> clients(PopulationGenerator.Population p) {
        ModelFactory f = ModelFactory.eINSTANCE;
        List<Client> clients = new ArrayList<>(p.size());
        for (int i = 0; i < p.size(); i++) {
            Client c = f.createClient();
            c.setId("bench-" + i); //$NON-NLS-1$
            c.setPseudonym(p.pseudonyms()[i]);
            for (int j = 0; j < p.attributes().size(); j++) {
                String v = p.values()[i][j];
                if (!v.isEmpty()) {
                    ClientAttribute a = f.createClientAttribute();
                    a.setName(p.attributes().get(j));
                    a.setValue(v);
                    c.getAttributes().add(a);
                }
            }
            clients.add(c);
        }
        return clients;
    }

    /** Builds personas for a population and compares them with what was planted. */
    public static Evaluation evaluate(PopulationGenerator.Population p, PopulationGenerator.Shape shape, long seed,
            PersonaBuilder.Settings settings) {
        PersonaInput input = PersonaInput.of(clients(p), null, new PseudonymKey(new byte[32]), null,
                new NullProgressMonitor());
        long start = System.nanoTime();
        PersonaReport report = PersonaBuilder.build(input, settings, null, null, new NullProgressMonitor());
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < p.size(); i++) {
            index.put(p.pseudonyms()[i], Integer.valueOf(i));
        }
        int[] persona = new int[p.size()];
        for (PersonaReport.Persona q : report.personas()) {
            for (String m : q.members()) {
                persona[index.get(m).intValue()] = q.number() - 1;
            }
        }
        double ari = Agreement.adjustedRand(p.segment(), persona);
        Set<String> minority = new HashSet<>();
        for (int r : p.minorityRows()) {
            minority.add(p.pseudonyms()[r]);
        }
        boolean found = false;
        String best = ""; //$NON-NLS-1$
        double bestScore = -1;
        for (PersonaReport.MinorityGroup g : report.minorities()) {
            if (g.members().isEmpty()) {
                continue;
            }
            long both = g.members().stream().filter(minority::contains).count();
            double recall = minority.isEmpty() ? 0 : (double) both / minority.size();
            double precision = (double) both / g.members().size();
            if (Math.min(recall, precision) > bestScore) {
                bestScore = Math.min(recall, precision);
                best = g.description();
            }
            if (recall >= MINORITY_MATCH && precision >= MINORITY_MATCH) {
                found = true;
            }
        }
        return new Evaluation(shape, seed, p.size(), report.k(), ari, found, best, millis, report);
    }

    /** One population per shape (seeds {@code seed}, {@code seed + 1}, ...), each with a 2% minority. */
    public static List<Evaluation> fidelity(int clients, long seed, PersonaBuilder.Model model) {
        return fidelity(clients, seed, PersonaBuilder.Settings.defaults().withModel(model));
    }

    /** One population per shape, built with these settings (k is chosen automatically). */
    public static List<Evaluation> fidelity(int clients, long seed, PersonaBuilder.Settings settings) {
        List<Evaluation> result = new ArrayList<>();
        PopulationGenerator.Shape[] shapes = PopulationGenerator.Shape.values();
        for (int i = 0; i < shapes.length; i++) {
            PopulationGenerator.Population p = PopulationGenerator.generate(clients, 0.02, shapes[i], seed + i);
            result.add(evaluate(p, shapes[i], seed + i, settings.withK(0)));
        }
        return result;
    }

    public static void print(List<Evaluation> evaluations, PrintStream out) {
        int found = 0;
        double sum = 0;
        for (Evaluation e : evaluations) {
            out.printf(Locale.ROOT, "%-10s seed %-4d clients %-6d k %d  ARI %.3f  minority %s  build %d ms%n", //$NON-NLS-1$
                    e.shape().label(), Long.valueOf(e.seed()), Integer.valueOf(e.clients()), Integer.valueOf(e.k()),
                    Double.valueOf(e.adjustedRand()), e.minorityFound() ? "found" : "not found", //$NON-NLS-1$ //$NON-NLS-2$
                    Long.valueOf(e.buildMillis()));
            if (!e.minorityGroup().isEmpty()) {
                out.println("           closest group: " + e.minorityGroup()); //$NON-NLS-1$
            }
            found += e.minorityFound() ? 1 : 0;
            sum += e.adjustedRand();
        }
        out.printf(Locale.ROOT, "mean ARI %.3f, minority found as one group in %d of %d populations%n", //$NON-NLS-1$
                Double.valueOf(sum / evaluations.size()), Integer.valueOf(found), Integer.valueOf(evaluations.size()));
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
        PersonaBuilder.Model model = args.length > 2 ? PersonaBuilder.Model.of(args[2]) : PersonaBuilder.Model.LCA;
        print(fidelity(count, seed, model), System.out);
    }
}
