package org.goldenthread.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A count of things done over an elapsed time, e.g. CSV rows imported: {@code Throughput.of(300_000, elapsed, "rows")}.
 * For batch-style benchmarks where the figure is a rate rather than a latency distribution.
 */
public record Throughput(long count, Duration elapsed, String unit) {

    public static Throughput of(long count, Duration elapsed, String unit) {
        return new Throughput(count, elapsed, unit);
    }

    /** {@code count} things since {@code startNanos} ({@link System#nanoTime()}). */
    public static Throughput since(long startNanos, long count, String unit) {
        return new Throughput(count, Duration.ofNanos(System.nanoTime() - startNanos), unit);
    }

    /** Things per second ({@code NaN} when no time elapsed). */
    public double perSecond() {
        return Reports.divide(count, elapsed.toNanos() / 1e9);
    }

    /** This rate divided by {@code baseline}'s (e.g. import vs bare COPY). */
    public double ratioTo(Throughput baseline) {
        return Reports.divide(perSecond(), baseline.perSecond());
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", count);
        m.put("unit", unit);
        m.put("elapsedSeconds", Reports.round3(elapsed.toNanos() / 1e9));
        m.put("perSecond", Reports.round3(perSecond()));
        return m;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d %s in %s = %.1f %s/s", count, unit, Durations.format(elapsed),
                perSecond(), unit);
    }
}
