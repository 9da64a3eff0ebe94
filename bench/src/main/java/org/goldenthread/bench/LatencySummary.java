package org.goldenthread.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An immutable snapshot of a latency distribution, in milliseconds.
 *
 * @param count number of recorded values
 * @param minMs smallest value
 * @param meanMs arithmetic mean
 * @param p50Ms median
 * @param p90Ms 90th percentile
 * @param p95Ms 95th percentile
 * @param p99Ms 99th percentile
 * @param p999Ms 99.9th percentile
 * @param maxMs largest value
 */
public record LatencySummary(long count, double minMs, double meanMs, double p50Ms, double p90Ms, double p95Ms,
        double p99Ms, double p999Ms, double maxMs) {

    /** A summary of nothing: every figure is {@code NaN}. */
    public static LatencySummary empty() {
        return new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN);
    }

    /** One line: {@code p50 1.234 ms  p90 …  p95 …  p99 …  p99.9 …  max …  (mean …, n=…)}. */
    public String toLine() {
        if (count == 0) {
            return "no samples";
        }
        return String.format(Locale.ROOT, "p50 %s  p90 %s  p95 %s  p99 %s  p99.9 %s  max %s ms  (min %s, mean %s, n=%d)",
                ms(p50Ms), ms(p90Ms), ms(p95Ms), ms(p99Ms), ms(p999Ms), ms(maxMs), ms(minMs), ms(meanMs), count);
    }

    /** Field map for JSON, in a stable order; {@code NaN} becomes {@code null}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", count);
        m.put("min", json(minMs));
        m.put("mean", json(meanMs));
        m.put("p50", json(p50Ms));
        m.put("p90", json(p90Ms));
        m.put("p95", json(p95Ms));
        m.put("p99", json(p99Ms));
        m.put("p99_9", json(p999Ms));
        m.put("max", json(maxMs));
        return m;
    }

    /** Milliseconds with three decimals, or {@code -} for {@code NaN}. */
    public static String ms(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    static Double json(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : Math.round(v * 1000.0) / 1000.0;
    }
}
