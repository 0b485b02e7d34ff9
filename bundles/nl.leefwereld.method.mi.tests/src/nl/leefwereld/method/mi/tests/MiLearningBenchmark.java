// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

import nl.leefwereld.core.learn.StoredModel;
import nl.leefwereld.method.mi.MiLearning;
import nl.leefwereld.model.Conversation;

/**
 * Speed of the trained MI suggestions: training on 10,000 generated coded utterances, then suggestions with the
 * trained model over 100,000 utterances, timed in the thread's CPU time (per core; a loaded machine inflates wall
 * time) and wall time. A benchmark, not a timed test: {@link MiBenchmarkTest} runs it and checks only that it ran.
 */
public final class MiLearningBenchmark {

    private MiLearningBenchmark() {
    }

    /** Returns {training seconds (CPU), suggested utterances per CPU second}. */
    static double[] run(int trainingUtterances, int suggestedUtterances) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Conversation> training = MiLearningTest.coded(Math.max(5, trainingUtterances / 30), 7);
        long wall = System.nanoTime();
        long start = cpu.getCurrentThreadCpuTime();
        StoredModel model = MiLearning.train(training, null);
        double trainCpu = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
        double trainWall = (System.nanoTime() - wall) / 1e9;
        List<Conversation> corpus = MiLearningTest.coded(Math.max(1, suggestedUtterances / 30), 8);
        for (int i = 0; i < Math.max(1, corpus.size() / 10); i++) {
            MiLearning.suggest(model, corpus.get(i)); // warm up the JIT
        }
        long n = 0;
        long suggestions = 0;
        wall = System.nanoTime();
        start = cpu.getCurrentThreadCpuTime();
        for (Conversation c : corpus) {
            n += c.getUtterances().size();
            suggestions += MiLearning.suggest(model, c).size();
        }
        double suggestCpu = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
        double suggestWall = (System.nanoTime() - wall) / 1e9;
        System.out.println(String.format(Locale.ROOT,
                "MI trained model benchmark: training on %,d utterances %.2f s CPU (%.2f s wall); suggestions %,d utterances"
                        + " %.2f s CPU = %,.0f utterances/s per core (%.2f s wall; %,d suggestions; load %.1f)",
                training.size() * 30, trainCpu, trainWall, n, suggestCpu, n / suggestCpu, suggestWall, suggestions,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return new double[] { trainCpu, n / suggestCpu };
    }

    public static void main(String[] args) {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 10_000, args.length > 1 ? Integer.parseInt(args[1]) : 100_000);
    }
}
