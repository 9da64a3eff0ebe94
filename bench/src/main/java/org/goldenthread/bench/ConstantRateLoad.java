package org.goldenthread.bench;

import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-model load generator: operations arrive at a constant rate, on a fixed schedule computed from the start time
 * ({@code start + i / rate}), whatever the target does.
 *
 * <p>Latency is measured from each operation's <em>intended</em> start time, not from when the generator got round to
 * sending it, so a stalled target (or a stalled generator) shows up in the figures instead of silently thinning the
 * load (no "coordinated omission"). A slow response never delays the next arrival: when {@link
 * LoadSettings#maxInFlight()} operations are already outstanding, the new arrival is dropped and counted as an error
 * ({@code dropped}) and the schedule carries on.
 *
 * <p>Only the measured period is reported; warm-up arrivals are sent (subject to the same in-flight bound) but not
 * counted. Latency covers every operation that produced a status (any status); dropped, failed (exception, timeout)
 * and incomplete operations are only counted, under {@link LoadResult#errorsByStatus()}.
 */
public final class ConstantRateLoad {

    /** Error key for arrivals rejected by the in-flight bound. */
    public static final String DROPPED = "dropped";
    /** Error key for operations still outstanding when the drain timeout ran out. */
    public static final String INCOMPLETE = "incomplete";
    /** Error key for operations that timed out (e.g. {@link HttpTimeoutException}). */
    public static final String TIMEOUT = "timeout";

    private ConstantRateLoad() {
    }

    /** Runs {@code operation} with {@code settings} in the calling thread and returns the measured-period result. */
    public static LoadResult run(String name, LoadSettings settings, LoadOperation operation) {
        return new Run(name, settings, operation).execute();
    }

    /** Runs an HTTP target; the name is the target's description. */
    public static LoadResult run(LoadSettings settings, HttpTarget target) {
        return run(target.describe(), settings, target);
    }

    /** Error key for an exception: {@code timeout} or the (unwrapped) exception's simple class name. */
    static String errorKind(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof HttpTimeoutException || t instanceof TimeoutException) {
            return TIMEOUT;
        }
        if (t instanceof CancellationException) {
            return "cancelled";
        }
        return t.getClass().getSimpleName();
    }

    private static final class Run {
        private final String name;
        private final LoadSettings settings;
        private final LoadOperation operation;

        private final Semaphore permits;
        private final LongAdder sent = new LongAdder();
        private final LongAdder completed = new LongAdder();
        private final LongAdder ok = new LongAdder();
        private final LongAdder failed = new LongAdder();
        private final LongAdder dropped = new LongAdder();
        private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        private final AtomicLong lastCompletion = new AtomicLong(Long.MIN_VALUE);
        private final LatencyRecorder latency;
        private long maxSendLag;

        Run(String name, LoadSettings settings, LoadOperation operation) {
            this.name = name;
            this.settings = settings;
            this.operation = operation;
            this.permits = new Semaphore(settings.maxInFlight());
            this.latency = new LatencyRecorder(name);
        }

        LoadResult execute() {
            final double interval = settings.intervalNanos();
            final long warmupCount = settings.warmupCount();
            final long total = warmupCount + settings.measuredCount();
            final long start = System.nanoTime();

            for (long i = 0; i < total; i++) {
                final long intended = start + (long) (i * interval);
                waitUntil(intended);
                final boolean measured = i >= warmupCount;
                if (measured) {
                    maxSendLag = Math.max(maxSendLag, System.nanoTime() - intended);
                }
                if (!permits.tryAcquire()) {
                    if (measured) {
                        dropped.increment();
                        error(DROPPED);
                    }
                    continue;
                }
                if (measured) {
                    sent.increment();
                }
                CompletionStage<Integer> stage;
                try {
                    stage = operation.start(i);
                } catch (RuntimeException e) {
                    permits.release();
                    if (measured) {
                        failure(e, System.nanoTime());
                    }
                    continue;
                }
                stage.whenComplete((status, err) -> {
                    try {
                        if (measured) {
                            long end = System.nanoTime();
                            if (err != null) {
                                failure(err, end);
                            } else {
                                success(status, intended, end);
                            }
                        }
                    } finally {
                        permits.release();
                    }
                });
            }

            final long measureStart = start + (long) (warmupCount * interval);
            final long scheduleEnd = start + (long) (total * interval);
            boolean drained = drain();
            long windowEnd = drained ? Math.max(scheduleEnd, lastCompletion.get()) : Math.max(scheduleEnd, System.nanoTime());
            return snapshot(Math.max(0L, windowEnd - measureStart));
        }

        private boolean drain() {
            int all = settings.maxInFlight();
            try {
                if (permits.tryAcquire(all, settings.drainTimeout().toNanos(), TimeUnit.NANOSECONDS)) {
                    permits.release(all);
                    return true;
                }
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private void success(Integer status, long intended, long end) {
            latency.recordNanos(end - intended);
            completed.increment();
            lastCompletion.accumulateAndGet(end, Math::max);
            int code = status == null ? 0 : status;
            if (code >= 200 && code < 300) {
                ok.increment();
            } else {
                error(Integer.toString(code));
            }
        }

        private void failure(Throwable err, long end) {
            failed.increment();
            lastCompletion.accumulateAndGet(end, Math::max);
            error(errorKind(err));
        }

        private void error(String key) {
            errors.computeIfAbsent(key, k -> new LongAdder()).increment();
        }

        private LoadResult snapshot(long elapsedNanos) {
            long sentNow = sent.sum();
            long completedNow = completed.sum();
            long failedNow = failed.sum();
            long incomplete = Math.max(0L, sentNow - completedNow - failedNow);
            TreeMap<String, Long> byStatus = new TreeMap<>();
            errors.forEach((k, v) -> byStatus.put(k, v.sum()));
            if (incomplete > 0) {
                byStatus.merge(INCOMPLETE, incomplete, Long::sum);
            }
            return new LoadResult(name, operation.describe(), settings, settings.measuredCount(), sentNow,
                    completedNow, ok.sum(), dropped.sum(), failedNow, incomplete, byStatus, elapsedNanos, maxSendLag,
                    latency.copy(name));
        }

        private static void waitUntil(long deadline) {
            long remaining;
            while ((remaining = deadline - System.nanoTime()) > 0) {
                LockSupport.parkNanos(remaining);
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("load run interrupted");
                }
            }
        }
    }
}
