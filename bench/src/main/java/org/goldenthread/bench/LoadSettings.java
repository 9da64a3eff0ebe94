package org.goldenthread.bench;

import java.time.Duration;
import java.util.Locale;

/**
 * How hard and how long to drive a target.
 *
 * @param rate arrivals per second (constant; need not be a whole number)
 * @param duration the measured period
 * @param warmup an unmeasured period at the same rate before the measured one
 * @param maxInFlight most operations outstanding at once; an arrival that finds this many outstanding is dropped and
 *     counted as an error instead of delaying the schedule
 * @param drainTimeout how long to wait after the last arrival for outstanding operations to finish; those still
 *     outstanding then are counted as {@code incomplete}
 */
public record LoadSettings(double rate, Duration duration, Duration warmup, int maxInFlight, Duration drainTimeout) {

    public static final int DEFAULT_MAX_IN_FLIGHT = 1024;
    public static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(15);

    public LoadSettings {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be > 0, got " + rate);
        }
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be > 0");
        }
        if (warmup == null || warmup.isNegative()) {
            throw new IllegalArgumentException("warm-up must be >= 0");
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("max in-flight must be >= 1, got " + maxInFlight);
        }
        if (drainTimeout == null || drainTimeout.isNegative()) {
            throw new IllegalArgumentException("drain timeout must be >= 0");
        }
    }

    /** {@code rate} per second for {@code duration}, no warm-up, default in-flight bound and drain timeout. */
    public static LoadSettings of(double rate, Duration duration) {
        return new LoadSettings(rate, duration, Duration.ZERO, DEFAULT_MAX_IN_FLIGHT, DEFAULT_DRAIN_TIMEOUT);
    }

    public LoadSettings withRate(double newRate) {
        return new LoadSettings(newRate, duration, warmup, maxInFlight, drainTimeout);
    }

    public LoadSettings withDuration(Duration newDuration) {
        return new LoadSettings(rate, newDuration, warmup, maxInFlight, drainTimeout);
    }

    public LoadSettings withWarmup(Duration newWarmup) {
        return new LoadSettings(rate, duration, newWarmup, maxInFlight, drainTimeout);
    }

    public LoadSettings withMaxInFlight(int newMaxInFlight) {
        return new LoadSettings(rate, duration, warmup, newMaxInFlight, drainTimeout);
    }

    public LoadSettings withDrainTimeout(Duration newDrainTimeout) {
        return new LoadSettings(rate, duration, warmup, maxInFlight, newDrainTimeout);
    }

    /** Arrivals in the warm-up period: {@code round(rate × warmup)}. */
    public long warmupCount() {
        return Math.round(rate * Durations.seconds(warmup));
    }

    /** Arrivals in the measured period: {@code round(rate × duration)}. */
    public long measuredCount() {
        return Math.round(rate * Durations.seconds(duration));
    }

    /** Nanoseconds between arrivals. */
    public double intervalNanos() {
        return 1e9 / rate;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s/s for %s (warm-up %s, max in-flight %d)", Reports.rate(rate),
                Durations.format(duration), Durations.format(warmup), maxInFlight);
    }
}
