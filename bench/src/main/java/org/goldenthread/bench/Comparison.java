package org.goldenthread.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The same load against two targets — {@code direct} (the baseline) and {@code via} (e.g. through the gateway) — side
 * by side, with {@code via / direct} ratios. Used for the gateway-overhead benchmark, usable for any A/B pair.
 */
public record Comparison(LoadResult direct, LoadResult via) {

    /**
     * Runs both targets with the same settings in one process. With {@code rounds == 1} the direct target runs first,
     * then the via target. With {@code rounds > 1} the measured duration is split into that many slices, run
     * alternately (direct, via, direct, via, ...) and merged, so drift on the machine (JIT, GC, noisy neighbours) hits
     * both sides alike. Each side gets the warm-up once, before its first slice.
     *
     * @param pause idle time between consecutive runs (lets sockets and queues settle); may be zero
     */
    public static Comparison run(LoadSettings settings, LoadOperation direct, LoadOperation via, int rounds,
            Duration pause) {
        return run(settings, rounds, pause, s -> ConstantRateLoad.run("direct", s, direct),
                s -> ConstantRateLoad.run("via", s, via));
    }

    /** As {@link #run(LoadSettings, LoadOperation, LoadOperation, int, Duration)} with custom per-side runners. */
    public static Comparison run(LoadSettings settings, int rounds, Duration pause,
            Function<LoadSettings, LoadResult> directRunner, Function<LoadSettings, LoadResult> viaRunner) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be >= 1");
        }
        Duration slice = settings.duration().dividedBy(rounds);
        if (slice.isZero()) {
            throw new IllegalArgumentException("duration too short for " + rounds + " rounds");
        }
        List<LoadResult> directParts = new ArrayList<>();
        List<LoadResult> viaParts = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            LoadSettings s = settings.withDuration(slice);
            if (round > 0) {
                s = s.withWarmup(Duration.ZERO);
            }
            directParts.add(directRunner.apply(s));
            sleep(pause);
            viaParts.add(viaRunner.apply(s));
            if (round < rounds - 1) {
                sleep(pause);
            }
        }
        return new Comparison(merge("direct", directParts), merge("via", viaParts));
    }

    private static LoadResult merge(String name, List<LoadResult> parts) {
        return parts.size() == 1 ? parts.get(0) : LoadResult.merge(name, parts);
    }

    private static void sleep(Duration d) {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** via p99 / direct p99. */
    public double p99Ratio() {
        return Reports.divide(via.p99Ms(), direct.p99Ms());
    }

    /** via p50 / direct p50. */
    public double p50Ratio() {
        return Reports.divide(via.latency().percentileMs(50), direct.latency().percentileMs(50));
    }

    /**
     * via / direct successful (2xx) throughput. At a rate both sides sustain this is about 1; it only says something
     * about capacity when the rate is at or above what the direct side can take (or use {@link MaxThroughputFinder} on
     * each side).
     */
    public double throughputRatio() {
        return Reports.divide(via.okThroughput(), direct.okThroughput());
    }

    /** Side-by-side plain text table followed by the ratios. */
    public String toText() {
        LatencySummary d = direct.latencySummary();
        LatencySummary v = via.latencySummary();
        StringBuilder b = new StringBuilder();
        b.append("direct: ").append(direct.target()).append('\n');
        b.append("via:    ").append(via.target()).append('\n');
        b.append("load:   ").append(direct.settings()).append('\n');
        row(b, "", "direct", "via", "via/direct");
        row(b, "scheduled", direct.scheduled(), via.scheduled());
        row(b, "ok (2xx)", direct.ok(), via.ok());
        row(b, "errors", direct.errors(), via.errors());
        row(b, "throughput/s", direct.throughput(), via.throughput());
        row(b, "ok/s", direct.okThroughput(), via.okThroughput());
        row(b, "p50 ms", d.p50Ms(), v.p50Ms());
        row(b, "p90 ms", d.p90Ms(), v.p90Ms());
        row(b, "p95 ms", d.p95Ms(), v.p95Ms());
        row(b, "p99 ms", d.p99Ms(), v.p99Ms());
        row(b, "p99.9 ms", d.p999Ms(), v.p999Ms());
        row(b, "max ms", d.maxMs(), v.maxMs());
        row(b, "mean ms", d.meanMs(), v.meanMs());
        if (!direct.errorsByStatus().isEmpty()) {
            b.append("direct errors: ").append(direct.errorsByStatus()).append('\n');
        }
        if (!via.errorsByStatus().isEmpty()) {
            b.append("via errors:    ").append(via.errorsByStatus()).append('\n');
        }
        b.append(String.format(Locale.ROOT, "p99 ratio (via/direct):        %s%n", Reports.ratio(p99Ratio())));
        b.append(String.format(Locale.ROOT, "throughput ratio (via/direct): %s%n", Reports.ratio(throughputRatio())));
        return b.toString();
    }

    /**
     * One line per aim: {@code p99 ratio 1.12 <= 1.30: MET}. An aim that cannot be evaluated (no data) is
     * {@code NOT MET}. Pass {@code NaN} to skip an aim.
     */
    public String verdict(double maxP99Ratio, double minThroughputRatio) {
        StringBuilder b = new StringBuilder();
        if (!Double.isNaN(maxP99Ratio)) {
            boolean met = !Double.isNaN(p99Ratio()) && p99Ratio() <= maxP99Ratio;
            b.append(String.format(Locale.ROOT, "aim p99 ratio %s <= %s: %s%n", Reports.ratio(p99Ratio()),
                    Reports.ratio(maxP99Ratio), met ? "MET" : "NOT MET"));
        }
        if (!Double.isNaN(minThroughputRatio)) {
            boolean met = !Double.isNaN(throughputRatio()) && throughputRatio() >= minThroughputRatio;
            b.append(String.format(Locale.ROOT, "aim throughput ratio %s >= %s: %s%n", Reports.ratio(throughputRatio()),
                    Reports.ratio(minThroughputRatio), met ? "MET" : "NOT MET"));
        }
        return b.toString();
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("direct", direct.toMap());
        m.put("via", via.toMap());
        Map<String, Object> ratios = new LinkedHashMap<>();
        ratios.put("p50", Reports.round3(p50Ratio()));
        ratios.put("p99", Reports.round3(p99Ratio()));
        ratios.put("throughput", Reports.round3(throughputRatio()));
        m.put("ratios", ratios);
        return m;
    }

    public String toJson() {
        return Reports.json(toMap());
    }

    private static void row(StringBuilder b, String label, String d, String v, String r) {
        b.append(String.format(Locale.ROOT, "%-14s %14s %14s %12s%n", label, d, v, r));
    }

    private static void row(StringBuilder b, String label, long d, long v) {
        row(b, label, Long.toString(d), Long.toString(v), Reports.ratio(Reports.divide(v, d)));
    }

    private static void row(StringBuilder b, String label, double d, double v) {
        row(b, label, LatencySummary.ms(d), LatencySummary.ms(v), Reports.ratio(Reports.divide(v, d)));
    }
}
