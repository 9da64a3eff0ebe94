package org.goldenthread.bench.scenario;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.goldenthread.bench.Args;
import org.goldenthread.bench.Durations;
import org.goldenthread.bench.LatencySummary;
import org.goldenthread.bench.LoadResult;
import org.goldenthread.bench.LoadSettings;
import org.goldenthread.bench.MaxThroughputFinder;
import org.goldenthread.bench.Reports;

/** The load and max-search options the HTTP scenarios share, with the figures as defaults. */
final class LoadOptions {

    static final Set<String> NAMES = Set.of("rate", "duration", "warmup", "max-in-flight", "clients", "timeout", "p99",
            "max-start", "max-step", "max-rate", "step-duration", "step-warmup", "failures-to-stop", "jit-warmup",
            "jit-warmup-rate");
    static final Set<String> FLAGS = Set.of("no-max");

    static String help(String rate, String duration, String warmup) {
        return String.format(Locale.ROOT, """
                      --rate N               constant arrival rate, default %s
                      --duration D           measured period, default %s;  --warmup D  unmeasured before it, default %s
                      --max-in-flight N      default 1024;  --clients N  HttpClients, default 1;  --timeout D  default 10s
                      --p99 D                latency bound for the aim and the max search, default 50ms
                      --max-start N --max-step N --max-rate N   max search rates, default 100, 100, 4000
                      --step-duration D --step-warmup D          each step, default 15s and 5s
                      --failures-to-stop N   consecutive unsustained steps before the search stops, default 2
                      --jit-warmup D         unmeasured load on each target first, so the services' JIT has compiled
                                             the path, default 30s at --jit-warmup-rate N, default 100/s
                      --no-max               skip the max search
                """, rate, duration, warmup);
    }

    static LoadSettings settings(Args a, double defaultRate, Duration defaultDuration, Duration defaultWarmup) {
        Duration timeout = timeout(a);
        return new LoadSettings(a.getDouble("rate", defaultRate), a.getDuration("duration", defaultDuration),
                a.getDuration("warmup", defaultWarmup), a.getInt("max-in-flight", LoadSettings.DEFAULT_MAX_IN_FLIGHT),
                timeout.plusSeconds(5));
    }

    static Duration timeout(Args a) {
        return a.getDuration("timeout", Duration.ofSeconds(10));
    }

    static int clients(Args a) {
        return a.getInt("clients", 1);
    }

    static Duration p99(Args a) {
        return a.getDuration("p99", Duration.ofMillis(50));
    }

    /** Settings of one max-search step (the rate is set per step). */
    static LoadSettings stepSettings(Args a) {
        return new LoadSettings(1, a.getDuration("step-duration", Duration.ofSeconds(15)),
                a.getDuration("step-warmup", Duration.ofSeconds(5)),
                a.getInt("max-in-flight", LoadSettings.DEFAULT_MAX_IN_FLIGHT), timeout(a).plusSeconds(5));
    }

    static MaxThroughputFinder finder(Args a) {
        double start = a.getDouble("max-start", 100);
        return MaxThroughputFinder.builder()
                .startRate(start)
                .step(a.getDouble("max-step", 100))
                .maxRate(a.getDouble("max-rate", 4000))
                .p99Bound(p99(a))
                .failuresToStop(a.getInt("failures-to-stop", 2))
                .build();
    }

    static void validate(Args a) {
        settings(a, 1, Duration.ofSeconds(1), Duration.ZERO);
        stepSettings(a);
        finder(a);
        if (clients(a) < 1) {
            throw new IllegalArgumentException("--clients must be >= 1");
        }
    }

    /**
     * Unmeasured load on each target in turn ({@code --jit-warmup} at {@code --jit-warmup-rate}), so that the first
     * measured step does not pay for the services' JIT compiling the path.
     */
    static void jitWarmup(Args a, Progress progress, org.goldenthread.bench.LoadOperation... targets) {
        Duration d = a.getDuration("jit-warmup", Duration.ofSeconds(30));
        if (d.isZero()) {
            return;
        }
        double rate = a.getDouble("jit-warmup-rate", 100);
        for (org.goldenthread.bench.LoadOperation target : targets) {
            progress.say("JIT warm-up (not measured): " + Reports.rate(rate) + "/s for " + Durations.format(d) + " on "
                    + target.describe());
            LoadResult r = org.goldenthread.bench.ConstantRateLoad.run("jit warm-up", new LoadSettings(rate, d,
                    Duration.ZERO, LoadSettings.DEFAULT_MAX_IN_FLIGHT, timeout(a).plusSeconds(5)), target);
            progress.say(String.format(Locale.ROOT, "  warm-up: ok %s/s, p99 %s ms, errors %d",
                    Reports.rate(Math.round(r.okThroughput() * 10) / 10.0), LatencySummary.ms(r.p99Ms()), r.errors()));
        }
    }

    /** A probe wrapper that prints each step as it ends. */
    static MaxThroughputFinder.RateProbe logging(MaxThroughputFinder.RateProbe probe, Progress progress) {
        return rate -> {
            LoadResult r = probe.run(rate);
            progress.say(String.format(Locale.ROOT, "  %s: ok %s/s, p99 %s ms, errors %d", r.name(),
                    Reports.rate(Math.round(r.okThroughput() * 10) / 10.0), LatencySummary.ms(r.p99Ms()), r.errors()));
            return r;
        };
    }

    static String describe(LoadSettings s) {
        return Reports.rate(s.rate()) + "/s for " + Durations.format(s.duration()) + " after a "
                + Durations.format(s.warmup()) + " warm-up";
    }

    private LoadOptions() {
    }
}
