package org.goldenthread.bench;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The measured-period outcome of one {@link ConstantRateLoad} run (or several merged).
 *
 * <p>Every scheduled arrival ends in exactly one of: ok (2xx), an error status, a failure (exception, keyed by kind),
 * {@code dropped} (in-flight bound) or {@code incomplete} (still outstanding at the drain timeout), so
 * {@code ok + errors == scheduled}.
 */
public final class LoadResult {

    private final String name;
    private final String target;
    private final LoadSettings settings;
    private final long scheduled;
    private final long sent;
    private final long completed;
    private final long ok;
    private final long dropped;
    private final long failed;
    private final long incomplete;
    private final SortedMap<String, Long> errorsByStatus;
    private final long elapsedNanos;
    private final long maxSendLagNanos;
    private final LatencyRecorder latency;

    LoadResult(String name, String target, LoadSettings settings, long scheduled, long sent, long completed, long ok,
            long dropped, long failed, long incomplete, SortedMap<String, Long> errorsByStatus, long elapsedNanos,
            long maxSendLagNanos, LatencyRecorder latency) {
        this.name = name;
        this.target = target;
        this.settings = settings;
        this.scheduled = scheduled;
        this.sent = sent;
        this.completed = completed;
        this.ok = ok;
        this.dropped = dropped;
        this.failed = failed;
        this.incomplete = incomplete;
        this.errorsByStatus = Collections.unmodifiableSortedMap(new TreeMap<>(errorsByStatus));
        this.elapsedNanos = elapsedNanos;
        this.maxSendLagNanos = maxSendLagNanos;
        this.latency = latency;
    }

    /**
     * Adds up several results of the same target (e.g. the rounds of an interleaved comparison): counts, elapsed time
     * and histograms are summed; the settings are those of the first part with the summed measured duration.
     */
    public static LoadResult merge(String name, List<LoadResult> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        LoadResult first = parts.get(0);
        LatencyRecorder latency = new LatencyRecorder(name);
        TreeMap<String, Long> errors = new TreeMap<>();
        long scheduled = 0, sent = 0, completed = 0, ok = 0, dropped = 0, failed = 0, incomplete = 0, elapsed = 0;
        long lag = 0;
        Duration duration = Duration.ZERO;
        for (LoadResult r : parts) {
            scheduled += r.scheduled;
            sent += r.sent;
            completed += r.completed;
            ok += r.ok;
            dropped += r.dropped;
            failed += r.failed;
            incomplete += r.incomplete;
            elapsed += r.elapsedNanos;
            lag = Math.max(lag, r.maxSendLagNanos);
            duration = duration.plus(r.settings.duration());
            r.errorsByStatus.forEach((k, v) -> errors.merge(k, v, Long::sum));
            latency.add(r.latency);
        }
        return new LoadResult(name, first.target, first.settings.withDuration(duration), scheduled, sent, completed,
                ok, dropped, failed, incomplete, errors, elapsed, lag, latency);
    }

    /** Label of this run. */
    public String name() {
        return name;
    }

    /** What was driven, e.g. {@code GET http://localhost:8080/plans/1/summary}. */
    public String target() {
        return target;
    }

    public LoadSettings settings() {
        return settings;
    }

    /** Target arrival rate per second. */
    public double targetRate() {
        return settings.rate();
    }

    /** Arrivals scheduled in the measured period ({@code round(rate × duration)}). */
    public long scheduled() {
        return scheduled;
    }

    /** Arrivals actually started (scheduled minus dropped). */
    public long sent() {
        return sent;
    }

    /** Operations that produced a status (any status). */
    public long completed() {
        return completed;
    }

    /** Operations that produced a 2xx status. */
    public long ok() {
        return ok;
    }

    /** Arrivals rejected by the in-flight bound. */
    public long dropped() {
        return dropped;
    }

    /** Operations that completed exceptionally (I/O error, timeout, ...). */
    public long failed() {
        return failed;
    }

    /** Operations still outstanding when the drain timeout ran out. */
    public long incomplete() {
        return incomplete;
    }

    /** Errors by kind: HTTP status ({@code "500"}), {@code dropped}, {@code incomplete}, {@code timeout}, exception name. */
    public SortedMap<String, Long> errorsByStatus() {
        return errorsByStatus;
    }

    /** Count of errors under {@code key} (0 when none). */
    public long errors(String key) {
        return errorsByStatus.getOrDefault(key, 0L);
    }

    /** All errors: everything scheduled that did not end in a 2xx. */
    public long errors() {
        return errorsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Errors / scheduled ({@code NaN} when nothing was scheduled). */
    public double errorRatio() {
        return Reports.divide(errors(), scheduled);
    }

    /**
     * Length of the measured window: from the first measured arrival's intended time to the later of the end of the
     * schedule and the last measured completion.
     */
    public Duration elapsed() {
        return Duration.ofNanos(elapsedNanos);
    }

    /** Completed operations (any status) per second over {@link #elapsed()}. */
    public double throughput() {
        return Reports.divide(completed, elapsedNanos / 1e9);
    }

    /** Successful (2xx) operations per second over {@link #elapsed()}. */
    public double okThroughput() {
        return Reports.divide(ok, elapsedNanos / 1e9);
    }

    /** Largest delay between an arrival's intended time and the generator reaching it (generator health). */
    public Duration maxSendLag() {
        return Duration.ofNanos(maxSendLagNanos);
    }

    /** Latency from intended start to completion of every operation that produced a status. */
    public LatencyRecorder latency() {
        return latency;
    }

    public LatencySummary latencySummary() {
        return latency.summary();
    }

    /** 99th percentile latency in ms ({@code NaN} when nothing completed). */
    public double p99Ms() {
        return latency.percentileMs(99);
    }

    /** Plain-text report. */
    public String toText() {
        LatencySummary l = latencySummary();
        StringBuilder b = new StringBuilder();
        b.append("== ").append(name).append(" ==\n");
        if (!name.equals(target)) {
            line(b, "target", target);
        }
        line(b, "load", settings.toString());
        line(b, "scheduled", Long.toString(scheduled));
        line(b, "sent", sent + "   dropped " + dropped);
        line(b, "completed", completed + "   ok (2xx) " + ok + "   failed " + failed + "   incomplete " + incomplete);
        line(b, "errors", errors() + (errorsByStatus.isEmpty() ? "" : "   " + errorsByStatus)
                + String.format(Locale.ROOT, "   (%.2f%%)", 100.0 * nz(errorRatio())));
        line(b, "throughput", String.format(Locale.ROOT, "%s/s completed, %s/s ok, over %s",
                Reports.rate(round1(throughput())), Reports.rate(round1(okThroughput())), Durations.format(elapsed())));
        line(b, "latency", l.toLine());
        line(b, "send lag max", LatencySummary.ms(maxSendLagNanos / 1e6) + " ms");
        return b.toString();
    }

    /** Field map for JSON, in a stable order. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("target", target);
        m.put("targetRate", settings.rate());
        m.put("durationSeconds", Durations.seconds(settings.duration()));
        m.put("warmupSeconds", Durations.seconds(settings.warmup()));
        m.put("maxInFlight", settings.maxInFlight());
        m.put("scheduled", scheduled);
        m.put("sent", sent);
        m.put("completed", completed);
        m.put("ok", ok);
        m.put("dropped", dropped);
        m.put("failed", failed);
        m.put("incomplete", incomplete);
        m.put("errors", errors());
        m.put("errorsByStatus", errorsByStatus);
        m.put("elapsedSeconds", Reports.round3(elapsedNanos / 1e9));
        m.put("throughput", Reports.round3(throughput()));
        m.put("okThroughput", Reports.round3(okThroughput()));
        m.put("latencyMs", latencySummary().toMap());
        m.put("maxSendLagMs", Reports.round3(maxSendLagNanos / 1e6));
        return m;
    }

    /** JSON report. */
    public String toJson() {
        return Reports.json(toMap());
    }

    @Override
    public String toString() {
        return toText();
    }

    private static void line(StringBuilder b, String label, String value) {
        b.append(String.format(Locale.ROOT, "%-14s %s%n", label, value));
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static double round1(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 10) / 10.0;
    }
}
