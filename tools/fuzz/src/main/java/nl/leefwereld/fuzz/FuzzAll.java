// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs each fuzz target in its own JVM with the Jazzer driver for a fixed time, one after the other, and exits with 1
 * when any target had a finding (an exception other than the documented format exceptions, a hang of more than 10 s
 * on one input, or more than 2.5 GB of memory). Arguments: seconds per target, comma-separated target names, the seed
 * folder ({@code seeds/<target>}), the work folder (corpus and findings).
 */
public final class FuzzAll {

    static final Map<String, Class<?>> TARGETS = new LinkedHashMap<>();

    static {
        TARGETS.put("transcript", TranscriptFuzzer.class);
        TARGETS.put("qdc", QdcCodebookFuzzer.class);
        TARGETS.put("qdpx", QdpxProjectFuzzer.class);
        TARGETS.put("scrubber", NameScrubberFuzzer.class);
        TARGETS.put("identifiers", IdentifierDetectorFuzzer.class);
        TARGETS.put("userfiles", UserFilesFuzzer.class);
        TARGETS.put("manifest", BackupManifestFuzzer.class);
        TARGETS.put("subtitle", SubtitleFuzzer.class);
        TARGETS.put("qdpxproject", QdpxReaderFuzzer.class);
        TARGETS.put("docx", DocxFuzzer.class);
    }

    private FuzzAll() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int seconds = Integer.parseInt(args[0].trim());
        String[] names = args[1].split(",");
        Path seeds = Path.of(args[2]);
        Path work = Path.of(args[3]);
        Path findings = work.resolve("findings");
        Files.createDirectories(findings);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> failed = new ArrayList<>();
        for (String raw : names) {
            String name = raw.trim();
            Class<?> target = TARGETS.get(name);
            if (target == null) {
                System.err.println("unknown fuzz target '" + name + "'; known: " + TARGETS.keySet());
                System.exit(2);
            }
            Path corpus = work.resolve("corpus").resolve(name);
            Files.createDirectories(corpus);
            List<String> command = new ArrayList<>(List.of(java, "-Xmx2g", "-Xss4m", "-cp", System.getProperty("java.class.path"),
                    "com.code_intelligence.jazzer.Jazzer", "--target_class=" + target.getName(),
                    "--instrumentation_includes=nl.leefwereld.**", "-max_total_time=" + seconds, "-timeout=10",
                    "-rss_limit_mb=2560", "-max_len=65536", "-print_final_stats=1",
                    "-artifact_prefix=" + findings.toAbsolutePath() + "/" + name + "-", corpus.toString()));
            Path seedFolder = seeds.resolve(name);
            if (Files.isDirectory(seedFolder)) {
                command.add(seedFolder.toString());
            }
            System.out.println("=== fuzzing " + name + " (" + target.getSimpleName() + ") for " + seconds + " s");
            Process p = new ProcessBuilder(command).inheritIO().start();
            int code = p.waitFor();
            System.out.println("=== " + name + ": " + (code == 0 ? "no findings" : "FINDING (exit code " + code + ")"));
            if (code != 0) {
                failed.add(name);
            }
        }
        if (!failed.isEmpty()) {
            System.err.println("Fuzzing found problems in: " + failed + "; the inputs are in " + findings.toAbsolutePath());
            System.exit(1);
        }
        System.out.println("Fuzzing: no findings in " + String.join(", ", names) + " (" + seconds + " s each)");
    }
}
