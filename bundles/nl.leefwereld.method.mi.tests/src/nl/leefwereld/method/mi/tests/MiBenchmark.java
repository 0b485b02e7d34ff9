// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.mi.tests;

import java.util.Locale;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;

import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.method.mi.MiSuggestionAnalyzer;
import nl.leefwereld.model.Conversation;

/**
 * Throughput of the MI suggestions on generated conversations (100,000 utterances by default): prints utterances
 * per second. A benchmark, not a timed test: {@link MiBenchmarkTest} runs it once and only checks that it produced
 * suggestions; run {@link #main(String[])} for the figure on its own.
 */
public final class MiBenchmark {

    private static final String[] PROFESSIONAL = { "Hoe gaat het met het solliciteren?", "Heb je de brief gekregen?",
            "Je krijgt nooit antwoord op je brieven.", "Het klinkt alsof je er moedeloos van wordt.",
            "Goed dat je er bent, dat vraagt moed.", "De regel is dat je vijf sollicitaties per week doet.",
            "Wat zou een eerste stap kunnen zijn?", "Zullen we samen kijken naar de vacatures?",
            "It sounds like you feel stuck.", "What would you like to try first?",
            "Je kunt bij de gemeente een vergoeding aanvragen voor de reiskosten van je nieuwe baan." };
    private static final String[] CLIENT = { "Het lukt me niet, ik krijg nooit antwoord op mijn brieven.",
            "Ik wil graag weer aan het werk.", "Ik heb geen zin meer in al die formulieren.", "Ik woon hier al tien jaar.",
            "Ik ga volgende week naar het uitzendbureau.", "I don't want to stop now.", "I'd like to try the patches.",
            "Mijn moeder ligt in het ziekenhuis en ik zorg voor mijn broertje." };

    private MiBenchmark() {
    }

    /** A generated transcript of {@code utterances} alternating utterances. */
    static Conversation generate(int utterances, long seed) {
        Random random = new Random(seed);
        StringBuilder t = new StringBuilder(utterances * 60).append("# Professional: Consulent\n");
        for (int i = 0; i < utterances; i++) {
            boolean professional = i % 2 == 0 || random.nextInt(5) == 0;
            t.append(professional ? "Consulent: " : "Klant: ")
                    .append(professional ? PROFESSIONAL[random.nextInt(PROFESSIONAL.length)]
                            : CLIENT[random.nextInt(CLIENT.length)])
                    .append('\n');
        }
        return new TranscriptParser().parse(t.toString()).conversation();
    }

    /** Runs the suggestions over {@code total} utterances (in conversations of 1,000) and prints the rate. */
    static long[] run(int total) {
        int per = 1000;
        Conversation[] conversations = new Conversation[Math.max(1, total / per)];
        for (int i = 0; i < conversations.length; i++) {
            conversations[i] = generate(per, i);
        }
        // warm up the JIT on a tenth of the conversations
        for (int i = 0; i < Math.max(1, conversations.length / 10); i++) {
            new MiSuggestionAnalyzer().suggest(conversations[i], new NullProgressMonitor());
        }
        long suggestions = 0;
        long start = System.nanoTime();
        for (Conversation c : conversations) {
            suggestions += new MiSuggestionAnalyzer().suggest(c, new NullProgressMonitor()).size();
        }
        long nanos = System.nanoTime() - start;
        long n = (long) conversations.length * per;
        System.out.println(String.format(Locale.ROOT,
                "MI suggestions benchmark: %,d utterances in %.2f s = %,.0f utterances/s (%,d suggestions; %d processors, load %.1f)",
                n, nanos / 1e9, n / (nanos / 1e9), suggestions, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return new long[] { n, suggestions };
    }

    public static void main(String[] args) {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 100_000);
    }
}
