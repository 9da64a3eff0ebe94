package org.goldenthread.bench;

import java.time.Duration;
import java.util.TreeMap;

/** Builds {@link LoadResult}s without running anything. */
final class Fixtures {

    private Fixtures() {
    }

    /**
     * A result of {@code scheduled} arrivals at {@code rate}/s over {@code seconds}: {@code ok} of them 2xx with
     * latency {@code latencyMs}, the rest 500s with the same latency.
     */
    static LoadResult result(String name, double rate, double seconds, long scheduled, long ok, double latencyMs) {
        LatencyRecorder latency = new LatencyRecorder(name);
        for (long i = 0; i < scheduled; i++) {
            latency.recordNanos((long) (latencyMs * 1e6));
        }
        TreeMap<String, Long> errors = new TreeMap<>();
        if (scheduled > ok) {
            errors.put("500", scheduled - ok);
        }
        long nanos = (long) (seconds * 1e9);
        return new LoadResult(name, name, LoadSettings.of(rate, Duration.ofNanos(nanos)), scheduled, scheduled,
                scheduled, ok, 0, 0, 0, errors, nanos, 0, latency);
    }
}
