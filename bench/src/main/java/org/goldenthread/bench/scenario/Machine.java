package org.goldenthread.bench.scenario;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the figures were measured on: cores, memory, the load average before and after a run (from
 * {@code /proc/loadavg}, as {@code uptime} shows it) and the commit. Figures taken on a busy machine say more about
 * the machine than about the system, so every scenario records these next to its results.
 */
public final class Machine {

    private Machine() {
    }

    /** The 1, 5 and 15 minute load averages as {@code uptime} prints them, or {@code unknown}. */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            double one = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return one < 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%.2f", one);
        }
    }

    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Total memory in GiB from {@code /proc/meminfo}, or -1. */
    public static long memoryGib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("MemTotal:")) {
                    long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return Math.round(kib / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: unknown
        }
        return -1;
    }

    /** The checked-out commit (short), with {@code +changes} when the working tree differs; {@code unknown} without git. */
    public static String commit(Path projectRoot) {
        String head = git(projectRoot, "rev-parse", "--short", "HEAD");
        if (head == null || head.isBlank()) {
            return "unknown";
        }
        // --no-optional-locks: read only, never refresh the index while the lead may be committing
        String status = git(projectRoot, "--no-optional-locks", "status", "--porcelain", "--untracked-files=no");
        return head.trim() + (status != null && !status.isBlank() ? " + working tree changes" : "");
    }

    private static String git(Path dir, String... args) {
        try {
            String[] command = new String[args.length + 1];
            command[0] = "git";
            System.arraycopy(args, 0, command, 1, args.length);
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    }

    /** One line: cores, memory, Java. */
    public static String describe() {
        return cores() + " cores / " + memoryGib() + " GiB, Java " + System.getProperty("java.version");
    }

    public static Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", cores());
        m.put("memoryGib", memoryGib());
        m.put("java", System.getProperty("java.version"));
        return m;
    }
}
