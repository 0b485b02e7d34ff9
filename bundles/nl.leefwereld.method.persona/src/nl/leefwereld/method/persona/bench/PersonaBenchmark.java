// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;

import nl.leefwereld.method.persona.PersonaBuilder;
import nl.leefwereld.method.persona.PersonaInput;
import nl.leefwereld.method.persona.PersonaReport;
import nl.leefwereld.method.persona.PseudonymKey;
import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.ModelFactory;

/**
 * Persona building at the scale of a housing corporation: generates clients (default 30,000) with 20 attributes
 * (8 numeric, 12 categorical, drawn around 6 hidden groups, fixed seed), then times building the personas with the
 * number chosen automatically (k = 2..8, silhouette on a sample of 2,000) and prints time and memory.
 *
 * <pre>java -cp ... nl.leefwereld.method.persona.bench.PersonaBenchmark [clients] [seed]</pre>
 */
public final class PersonaBenchmark {

    /** Figures of one run. */
    public record Figures(int clients, int attributes, long generateMillis, long tableMillis, long tableCpuMillis,
            long buildMillis,
            long buildCpuMillis, long clusterMillis, long usedBytesBefore, long usedBytesAfter, long peakBytes,
            PersonaReport report) {
    }

    static final String[][] CATEGORIES = {
            { "18-29", "30-44", "45-64", "65-79", "80+" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            { "alleenstaand", "stel", "gezin met kinderen", "eenoudergezin", "woongroep" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            { "Noord", "Oost", "Zuid", "West", "Centrum", "Haven" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "sociale huur", "middenhuur", "koop" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            { "geen", "eerste generatie", "tweede generatie" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            { "laag", "midden", "hoog" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            { "werk", "uitkering", "pensioen", "studie" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            { "appartement", "eengezinswoning", "seniorenwoning", "studio" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            { "ja", "nee" }, //$NON-NLS-1$ //$NON-NLS-2$
            { "telefoon", "e-mail", "balie", "app" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            { "nl", "en", "tr", "ar", "pl" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            { "ja", "nee" } }; //$NON-NLS-1$ //$NON-NLS-2$
    static final String[] CATEGORICAL = { "leeftijdsgroep", "huishouden", "wijk", "eigendom", "migratieachtergrond", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "inkomen", "bron van inkomen", "woningtype", "huurachterstand", "contactvoorkeur", "taal", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "lid bewonerscommissie" }; //$NON-NLS-1$
    static final String[] NUMERIC = { "leeftijd", "huishoudgrootte", "jaren in woning", "huur", "reparatieverzoeken", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "klachten", "tevredenheid", "contactmomenten" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    static final double[][] NUMERIC_RANGE = { { 18, 95 }, { 1, 7 }, { 0, 50 }, { 400, 1200 }, { 0, 12 }, { 0, 6 },
            { 1, 10 }, { 0, 20 } };

    private PersonaBenchmark() {
    }

    /** Clients with 20 attributes around {@code groups} hidden groups; the same seed gives the same clients. */
    public static List<Client> generate(int count, int groups, long seed) {
        Random random = new Random(seed);
        int[][] modes = new int[groups][CATEGORICAL.length];
        double[][] centres = new double[groups][NUMERIC.length];
        for (int g = 0; g < groups; g++) {
            for (int l = 0; l < CATEGORICAL.length; l++) {
                modes[g][l] = random.nextInt(CATEGORIES[l].length);
            }
            for (int j = 0; j < NUMERIC.length; j++) {
                centres[g][j] = random.nextDouble();
            }
        }
        ModelFactory f = ModelFactory.eINSTANCE;
        List<Client> clients = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int g = random.nextInt(groups);
            Client c = f.createClient();
            c.setId("bench-" + i); //$NON-NLS-1$
            c.setPseudonym(String.format("H%05d", Integer.valueOf(i))); //$NON-NLS-1$
            for (int l = 0; l < CATEGORICAL.length; l++) {
                int v = random.nextDouble() < 0.75 ? modes[g][l] : random.nextInt(CATEGORIES[l].length);
                add(f, c, CATEGORICAL[l], CATEGORIES[l][v]);
            }
            for (int j = 0; j < NUMERIC.length; j++) {
                double u = Math.min(1, Math.max(0, centres[g][j] + random.nextGaussian() * 0.08));
                double v = NUMERIC_RANGE[j][0] + u * (NUMERIC_RANGE[j][1] - NUMERIC_RANGE[j][0]);
                add(f, c, NUMERIC[j], Long.toString(Math.round(v)));
            }
            clients.add(c);
        }
        return clients;
    }

    private static void add(ModelFactory f, Client c, String name, String value) {
        ClientAttribute a = f.createClientAttribute();
        a.setName(name);
        a.setValue(value);
        c.getAttributes().add(a);
    }

    /** Generates, builds and measures. */
    public static Figures run(int count, long seed) {
        Runtime rt = Runtime.getRuntime();
        long t0 = System.nanoTime();
        List<Client> clients = generate(count, 6, seed);
        long t1 = System.nanoTime();
        long tableCpu0 = cpuNanos();
        PersonaInput input = PersonaInput.of(clients, null, new PseudonymKey(new byte[32]), null,
                new NullProgressMonitor());
        input.table();
        long t2 = System.nanoTime();
        long tableCpu = cpuNanos() - tableCpu0;
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long[] peak = { before };
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long cpu0 = cpuNanos();
        PersonaReport report = PersonaBuilder.build(input, PersonaBuilder.Settings.defaults().withSeed(seed), null, null,
                new NullProgressMonitor());
        long t3 = System.nanoTime();
        long cpu = cpuNanos() - cpu0;
        sampler.interrupt();
        long after = rt.totalMemory() - rt.freeMemory();
        return new Figures(count, CATEGORICAL.length + NUMERIC.length, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, tableCpu / 1_000_000,
                (t3 - t2) / 1_000_000, cpu / 1_000_000, report.millis(), before, after, Math.max(peak[0], after), report);
    }

    /** CPU time of all live threads (the fork-join workers stay alive between the two readings). */
    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (t > 0) {
                total += t;
            }
        }
        return total;
    }

    public static void print(Figures f, PrintStream out) {
        out.printf("clients: %d, attributes: %d (%d numeric, %d categorical)%n", Integer.valueOf(f.clients()), //$NON-NLS-1$
                Integer.valueOf(f.attributes()), Integer.valueOf(NUMERIC.length), Integer.valueOf(CATEGORICAL.length));
        out.printf("generate clients (EMF):        %6d ms%n", Long.valueOf(f.generateMillis())); //$NON-NLS-1$
        out.printf("attribute table (EMF->arrays): %6d ms (CPU %d ms)%n", Long.valueOf(f.tableMillis()), //$NON-NLS-1$
                Long.valueOf(f.tableCpuMillis()));
        out.printf("build personas (k=2..8 auto):  %6d ms (clustering + profiles %d ms)%n", //$NON-NLS-1$
                Long.valueOf(f.buildMillis()), Long.valueOf(f.clusterMillis()));
        out.printf("CPU time of the build (all threads): %d ms%n", Long.valueOf(f.buildCpuMillis())); //$NON-NLS-1$
        out.printf("chosen k: %d, silhouette %.3f (sample %d), sizes:", Integer.valueOf(f.report().k()), //$NON-NLS-1$
                Double.valueOf(f.report().silhouette()), Integer.valueOf(f.report().sampleSize()));
        f.report().personas().forEach(p -> out.print(" " + p.size())); //$NON-NLS-1$
        out.println();
        out.printf("heap used before build: %d MB, after: %d MB, peak during build: %d MB (max heap %d MB)%n", //$NON-NLS-1$
                Long.valueOf(f.usedBytesBefore() >> 20), Long.valueOf(f.usedBytesAfter() >> 20),
                Long.valueOf(f.peakBytes() >> 20), Long.valueOf(Runtime.getRuntime().maxMemory() >> 20));
        out.printf("processors: %d%n", Integer.valueOf(Runtime.getRuntime().availableProcessors())); //$NON-NLS-1$
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026;
        // one warm-up run on a smaller set, so the figures show steady-state time
        run(Math.min(count, 3000), seed + 1);
        print(run(count, seed), System.out);
    }
}
