// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.exchange;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.format.FormatRegistry;
import nl.leefwereld.core.io.TranscriptImporter;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.Stores;

/**
 * Measures the exchange at the scale of issue 19 on generated data in a folder of its own (nothing of the user's
 * database is touched): a folder import of {@code files} transcripts (a third each plain text, SRT and WebVTT, 40
 * utterances of Dutch conversation each) in files per second, then the export of all of them as one REFI-QDA project
 * and its import into a fresh database (seconds, megabytes).
 */
public final class ExchangeBenchmark {

    /** The figures of one run. */
    public record Figures(int files, int imported, double importSeconds, double exportSeconds, long qdpxBytes,
            double qdpxImportSeconds, int qdpxConversations) {
        public double filesPerSecond() {
            return files / importSeconds;
        }
    }

    private static final String[] PRO = { "Wat brengt u vandaag hier?", "Kunt u daar iets meer over vertellen?",
            "Dus de huur zit u het meest dwars.", "Wat heeft u zelf al geprobeerd?", "Hoe zou het eruitzien als het beter gaat?" };
    private static final String[] CLIENT = { "Ik heb weer een brief gekregen van de woningcorporatie.",
            "Eerlijk gezegd weet ik het niet meer.", "Mijn dochter helpt wel, maar zij heeft het ook druk.",
            "Ik wil gewoon weer rust in mijn hoofd.", "Vorige maand is het bijna gelukt om alles te betalen." };

    private ExchangeBenchmark() {
    }

    /** Runs the benchmark in {@code work} (created; left for inspection), printing progress to {@code out}. */
    public static Figures run(Path work, int files, FormatRegistry formats, PrintStream out) throws IOException {
        Path folder = Files.createDirectories(work.resolve("transcripts"));
        Random random = new Random(19);
        for (int i = 0; i < files; i++) {
            String kind = i % 3 == 0 ? "txt" : i % 3 == 1 ? "srt" : "vtt"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "gesprek-%04d.%s", Integer.valueOf(i), kind)), //$NON-NLS-1$
                    transcript(kind, random, 40), StandardCharsets.UTF_8);
        }
        Figures f;
        try (ConversationStore store = Stores.openEmbedded(work.resolve("db"))) {
            FileImport importer = new FileImport(store, formats, Map.of());
            List<Path> list = importer.expand(List.of(folder));
            long t0 = System.nanoTime();
            List<FileImport.Outcome> outcomes = importer.run(list, TranscriptImporter.Target.none(), null, null);
            long t1 = System.nanoTime();
            int imported = (int) outcomes.stream().filter(FileImport.Outcome::imported).count();
            out.println(NLS.bind(Messages.Bench_imported, new Object[] { Integer.valueOf(imported), Integer.valueOf(files),
                    seconds(t1 - t0), String.format(Locale.ROOT, "%.1f", Double.valueOf(files / ((t1 - t0) / 1e9))) })); //$NON-NLS-1$
            Path qdpx = work.resolve("alles.qdpx"); //$NON-NLS-1$
            long t2 = System.nanoTime();
            QdpxWriter.Summary s = new QdpxExport(store, Map.of()).export(List.of(QdpxExport.ALL), qdpx);
            long t3 = System.nanoTime();
            out.println(NLS.bind(Messages.Bench_exported, new Object[] { Integer.valueOf(s.conversations()), seconds(t3 - t2),
                    String.format(Locale.ROOT, "%.1f", Double.valueOf(s.bytes() / 1048576.0)) })); //$NON-NLS-1$
            try (ConversationStore fresh = Stores.openEmbedded(work.resolve("db2"))) { //$NON-NLS-1$
                long t4 = System.nanoTime();
                FileImport.Outcome o = new FileImport(fresh, formats, Map.of()).importFile(qdpx, TranscriptImporter.Target.none());
                long t5 = System.nanoTime();
                out.println(NLS.bind(Messages.Bench_qdpxImported, Integer.valueOf(o.conversationIds().size()), seconds(t5 - t4)));
                f = new Figures(files, imported, (t1 - t0) / 1e9, (t3 - t2) / 1e9, s.bytes(), (t5 - t4) / 1e9,
                        o.conversationIds().size());
            }
        }
        return f;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", Double.valueOf(nanos / 1e9)); //$NON-NLS-1$
    }

    static String transcript(String kind, Random random, int utterances) {
        StringBuilder b = new StringBuilder();
        if ("vtt".equals(kind)) { //$NON-NLS-1$
            b.append("WEBVTT\n\n"); //$NON-NLS-1$
        }
        long t = 0;
        for (int i = 0; i < utterances; i++) {
            boolean pro = i % 2 == 0;
            String speaker = pro ? "Klantmanager" : "Meneer Bakker"; //$NON-NLS-1$ //$NON-NLS-2$
            String text = (pro ? PRO : CLIENT)[random.nextInt(5)] + ' ' + (pro ? PRO : CLIENT)[random.nextInt(5)];
            long end = t + 3000 + random.nextInt(6000);
            switch (kind) {
                case "srt" -> b.append(i + 1).append('\n').append(srt(t)).append(" --> ").append(srt(end)).append('\n') //$NON-NLS-1$ //$NON-NLS-2$
                        .append(speaker).append(": ").append(text).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
                case "vtt" -> b.append(srt(t).replace(',', '.')).append(" --> ").append(srt(end).replace(',', '.')) //$NON-NLS-1$
                        .append("\n<v ").append(speaker).append('>').append(text).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
                default -> b.append('[').append(srt(t), 0, 8).append("] ").append(speaker).append(": ").append(text).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
            }
            t = end + 200;
        }
        return b.toString();
    }

    private static String srt(long millis) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d,%03d", Long.valueOf(millis / 3_600_000), //$NON-NLS-1$
                Long.valueOf(millis / 60_000 % 60), Long.valueOf(millis / 1000 % 60), Long.valueOf(millis % 1000));
    }
}
