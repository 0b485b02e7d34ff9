// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * CPU time of processes from Linux's {@code /proc/<pid>/stat} (user + system, and that of their ended children),
 * for benchmarks that report CPU time beside wall time on a shared machine. A process that cannot be read counts
 * zero. Clock ticks are taken as 100 per second (Linux's {@code USER_HZ} on x86_64).
 */
public final class ProcessCpu {

    private static final long TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** This process's CPU time (its ended and reaped children included). */
    public static Duration of(ProcessHandle process) {
        return Duration.ofMillis(ticks(process.pid()) * 1000 / TICKS_PER_SECOND);
    }

    /** The CPU time of this process and all its live descendants (each with its ended children). */
    public static Duration tree(ProcessHandle process) {
        long ticks = ticks(process.pid());
        try (Stream<ProcessHandle> descendants = process.descendants()) {
            ticks += descendants.mapToLong(p -> ticks(p.pid())).sum();
        }
        return Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
    }

    /** utime + stime + cutime + cstime (fields 14 to 17 of /proc/<pid>/stat). */
    private static long ticks(long pid) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (IOException e) {
            return 0;
        }
        // the command name (field 2) is in parentheses and may hold spaces: count fields after its ')'
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        long sum = 0;
        for (int field = 14; field <= 17; field++) {
            sum += Long.parseLong(fields[field - 3]);
        }
        return sum;
    }
}
