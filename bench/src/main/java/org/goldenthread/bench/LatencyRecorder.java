package org.goldenthread.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A thread-safe latency recorder backed by an auto-resizing HdrHistogram (nanosecond values, 3 significant digits).
 *
 * <p>Not tied to HTTP: use it for any timing, e.g. a Kafka produce&rarr;consume round trip:
 *
 * <pre>{@code
 * LatencyRecorder rt = new LatencyRecorder("kafka round trip");
 * long sent = System.nanoTime();
 * ... // produce, then in the consumer:
 * rt.recordSince(sent);
 * System.out.println(rt.report());   // kafka round trip: n=500 p50 3.1 ms  p95 5.0 ms  p99 8.2 ms  max 12.0 ms
 * }</pre>
 */
public final class LatencyRecorder {

    private final String name;
    private final Histogram histogram;

    /** An empty recorder. */
    public LatencyRecorder(String name) {
        this(name, new ConcurrentHistogram(3));
    }

    private LatencyRecorder(String name, Histogram histogram) {
        this.name = name;
        this.histogram = histogram;
    }

    public String name() {
        return name;
    }

    /** Records one value in nanoseconds; negative values are recorded as zero. */
    public void recordNanos(long nanos) {
        histogram.recordValue(Math.max(0L, nanos));
    }

    /** Records one value. */
    public void record(long amount, TimeUnit unit) {
        recordNanos(unit.toNanos(amount));
    }

    /** Records one value. */
    public void record(Duration d) {
        recordNanos(d.toNanos());
    }

    /** Records {@code System.nanoTime() - startNanos} and returns it. */
    public long recordSince(long startNanos) {
        long elapsed = System.nanoTime() - startNanos;
        recordNanos(elapsed);
        return elapsed;
    }

    /** Runs and times {@code work}; the time is recorded even if it throws. */
    public <T> T time(Callable<T> work) throws Exception {
        long start = System.nanoTime();
        try {
            return work.call();
        } finally {
            recordSince(start);
        }
    }

    /** Runs and times {@code work}; the time is recorded even if it throws. */
    public void time(Runnable work) {
        long start = System.nanoTime();
        try {
            work.run();
        } finally {
            recordSince(start);
        }
    }

    /** Adds every value recorded by {@code other} into this recorder. */
    public void add(LatencyRecorder other) {
        histogram.add(other.histogram);
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /** Value at {@code percentile} (0..100) in milliseconds, {@code NaN} when empty. */
    public double percentileMs(double percentile) {
        if (histogram.getTotalCount() == 0) {
            return Double.NaN;
        }
        return histogram.getValueAtPercentile(percentile) / 1e6;
    }

    /** A point-in-time summary. */
    public LatencySummary summary() {
        Histogram h = histogram.copy();
        if (h.getTotalCount() == 0) {
            return LatencySummary.empty();
        }
        return new LatencySummary(h.getTotalCount(), h.getMinValue() / 1e6, h.getMean() / 1e6,
                h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(90) / 1e6, h.getValueAtPercentile(95) / 1e6,
                h.getValueAtPercentile(99) / 1e6, h.getValueAtPercentile(99.9) / 1e6, h.getMaxValue() / 1e6);
    }

    /** One line with the count, p50, p95, p99 and max in milliseconds. */
    public String report() {
        LatencySummary s = summary();
        if (s.count() == 0) {
            return name + ": no samples";
        }
        return String.format(Locale.ROOT, "%s: n=%d p50 %s ms  p95 %s ms  p99 %s ms  max %s ms", name, s.count(),
                LatencySummary.ms(s.p50Ms()), LatencySummary.ms(s.p95Ms()), LatencySummary.ms(s.p99Ms()),
                LatencySummary.ms(s.maxMs()));
    }

    /** An independent copy of the current state. */
    public LatencyRecorder copy(String newName) {
        return new LatencyRecorder(newName, copyAsConcurrent());
    }

    private Histogram copyAsConcurrent() {
        ConcurrentHistogram c = new ConcurrentHistogram(3);
        c.add(histogram);
        return c;
    }

    /**
     * The full percentile distribution in HdrHistogram's text format (values in milliseconds), for plotting with the
     * HdrHistogram plotter.
     */
    public String percentileDistribution() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            histogram.copy().outputPercentileDistribution(ps, 5, 1e6);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return report();
    }
}
