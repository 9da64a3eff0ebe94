package org.goldenthread.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the highest constant arrival rate a target sustains: runs steps of increasing rate and reports the highest
 * step that was <em>sustained</em>, meaning
 * <ul>
 * <li>p99 latency (from intended send time) &le; the bound,</li>
 * <li>errors (non-2xx, failures, drops, incomplete) &le; {@code maxErrorRatio} of the scheduled arrivals, and</li>
 * <li>successful throughput &ge; {@code minThroughputRatio} of the target rate.</li>
 * </ul>
 * Steps go {@code start, start+step, ...} (or {@code start, start×factor, ...} when a factor is set) up to
 * {@code maxRate}, and stop after {@code failuresToStop} consecutive unsustained steps.
 *
 * <pre>{@code
 * MaxThroughputFinder.Result r = MaxThroughputFinder.builder()
 *         .startRate(500).step(500).maxRate(10_000).p99Bound(Duration.ofMillis(50))
 *         .build()
 *         .find(MaxThroughputFinder.constantRate("summary", stepSettings, target));
 * }</pre>
 */
public final class MaxThroughputFinder {

    /** Runs one step at {@code rate} and returns its result. */
    @FunctionalInterface
    public interface RateProbe {
        LoadResult run(double rate);
    }

    /** One step. */
    public record Step(double rate, LoadResult result, boolean sustained, String reason) {
    }

    /** All steps, and the highest sustained one ({@code bestRate} is {@code NaN} when none was). */
    public record Result(List<Step> steps, double p99BoundMs, double bestRate, LoadResult best) {

        public boolean found() {
            return !Double.isNaN(bestRate);
        }

        public String toText() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%10s %10s %10s %10s %10s %8s  %s%n", "rate/s", "ok/s", "p50 ms",
                    "p99 ms", "max ms", "errors", "verdict"));
            for (Step s : steps) {
                LatencySummary l = s.result().latencySummary();
                b.append(String.format(Locale.ROOT, "%10s %10s %10s %10s %10s %8d  %s%n", Reports.rate(s.rate()),
                        Reports.rate(Math.round(s.result().okThroughput() * 10) / 10.0), LatencySummary.ms(l.p50Ms()),
                        LatencySummary.ms(l.p99Ms()), LatencySummary.ms(l.maxMs()), s.result().errors(),
                        s.sustained() ? "sustained" : "NOT sustained: " + s.reason()));
            }
            if (found()) {
                b.append(String.format(Locale.ROOT, "max sustained rate: %s/s (p99 %s ms <= %s ms)%n",
                        Reports.rate(bestRate), LatencySummary.ms(best.p99Ms()), LatencySummary.ms(p99BoundMs)));
            } else {
                b.append(String.format(Locale.ROOT, "no step sustained with p99 <= %s ms%n",
                        LatencySummary.ms(p99BoundMs)));
            }
            return b.toString();
        }

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("p99BoundMs", Reports.round3(p99BoundMs));
            m.put("maxSustainedRate", found() ? bestRate : null);
            List<Map<String, Object>> list = new ArrayList<>();
            for (Step s : steps) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("rate", s.rate());
                sm.put("sustained", s.sustained());
                sm.put("reason", s.reason());
                sm.put("result", s.result().toMap());
                list.add(sm);
            }
            m.put("steps", list);
            return m;
        }

        public String toJson() {
            return Reports.json(toMap());
        }
    }

    private final double startRate;
    private final double step;
    private final double factor;
    private final double maxRate;
    private final Duration p99Bound;
    private final double maxErrorRatio;
    private final double minThroughputRatio;
    private final int failuresToStop;

    private MaxThroughputFinder(Builder b) {
        this.startRate = b.startRate;
        this.step = b.step;
        this.factor = b.factor;
        this.maxRate = b.maxRate;
        this.p99Bound = b.p99Bound;
        this.maxErrorRatio = b.maxErrorRatio;
        this.minThroughputRatio = b.minThroughputRatio;
        this.failuresToStop = b.failuresToStop;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A probe that runs {@link ConstantRateLoad} with {@code stepSettings} at each rate. */
    public static RateProbe constantRate(String name, LoadSettings stepSettings, LoadOperation operation) {
        return rate -> ConstantRateLoad.run(name + " @" + Reports.rate(rate) + "/s", stepSettings.withRate(rate),
                operation);
    }

    /** The rates that will be tried, in order (before any early stop). */
    public List<Double> rates() {
        List<Double> rates = new ArrayList<>();
        double r = startRate;
        while (r <= maxRate * (1 + 1e-9) && rates.size() < 10_000) {
            rates.add(r);
            r = factor > 1 ? r * factor : r + step;
        }
        return rates;
    }

    /** Runs the steps. */
    public Result find(RateProbe probe) {
        List<Step> steps = new ArrayList<>();
        double best = Double.NaN;
        LoadResult bestResult = null;
        int consecutiveFailures = 0;
        for (double rate : rates()) {
            LoadResult r = probe.run(rate);
            String reason = judge(rate, r);
            boolean ok = reason.isEmpty();
            steps.add(new Step(rate, r, ok, reason));
            if (ok) {
                consecutiveFailures = 0;
                if (Double.isNaN(best) || rate > best) {
                    best = rate;
                    bestResult = r;
                }
            } else if (++consecutiveFailures >= failuresToStop) {
                break;
            }
        }
        return new Result(List.copyOf(steps), p99Bound.toNanos() / 1e6, best, bestResult);
    }

    /** Two searches run step by step in turn: the highest sustained rate of each side. */
    public record SideBySide(Result first, Result second) {

        /** second's highest sustained rate / first's ({@code NaN} when either found none). */
        public double ratio() {
            return Reports.divide(second.bestRate(), first.bestRate());
        }
    }

    /**
     * Searches two targets in lockstep: at each rate the first side runs, then the second, so drift on the machine
     * (JIT, GC, noisy neighbours) hits both alike. A side stops after {@code failuresToStop} consecutive unsustained
     * steps; the other carries on alone until it stops too or the rates run out.
     */
    public SideBySide findSideBySide(RateProbe first, RateProbe second) {
        List<Step> firstSteps = new ArrayList<>();
        List<Step> secondSteps = new ArrayList<>();
        int[] failures = new int[2];
        for (double rate : rates()) {
            if (failures[0] < failuresToStop) {
                failures[0] = step(rate, first, firstSteps) ? 0 : failures[0] + 1;
            }
            if (failures[1] < failuresToStop) {
                failures[1] = step(rate, second, secondSteps) ? 0 : failures[1] + 1;
            }
            if (failures[0] >= failuresToStop && failures[1] >= failuresToStop) {
                break;
            }
        }
        return new SideBySide(result(firstSteps), result(secondSteps));
    }

    private boolean step(double rate, RateProbe probe, List<Step> steps) {
        LoadResult r = probe.run(rate);
        String reason = judge(rate, r);
        steps.add(new Step(rate, r, reason.isEmpty(), reason));
        return reason.isEmpty();
    }

    private Result result(List<Step> steps) {
        double best = Double.NaN;
        LoadResult bestResult = null;
        for (Step s : steps) {
            if (s.sustained() && (Double.isNaN(best) || s.rate() > best)) {
                best = s.rate();
                bestResult = s.result();
            }
        }
        return new Result(List.copyOf(steps), p99Bound.toNanos() / 1e6, best, bestResult);
    }

    /**
     * Empty when a run at {@code rate} was sustained (p99 within the bound, errors within the ratio, ok throughput
     * at least the minimum share of the rate), otherwise why not.
     */
    public String judge(double rate, LoadResult r) {
        List<String> why = new ArrayList<>();
        double p99 = r.p99Ms();
        double boundMs = p99Bound.toNanos() / 1e6;
        if (Double.isNaN(p99)) {
            why.add("no responses");
        } else if (p99 > boundMs) {
            why.add(String.format(Locale.ROOT, "p99 %s ms > %s ms", LatencySummary.ms(p99), LatencySummary.ms(boundMs)));
        }
        double errorRatio = Double.isNaN(r.errorRatio()) ? 1.0 : r.errorRatio();
        if (errorRatio > maxErrorRatio) {
            why.add(String.format(Locale.ROOT, "errors %.2f%% > %.2f%%", 100 * errorRatio, 100 * maxErrorRatio));
        }
        double achieved = Double.isNaN(r.okThroughput()) ? 0 : r.okThroughput();
        if (achieved < minThroughputRatio * rate) {
            why.add(String.format(Locale.ROOT, "ok throughput %s/s < %.0f%% of %s/s",
                    Reports.rate(Math.round(achieved * 10) / 10.0), 100 * minThroughputRatio, Reports.rate(rate)));
        }
        return String.join("; ", why);
    }

    /** Builder: start rate, step or factor, max rate and p99 bound are required. */
    public static final class Builder {
        private double startRate = Double.NaN;
        private double step = Double.NaN;
        private double factor = Double.NaN;
        private double maxRate = Double.NaN;
        private Duration p99Bound;
        private double maxErrorRatio = 0.01;
        private double minThroughputRatio = 0.95;
        private int failuresToStop = 1;

        private Builder() {
        }

        public Builder startRate(double r) {
            this.startRate = r;
            return this;
        }

        /** Additive step between rates. */
        public Builder step(double s) {
            this.step = s;
            return this;
        }

        /** Multiplicative step between rates (> 1); takes precedence over {@link #step(double)}. */
        public Builder factor(double f) {
            this.factor = f;
            return this;
        }

        public Builder maxRate(double r) {
            this.maxRate = r;
            return this;
        }

        public Builder p99Bound(Duration d) {
            this.p99Bound = d;
            return this;
        }

        /** Largest tolerated error ratio; default 0.01 (1%). */
        public Builder maxErrorRatio(double r) {
            this.maxErrorRatio = r;
            return this;
        }

        /** Smallest tolerated ok-throughput / target-rate; default 0.95. */
        public Builder minThroughputRatio(double r) {
            this.minThroughputRatio = r;
            return this;
        }

        /** Consecutive unsustained steps before giving up; default 1. */
        public Builder failuresToStop(int n) {
            this.failuresToStop = n;
            return this;
        }

        public MaxThroughputFinder build() {
            if (!(startRate > 0)) {
                throw new IllegalArgumentException("start rate must be > 0");
            }
            if (!(maxRate >= startRate)) {
                throw new IllegalArgumentException("max rate must be >= start rate");
            }
            boolean hasFactor = !Double.isNaN(factor);
            if (hasFactor && !(factor > 1)) {
                throw new IllegalArgumentException("factor must be > 1");
            }
            if (!hasFactor && !(step > 0)) {
                throw new IllegalArgumentException("step must be > 0 (or set a factor > 1)");
            }
            if (p99Bound == null || p99Bound.isNegative() || p99Bound.isZero()) {
                throw new IllegalArgumentException("p99 bound must be > 0");
            }
            if (failuresToStop < 1) {
                throw new IllegalArgumentException("failuresToStop must be >= 1");
            }
            return new MaxThroughputFinder(this);
        }
    }
}
